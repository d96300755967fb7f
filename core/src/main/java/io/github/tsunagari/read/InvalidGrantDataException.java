package io.github.tsunagari.read;

import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Grant data that cannot be read, or was read and is not valid where a valid value was asked for: it carries the whole
 * report, every problem with its rule, path and source location, not only the first. The same type for every reader
 * and format, so that a {@code catch} or a service's exception handler serves them all.
 *
 * <p>A mapper of a JSON binding must throw its own library's exception type (Jackson 2 a {@code JsonMappingException},
 * Jackson 3 a {@code DatabindException}), so that its callers' handling of it keeps working; the binding's exception
 * then has this one as its {@linkplain Throwable#getCause() cause}, and {@link #find(Throwable)} finds it:
 *
 * <pre>{@code
 * try {
 *   return mapper.readValue(body, GrantProgram.class);
 * } catch (JsonProcessingException e) {
 *   InvalidGrantDataException.find(e).ifPresent(bad -> log(bad.getReport().toText(Locale.JAPANESE)));
 *   throw e;
 * }
 * }</pre>
 *
 * <p>Its message is the report in English, and nothing else: no parser text, no source excerpt. The report gives the
 * same problems in Japanese ({@code getReport().toText(Locale.JAPANESE)}).
 */
public class InvalidGrantDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * An exception carrying a report.
   *
   * @param report the report, with at least one error
   */
  public InvalidGrantDataException(ValidationReport report) {
    super(Objects.requireNonNull(report, "report").toText(Locale.ENGLISH));
    this.report = report;
  }

  /** The report: every problem found. */
  public ValidationReport getReport() {
    return report;
  }

  /**
   * The exception of this type in a chain of causes, such as a mapper's exception or a framework's that wraps it.
   *
   * @param thrown what was thrown
   * @return the first exception of this type among it and its causes, if any
   */
  public static Optional<InvalidGrantDataException> find(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < 64; depth++) { // a chain of causes may loop
      if (t instanceof InvalidGrantDataException) {
        return Optional.of((InvalidGrantDataException) t);
      }
      t = t.getCause();
    }
    return Optional.empty();
  }
}
