package io.github.tsunagari.tables;

import io.github.tsunagari.tables.internal.TableSink;
import io.github.tsunagari.tables.internal.CsvSink;
import io.github.tsunagari.tables.internal.XlsxSink;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.read.TableColumns;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes grants as a table (表), a row per grant, a column per place of the canonical form that some grant fills, in
 * the form's order: headed by flatten-tool's paths ({@code grantee/name}, {@code project/activities/0/kind}, the
 * convention of 360Giving's publishers) or by the Japanese titles of the form description ({@code 団体名}, {@code 事業名},
 * {@code 支援の取組:0:支援の種類}), with codes then written by their Japanese names ({@code 東京都},
 * {@code 一般社団法人}). {@link GrantTableReader} reads either back as the same grants.
 *
 * <pre>{@code
 * GrantTableWriter.create().withHeaders(TableHeaders.JAPANESE_TITLES).writeCsv(program.getGrants(), out);
 * }</pre>
 *
 * <p>CSV is written in UTF-8 with a byte order mark by default, so that Excel opens it as UTF-8, records ended by CR
 * LF; a cell that a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code +}, {@code -}, {@code @}) is
 * written after a {@code '}, as OWASP advises, and read back without it. In Windows-31J, a character it cannot write
 * is refused with its cell ({@link UnwritableCellException}), never replaced. A writer is immutable and thread-safe.
 */
public final class GrantTableWriter {
  private final TableHeaders headers;
  private final Charset encoding;
  private final boolean byteOrderMark;

  private GrantTableWriter(TableHeaders headers, Charset encoding, boolean byteOrderMark) {
    this.headers = headers;
    this.encoding = encoding;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * A writer with paths as headers, and CSV in UTF-8 with a byte order mark.
   *
   * @return the writer
   */
  public static GrantTableWriter create() {
    return new GrantTableWriter(TableHeaders.PATHS, StandardCharsets.UTF_8, true);
  }

  /**
   * Returns a writer that heads its columns so.
   *
   * @param headers paths or Japanese titles
   * @return a new writer
   */
  public GrantTableWriter withHeaders(TableHeaders headers) {
    return new GrantTableWriter(Objects.requireNonNull(headers, "headers"), encoding, byteOrderMark);
  }

  /**
   * Returns a writer that writes CSV in the given encoding, such as Windows-31J for an old Excel; UTF-8 keeps its byte
   * order mark unless {@link #withoutByteOrderMark()}.
   *
   * @param encoding the encoding
   * @return a new writer
   */
  public GrantTableWriter withEncoding(Charset encoding) {
    return new GrantTableWriter(headers, Objects.requireNonNull(encoding, "encoding"), byteOrderMark);
  }

  /**
   * Returns a writer that writes UTF-8 CSV without a byte order mark.
   *
   * @return a new writer
   */
  public GrantTableWriter withoutByteOrderMark() {
    return new GrantTableWriter(headers, encoding, false);
  }

  /**
   * Writes grants as CSV. The grants are iterated twice: once for the columns they fill, once for their rows, so that
   * no more than one grant's cells are held at a time.
   *
   * @param grants the grants, in order; iterated twice
   * @param out where to; not closed
   * @throws UnwritableCellException if a cell holds a character the encoding cannot write; the rows before it are in
   *     {@code out}
   * @throws IllegalArgumentException if the grants give other grants the second time (an Iterable of one pass)
   * @throws IOException if the stream cannot be written
   */
  public void writeCsv(Iterable<Grant> grants, OutputStream out) throws IOException {
    Objects.requireNonNull(grants, "grants");
    try (CsvSink sink = new CsvSink(Objects.requireNonNull(out, "out"), encoding, byteOrderMark)) {
      write(grants, sheetName(), sink);
      sink.finish();
    }
  }

  /**
   * Writes grants as an XLSX workbook of one sheet, with Apache POI's streaming writer (SXSSF): every cell a text
   * cell, never a formula, a number or a date; the header row bold and frozen.
   *
   * @param grants the grants, in order; iterated twice
   * @param out where to; not closed
   * @throws UnwritableCellException if the table exceeds one of Excel's limits (a text over 32 767 characters);
   *     nothing is written then
   * @throws IOException if the stream cannot be written
   */
  public void writeXlsx(Iterable<Grant> grants, OutputStream out) throws IOException {
    Objects.requireNonNull(grants, "grants");
    try (XlsxSink sink = new XlsxSink(Objects.requireNonNull(out, "out"))) {
      write(grants, sheetName(), sink);
      sink.finish();
    }
  }

  /**
   * Writes a program as an XLSX workbook: a sheet of its own facts (name, fiscal year, aims, menus …: a header row and
   * one row), then a sheet of its grants, a row each, as {@link GrantTableReader#readXlsxProgram} reads them.
   *
   * @param program the program
   * @param out where to; not closed
   * @throws UnwritableCellException if the table exceeds one of Excel's limits; nothing is written then
   * @throws IOException if the stream cannot be written
   */
  public void writeXlsx(GrantProgram program, OutputStream out) throws IOException {
    Objects.requireNonNull(program, "program");
    try (XlsxSink sink = new XlsxSink(Objects.requireNonNull(out, "out"))) {
      TableColumns columns = TableColumns.of(Forms.PROGRAM);
      Map<List<String>, String> cells = new java.util.LinkedHashMap<>(columns.flatten(program));
      cells.keySet().removeIf(path -> path.get(0).equals(GrantSheets.GRANTS));
      List<List<String>> paths = columns.columns(List.of(cells));
      sink.startSheet(GrantSheets.program(headers), header(columns, paths));
      sink.row(row(columns, paths, cells));
      write(program.getGrants(), sheetName(), sink);
      sink.finish();
    }
  }

  /** The name of the grants' sheet. */
  String sheetName() {
    return GrantSheets.grants(headers);
  }

  /**
   * Writes grants as a sheet of a sink: the columns they fill, headed as chosen, then a row each.
   *
   * @param grants the grants, iterated twice
   * @param sheet the sheet's name
   * @param sink where to
   * @throws IOException from the sink
   */
  void write(Iterable<Grant> grants, String sheet, TableSink sink) throws IOException {
    TableColumns columns = TableColumns.of(Forms.GRANT);
    Cells first = new Cells(columns, grants.iterator());
    List<List<String>> paths = columns.columns(() -> first);
    sink.startSheet(sheet, header(columns, paths));
    int written = 0;
    for (Grant grant : grants) {
      sink.row(row(columns, paths, columns.flatten(grant)));
      written++;
    }
    if (written != first.count) {
      // An Iterable that gives its grants once (a stream's iterator) would leave a table of no rows, or the wrong ones.
      throw new IllegalArgumentException("the grants gave " + first.count + " the first time and " + written
          + " the second: give grants that can be iterated twice, such as a List");
    }
  }

  List<String> header(TableColumns columns, List<List<String>> paths) {
    List<String> header = new ArrayList<>(paths.size());
    for (List<String> path : paths) {
      header.add(headers == TableHeaders.PATHS ? String.join("/", path) : columns.title(path));
    }
    return header;
  }

  List<String> row(TableColumns columns, List<List<String>> paths, Map<List<String>, String> cells) {
    List<String> row = new ArrayList<>(paths.size());
    for (List<String> path : paths) {
      String text = cells.getOrDefault(path, "");
      row.add(headers == TableHeaders.JAPANESE_TITLES && !text.isEmpty() ? columns.japanese(path, text) : text);
    }
    return row;
  }

  /** The cells of each grant in turn, flattened as they are asked for. */
  private static final class Cells implements java.util.Iterator<Map<List<String>, String>> {
    private final TableColumns columns;
    private final java.util.Iterator<Grant> grants;
    int count;

    Cells(TableColumns columns, java.util.Iterator<Grant> grants) {
      this.columns = columns;
      this.grants = grants;
    }

    @Override
    public boolean hasNext() {
      return grants.hasNext();
    }

    @Override
    public Map<List<String>, String> next() {
      count++;
      return columns.flatten(grants.next());
    }
  }
}
