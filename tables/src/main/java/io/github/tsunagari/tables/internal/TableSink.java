package io.github.tsunagari.tables.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where a table writer's rows go: a CSV file (one sheet) or the sheets of a workbook. The writers of grants and
 * programs flatten the model into cells along the form description and hand them here; a sink only writes its format.
 * {@link #finish()} completes the file; closing releases what the sink holds. Not part of the API.
 */
public interface TableSink extends Closeable {
  /**
   * Starts a sheet with its header row.
   *
   * @param name the sheet's name (a CSV file has one sheet and does not write its name)
   * @param header the header of each column
   * @throws IOException if it cannot be written
   */
  public void startSheet(String name, List<String> header) throws IOException;

  /**
   * Writes a row of the current sheet: each cell's text, from column A; an empty text for an empty cell. A cell is
   * written as text, whatever it looks like: never as a formula, a number or a date.
   *
   * @param cells the cells
   * @throws IOException if it cannot be written
   */
  public void row(List<String> cells) throws IOException;

  /**
   * Finishes the table: what was written is complete. A sink closed without finishing leaves no table that looks
   * whole: a workbook is not written at all (a CSV file's rows are already out, each whole, and end where writing
   * stopped).
   *
   * @throws IOException if it cannot be written
   */
  public void finish() throws IOException;
}
