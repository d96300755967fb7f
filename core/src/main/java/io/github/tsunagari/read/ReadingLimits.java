package io.github.tsunagari.read;

/**
 * The limits of every reader of the library, whatever the format: hostile or broken input is refused with a located
 * {@code read.limit} finding that names the limit, instead of exhausting memory or the stack. Memory grows with the
 * model a reader builds, never with the bytes it skips.
 */
public final class ReadingLimits {
  /** Levels of nesting: deeper than any document of the format (a program is nested 7 levels deep). */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Characters in one text; the longest text of the model is a 5 000-character summary. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** Digits in one number; amounts in yen have at most 19. */
  public static final int MAX_NUMBER_LENGTH = 20;
  /** Characters in one property name or column header. */
  public static final int MAX_NAME_LENGTH = 100;
  /**
   * Bytes in one document read whole into a model (a grant program), which bounds the time spent on what a reader
   * skips; the model itself is bounded by {@link #MAX_VALUES}. Streams of grants have no limit on the whole: each
   * record is bounded.
   */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /** Bytes in one line of JSON Lines: a grant is a few kilobytes at most. */
  public static final int MAX_LINE_LENGTH = 1024 * 1024;
  /** Bytes in one record of a stream of grants, such as an element of a JSON array. */
  public static final int MAX_RECORD_LENGTH = 1024 * 1024;
  /** Problems in one document or record: after this many, reading stops with one more finding that says so. */
  public static final int MAX_PROBLEMS = 1000;
  /**
   * Values in one document or record (texts, numbers, flags, objects and list elements that become part of the model,
   * about 20 000 grants): the model of a document is held in memory whole, and of any shape it fits a 256 MiB heap at
   * this limit (a value of one character takes some 56 bytes of heap). A longer list of grants is read as a stream.
   */
  public static final int MAX_VALUES = 1_000_000;

  private ReadingLimits() {}
}
