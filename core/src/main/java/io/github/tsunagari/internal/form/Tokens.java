package io.github.tsunagari.internal.form;

import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;

/**
 * The tokens of a document, as a {@link FormReader} reads them: a thin view of a streaming parser such as Jackson's
 * {@code JsonParser} (versions 2 and 3 alike), so that one reader serves every parser. Not part of the API.
 *
 * <p>A parser's own failures (malformed input, a limit) are its exceptions to throw; the format module that drives the
 * reader turns them into findings.
 */
public interface Tokens {
  /** What a token is. */
  enum Token {
    /** The start of a group of properties. */
    START_OBJECT,
    /** Its end. */
    END_OBJECT,
    /** The start of a list. */
    START_ARRAY,
    /** Its end. */
    END_ARRAY,
    /** A property name. */
    NAME,
    /** Text. */
    TEXT,
    /** A whole number. */
    WHOLE_NUMBER,
    /** A number with a fraction or exponent. */
    NUMBER,
    /** true. */
    TRUE,
    /** false. */
    FALSE,
    /** null. */
    NULL
  }

  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException if the input cannot be read or is malformed
   */
  Token next() throws IOException;

  /** The current token, or null before the first and after the last. */
  Token current();

  /** The current property name, at a {@link Token#NAME} and at the value after it. */
  String name() throws IOException;

  /** The text of the current scalar token, as written. */
  String text() throws IOException;

  /** True if the current whole number fits a {@code long}. */
  boolean fitsLong() throws IOException;

  /** The current whole number. */
  long longValue() throws IOException;

  /** At the start of an object or list, skips to its end; at a scalar, does nothing. */
  void skipChildren() throws IOException;

  /** The pointer (RFC 6901) of the value at the current token, such as {@code /grants/3/project}. */
  String pointer();

  /** The location of the current token, or null where none is known. */
  SourceLocation location();

  /**
   * A mark of the current token's place, cheap to take, for a location asked for later (only if there is a
   * problem). Taken at the start of an object or list, it holds until the next mark taken at the same depth of
   * nesting, that is while the object or list is read; taken elsewhere, until the next mark.
   */
  Object mark();

  /** The location of a mark taken earlier, or null. */
  SourceLocation location(Object mark);

  /**
   * Called before each property and list element, so that a source can bound what one record may hold; throws
   * {@link FormReader.Stop} to stop reading.
   */
  default void checkpoint() {}
}
