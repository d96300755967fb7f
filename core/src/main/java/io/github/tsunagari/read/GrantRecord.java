package io.github.tsunagari.read;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a stream of grants, whatever its format (an element of a JSON array, a line of JSON Lines, a row of
 * a table): its index in the stream, the grant if it could be read, and its report (reading problems, or validation
 * findings including those against earlier records). Instances are immutable.
 */
public final class GrantRecord {
  private final int index;
  private final Optional<Grant> grant;
  private final ValidationReport report;

  private GrantRecord(int index, Optional<Grant> grant, ValidationReport report) {
    this.index = index;
    this.grant = grant;
    this.report = report;
  }

  /**
   * A record.
   *
   * @param index its index in the stream, from 0
   * @param grant the grant, or empty if the record could not be read
   * @param report its findings
   * @return the record
   * @throws IllegalArgumentException if the index is negative
   */
  public static GrantRecord of(int index, Optional<Grant> grant, ValidationReport report) {
    if (index < 0) {
      throw new IllegalArgumentException("records count from 0, but the index was " + index);
    }
    return new GrantRecord(index, Objects.requireNonNull(grant, "grant"), Objects.requireNonNull(report, "report"));
  }

  /** The record's index in the stream, from 0; its findings' paths start with {@code /index}. */
  public int getIndex() {
    return index;
  }

  /** The grant, if the record could be read. */
  public Optional<Grant> getGrant() {
    return grant;
  }

  /** The record's findings. */
  public ValidationReport getReport() {
    return report;
  }

  @Override
  public String toString() {
    return "record " + index + (grant.isPresent() ? " read; " : " not read; ") + report;
  }
}
