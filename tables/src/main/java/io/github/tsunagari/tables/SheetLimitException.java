package io.github.tsunagari.tables;

import java.io.IOException;
import java.util.Objects;

/**
 * A table cannot be written as a sheet of an XLSX workbook because it exceeds one of Excel's limits: a text longer than
 * a cell holds (32 767 characters), more rows than a sheet has (1 048 576, the header row included), or more columns
 * (16 384, A to XFD). Nothing is truncated: the workbook is not finished.
 *
 * <pre>{@code
 * catch (SheetLimitException e) {
 *   e.getLimit();   // TEXT_LENGTH
 *   e.getCell();    // D12
 *   e.getHeader();  // 概要
 * }
 * }</pre>
 */
public final class SheetLimitException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Which of Excel's limits. */
  public enum Limit {
    /** Characters in a cell: 32 767. */
    TEXT_LENGTH(32_767),
    /** Rows in a sheet: 1 048 576. */
    ROWS(1_048_576),
    /** Columns in a sheet: 16 384. */
    COLUMNS(16_384);

    private final int maximum;

    Limit(int maximum) {
      this.maximum = maximum;
    }

    /** Excel's maximum. */
    public int getMaximum() {
      return maximum;
    }
  }

  private final Limit limit;
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
  SheetLimitException(Limit limit, String sheet, int row, int column, String header, long actual) {
    super(message(limit, sheet, row, column, header, actual));
    this.limit = Objects.requireNonNull(limit, "limit");
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.row = row;
    this.column = column;
    this.header = Objects.requireNonNull(header, "header");
    this.actual = actual;
  }

  private static String message(Limit limit, String sheet, int row, int column, String header, long actual) {
    String cell = "sheet \"" + sheet + "\", cell " + cell(row, column) + (header.isEmpty() ? "" : " (" + header + ")");
    switch (limit) {
      case TEXT_LENGTH:
        return cell + ": a text of " + actual + " characters, where an XLSX cell holds at most " + limit.maximum;
      case ROWS:
        return cell + ": more than " + limit.maximum + " rows, which an XLSX sheet cannot have";
      default:
        return cell + ": more than " + limit.maximum + " columns, which an XLSX sheet cannot have";
    }
  }

  /** The limit exceeded. */
  public Limit getLimit() {
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

  /** A cell's name: its column letters and row number. */
  static String cell(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + row;
  }
}
