package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SpreadsheetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads the rows of a table into objects of a form, one per row, the same for every table format: the header row names
 * the columns (paths or Japanese titles, {@link TableColumns}); each other row is read by the {@link FormReader} from
 * {@link RowTokens}, every finding at its cell; a blank row is no record. Not part of the API.
 */
final class Tables {
  private Tables() {}

  /**
   * Reads every row of a table.
   *
   * @param rows the rows; not closed
   * @param form the form of a row's object
   * @param out receives each record: its object where it could be read, and its problems (paths from {@code /i})
   * @param <T> the model type
   * @return the problems of the table itself: the source's (its encoding, its end), then its header's
   * @throws IOException if the table cannot be read
   */
  static <T> List<Finding> readRows(RowSource rows, Form<T> form, BiConsumer<Optional<T>, List<Finding>> out)
      throws IOException {
    return readRows(rows, form, i -> "/" + i, (value, problems, row) -> out.accept(value, problems));
  }

  /**
   * Receives each record of a table: its object where it could be read, its problems, and how to place a finding of
   * its row that has no place (a rule's) at the row's cell its path belongs to.
   */
  @FunctionalInterface
  interface Records<T> {
    void accept(Optional<T> value, List<Finding> problems, Locator row);
  }

  /** Places a finding of a row at the cell its path belongs to. */
  interface Locator {
    /**
     * The finding at its cell, if it has no place yet.
     *
     * @param finding a finding, with a path below the record's base (such as {@code /3/project/title})
     * @param base the base of the record's paths (such as {@code /3})
     * @return the finding with a location
     */
    Finding locate(Finding finding, String base);

    /** The row's first cell, for a finding of the row as a whole. */
    SourceLocation row();
  }

  /**
   * Reads every row of a table, its findings at paths from the given bases.
   *
   * @param rows the rows; not closed
   * @param form the form of a row's object
   * @param base the path of the i-th record's object
   * @param out receives each record
   * @param <T> the model type
   * @return the problems of the table itself
   * @throws IOException if the table cannot be read
   */
  static <T> List<Finding> readRows(RowSource rows, Form<T> form, java.util.function.IntFunction<String> base,
      Records<T> out) throws IOException {
    List<Finding> tableProblems = new ArrayList<>();
    RowSource.Row header = rows.next();
    while (header != null && isBlank(header)) {
      header = rows.next(); // blank rows above the header (a blank line, a byte order mark alone) hold nothing
    }
    String sheet = rows.sheet();
    if (header == null) {
      List<Finding> all = new ArrayList<>(rows.problems());
      all.add(ReadingFindings.noHeader(SourceLocation.ofCell(sheet, 1, 1, "")));
      return all;
    }
    List<String> names = header.cells();
    TableHeader columns = TableHeader.read(form, names, header.number(), sheet, tableProblems);
    int index = 0;
    for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
      RowSource.Row r = row;
      String at = base.apply(index);
      List<Finding> problems = new ArrayList<>();
      RowTokens tokens = new RowTokens(columns.columns(), row, columns.derive(row, sheet, at, problems),
          c -> SourceLocation.ofCell(sheet, r.number(), c + 1, c < names.size() ? names.get(c) : ""), at);
      for (int c = names.size(); c < row.cells().size(); c++) {
        if (!row.cells().get(c).isEmpty()) {
          // The first value beyond the header, once a row: a row of 300 000 extra cells is one finding, not as many.
          problems.add(ReadingFindings.raggedRow(at, SourceLocation.ofCell(sheet, r.number(), c + 1, ""),
              row.cells().get(c), names.size()));
          break;
        }
      }
      if (tokens.isEmpty() && problems.isEmpty()) {
        continue; // a blank row is no record
      }
      for (Map.Entry<Integer, RowSource.Stored> stored : row.stored().entrySet()) {
        int c = stored.getKey();
        RowTokens.Column column = c < columns.columns().size() ? columns.columns().get(c) : null;
        Optional<SpreadsheetValue> note = column == null ? Optional.empty() : column.note(stored.getValue());
        if (note.isPresent()) {
          problems.add(ReadingFindings.spreadsheetValue(at + "/" + String.join("/", column.path),
              SourceLocation.ofCell(sheet, r.number(), c + 1, names.get(c)), row.cells().get(c), note.get()));
        }
      }
      Optional<T> value = Optional.empty();
      try {
        tokens.next();
        value = new FormReader(tokens, problems).read(form);
      } catch (FormReader.Stop stop) {
        problems.add(stop.finding());
      }
      int number = r.number();
      for (int i = 0; i < problems.size(); i++) {
        // A required value the table has a column for, left empty: said at that empty cell, not where its object starts.
        Finding f = problems.get(i);
        if (f.getRule() == Rule.READ_MISSING_PROPERTY && f.getPath().startsWith(at + "/")) {
          int c = columns.columnOf(f.getPath().substring(at.length()));
          if (c >= 0) {
            problems.set(i, f.withLocation(SourceLocation.ofCell(sheet, number, c + 1, names.get(c))));
          }
        }
      }
      out.accept(value, problems, new Locator() {
        @Override
        public Finding locate(Finding f, String from) {
          if (f.getLocation().isPresent() || !f.getPath().startsWith(from)) {
            return f;
          }
          return f.withLocation(columns.locate(f.getPath().substring(from.length()), sheet, number));
        }

        @Override
        public SourceLocation row() {
          return SourceLocation.ofCell(sheet, number, 1, names.isEmpty() ? "" : names.get(0));
        }
      });
      index++;
    }
    List<Finding> all = new ArrayList<>(rows.problems());
    all.addAll(tableProblems);
    return all;
  }

  private static boolean isBlank(RowSource.Row row) {
    for (String cell : row.cells()) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
