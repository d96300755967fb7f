package io.github.tsunagari.tables.internal;

import io.github.tsunagari.validation.ReadingLimit;
import java.io.IOException;

/**
 * An entry of a zip file expands beyond a limit: a zip bomb, or a file far larger than any the reader is for. Thrown
 * by the guards that count through {@link CountedInput} (the parts of an XLSX file, {@link XlsxParts}; other systems'
 * ZIP files), so that a reader tells it from a failing disk by its type, and reports it as {@code read.limit}. Not part
 * of the API.
 */
public final class ExpansionException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient ReadingLimit limit;
  private final long maximum;

  /**
   * The limit passed.
   *
   * @param limit {@link ReadingLimit#EXPANSION_RATIO} or {@link ReadingLimit#EXPANDED_SIZE}
   * @param maximum the limit's maximum: times the compressed size, or bytes
   */
  public ExpansionException(ReadingLimit limit, long maximum) {
    super("a zip entry expands beyond " + limit + " " + maximum);
    this.limit = limit;
    this.maximum = maximum;
  }

  /** {@link ReadingLimit#EXPANSION_RATIO} or {@link ReadingLimit#EXPANDED_SIZE}. */
  public ReadingLimit limit() {
    return limit;
  }

  /** The limit's maximum: times the compressed size, or bytes. */
  public long maximum() {
    return maximum;
  }
}
