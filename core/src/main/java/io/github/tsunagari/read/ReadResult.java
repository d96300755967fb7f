package io.github.tsunagari.read;

import io.github.tsunagari.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gave, whatever its format: the value, if it could be read, and one report of everything
 * wrong with the document, whether it could not be read (rules {@code read.*}) or was read and is not valid.
 *
 * <pre>{@code
 * ReadResult<GrantProgram> result = reader.readProgram(in);
 * if (!result.isValid()) {
 *   System.out.println(result.getReport().toText(Locale.JAPANESE));
 * }
 * GrantProgram program = result.orElseThrow();  // or the exception with the report
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final Optional<T> value;
  private final ValidationReport report;

  private ReadResult(Optional<T> value, ValidationReport report) {
    this.value = value;
    this.report = report;
  }

  /**
   * A result.
   *
   * @param value the value read, or empty if the document could not be read
   * @param report every problem of the document
   * @param <T> the type read
   * @return the result
   */
  public static <T> ReadResult<T> of(Optional<T> value, ValidationReport report) {
    return new ReadResult<>(Objects.requireNonNull(value, "value"), Objects.requireNonNull(report, "report"));
  }

  /** The value read; empty if the document had a reading problem. */
  public Optional<T> getValue() {
    return value;
  }

  /** Every problem: reading problems, and, when the value was read and validation was asked for, its findings. */
  public ValidationReport getReport() {
    return report;
  }

  /** True if the value was read and the report has no errors. */
  public boolean isValid() {
    return value.isPresent() && report.isValid();
  }

  /**
   * The value, if it was read and the report has no errors (warnings and infos are allowed).
   *
   * @return the value
   * @throws InvalidGrantDataException with the report, if the value could not be read or has errors
   */
  public T orElseThrow() {
    if (!isValid()) {
      throw new InvalidGrantDataException(report);
    }
    return value.get();
  }

  @Override
  public String toString() {
    return (value.isPresent() ? "read; " : "not read; ") + report;
  }
}
