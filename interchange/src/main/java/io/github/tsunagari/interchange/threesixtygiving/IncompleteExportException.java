package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;
import java.util.Objects;

/**
 * A 360Giving package was asked for that would not be valid: facts 360Giving requires are missing, and nothing was
 * written. The report says which, per grant, in Japanese or English.
 */
public final class IncompleteExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: the report is for the caller that catches this exception. */
  private final transient ValidationReport report;

  IncompleteExportException(String what, ValidationReport report) {
    super(what + " (" + report.toSummary(Locale.ENGLISH) + "; see getReport())");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * What is missing.
   *
   * @return the findings of the export
   */
  public ValidationReport getReport() {
    return report == null ? ValidationReport.empty() : report;
  }
}
