package io.github.tsunagari.jackson3;

import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the module's deserializers, on any mapper, and by a mapper of {@link GrantJson#newMapper()}, when grant data
 * cannot be read: a Jackson 3 {@link DatabindException}, so that a caller's {@code catch (JacksonException e)} and a
 * framework's handling of Jackson's exceptions keep working, whose {@linkplain #getCause() cause} is the library's
 * {@link InvalidGrantDataException}, the same for every reader and format. It carries every reading problem of the
 * value, each with its path and source location, not only the first, malformed JSON included.
 *
 * <p>Its message is the report in English, and nothing else: no parser text, no source excerpt. The report gives the
 * same problems in Japanese ({@code getReport().toText(Locale.JAPANESE)}).
 */
public final class InvalidGrantJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  InvalidGrantJsonException(JsonParser parser, ValidationReport report) {
    super(parser, report.toText(Locale.ENGLISH), new InvalidGrantDataException(report));
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }

  /** The report in English; Jackson's location and path are left out, as every finding has its own location. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /** The library's exception, with the same report. */
  @Override
  public InvalidGrantDataException getCause() {
    return (InvalidGrantDataException) super.getCause();
  }

  /**
   * The reading problems, all of them.
   *
   * @return the report
   */
  public ValidationReport getReport() {
    return getCause().getReport();
  }
}
