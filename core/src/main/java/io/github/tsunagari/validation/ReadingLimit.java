package io.github.tsunagari.validation;

import java.util.Locale;

/**
 * The limits of reading, for a finding of {@link Rule#READ_LIMIT}: hostile or broken input is refused with the limit
 * it exceeds, located, instead of exhausting memory or the stack. The library's own limits are the constants of
 * {@code io.github.tsunagari.read.ReadingLimits}; a reader may name a limit of its own parser with the same kinds.
 */
public enum ReadingLimit {
  /** Values nested deeper than the maximum number of levels. */
  NESTING_DEPTH,
  /** A text (a string, a cell) longer than the maximum number of characters. */
  STRING_LENGTH,
  /** A number with more digits than the maximum. */
  NUMBER_LENGTH,
  /** A property name (or a column header) longer than the maximum number of characters. */
  NAME_LENGTH,
  /** A document longer than the maximum number of bytes. */
  DOCUMENT_LENGTH,
  /** A record of a stream longer than the maximum number of bytes. */
  RECORD_LENGTH,
  /** A line longer than the maximum number of bytes. */
  LINE_LENGTH,
  /** More problems than the maximum in one document or record: reading stops. */
  PROBLEMS,
  /** More values than the maximum in one document or record, which is read whole into memory: reading stops. */
  VALUE_COUNT,
  /**
   * A compressed part of a file (an entry of an XLSX file's zip) that expands to more than the maximum number of times
   * its compressed size: a zip bomb, refused before it fills memory or disk.
   */
  EXPANSION_RATIO,
  /**
   * A compressed part of a file (an entry of an XLSX file's zip) that expands to more than the maximum number of bytes.
   */
  EXPANDED_SIZE,
  /** A record of a stream over a limit ends the stream: the records after it are not read. It has no maximum. */
  RECORDS_AFTER(false),
  /** A limit of the parser that it does not name. It has no maximum. */
  OTHER(false);

  private final boolean hasMaximum;
  private final String key;

  ReadingLimit() {
    this(true);
  }

  ReadingLimit(boolean hasMaximum) {
    this.hasMaximum = hasMaximum;
    this.key = "limit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True if the limit is a maximum, given with each finding of it. */
  public boolean hasMaximum() {
    return hasMaximum;
  }

  /** The key of its detail in the message bundle. */
  String messageKey() {
    return key;
  }
}
