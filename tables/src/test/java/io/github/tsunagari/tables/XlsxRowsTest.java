package io.github.tsunagari.tables;

import io.github.tsunagari.tables.internal.XlsxRows;
import io.github.tsunagari.tables.internal.XlsxWorkbook;
import static io.github.tsunagari.tables.XlsxFixtures.row;
import static io.github.tsunagari.tables.XlsxFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.internal.read.RowSource.Row;
import io.github.tsunagari.internal.read.RowSource.Stored;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a sheet's rows: numbers, cells, texts as Excel shows them, and how cells were stored. */
class XlsxRowsTest {
  @TempDir
  Path dir;

  /** All rows of a sheet, and its problems, in one go. */
  static List<Row> read(RowSource source) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Row r = source.next(); r != null; r = source.next()) {
      rows.add(r);
    }
    return rows;
  }

  static List<Row> readAll(byte[] xlsx, String sheet) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx));
        RowSource rows = workbook.rows(sheet)) {
      List<Row> all = read(rows);
      assertThat(rows.problems()).isEmpty();
      return all;
    }
  }

  @Test
  void sharedStringsAreReadWithoutTheirFurigana() throws IOException {
    // Japanese Excel stores the reading of a text it was typed as (<rPh>) beside the text; Excel does not show it.
    String items = "<si><t>東京都</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><rPh sb=\"2\" eb=\"3\"><t>ト</t></rPh>"
        + "<phoneticPr fontId=\"0\"/></si>"
        + "<si><r><t>特定非営利活動法人</t></r><r><t>つなぐ</t></r><rPh sb=\"0\" eb=\"2\"><t>トクテイ</t></rPh></si>";
    Path file = XlsxFixtures.workbook()
        .sheet("一覧", row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"))
        .sharedStrings(items)
        .write(dir.resolve("furigana.xlsx"));

    try (XlsxWorkbook workbook = XlsxWorkbook.open(file); RowSource rows = workbook.rows()) {
      assertThat(read(rows)).singleElement().satisfies(r -> {
        assertThat(r.cells()).containsExactly("東京都", "特定非営利活動法人つなぐ");
        assertThat(r.stored()).isEmpty();
      });
    }
    // The fixture is one that tells: POI's one-argument table appends the furigana.
    try (OPCPackage pkg = OPCPackage.open(file.toFile())) {
      assertThat(new ReadOnlySharedStringsTable(pkg).getItemAt(0).getString()).isEqualTo("東京都 トウキョウ ト");
      pkg.revert();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rowsKeepTheSheetsNumbersAndCellsStartAtColumnA() throws IOException {
    String rows = row(1, text("A1", "団体名"), text("C1", "概要"))
        + row(3, text("B3", "b"), text("D3", "d"))
        + "<row r=\"4\"/>" // no cells: no row
        + row(6, "<c r=\"A6\" t=\"inlineStr\"><is><t></t></is></c>") // no text: no row
        + "<row>" + text(null, "x") + "</row>" // no numbers: the row after 6, the column after none (A)
        + row(9, "<c t=\"inlineStr\"><is><t>p</t></is></c><c t=\"inlineStr\"><is><t>q</t></is></c>");
    byte[] xlsx = XlsxFixtures.workbook().sheet("S", rows.replace("r=\"null\" ", "")).bytes();

    List<Row> read = readAll(xlsx, "S");
    assertThat(read).extracting(Row::number).containsExactly(1, 3, 7, 9);
    assertThat(read).extracting(Row::cells).containsExactly(
        List.of("団体名", "", "概要"), List.of("", "b", "", "d"), List.of("x"), List.of("p", "q"));
  }

  @Test
  void numbersAndDatesAreShownAsExcelShowsThemWithHowTheyWereStored() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("値");
      XSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("h");
      XSSFRow r = sheet.createRow(1);
      r.createCell(0).setCellValue(1234567);
      r.createCell(1).setCellValue(1234567);
      r.getCell(1).setCellStyle(style(wb, "#,##0"));
      r.createCell(2).setCellValue(LocalDate.of(2024, 4, 1));
      r.getCell(2).setCellStyle(style(wb, "yyyy/m/d"));
      r.createCell(3).setCellValue(LocalDate.of(2024, 4, 1));
      r.getCell(3).setCellStyle(style(wb, "[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\""));
      r.createCell(4).setCellValue(LocalDateTime.of(2024, 4, 1, 9, 30));
      r.getCell(4).setCellStyle(style(wb, "yyyy-mm-dd hh:mm"));
      r.createCell(5).setCellValue(0.3958333333333333); // 9:30
      r.getCell(5).setCellStyle(style(wb, "h:mm"));
      r.createCell(6).setCellValue("0123");
      r.createCell(7).setCellValue("abc");
      r.createCell(8).setCellValue(true);
      r.createCell(9).setCellFormula("1+2");
      r.createCell(10).setCellFormula("\"a\"&\"b\"");
      r.createCell(11).setCellErrorValue(FormulaError.NA);
      r.createCell(12).setCellValue(0.5);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      xlsx = out.toByteArray();
    }

    Row r = readAll(xlsx, "値").get(1);
    assertThat(r.cells()).containsExactly("1234567", "1,234,567", "2024-04-01", "2024-04-01", "2024-04-01T09:30:00",
        "9:30", "0123", "abc", "TRUE", "3", "ab", "#N/A", "0.5");
    assertThat(r.stored()).isEqualTo(Map.of(0, Stored.NUMBER, 1, Stored.NUMBER, 2, Stored.DATE, 3, Stored.DATE,
        4, Stored.DATE, 5, Stored.NUMBER, 6, Stored.NUMBER_AS_TEXT, 9, Stored.NUMBER, 12, Stored.NUMBER));
  }

  private static CellStyle style(XSSFWorkbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  @Test
  void datesOfTheBuiltInFormatAndOfThe1904SystemAreIsoDates() throws IOException {
    // 45383 is 2024-04-01 counted from 1900; from 1904 the same serial is 1462 days later.
    byte[] xlsx = XlsxFixtures.workbook()
        .styles("", "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>")
        .sheet("S", row(1, "<c r=\"A1\" s=\"1\"><v>45383</v></c>",
            "<c r=\"B1\" t=\"d\"><v>2024-04-01T00:00:00</v></c>"))
        .bytes();
    byte[] mac = XlsxFixtures.workbook()
        .date1904()
        .styles("", "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>")
        .sheet("S", row(1, "<c r=\"A1\" s=\"1\"><v>43921</v></c>"))
        .bytes();

    Row r = readAll(xlsx, "S").get(0);
    assertThat(r.cells()).containsExactly("2024-04-01", "2024-04-01");
    assertThat(r.stored()).isEqualTo(Map.of(0, Stored.DATE, 1, Stored.DATE));
    assertThat(readAll(mac, "S").get(0).cells()).containsExactly("2024-04-01");
  }

  @Test
  void japaneseEraDatesAndJapaneseExcelsBuiltInDatesAreIsoDates() throws IOException {
    // 57 and 28 are dates of Japanese Excel that files refer to without writing them out; 181 is a custom era format.
    byte[] xlsx = XlsxFixtures.workbook()
        .styles("<numFmt numFmtId=\"181\" formatCode=\"[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@\"/>",
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
            + "<xf numFmtId=\"57\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"28\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"181\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"32\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>")
        .sheet("S", row(1, "<c r=\"A1\" s=\"1\"><v>45383</v></c>", "<c r=\"B1\" s=\"2\"><v>45383</v></c>",
            "<c r=\"C1\" s=\"3\"><v>45383</v></c>", "<c r=\"D1\" s=\"4\"><v>0.5</v></c>"))
        .bytes();

    Row r = readAll(xlsx, "S").get(0);
    assertThat(r.cells()).startsWith("2024-04-01", "2024-04-01", "2024-04-01");
    assertThat(r.stored()).isEqualTo(Map.of(0, Stored.DATE, 1, Stored.DATE, 2, Stored.DATE, 3, Stored.NUMBER));
  }

  @Test
  void sheetsAreListedInOrderAndReadByName() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook()
        .sheet("交付先一覧", row(1, text("A1", "一")))
        .sheet("事業", row(1, text("A1", "二")))
        .bytes();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.sheetNames()).containsExactly("交付先一覧", "事業");
      assertThat(workbook.problems()).isEmpty();
      try (RowSource rows = workbook.rows("事業")) {
        assertThat(rows.sheet()).isEqualTo("事業");
        assertThat(read(rows)).extracting(Row::cells).containsExactly(List.of("二"));
      }
      try (RowSource rows = workbook.rows()) {
        assertThat(rows.sheet()).isEqualTo("交付先一覧");
        assertThat(read(rows)).extracting(Row::cells).containsExactly(List.of("一"));
      }
    }
  }

  @Test
  void aMissingSheetHasNoRowsSoThatReadingReportsNoHeaderThere() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook().sheet("S", row(1, text("A1", "a"))).bytes();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx));
        RowSource rows = workbook.rows("ない")) {
      assertThat(rows.sheet()).isEqualTo("ない");
      assertThat(rows.next()).isNull();
      assertThat(rows.problems()).isEmpty();
    }
  }

  @Test
  void closingEarlyStopsTheParserAndDeletesTheSpooledFile() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook().sheet("S", w -> {
      for (int i = 1; i <= 200_000; i++) {
        w.write(row(i, text("A" + i, "v" + i)));
      }
    }).bytes();
    Path spooled;
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx))) {
      spooled = workbook.file();
      assertThat(spooled).exists();
      RowSource rows = workbook.rows();
      assertThat(rows.next().cells()).containsExactly("v1");
      rows.close();
      assertThat(parsers()).isEmpty();
      assertThat(rows.next()).isNull();
    }
    assertThat(spooled).doesNotExist();
  }

  @Test
  void aWorkbookOpenedFromAFileKeepsIt() throws IOException {
    Path file = XlsxFixtures.workbook().sheet("S", row(1, text("A1", "a"))).write(dir.resolve("keep.xlsx"));
    try (XlsxWorkbook workbook = XlsxWorkbook.open(file); RowSource rows = workbook.rows()) {
      assertThat(read(rows)).hasSize(1);
    }
    assertThat(file).exists();
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(in.readAllBytes()).isNotEmpty();
    }
  }

  static List<Thread> parsers() {
    List<Thread> alive = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("tsunagari-xlsx-rows") && t.isAlive()) {
        alive.add(t);
      }
    }
    return alive;
  }

  @Test
  void helpers() {
    assertThat(XlsxRows.columnOf("A1")).isZero();
    assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
    assertThat(XlsxRows.columnOf("XFD1")).isEqualTo(16_383);
    assertThat(XlsxRows.columnOf("$C$3")).isEqualTo(2);
    assertThat(XlsxRows.columnOf("ABCD1")).isEqualTo(-1);
    assertThat(XlsxRows.columnOf("12")).isEqualTo(-1);
    assertThat(XlsxRows.isDecimal("0123")).isTrue();
    assertThat(XlsxRows.isDecimal("")).isFalse();
    assertThat(XlsxRows.isDecimal("-1.5")).isTrue();
    assertThat(XlsxRows.isDecimal("1.")).isFalse();
    assertThat(XlsxRows.isDecimal("1,000")).isFalse();
    assertThat(XlsxRows.isDecimal("-")).isFalse();
    assertThat(XlsxRows.isDecimal("１２")).isFalse();
    assertThat(XlsxRows.isDate(14, "m/d/yy")).isTrue();
    assertThat(XlsxRows.isDate(180, "yyyy/m/d;@")).isTrue();
    assertThat(XlsxRows.isDate(181, "[$-411]ggge\"年\"m\"月\"d\"日\";@")).isTrue();
    assertThat(XlsxRows.isDate(182, "[$-ja-JP-x-gannen]ge.m.d")).isTrue();
    assertThat(XlsxRows.isDate(28, "reserved-0x1C")).isTrue();
    assertThat(XlsxRows.isDate(57, null)).isTrue();
    assertThat(XlsxRows.isDate(32, "reserved-0x20")).isFalse(); // h"時"mm"分"
    assertThat(XlsxRows.isDate(46, "[h]:mm:ss")).isFalse();
    assertThat(XlsxRows.isDate(183, "h:mm\" day\"")).isFalse();
    assertThat(XlsxRows.isDate(0, "General")).isFalse();
    assertThat(XlsxRows.isDate(11, "0.00E+00")).isFalse();
    assertThat(XlsxRows.isDate(184, "#,##0\"円\"")).isFalse();
  }
}
