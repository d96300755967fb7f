package io.github.tsunagari.validation;

import io.github.tsunagari.internal.Messages.Message;
import io.github.tsunagari.internal.Text;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why input is not well-formed in its format, for a finding of {@link Rule#READ_SYNTAX}: the reason is data (a
 * {@link Kind}, the character met, what was expected there), the sentence is written in the reader's language by the
 * finding. Readers classify their parser's failures into these; none carries a parser's own text.
 *
 * <pre>{@code
 * SyntaxError.unexpectedCharacter("JSON", '}', SyntaxError.Expected.VALUE); // where a value was expected
 * SyntaxError.of("JSON", SyntaxError.Kind.UNEXPECTED_END);                  // the document ends too early
 * }</pre>
 *
 * <p>Instances are immutable and compare by value.
 */
public final class SyntaxError {
  /** What is wrong. */
  public enum Kind {
    /** A character where it cannot be; with the character, and what was expected there where that is known. */
    UNEXPECTED_CHARACTER,
    /** The input ends too early, inside a value. */
    UNEXPECTED_END,
    /** Bytes that are not UTF-8, where UTF-8 is read. */
    NOT_UTF8,
    /** Bytes that are not of the encoding the input was read in, such as UTF-16; with the encoding. */
    BAD_ENCODING,
    /** A character outside a string that is no white space, bracket, comma, colon or value. */
    TEXT_OUTSIDE_STRING,
    /** A control character written as it is inside a string, where it must be escaped; with the character. */
    CONTROL_CHARACTER,
    /** An escape sequence inside a string that the format does not define. */
    INVALID_ESCAPE,
    /** A malformed number. */
    INVALID_NUMBER,
    /** A word that is no value of the format (such as text without its quotes); with the word. */
    UNRECOGNIZED_TOKEN,
    /** No value at all: the input is empty or white space. */
    NO_VALUE,
    /** More content after the value has ended. */
    CONTENT_AFTER_VALUE,
    /** The input could not be read. */
    UNREADABLE,
    /** A quoted cell of a table that is never closed: the input ends inside it. */
    UNCLOSED_QUOTE,
    /** Something else the format does not allow. */
    OTHER;

    private final String key = "syntax." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What was expected where an unexpected character is. */
  public enum Expected {
    /** A property name in double quotes. */
    NAME,
    /** A comma. */
    COMMA,
    /** A colon. */
    COLON,
    /** A value. */
    VALUE;

    private final Message message = new Message("syntax.expected." + name().toLowerCase(Locale.ROOT));
  }

  private final String format;
  private final Kind kind;
  private final int character;
  private final Expected expected;
  private final String text;

  private SyntaxError(String format, Kind kind, int character, Expected expected, String text) {
    this.format = Objects.requireNonNull(format, "format");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.character = character;
    this.expected = expected;
    this.text = text;
  }

  /**
   * An error of a kind that has no details.
   *
   * @param format the format, as its name is written: {@code JSON}, {@code CSV}
   * @param kind the kind; not one of those with a detail ({@link Kind#UNEXPECTED_CHARACTER},
   *     {@link Kind#CONTROL_CHARACTER}, {@link Kind#UNRECOGNIZED_TOKEN}, {@link Kind#BAD_ENCODING})
   * @return the error
   * @throws IllegalArgumentException for a kind that needs its detail
   */
  public static SyntaxError of(String format, Kind kind) {
    switch (kind) {
      case UNEXPECTED_CHARACTER:
      case CONTROL_CHARACTER:
      case UNRECOGNIZED_TOKEN:
      case BAD_ENCODING:
        throw new IllegalArgumentException(kind + " needs its detail: use its own factory");
      default:
        return new SyntaxError(format, kind, -1, null, null);
    }
  }

  /**
   * A character where it cannot be.
   *
   * @param format the format
   * @param codePoint the character
   * @param expected what was expected there, if known
   * @return the error
   */
  public static SyntaxError unexpectedCharacter(String format, int codePoint, Expected expected) {
    return new SyntaxError(format, Kind.UNEXPECTED_CHARACTER, codePoint, Objects.requireNonNull(expected, "expected"),
        null);
  }

  /**
   * A character where it cannot be, with nothing known of what was expected.
   *
   * @param format the format
   * @param codePoint the character
   * @return the error
   */
  public static SyntaxError unexpectedCharacter(String format, int codePoint) {
    return new SyntaxError(format, Kind.UNEXPECTED_CHARACTER, codePoint, null, null);
  }

  /**
   * A control character written as it is inside a string.
   *
   * @param format the format
   * @param codePoint the character, below U+0020
   * @return the error
   */
  public static SyntaxError controlCharacter(String format, int codePoint) {
    return new SyntaxError(format, Kind.CONTROL_CHARACTER, codePoint, null, null);
  }

  /**
   * A word that is no value of the format.
   *
   * @param format the format
   * @param word the word as written
   * @return the error
   */
  public static SyntaxError unrecognizedToken(String format, String word) {
    return new SyntaxError(format, Kind.UNRECOGNIZED_TOKEN, -1, null, Objects.requireNonNull(word, "word"));
  }

  /**
   * Bytes that are not of the encoding read.
   *
   * @param format the format
   * @param encoding the encoding, such as {@code UTF-16BE}
   * @return the error
   */
  public static SyntaxError badEncoding(String format, String encoding) {
    return new SyntaxError(format, Kind.BAD_ENCODING, -1, null, Objects.requireNonNull(encoding, "encoding"));
  }

  /** The format, such as {@code JSON}. */
  public String getFormat() {
    return format;
  }

  /** What is wrong. */
  public Kind getKind() {
    return kind;
  }

  /** The character met, for {@link Kind#UNEXPECTED_CHARACTER} and {@link Kind#CONTROL_CHARACTER}. */
  public Optional<Integer> getCharacter() {
    return character < 0 ? Optional.empty() : Optional.of(character);
  }

  /** What was expected where the character is, where that is known. */
  public Optional<Expected> getExpected() {
    return Optional.ofNullable(expected);
  }

  /** The detail for a message: a message of the bundle, in the reader's language. */
  Message detail() {
    switch (kind) {
      case UNEXPECTED_CHARACTER:
        return expected == null ? new Message(kind.key, character(character))
            : new Message(kind.key + "-expecting", character(character), expected.message);
      case CONTROL_CHARACTER:
        return new Message(kind.key, character(character));
      case UNRECOGNIZED_TOKEN:
        return new Message(kind.key, '"' + Text.escape(text) + '"');
      case BAD_ENCODING:
        return new Message(kind.key, text);
      default:
        return new Message(kind.key);
    }
  }

  /** A character for a message: {@code '}' (U+007D)}, or only {@code U+000A} for one that must not be shown. */
  static String character(int c) {
    if (!Character.isValidCodePoint(c)) {
      return "?";
    }
    String code = String.format("U+%04X", c);
    return Text.mustEscape(c) || Character.isWhitespace(c) ? code
        : "'" + new String(Character.toChars(c)) + "' (" + code + ")";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SyntaxError)) {
      return false;
    }
    SyntaxError e = (SyntaxError) o;
    return format.equals(e.format) && kind == e.kind && character == e.character && expected == e.expected
        && Objects.equals(text, e.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, kind, character, expected, text);
  }

  /** Such as {@code JSON UNEXPECTED_CHARACTER U+007D expecting VALUE}. */
  @Override
  public String toString() {
    return format + " " + kind + (character < 0 ? "" : String.format(" U+%04X", character))
        + (expected == null ? "" : " expecting " + expected) + (text == null ? "" : " " + Text.sanitize(text));
  }
}
