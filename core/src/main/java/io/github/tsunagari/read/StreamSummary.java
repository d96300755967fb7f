package io.github.tsunagari.read;

import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;
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

  /**
   * A summary.
   *
   * @param recordCount the records met, read or not
   * @param unreadableCount the records that could not be read
   * @param errors the errors over all records
   * @param warnings the warnings over all records
   * @param infos the infos over all records
   * @param streamProblems the problems that belong to no single record
   * @return the summary
   * @throws IllegalArgumentException if a count is negative, or more records are unreadable than were met
   */
  public static StreamSummary of(int recordCount, int unreadableCount, int errors, int warnings, int infos,
      ValidationReport streamProblems) {
    if (recordCount < 0 || unreadableCount < 0 || unreadableCount > recordCount || errors < 0 || warnings < 0
        || infos < 0) {
      throw new IllegalArgumentException("counts of a stream: " + recordCount + " records, " + unreadableCount
          + " unreadable, " + errors + " errors, " + warnings + " warnings, " + infos + " infos");
    }
    int[] counts = new int[SEVERITIES.length];
    counts[Severity.ERROR.ordinal()] = errors;
    counts[Severity.WARNING.ordinal()] = warnings;
    counts[Severity.INFO.ordinal()] = infos;
    return new StreamSummary(recordCount, unreadableCount, counts, Objects.requireNonNull(streamProblems,
        "streamProblems"));
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
  public String toSummary(Locale locale) {
    String records = Messages.format("summary.records", locale, this.records);
    return records + ValidationReport.summary(locale, count(Severity.ERROR), count(Severity.WARNING),
        count(Severity.INFO));
  }

  @Override
  public String toString() {
    return toSummary(Locale.ENGLISH);
  }
}
