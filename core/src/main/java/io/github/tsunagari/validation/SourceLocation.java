package io.github.tsunagari.validation;

import io.github.tsunagari.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in the source a reading problem is: a line and column of a text document such as JSON, a cell of a table such
 * as a CSV file or a published sheet, or, where nothing better is known, a byte of the input.
 *
 * <p>A finding's {@linkplain Finding#getPath() path} says where the problem is in the model, whatever the format; its
 * source location says where it is in what was read.
 *
 * <pre>{@code
 * SourceLocation.of(3, 17);                  // line 3, column 17 (3:17)
 * SourceLocation.ofCell(12, 4, "事業名");      // row 12, column D, headed 事業名
 * SourceLocation.ofCell("交付先一覧", 12, 4, "事業名"); // the same cell of the sheet 交付先一覧
 * SourceLocation.ofByte(2048);               // the byte at offset 2048
 * }</pre>
 *
 * <p>Instances are immutable and compare by value. The three kinds are the nested {@link Position}, {@link Cell} and
 * {@link ByteOffset}.
 */
public sealed interface SourceLocation permits SourceLocation.Position, SourceLocation.Cell, SourceLocation.ByteOffset {

  /**
   * A line and column of a text document, counted from 1. Columns count characters (UTF-16 units, as Java strings and
   * most editors do), not bytes.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the position
   * @throws IllegalArgumentException if line or column is less than 1
   */
  static Position of(int line, int column) {
    return new Position(line, column);
  }

  /**
   * A cell of a table, counted from 1, with the header of its column.
   *
   * @param row the row, from 1: the row of the file or sheet, the header row included
   * @param column the column, from 1
   * @param header the header of the column as written (empty where the column has none)
   * @return the cell
   * @throws IllegalArgumentException if row or column is less than 1
   */
  static Cell ofCell(int row, int column, String header) {
    return new Cell("", row, column, header);
  }

  /**
   * A cell of a sheet of a workbook, counted from 1, with the header of its column: the place a spreadsheet shows
   * (360Giving's quality tool shows sheet, column letter, row and header beside each error).
   *
   * @param sheet the sheet's name as written (empty for a table of one sheet, such as a CSV file)
   * @param row the row, from 1: the row of the sheet, the header row included
   * @param column the column, from 1 (A is 1)
   * @param header the header of the column as written (empty where the column has none)
   * @return the cell
   * @throws IllegalArgumentException if row or column is less than 1
   */
  static Cell ofCell(String sheet, int row, int column, String header) {
    return new Cell(Objects.requireNonNull(sheet, "sheet"), row, column, header);
  }

  /**
   * A byte of the input, for problems found before the text could be decoded (a file that is not UTF-8).
   *
   * @param offset the offset of the byte, from 0
   * @return the location
   * @throws IllegalArgumentException if the offset is negative
   */
  static ByteOffset ofByte(long offset) {
    return new ByteOffset(offset, 0);
  }

  /**
   * A byte of the input and the line it is on.
   *
   * @param offset the offset of the byte, from 0
   * @param line the line, from 1
   * @return the location
   * @throws IllegalArgumentException if the offset is negative or the line less than 1
   */
  static ByteOffset ofByte(long offset, int line) {
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1, but was " + line);
    }
    return new ByteOffset(offset, line);
  }

  /**
   * The location for a person, in the reader's language.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @return such as {@code 3行17列} or {@code line 3, column 17}
   */
  String toText(Locale locale);

  /** A line and column of a text document. */
  final class Position implements SourceLocation {
    private final int line;
    private final int column;

    private Position(int line, int column) {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("line and column count from 1, but were " + line + ", " + column);
      }
      this.line = line;
      this.column = column;
    }

    /** The line, from 1. */
    public int getLine() {
      return line;
    }

    /** The column, from 1, in characters. */
    public int getColumn() {
      return column;
    }

    @Override
    public String toText(Locale locale) {
      return Messages.format("location.position", locale, line, column);
    }

    /** Such as {@code 3:17}: line 3, column 17. */
    @Override
    public String toString() {
      return line + ":" + column;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Position && ((Position) o).line == line && ((Position) o).column == column;
    }

    @Override
    public int hashCode() {
      return 31 * line + column;
    }
  }

  /** A cell of a table, with the sheet it is on (where there is one) and the header of its column. */
  final class Cell implements SourceLocation {
    private final String sheet;
    private final int row;
    private final int column;
    private final String header;

    private Cell(String sheet, int row, int column, String header) {
      if (row < 1 || column < 1) {
        throw new IllegalArgumentException("row and column count from 1, but were " + row + ", " + column);
      }
      this.sheet = sheet;
      this.row = row;
      this.column = column;
      this.header = Objects.requireNonNull(header, "header");
    }

    /** The sheet the cell is on, as named in its workbook; empty for a table of one sheet, such as a CSV file. */
    public Optional<String> getSheet() {
      return sheet.isEmpty() ? Optional.empty() : Optional.of(sheet);
    }

    /** The row, from 1, the header row included. */
    public int getRow() {
      return row;
    }

    /** The column, from 1. */
    public int getColumn() {
      return column;
    }

    /** The column as a spreadsheet names it: {@code A} for 1, {@code Z} for 26, {@code AA} for 27. */
    public String getColumnLetter() {
      StringBuilder letters = new StringBuilder();
      for (int n = column; n > 0; n = (n - 1) / 26) {
        letters.append((char) ('A' + (n - 1) % 26));
      }
      return letters.reverse().toString();
    }

    /** The header of the column as written; empty where the column has none. */
    public String getHeader() {
      return header;
    }

    @Override
    public String toText(Locale locale) {
      String cell = Messages.format(header.isEmpty() ? "location.cell" : "location.cell-with-header", locale, row,
          getColumnLetter(), Finding.render(header));
      return sheet.isEmpty() ? cell : Messages.format("location.in-sheet", locale, Finding.render(sheet), cell);
    }

    /** As a spreadsheet writes a cell, with its header: {@code D12 事業名}, {@code 交付先一覧!D12 事業名}. */
    @Override
    public String toString() {
      return (sheet.isEmpty() ? "" : Finding.render(sheet) + "!") + getColumnLetter() + row
          + (header.isEmpty() ? "" : " " + Finding.render(header));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cell && ((Cell) o).row == row && ((Cell) o).column == column
          && ((Cell) o).header.equals(header) && ((Cell) o).sheet.equals(sheet);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sheet, row, column, header);
    }
  }

  /** A byte of the input, and the line it is on where that is known. */
  final class ByteOffset implements SourceLocation {
    private final long offset;
    private final int line;

    private ByteOffset(long offset, int line) {
      if (offset < 0) {
        throw new IllegalArgumentException("byte offsets count from 0, but was " + offset);
      }
      this.offset = offset;
      this.line = line;
    }

    /** The offset of the byte, from 0. */
    public long getOffset() {
      return offset;
    }

    /** The line the byte is on, where known. */
    public OptionalInt getLine() {
      return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    @Override
    public String toText(Locale locale) {
      return line == 0 ? Messages.format("location.byte", locale, offset)
          : Messages.format("location.byte-on-line", locale, offset, line);
    }

    /** Such as {@code byte 2048} or {@code 3:byte 2048}. */
    @Override
    public String toString() {
      return (line == 0 ? "" : line + ":") + "byte " + offset;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByteOffset && ((ByteOffset) o).offset == offset && ((ByteOffset) o).line == line;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(offset) * 31 + line;
    }
  }
}
