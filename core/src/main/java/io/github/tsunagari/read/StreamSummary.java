package io.github.tsunagari.read;

import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Objects;

/**
 * The totals of one stream of grants, whatever its format: how many records were met and how many could not be read,
 * the findings of each severity over all records, and the problems that belong to no single record (such as malformed
 * JSON that ends an array). Instances are immutable.
 */
public final class StreamSummary {
  private static final Severity[] SEVERITIES = Severity.values();

  private final int records;
  private final int unreadable;
  private final int[] counts;
  private final ValidationReport streamProblems;

  private StreamSummary(int records, int unreadable, int[] counts, ValidationReport streamProblems) {
    this.records = records;
    this.unreadable = unreadable;
    this.counts = counts;
    this.streamProblems = streamProblems;
  }

  /** Adds up the records of a stream as they come, for the summary at its end. For one stream and one thread. */
  public static final class Tally {
    private final int[] counts = new int[SEVERITIES.length];
    private int records;
    private int unreadable;

    /** A tally of no records. */
    public Tally() {}

    /**
     * Counts a record and its findings.
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
     * @param streamProblems the problems of the stream itself
     * @return the summary
     */
    public StreamSummary summary(ValidationReport streamProblems) {
      return new StreamSummary(records, unreadable, counts.clone(), Objects.requireNonNull(streamProblems,
          "streamProblems"));
    }
  }

  /** The number of records met, read or not. */
  public int getRecordCount() {
    return records;
  }

  /** The number of records that could not be read. */
  public int getUnreadableCount() {
    return unreadable;
  }

  /**
   * The number of findings of one severity over all records and the stream itself.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts[severity.ordinal()] + streamProblems.count(severity);
  }

  /** True if no record and nothing about the stream has an error. */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /** Problems that belong to no single record, such as malformed JSON that ends an array. */
  public ValidationReport getStreamProblems() {
    return streamProblems;
  }

  /**
   * The summary for a person, in the reader's language, as a report's: the records, then the findings of each severity.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @return such as {@code 100件、エラー 0件、警告 3件、情報 1件}
   */
  public String toSummary(java.util.Locale locale) {
    String records = io.github.tsunagari.internal.Messages.format("summary.records", locale, this.records);
    return records + ValidationReport.summary(locale, count(Severity.ERROR), count(Severity.WARNING),
        count(Severity.INFO));
  }

  @Override
  public String toString() {
    return toSummary(java.util.Locale.ENGLISH);
  }
}
