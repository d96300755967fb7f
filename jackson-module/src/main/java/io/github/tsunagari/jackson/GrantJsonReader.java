package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
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
 * <p>Reading is strict about structure and lenient about the forms values come in: see {@link TsunagariModule} for the
 * JSON form. Hostile input is refused with a {@code json.limit} finding: nesting deeper than 32, strings over 100 000
 * characters, numbers over 20 digits, documents over 256 MiB. A reader is immutable and thread-safe.
 */
public final class GrantJsonReader {
  private final Optional<GrantValidator> validator;

  private GrantJsonReader(Optional<GrantValidator> validator) {
    this.validator = validator;
  }

  /** A reader that reports reading problems only. */
  public static GrantJsonReader create() {
    return new GrantJsonReader(Optional.empty());
  }

  /**
   * A reader that also validates what it read, merging the findings into the same report.
   *
   * @param validator the validator to use
   * @return the reader
   */
  public static GrantJsonReader validating(GrantValidator validator) {
    return new GrantJsonReader(Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Reads a grant program.
   *
   * @param json the document, UTF-8 (a byte-order mark is passed over); not closed
   * @return the program if it could be read, and the report
   */
  public ReadResult<GrantProgram> readProgram(InputStream json) {
    return read(json, Reading::program);
  }

  /**
   * Reads a grant program.
   *
   * @param json the document
   * @return the program if it could be read, and the report
   */
  public ReadResult<GrantProgram> readProgram(String json) {
    return read(parser(json), Reading::program);
  }

  /**
   * Reads one grant. Paths in the report are relative to the grant ({@code /project/title}).
   *
   * @param json the document, UTF-8; not closed
   * @return the grant if it could be read, and the report
   */
  public ReadResult<Grant> readGrant(InputStream json) {
    return read(json, Reading::grant);
  }

  /**
   * Reads one grant. Paths in the report are relative to the grant ({@code /project/title}).
   *
   * @param json the document
   * @return the grant if it could be read, and the report
   */
  public ReadResult<Grant> readGrant(String json) {
    return read(parser(json), Reading::grant);
  }

  private <T> ReadResult<T> read(InputStream json, Documents.What<T> what) {
    Objects.requireNonNull(json, "json");
    JsonParser p;
    try {
      // Utf8.reader decodes the first character already, to pass over a byte-order mark.
      p = Limits.DOCUMENT.createParser(Utf8.reader(json));
    } catch (CharacterCodingException e) {
      return new ReadResult<>(Optional.empty(), ValidationReport.of(List.of(
          Finding.syntaxError("", Optional.of(Finding.Location.of(1, 1)), Documents.NOT_UTF8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return read(p, what);
  }

  private static JsonParser parser(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return Limits.DOCUMENT.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> ReadResult<T> read(JsonParser parser, Documents.What<T> what) {
    Documents.Outcome<T> outcome;
    try (parser) {
      outcome = Documents.read(parser, what, "", 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ValidationReport report = ValidationReport.of(outcome.problems);
    if (outcome.value.isPresent() && validator.isPresent()) {
      report = report.merge(validator.get().validate(outcome.value.get()));
    }
    return new ReadResult<>(outcome.value, report);
  }
}
