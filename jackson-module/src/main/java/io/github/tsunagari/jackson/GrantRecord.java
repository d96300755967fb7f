package io.github.tsunagari.jackson;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Optional;

/**
 * One record of a stream of grants: its index in the stream, the grant if it could be read, and its report (reading
 * problems, or validation findings including those against earlier records).
 */
public final class GrantRecord {
  private final int index;
  private final Optional<Grant> grant;
  private final ValidationReport report;

  GrantRecord(int index, Optional<Grant> grant, ValidationReport report) {
    this.index = index;
    this.grant = grant;
    this.report = report;
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
}
