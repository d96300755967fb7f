package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;

/**
 * Thrown by the module's deserializers, and by a mapper of {@link GrantJson#newMapper()}, when grant data cannot be
 * read: it carries every reading problem of the document, each with its JSON Pointer and line and column, not only
 * the first, malformed JSON included.
 *
 * <p>Its message is the report in English, and nothing else: no parser text, no source excerpt. The report gives the
 * same problems in Japanese ({@code getReport().toText(Locale.JAPANESE)}).
 */
public final class InvalidGrantDataException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  InvalidGrantDataException(JsonParser parser, ValidationReport report) {
    super(parser, report.toText(Locale.ENGLISH));
    this.report = report;
  }

  /** The reading problems, all of them. */
  public ValidationReport getReport() {
    return report;
  }

  /** The report in English; Jackson's location suffix is left out, as every finding has its own location. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  @Override
  public String getLocalizedMessage() {
    return getOriginalMessage();
  }

  @Override
  public String toString() {
    return InvalidGrantDataException.class.getName() + ": " + getOriginalMessage();
  }
}
