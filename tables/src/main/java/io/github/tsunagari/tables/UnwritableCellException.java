package io.github.tsunagari.tables;

import java.io.IOException;
import java.util.Objects;

/**
 * A table cannot be written (書き込めない表): a cell holds a character its encoding cannot write (Windows-31J has no 𠮷),
 * or the table exceeds one of Excel's limits: a text longer than a cell holds (32 767 characters), more rows than a
 * sheet has (1 048 576, the header row included), or more columns (16 384, A to XFD). Nothing is replaced or
 * truncated: writing stops at the cell, and a workbook is not finished.
 *
 * <pre>{@code
 * catch (UnwritableCellException e) {
 *   e.getReason();  // TEXT_LENGTH
 *   e.getCell();    // D12
 *   e.getHeader();  // 概要
 * }
 * }</pre>
 */
public final class UnwritableCellException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the cell cannot be written. */
  public enum Reason {
    /** A character the CSV file's encoding cannot write; no maximum. */
    NOT_IN_ENCODING(0),
    /** Characters in a cell: 32 767. */
    TEXT_LENGTH(32_767),
    /** Rows in a sheet: 1 048 576. */
    ROWS(1_048_576),
    /** Columns in a sheet: 16 384. */
    COLUMNS(16_384);

    private final int maximum;

    Reason(int maximum) {
      this.maximum = maximum;
    }

    /** Excel's maximum, for a limit of Excel's; empty for {@link #NOT_IN_ENCODING}. */
    public java.util.OptionalInt getMaximum() {
      return maximum == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(maximum);
    }
  }

  private final Reason limit;
  private final String sheet;
  private final int row;
  private final int column;
  private final String header;
  private final long actual;

  /**
   * An exceeded limit.
   *
   * @param limit the limit
   * @param sheet the sheet's name as written
   * @param row the row, from 1
   * @param column the column, from 1
   * @param header the column's header, or empty
   * @param actual the characters, rows or columns there are
   */
  public UnwritableCellException(Reason limit, String sheet, int row, int column, String header, long actual) {
    super(message(limit, sheet, row, column, header, actual));
    this.limit = Objects.requireNonNull(limit, "limit");
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.row = row;
    this.column = column;
    this.header = Objects.requireNonNull(header, "header");
    this.actual = actual;
  }

  private static String message(Reason limit, String sheet, int row, int column, String header, long actual) {
    String cell = "sheet \"" + sheet + "\", cell " + cell(row, column) + (header.isEmpty() ? "" : " (" + header + ")");
    switch (limit) {
      case NOT_IN_ENCODING:
        return cell + ": a character that the file's encoding cannot write";
      case TEXT_LENGTH:
        return cell + ": a text of " + actual + " characters, where an XLSX cell holds at most " + limit.maximum;
      case ROWS:
        return cell + ": more than " + limit.maximum + " rows, which an XLSX sheet cannot have";
      default:
        return cell + ": more than " + limit.maximum + " columns, which an XLSX sheet cannot have";
    }
  }

  /** Why: the character or the limit of Excel's. */
  public Reason getReason() {
    return limit;
  }

  /** The sheet's name as written to the workbook. */
  public String getSheet() {
    return sheet;
  }

  /** The row, from 1 (the header row is 1). */
  public int getRow() {
    return row;
  }

  /** The column, from 1 (A is 1). */
  public int getColumn() {
    return column;
  }

  /** The cell as Excel names it, such as {@code D12}. */
  public String getCell() {
    return cell(row, column);
  }

  /** The header of the cell's column; empty where the column has none. */
  public String getHeader() {
    return header;
  }

  /** The characters of the text, or the rows or columns the table has reached. */
  public long getActual() {
    return actual;
  }

  /**
   * The cell, as findings place theirs: sheet, row, column and header.
   *
   * @return the cell's location
   */
  public io.github.tsunagari.validation.SourceLocation.Cell getLocation() {
    return io.github.tsunagari.validation.SourceLocation.ofCell(sheet, row, column, header);
  }

  /** A cell's name: its column letters (as {@code SourceLocation.Cell} writes them) and row number. */
  static String cell(int row, int column) {
    return io.github.tsunagari.validation.SourceLocation.ofCell(row, column, "").getColumnLetter() + row;
  }
}
