package io.github.tsunagari.tables;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A cell that a table cannot hold (書き込めないセル): a character its encoding cannot write (Windows-31J has no 𠮷), or a
 * text longer than a spreadsheet's cell can hold. Writing stops there rather than replace or cut a value; the
 * exception names the cell, and why as data.
 */
public final class UnwritableCellException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the cell cannot be written. */
  public enum Reason {
    /** The text holds a character the file's encoding cannot write. */
    NOT_IN_ENCODING,
    /** The text is longer than a cell can hold (Excel: 32 767 characters). */
    TOO_LONG
  }

  private final Reason reason;
  private final int row;
  private final int column;
  private final String header;

  private UnwritableCellException(Reason reason, int row, int column, String header, String detail) {
    super("cannot write the cell at row " + row + ", column " + column + (header.isEmpty() ? "" : " (" + header + ")")
        + ": " + detail);
    this.reason = reason;
    this.row = row;
    this.column = column;
    this.header = header;
  }

  static UnwritableCellException notInEncoding(int row, int column, String header, Charset charset) {
    return new UnwritableCellException(Reason.NOT_IN_ENCODING, row, column, Objects.requireNonNull(header),
        "a character that " + charset.name() + " cannot write");
  }

  static UnwritableCellException tooLong(int row, int column, String header, int max) {
    return new UnwritableCellException(Reason.TOO_LONG, row, column, Objects.requireNonNull(header),
        "a text longer than " + max + " characters");
  }

  /** Why. */
  public Reason getReason() {
    return reason;
  }

  /** The row, from 1, the header row included. */
  public int getRow() {
    return row;
  }

  /** The column, from 1 (A is 1). */
  public int getColumn() {
    return column;
  }

  /** The header of its column. */
  public String getHeader() {
    return header;
  }
}
