package io.github.tsunagari.internal.read;

import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;

/**
 * Adds up the records of a stream as they come, for its summary at its end: for every reader of a stream of grants,
 * the library's and the importers of other systems'. For one stream and one thread. Not part of the API.
 */
public final class Tally {
  private static final Severity[] SEVERITIES = Severity.values(); // values() copies its array on every call
  private final int[] counts = new int[SEVERITIES.length];
  private int records;
  private int unreadable;

  /**
   * Counts a record.
   *
   * @param record the record
   */
  public void add(GrantRecord record) {
    records++;
    if (record.getGrant().isEmpty()) {
      unreadable++;
    }
    ValidationReport report = record.getReport();
    if (!report.isEmpty()) {
      for (Severity s : SEVERITIES) {
        counts[s.ordinal()] += report.count(s);
      }
    }
  }

  /**
   * The summary of the records counted.
   *
   * @param streamProblems the problems that belong to no single record
   * @return the summary
   */
  public StreamSummary summary(ValidationReport streamProblems) {
    return StreamSummary.of(records, unreadable, counts[Severity.ERROR.ordinal()],
        counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()], streamProblems);
  }
}
