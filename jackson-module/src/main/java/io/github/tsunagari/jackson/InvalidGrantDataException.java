package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;

/**
 * Thrown by the module's deserializers when grant data cannot be read: it carries every reading problem of the value,
 * each with its JSON Pointer and line and column, not only the first.
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
}
