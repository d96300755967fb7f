package io.github.tsunagari.internal.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.tsunagari.validation.Finding;

/**
 * The rows of a table, as a table reader (CSV, a sheet of a workbook) gives them to the reading layer: its header row,
 * which names the columns, then its rows of cells, each cell's text as the table shows it. A table reader only turns
 * its format into rows; {@link GrantStreams#readTable} reads them along the form description, the same for every
 * format. Not part of the API.
 */
public interface RowSource extends Closeable {
  /** The sheet's name as the workbook writes it; empty for a table of one sheet, such as a CSV file. */
  String sheet();

  /**
   * The next row: the header row first, then the rows of data.
   *
   * @return the row, or null after the last
   * @throws IOException if the table cannot be read
   */
  Row next() throws IOException;

  /**
   * The problems the source met that belong to the table rather than a row: the encoding it was read in, bytes that
   * are not of it, a malformed file. Asked once, after the last row.
   *
   * @return the findings, in the order met
   */
  default List<Finding> problems() {
    return List.of();
  }

  /** How a spreadsheet stored a cell, where its text may not be what was meant. */
  enum Stored {
    /** A number: the text is what Excel shows for it. */
    NUMBER,
    /** A date, stored as a number of days: the text is its ISO date. */
    DATE,
    /** A number formatted as text. */
    NUMBER_AS_TEXT
  }

  /** One row of a table: its number in the file or sheet, and the text of each cell, from column A. */
  final class Row {
    private final int number;
    private final List<String> cells;
    private final Map<Integer, Stored> stored;

    private Row(int number, List<String> cells, Map<Integer, Stored> stored) {
      this.number = number;
      this.cells = cells;
      this.stored = stored;
    }

    /**
     * A row.
     *
     * @param number its number, from 1, counting every row of the file or sheet (the header row included)
     * @param cells the text of each cell as the table shows it, from column A; an empty text for an empty cell
     * @return the row
     */
    public static Row of(int number, List<String> cells) {
      return of(number, cells, Map.of());
    }

    /**
     * A row of a spreadsheet, with how it stored the cells that are not text.
     *
     * @param number its number, from 1
     * @param cells the text of each cell as the spreadsheet shows it, from column A
     * @param stored how cells that are not plain text were stored, by column (from 0)
     * @return the row
     */
    public static Row of(int number, List<String> cells, Map<Integer, Stored> stored) {
      if (number < 1) {
        throw new IllegalArgumentException("rows count from 1, but was " + number);
      }
      return new Row(number, List.copyOf(cells), Map.copyOf(stored));
    }

    /** How the spreadsheet stored the cells that are not plain text, by column from 0; empty for CSV. */
    public Map<Integer, Stored> stored() {
      return stored;
    }

    /** Its number, from 1, in the file or sheet. */
    public int number() {
      return number;
    }

    /** The text of each cell, from column A. */
    public List<String> cells() {
      return cells;
    }
  }

  /**
   * A table of rows in memory, numbered from 1: the first is the header row.
   *
   * @param sheet the sheet's name, or empty
   * @param rows the rows, each a list of cell texts
   * @return the source
   */
  static RowSource of(String sheet, List<List<String>> rows) {
    Objects.requireNonNull(sheet, "sheet");
    List<Row> numbered = new ArrayList<>();
    for (List<String> cells : rows) {
      numbered.add(Row.of(numbered.size() + 1, cells));
    }
    Iterator<Row> it = numbered.iterator();
    return new RowSource() {
      @Override
      public String sheet() {
        return sheet;
      }

      @Override
      public Row next() {
        return it.hasNext() ? it.next() : null;
      }

      @Override
      public void close() {}
    };
  }
}
