package io.github.tsunagari.read;

import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonBindings;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads grant data from JSON and reports every problem at once, in one {@link ValidationReport}: reading problems
 * (malformed JSON, unknown or missing properties, wrong types, codes that do not exist), each with a JSON Pointer and a
 * line and column, and, when the document could be read, the findings of validation.
 *
 * <pre>{@code
 * GrantJsonReader reader = GrantJsonReader.validating(GrantValidator.create()); // once; share it
 * ReadResult<GrantProgram> result = reader.readProgram(inputStream);
 * if (!result.isValid()) {
 *   System.out.println(result.getReport().toText(Locale.JAPANESE));
 * }
 * }</pre>
 *
 * <p>It reads through the JSON binding on the class path or module path ({@code tsunagari-jackson} for Jackson 2,
 * {@code tsunagari-jackson3} for Jackson 3), the
 * same reader as that binding's module on a mapper, and gives the same findings through any binding. Reading is
 * strict about structure and lenient about the forms values come in (the {@linkplain io.github.tsunagari.read canonical
 * JSON form} is described with this package, and by its schema). A document is parsed as its bytes stream in: memory
 * grows with the model read, never with the bytes; a document that can be read only in part is still validated in
 * what could be read: every readable grant, with its findings at its place in the document. Hostile input is refused
 * with a {@code read.limit} finding at its place: nesting, strings, numbers, names, the document and the values it holds
 * are bounded by {@link ReadingLimits}. A reader is immutable and thread-safe.
 */
public final class GrantJsonReader {
  private final Optional<GrantValidator> validator;
  private final JsonBinding binding;

  private GrantJsonReader(Optional<GrantValidator> validator) {
    this.validator = validator;
    this.binding = JsonBindings.get();
  }

  /**
   * A reader that reports reading problems only.
   *
   * @return the reader
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static GrantJsonReader create() {
    return new GrantJsonReader(Optional.empty());
  }

  /**
   * A reader that also validates what it read, merging the findings into the same report.
   *
   * @param validator the validator to use
   * @return the reader
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static GrantJsonReader validating(GrantValidator validator) {
    return new GrantJsonReader(Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Reads a grant program. Where part of it cannot be read, every grant that could be read is still validated (by a
   * validating reader), its findings at its place in the document.
   *
   * @param json the document: UTF-8 (a byte-order mark is passed over), or UTF-16 or UTF-32 told by its first bytes
   *     (read as UTF-8: a place given as a byte counts the bytes of its text in UTF-8); read as it streams, not closed
   * @return the program if it could be read, and the report
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<GrantProgram> readProgram(InputStream json) {
    return Documents.readProgram(stream(json), validator);
  }

  /**
   * Reads a grant program.
   *
   * @param json the document
   * @return the program if it could be read, and the report
   */
  public ReadResult<GrantProgram> readProgram(String json) {
    return Documents.readProgram(text(json), validator);
  }

  /**
   * Reads one grant. Paths in the report are relative to the grant ({@code /project/title}).
   *
   * @param json the document, as {@link #readProgram(InputStream)} reads it; not closed
   * @return the grant if it could be read, and the report
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<Grant> readGrant(InputStream json) {
    return Documents.readGrant(stream(json), validator);
  }

  /**
   * Reads one grant. Paths in the report are relative to the grant ({@code /project/title}).
   *
   * @param json the document
   * @return the grant if it could be read, and the report
   */
  public ReadResult<Grant> readGrant(String json) {
    return Documents.readGrant(text(json), validator);
  }

  /** A stream is read as it streams in, up to the length of a document. */
  private Documents.Opening stream(InputStream json) {
    Objects.requireNonNull(json, "json");
    return () -> binding.tokens(JsonInput.of(json, ReadingLimits.MAX_DOCUMENT_LENGTH));
  }

  /**
   * Text is read as its UTF-8 bytes are, so that a document gives the same findings as text and as bytes; text with
   * half a character (a lone surrogate), which has no UTF-8 bytes, is parsed as text.
   */
  private Documents.Opening text(String json) {
    Objects.requireNonNull(json, "json");
    Optional<byte[]> bytes = JsonInput.utf8(json);
    if (bytes.isEmpty()) {
      return () -> binding.tokens(json);
    }
    byte[] b = bytes.get();
    return () -> binding.tokens(JsonInput.of(b, 0, b.length, ReadingLimits.MAX_DOCUMENT_LENGTH));
  }
}
