package io.github.tsunagari.jackson;

import io.github.tsunagari.validation.ValidationReport;
import java.util.Optional;

/**
 * What reading a document gave: the value, if it could be read, and one report of everything wrong with the document,
 * whether it could not be read (rules {@code json.*}) or was read and is not valid.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final Optional<T> value;
  private final ValidationReport report;

  ReadResult(Optional<T> value, ValidationReport report) {
    this.value = value;
    this.report = report;
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

  @Override
  public String toString() {
    return (value.isPresent() ? "read; " : "not read; ") + report;
  }
}
