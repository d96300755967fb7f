package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import io.github.tsunagari.internal.Validations;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.validation.GrantStreamValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * JSON form; it is the same reader as the module's deserializers. A document that can be read only in part is still
 * validated in what could be read: every readable grant, with its findings at its place in the document. Hostile input
 * is refused with a {@code json.limit} finding: nesting deeper than 32, strings over 100 000 characters, numbers over
 * 20 digits, documents over 256 MiB. A reader is immutable and thread-safe.
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
   * Reads a grant program. Where part of it cannot be read, every grant that could be read is still validated (by a
   * validating reader), its findings at its place in the document.
   *
   * @param json the document: UTF-8 (a byte-order mark is passed over), or UTF-16 or UTF-32 told by its first bytes;
   *     not closed
   * @return the program if it could be read, and the report
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<GrantProgram> readProgram(InputStream json) {
    return readProgram(bytes(json));
  }

  /**
   * Reads a grant program.
   *
   * @param json the document
   * @return the program if it could be read, and the report
   */
  public ReadResult<GrantProgram> readProgram(String json) {
    return readProgram(text(json));
  }

  /**
   * Reads one grant. Paths in the report are relative to the grant ({@code /project/title}).
   *
   * @param json the document, as {@link #readProgram(InputStream)} reads it; not closed
   * @return the grant if it could be read, and the report
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<Grant> readGrant(InputStream json) {
    return readGrant(bytes(json));
  }

  /**
   * Reads one grant. Paths in the report are relative to the grant ({@code /project/title}).
   *
   * @param json the document
   * @return the grant if it could be read, and the report
   */
  public ReadResult<Grant> readGrant(String json) {
    return readGrant(text(json));
  }

  /** Opens the tokens of a document, or says why it cannot be read at all. */
  private interface Source {
    JsonTokens open() throws IOException;
  }

  /** Text is read as its UTF-8 bytes are, so that a document gives the same findings as text and as bytes. */
  private static Source text(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = JsonInput.utf8(json);
    return bytes == null ? () -> JsonInput.tokens(Limits.DOCUMENT, json)
        : () -> JsonInput.utf8Tokens(Limits.DOCUMENT, bytes);
  }

  private static Source bytes(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = JsonInput.readAll(json, Limits.MAX_DOCUMENT_LENGTH);
    } catch (JsonInput.TooLong e) {
      return () -> {
        throw e;
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return () -> JsonInput.tokens(Limits.DOCUMENT, bytes, 0, bytes.length, "", 0);
  }

  private ReadResult<Grant> readGrant(Source source) {
    Documents.Outcome<Grant> outcome = read(source, r -> r.read(Forms.GRANT));
    ValidationReport report = ValidationReport.of(outcome.problems);
    if (outcome.value.isPresent() && validator.isPresent()) {
      report = report.merge(validator.get().validate(outcome.value.get()));
    }
    return new ReadResult<>(outcome.value, report);
  }

  private ReadResult<GrantProgram> readProgram(Source source) {
    Documents.Outcome<GrantProgram> outcome = read(source, r -> r.readRoot(Forms.PROGRAM));
    ValidationReport report = ValidationReport.of(outcome.problems);
    if (validator.isPresent()) {
      if (outcome.value.isPresent()) {
        report = report.merge(validator.get().validate(outcome.value.get()));
      } else if (outcome.reader != null) {
        report = report.merge(validateReadable(outcome.reader));
      }
    }
    return new ReadResult<>(outcome.value, report);
  }

  /**
   * Validates what could be read of a program that could not be read whole: the program of its readable parts where
   * it can be built (all rules; findings at the grants' places in the document), or else each readable grant with
   * the rules of a stream of grants.
   */
  private ValidationReport validateReadable(FormReader reader) {
    String grants = Forms.PROGRAM.property("grants").name();
    List<FormReader.Element> readable = reader.readableElements(grants);
    int listed = reader.listSize(grants);
    Optional<GrantProgram> partial = reader.salvage(Forms.PROGRAM);
    if (partial.isPresent()) {
      int[] index = new int[readable.size()];
      for (int i = 0; i < index.length; i++) {
        index[i] = readable.get(i).index();
      }
      return Validations.validatePartial(validator.get(), partial.get(), index, listed);
    }
    GrantStreamValidator stream = validator.get().openStream();
    List<Finding> findings = new ArrayList<>();
    for (FormReader.Element e : readable) {
      while (stream.getCount() < e.index()) {
        stream.skip();
      }
      for (Finding f : stream.validate((Grant) e.value()).getFindings()) {
        findings.add(f.withPathPrefix("/" + grants));
      }
    }
    return ValidationReport.of(findings);
  }

  private static <T> Documents.Outcome<T> read(Source source, Documents.What<T> what) {
    JsonTokens tokens;
    try {
      tokens = source.open();
    } catch (JsonInput.TooLong e) {
      return new Documents.Outcome<>(Optional.empty(), List.of(e.finding()), null);
    } catch (Utf8.BadEncoding e) {
      return new Documents.Outcome<>(Optional.empty(), List.of(Documents.finding(null, e)), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JsonParser p = tokens.parser()) {
      return Documents.read(tokens, what);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
