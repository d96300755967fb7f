package io.github.tsunagari.tables.internal;

import io.github.tsunagari.tables.UnwritableCellException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table's sheets to an XLSX workbook with POI's streaming {@link SXSSFWorkbook}: rows beyond a small window
 * go to temporary files (compressed), so memory does not grow with the rows written; {@link #close()} writes the
 * workbook to the stream and deletes them.
 *
 * <p>Each sheet starts with its header row, in bold, frozen above the rows. Every cell is written as a string cell
 * (inline, {@code t="inlineStr"}), whatever its text looks like: {@code =HYPERLINK(…)}, {@code +1}, {@code -1},
 * {@code @SUM(…)}, {@code 0123} and {@code 2024-04-01} stay inert text, never a formula, a number or a date. A text
 * that starts as a formula would is also given Excel's quote prefix (the {@code '} Excel shows while editing), so that
 * editing the cell in Excel does not turn it into a formula. An empty text leaves the cell blank.
 *
 * <p>Texts are kept exactly: characters XML cannot carry (control characters other than tab and line breaks) and text
 * that looks like Excel's own escape ({@code _x000D_}) are escaped as Excel escapes them, where POI would write a
 * {@code ?} or let a reader decode the text. Sheet names are made valid for Excel (see {@link #sheetName}). Excel's
 * limits are not worked around: a longer text, more rows or more columns than a sheet holds fail with a
 * {@link UnwritableCellException} naming the cell, and the workbook is then not written.
 *
 * <p>{@link #finish()} writes the workbook; closing without it writes nothing. Neither closes the stream given.
 */
public final class XlsxSink implements TableSink {
  /** Rows kept in memory per sheet before they go to the sheet's temporary file. */
  private static final int WINDOW = 100;
  private static final int MAX_SHEET_NAME = 31;

  private final OutputStream out;
  private final SXSSFWorkbook workbook;
  private final CellStyle bold;
  private final CellStyle boldQuoted;
  private final CellStyle quoted;
  private final List<String> names = new ArrayList<>();
  private SXSSFSheet sheet;
  private List<String> header = List.of();
  private int rows;
  private boolean failed;
  private boolean closed;

  /**
   * A sink writing to a stream.
   *
   * @param out where {@link #finish()} writes the workbook; not closed
   */
  public XlsxSink(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
    // No shared strings table: inline strings keep memory flat (a shared table grows with every distinct text).
    this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    Font font = workbook.createFont();
    font.setBold(true);
    this.bold = workbook.createCellStyle();
    bold.setFont(font);
    this.boldQuoted = workbook.createCellStyle();
    boldQuoted.cloneStyleFrom(bold);
    boldQuoted.setQuotePrefixed(true);
    this.quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
  }

  @Override
  public void startSheet(String name, List<String> header) throws IOException {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(header, "header");
    open();
    String valid = sheetName(name, names);
    names.add(valid);
    sheet = workbook.createSheet(valid);
    this.header = List.copyOf(header);
    rows = 0;
    sheet.createFreezePane(0, 1);
    write(this.header, bold, boldQuoted);
  }

  @Override
  public void row(List<String> cells) throws IOException {
    Objects.requireNonNull(cells, "cells");
    open();
    if (sheet == null) {
      throw new IllegalStateException("no sheet started: call startSheet first");
    }
    write(cells, null, quoted);
  }

  /** The sheets' names as written, in order: each name given to {@link #startSheet} made valid for Excel. */
  public List<String> sheetNames() {
    return List.copyOf(names);
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("the workbook is closed");
    }
    if (failed) {
      throw new IllegalStateException("a limit of the sheet was exceeded: the workbook is not written");
    }
  }

  /** Writes a row of string cells, after checking it against Excel's limits. */
  private void write(List<String> cells, CellStyle style, CellStyle formulaLike) throws IOException {
    int number = rows + 1;
    String sheetName = sheet.getSheetName();
    if (number > UnwritableCellException.Reason.ROWS.getMaximum().orElseThrow()) {
      throw fail(new UnwritableCellException(UnwritableCellException.Reason.ROWS, sheetName, number, 1, header(0), number));
    }
    if (cells.size() > UnwritableCellException.Reason.COLUMNS.getMaximum().orElseThrow()) {
      int c = UnwritableCellException.Reason.COLUMNS.getMaximum().orElseThrow() + 1;
      throw fail(new UnwritableCellException(UnwritableCellException.Reason.COLUMNS, sheetName, number, c, header(c - 1),
          cells.size()));
    }
    for (int c = 0; c < cells.size(); c++) {
      String text = Objects.requireNonNull(cells.get(c), () -> "the text of a cell (empty for an empty cell)");
      if (text.length() > UnwritableCellException.Reason.TEXT_LENGTH.getMaximum().orElseThrow()) {
        throw fail(new UnwritableCellException(UnwritableCellException.Reason.TEXT_LENGTH, sheetName, number, c + 1,
            header(c), text.length()));
      }
    }
    SXSSFRow row = sheet.createRow(rows);
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      if (text.isEmpty()) {
        continue;
      }
      SXSSFCell cell = row.createCell(c);
      cell.setCellValue(escape(text)); // a string cell: never parsed as a formula, number or date
      if (CellText.startsAsFormula(text, 0)) {
        cell.setCellStyle(formulaLike);
      } else if (style != null) {
        cell.setCellStyle(style);
      }
    }
    rows++;
  }

  private String header(int c) {
    return c < header.size() ? header.get(c) : "";
  }

  private UnwritableCellException fail(UnwritableCellException e) {
    failed = true;
    return e;
  }

  /**
   * Writes the workbook to the stream. A workbook with no sheet gets an empty one, which Excel needs to open it.
   *
   * @throws UnwritableCellException if a limit of Excel's was met before: no cut table is written
   * @throws IOException if the workbook cannot be written
   */
  @Override
  public void finish() throws IOException {
    if (failed || closed) {
      throw new IllegalStateException(failed ? "a limit of Excel's was met: the workbook is not written"
          : "the sink is closed");
    }
    if (names.isEmpty()) {
      workbook.createSheet("Sheet1");
    }
    workbook.write(out);
    out.flush();
  }

  /**
   * Deletes the temporary files. A workbook not {@linkplain #finish() finished} is not written: a limit met, or a
   * failure of whatever gave the rows, leaves no workbook that looks whole.
   *
   * @throws IOException if the temporary files cannot be released
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    workbook.close(); // also disposes of the temporary files
  }


  /**
   * A text as an XLSX cell keeps it: characters XML 1.0 cannot hold (control characters other than tab, line feed and
   * carriage return; U+FFFE, U+FFFF; a lone surrogate) written as Excel's escape {@code _xHHHH_}, and an {@code _x}
   * that would read as such an escape written as {@code _x005F_x} (an escaped underscore). POI writes a {@code ?} for
   * the former and readers, Excel and POI alike, decode the latter.
   *
   * @param text the text
   * @return the text to store
   */
  public static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      String replacement = null;
      if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == '\uFFFE' || ch == '\uFFFF'
          || Character.isHighSurrogate(ch) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        replacement = String.format("_x%04X_", (int) ch);
      } else if (ch == '_' && isEscape(text, i)) {
        replacement = "_x005F_";
      }
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(ch);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** True where {@code _xHHHH_} starts at an index. */
  private static boolean isEscape(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      char h = text.charAt(k);
      if (!(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F')) {
        return false; // only ASCII hex digits, as POI's pattern [0-9A-Fa-f] and Excel read them
      }
    }
    return true;
  }

  /**
   * A sheet name Excel accepts, as close to the name given as it can be: the characters {@code [ ] : * ? / \} and
   * control characters become {@code _}; apostrophes at either end are dropped; an empty name becomes {@code Sheet};
   * Excel's reserved {@code History} becomes {@code History_}; it is cut to 31 characters (never inside a surrogate
   * pair); and a name taken already (Excel ignores case) gets a number, {@code 交付先一覧 (2)}.
   *
   * @param name the name given
   * @param taken the names written already
   * @return the name to write
   */
  public static String sheetName(String name, List<String> taken) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      b.append("[]:*?/\\".indexOf(ch) >= 0 || Character.isISOControl(ch) ? '_' : ch);
    }
    String s = b.toString();
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '\'') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '\'') {
      end--;
    }
    s = s.substring(start, end);
    if (s.isBlank()) {
      s = "Sheet";
    }
    if (s.equalsIgnoreCase("History")) {
      s = "History_";
    }
    String base = cut(s, MAX_SHEET_NAME);
    String candidate = base;
    for (int n = 2; isTaken(candidate, taken); n++) {
      String suffix = " (" + n + ")";
      candidate = cut(s, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    return candidate;
  }

  private static boolean isTaken(String name, List<String> taken) {
    for (String t : taken) {
      if (t.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** The first characters of a text, at most a number of UTF-16 units, not ending inside a surrogate pair. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    String cutName = s.substring(0, end);
    // A name cut before an apostrophe at its end would be refused: drop it
    int e = cutName.length();
    while (e > 1 && cutName.charAt(e - 1) == '\'') {
      e--;
    }
    return cutName.substring(0, e);
  }
}
