package io.github.tsunagari.interchange.rs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hand-made RS spending table (5-1 支出先_支出情報) for tests, with the real column names: the FY2024 header as public
 * code lists it (igomuni/marumie-rssystem, {@code types/rs-system.ts}, {@code SpendingInfo}, then 入札者数 and 落札率),
 * or the 18 columns the issue names. Written as the RS system writes it, UTF-8 with a byte order mark, bare or in a ZIP
 * file whose entry name is cp932 (unflagged) or UTF-8 (flagged).
 */
final class SpendingTable {
  /** The FY2024 header. */
  static final List<String> HEADER_2024 = List.of("シート種別", "事業年度", "予算事業ID", "事業名", "府省庁の建制順",
      "政策所管府省庁", "府省庁", "局・庁", "部", "課", "室", "班", "係", "支出先ブロック番号", "支出先ブロック名", "支出先の数",
      "事業を行う上での役割", "ブロックの合計支出額", "支出先名", "法人番号", "所在地", "法人種別", "その他支出先", "支出先の合計支出額",
      "契約概要", "金額", "契約方式等", "具体的な契約方式等", "入札者数", "落札率");
  /** The 18 columns the issue names, without 事業年度 and the organisation's hierarchy. */
  static final List<String> HEADER_18 = List.of("予算事業ID", "事業名", "府省庁", "支出先ブロック番号", "支出先ブロック名",
      "支出先の数", "事業を行う上での役割", "ブロックの合計支出額", "支出先名", "法人番号", "所在地", "法人種別", "その他支出先",
      "支出先の合計支出額", "契約概要", "金額", "契約方式等", "具体的な契約方式等");
  /** The entry's name in the RS system's ZIP file. */
  static final String ENTRY = "5-1_RS_2024_支出先_支出情報.csv";

  private final List<String> header;
  private final List<Map<String, String>> rows = new ArrayList<>();

  private SpendingTable(List<String> header) {
    this.header = new ArrayList<>(header);
  }

  static SpendingTable of(List<String> header) {
    return new SpendingTable(header);
  }

  /** The table with the FY2024 header. */
  static SpendingTable fy2024() {
    return of(HEADER_2024);
  }

  /** A row: column, value, column, value … */
  SpendingTable row(String... columnsAndValues) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    rows.add(row);
    return this;
  }

  /**
   * A row of project {@code id}: 事業年度 2024, 事業名 事業, block A, with these columns besides; a column given again
   * replaces its default.
   */
  SpendingTable rowOf(String id, String... columnsAndValues) {
    List<String> all = new ArrayList<>(List.of("事業年度", "2024", "予算事業ID", id, "事業名", "事業",
        "支出先ブロック番号", "A"));
    all.addAll(List.of(columnsAndValues));
    return row(all.toArray(String[]::new));
  }

  /** The rows, for shuffling. */
  List<Map<String, String>> rows() {
    return rows;
  }

  /** The same header with other rows. */
  SpendingTable withRows(List<Map<String, String>> others) {
    SpendingTable t = new SpendingTable(header);
    t.rows.addAll(others);
    return t;
  }

  /** The table without a column. */
  SpendingTable without(String column) {
    SpendingTable t = new SpendingTable(header);
    t.header.remove(column);
    t.rows.addAll(rows);
    return t;
  }

  /** The CSV text, UTF-8 with a byte order mark, CRLF line ends, every cell quoted. */
  byte[] csv() {
    StringBuilder sb = new StringBuilder("\uFEFF");
    line(sb, header);
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        cells.add(row.getOrDefault(h, ""));
      }
      line(sb, cells);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
    }
    sb.append("\r\n");
  }

  /** A ZIP file holding the table under the RS system's name, the name written in the charset given. */
  byte[] zip(Charset names) {
    return zip(names, ENTRY, csv());
  }

  /** A ZIP file of one entry; UTF-8 names are flagged, others not (as {@link ZipOutputStream} writes them). */
  static byte[] zip(Charset names, String entry, byte[] content) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(content);
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
