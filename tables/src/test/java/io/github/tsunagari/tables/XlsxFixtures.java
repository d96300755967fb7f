package io.github.tsunagari.tables;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX files written by hand, part by part, for what POI's own writers cannot make: shared strings with phonetic runs,
 * sheets of a million rows or a 10 MB cell written as they stream, zip bombs, broken parts. The parts are the fewest
 * Excel and POI need: content types, the package's and the workbook's relationships, the workbook, its sheets, and
 * shared strings and styles where given.
 */
final class XlsxFixtures {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** Writes XML text as it streams, so that a part of hundreds of megabytes is never held in memory. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  private final Map<String, Body> sheets = new LinkedHashMap<>();
  private final Map<String, Body> raw = new LinkedHashMap<>();
  private Body sharedStrings;
  private String styles;
  private boolean date1904;

  static XlsxFixtures workbook() {
    return new XlsxFixtures();
  }

  /** A sheet whose {@code <sheetData>} holds what the body writes (its rows). */
  XlsxFixtures sheet(String name, Body rows) {
    sheets.put(name, w -> {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
          + "\"><sheetData>");
      rows.write(w);
      w.write("</sheetData></worksheet>");
    });
    return this;
  }

  /** A sheet whose rows are given as XML text. */
  XlsxFixtures sheet(String name, String rows) {
    return sheet(name, w -> w.write(rows));
  }

  /** A sheet whose whole part is the body's text, well-formed or not. */
  XlsxFixtures sheetPart(String name, Body part) {
    sheets.put(name, part);
    return this;
  }

  /** The shared strings: the {@code <si>} elements. */
  XlsxFixtures sharedStrings(String items) {
    return sharedStrings(w -> w.write(items));
  }

  /** The shared strings: the {@code <si>} elements, as the body writes them. */
  XlsxFixtures sharedStrings(Body items) {
    this.sharedStrings = w -> {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\">");
      items.write(w);
      w.write("</sst>");
    };
    return this;
  }

  /** The styles: the number formats ({@code <numFmt>} elements) and the cell formats ({@code <xf>} elements). */
  XlsxFixtures styles(String numFmts, String xfs) {
    this.styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MAIN + "\">"
        + (numFmts.isEmpty() ? "" : "<numFmts>" + numFmts + "</numFmts>")
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs>" + xfs + "</cellXfs></styleSheet>";
    return this;
  }

  /** Dates counted from 1904. */
  XlsxFixtures date1904() {
    this.date1904 = true;
    return this;
  }

  /** Another entry of the zip, as it is. */
  XlsxFixtures entry(String name, Body body) {
    raw.put(name, body);
    return this;
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toByteArray();
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
    return file;
  }

  private void write(OutputStream out) throws IOException {
    List<String> names = new ArrayList<>(sheets.keySet());
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CT + "sheet.main+xml\"/>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"" + PKG_REL + "\">");
      StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
          + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
      for (int i = 1; i <= names.size(); i++) {
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"").append(CT)
            .append("worksheet+xml\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
            .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        book.append("<sheet name=\"").append(names.get(i - 1)).append("\" sheetId=\"").append(i)
            .append("\" r:id=\"rId").append(i).append("\"/>");
      }
      if (sharedStrings != null) {
        types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").append(CT)
            .append("sharedStrings+xml\"/>");
        rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL)
            .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      }
      if (styles != null) {
        types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(CT).append("styles+xml\"/>");
        rels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
      }
      types.append("</Types>");
      rels.append("</Relationships>");
      book.append("</sheets></workbook>");

      put(zip, "[Content_Types].xml", w -> w.write(types.toString()));
      put(zip, "_rels/.rels", w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
      put(zip, "xl/workbook.xml", w -> w.write(book.toString()));
      put(zip, "xl/_rels/workbook.xml.rels", w -> w.write(rels.toString()));
      for (int i = 1; i <= names.size(); i++) {
        put(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(names.get(i - 1)));
      }
      if (sharedStrings != null) {
        put(zip, "xl/sharedStrings.xml", sharedStrings);
      }
      if (styles != null) {
        put(zip, "xl/styles.xml", w -> w.write(styles));
      }
      for (Map.Entry<String, Body> e : raw.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    }
  }

  private static void put(ZipOutputStream zip, String name, Body body) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Writer w = new OutputStreamWriter(new FilterOutputStream(zip) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the entry, not the zip
      }
    }, StandardCharsets.UTF_8);
    body.write(w);
    w.close();
    zip.closeEntry();
  }

  /** An inline string cell. */
  static String text(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** A row of cells. */
  static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
  }
}
