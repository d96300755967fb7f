package io.github.tsunagari.interchange.threesixtygiving;

import java.util.Objects;

/**
 * The spreadsheet form of a 360Giving package, as 360Giving publishers keep their grants and as OpenDataServices'
 * flatten-tool writes and reads them (the 360Giving quality tool reads them through it): a file format and a kind of
 * column header. A value to pass to {@link GivingExport#writeTo(java.io.OutputStream, GivingSpreadsheet)}. Immutable
 * and thread-safe.
 *
 * <p>The layout is flatten-tool's with {@code --rollup}: one row per grant on the sheet {@code grants}; an array of
 * which the grant has one item (its recipient, funder, programme, planned dates, and a single beneficiary location) on
 * that row, in columns {@code recipientOrganization/0/id}; the beneficiary locations of a grant that has several, one
 * row per location, on a sheet of their own ({@code beneficiaryLocation}) whose first column is the grant's
 * {@code id}, by which they are joined to it. Every cell is text, kept exactly: a text that starts like a formula is
 * never run as one.
 *
 * <pre>{@code
 * export.writeTo(out, GivingSpreadsheet.XLSX.withHeaders(GivingSpreadsheet.Headers.TITLES));
 * }</pre>
 */
public final class GivingSpreadsheet {
  /** The file format. */
  public enum Format {
    /** An Excel workbook: every sheet the package needs. */
    XLSX,
    /**
     * A CSV file, UTF-8 without a byte order mark (flatten-tool reads CSV as plain UTF-8): one sheet, so only a
     * package whose every array rolls up onto the grant's row. A cell that starts like a formula ({@code =},
     * {@code +}, {@code -}, {@code @}) is written after a {@code '}, so that no spreadsheet runs it.
     */
    CSV
  }

  /** The column headers. */
  public enum Headers {
    /** flatten-tool's paths, such as {@code recipientOrganization/0/id}: what its {@code unflatten} reads as is. */
    PATHS,
    /**
     * The 360Giving schema's titles, such as {@code Recipient Org:Identifier}, as 360Giving's own templates head
     * their columns ({@code flatten-tool --use-titles}; read back with {@code --convert-titles}); the sheet of
     * locations is then {@code Beneficiary Location}, joined by {@code Identifier}.
     */
    TITLES
  }

  /** An Excel workbook with path headers. */
  public static final GivingSpreadsheet XLSX = new GivingSpreadsheet(Format.XLSX, Headers.PATHS);
  /** A CSV file with path headers. */
  public static final GivingSpreadsheet CSV = new GivingSpreadsheet(Format.CSV, Headers.PATHS);

  private final Format format;
  private final Headers headers;

  private GivingSpreadsheet(Format format, Headers headers) {
    this.format = Objects.requireNonNull(format, "format");
    this.headers = Objects.requireNonNull(headers, "headers");
  }

  /**
   * A form.
   *
   * @param format the file format
   * @param headers the column headers
   * @return the form
   */
  public static GivingSpreadsheet of(Format format, Headers headers) {
    return new GivingSpreadsheet(format, headers);
  }

  /**
   * A copy with other column headers.
   *
   * @param headers the column headers
   * @return the form
   */
  public GivingSpreadsheet withHeaders(Headers headers) {
    return new GivingSpreadsheet(format, headers);
  }

  /** The file format. */
  public Format getFormat() {
    return format;
  }

  /** The column headers. */
  public Headers getHeaders() {
    return headers;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GivingSpreadsheet && ((GivingSpreadsheet) o).format == format
        && ((GivingSpreadsheet) o).headers == headers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, headers);
  }

  @Override
  public String toString() {
    return format + " with " + headers.name().toLowerCase(java.util.Locale.ROOT) + " headers";
  }
}
