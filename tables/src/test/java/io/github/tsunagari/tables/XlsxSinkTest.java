package io.github.tsunagari.tables;

import io.github.tsunagari.tables.internal.XlsxWorkbook;
import io.github.tsunagari.tables.internal.XlsxSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.internal.read.RowSource.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Writing sheets with {@link XlsxSink}, read back with {@link XlsxWorkbook} and with POI's object model. */
class XlsxSinkTest {
  private static final List<String> HEADER = List.of("団体名", "事業名", "概要", "事業区域");

  private static byte[] write(SinkWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxSink sink = new XlsxSink(out)) {
      writer.write(sink);
      sink.finish();
    }
    return out.toByteArray();
  }

  interface SinkWriter {
    void write(XlsxSink sink) throws IOException;
  }

  /** The cells of each row, without the empty cells at a row's end, which a sheet does not keep. */
  private static List<List<String>> trimmed(List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    for (List<String> r : rows) {
      int end = r.size();
      while (end > 0 && r.get(end - 1).isEmpty()) {
        end--;
      }
      all.add(r.subList(0, end));
    }
    return all;
  }

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    List<List<String>> grants = List.of(
        List.of("特定非営利活動法人つなぐ", "見守り・居場所づくり事業", "週２回の訪問\n電話相談", "東京都"),
        List.of("一般社団法人ひだまり", "", "", "北海道札幌市"), // empty cells between
        List.of("", "", "  空白で始まる  ", ""), // a gap at the start, spaces kept
        List.of("𠮷野家の会", "①②③ ㈱ ｶﾀｶﾅ", "\"引用\" <b>&amp;</b>", "沖縄県"));
    List<List<String>> programs = List.of(List.of("令和6年度"));
    byte[] xlsx = write(sink -> {
      sink.startSheet("交付先一覧", HEADER);
      for (List<String> g : grants) {
        sink.row(g);
      }
      sink.startSheet("事業", List.of("年度"));
      sink.row(programs.get(0));
    });

    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.sheetNames()).containsExactly("交付先一覧", "事業");
      try (RowSource rows = workbook.rows("交付先一覧")) {
        List<Row> read = XlsxRowsTest.read(rows);
        assertThat(read).extracting(Row::number).containsExactly(1, 2, 3, 4, 5);
        List<List<String>> expected = new ArrayList<>();
        expected.add(HEADER);
        expected.addAll(grants);
        assertThat(read).extracting(Row::cells).containsExactlyElementsOf(trimmed(expected));
        assertThat(read).allSatisfy(r -> assertThat(r.stored()).isEmpty());
        assertThat(rows.problems()).isEmpty();
      }
      try (RowSource rows = workbook.rows("事業")) {
        assertThat(XlsxRowsTest.read(rows)).extracting(Row::cells).containsExactly(List.of("年度"), List.of("令和6年度"));
      }
    }
  }

  @Test
  void textsThatLookLikeFormulasNumbersOrDatesAreStringCells() throws IOException {
    List<String> texts = List.of("=HYPERLINK(\"http://example.com\",\"click\")", "+1", "-1", "@SUM(A1:A2)",
        "=1+2", "0123", "1e5", "2024-04-01", "TRUE", "#N/A", "12%");
    byte[] xlsx = write(sink -> {
      sink.startSheet("S", Collections.nCopies(texts.size(), "h"));
      sink.row(texts);
    });

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      for (int c = 0; c < texts.size(); c++) {
        XSSFCell cell = sheet.getRow(1).getCell(c);
        assertThat(cell.getCellType()).as(texts.get(c)).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(texts.get(c));
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(texts.get(c)).isEqualTo(c < 5);
      }
    }
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx)); RowSource rows = workbook.rows()) {
      List<Row> read = XlsxRowsTest.read(rows);
      assertThat(read.get(1).cells()).isEqualTo(texts);
      // Texts, not numbers: only a text that is a plain number carries Excel's green triangle.
      assertThat(read.get(1).stored()).containsOnlyKeys(1, 2, 5).containsValue(RowSource.Stored.NUMBER_AS_TEXT);
    }
  }

  @Test
  void theHeaderRowIsBoldAndFrozen() throws IOException {
    byte[] xlsx = write(sink -> {
      sink.startSheet("S", HEADER);
      sink.row(List.of("a"));
    });
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      for (Cell cell : sheet.getRow(0)) {
        assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
      }
      assertThat(wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void charactersXmlCannotCarryAndExcelsOwnEscapesSurviveTheRoundTrip() throws IOException {
    List<String> texts = List.of("a\u0001b\u001Fc", "_x0041_ stays", "_x005F_", "tab\there\r\nline", "\uFFFE",
        "lone \uD800 surrogate", "_x00", "__x0041__");
    assertThat(XlsxSink.escape("plain")).isSameAs("plain");
    byte[] xlsx = write(sink -> {
      sink.startSheet("S", List.of("h"));
      for (String t : texts) {
        sink.row(List.of(t));
      }
    });
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx)); RowSource rows = workbook.rows()) {
      List<Row> read = XlsxRowsTest.read(rows);
      assertThat(read.subList(1, read.size())).extracting(r -> r.cells().get(0)).containsExactlyElementsOf(texts);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("_x0041_ stays");
    }
  }

  @Test
  void aTextLongerThanACellHoldsFailsNamingTheCellAndNothingIsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxSink sink = new XlsxSink(out);
    sink.startSheet("交付先一覧", HEADER);
    sink.row(List.of("a", "b", "x".repeat(32_767))); // the most a cell holds
    assertThatThrownBy(() -> sink.row(List.of("a", "b", "x".repeat(32_768))))
        .isInstanceOfSatisfying(UnwritableCellException.class, e -> {
          assertThat(e.getReason()).isEqualTo(UnwritableCellException.Reason.TEXT_LENGTH);
          assertThat(e.getSheet()).isEqualTo("交付先一覧");
          assertThat(e.getCell()).isEqualTo("C3");
          assertThat(e.getRow()).isEqualTo(3);
          assertThat(e.getColumn()).isEqualTo(3);
          assertThat(e.getHeader()).isEqualTo("概要");
          assertThat(e.getActual()).isEqualTo(32_768);
          assertThat(e.getMessage()).contains("交付先一覧", "C3", "概要", "32768", "32767");
        });
    assertThatThrownBy(() -> sink.row(List.of("a"))).isInstanceOf(IllegalStateException.class);
    sink.close();
    assertThat(out.size()).isZero();
  }

  @Test
  void moreColumnsThanASheetHasFail() throws IOException {
    try (XlsxSink sink = new XlsxSink(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> sink.startSheet("S", Collections.nCopies(16_385, "h")))
          .isInstanceOfSatisfying(UnwritableCellException.class, e -> {
            assertThat(e.getReason()).isEqualTo(UnwritableCellException.Reason.COLUMNS);
            assertThat(e.getCell()).isEqualTo("XFE1");
          });
    }
  }

  @Test
  void sheetNamesAreMadeValidForExcel() throws IOException {
    List<String> taken = new ArrayList<>();
    String[] given = {"交付先/一覧[2024]:*?\\", "'引用'", "", "history", "あ".repeat(40), "Sheet", "SHEET",
        "x".repeat(30) + "𠮷", "x".repeat(30) + "𠮷"};
    for (String name : given) {
      taken.add(XlsxSink.sheetName(name, taken));
    }
    assertThat(taken).containsExactly("交付先_一覧_2024_____", "引用", "Sheet", "History_", "あ".repeat(31), "Sheet (2)",
        "SHEET (3)", "x".repeat(30), "x".repeat(27) + " (2)");

    byte[] xlsx = write(sink -> {
      for (String name : given) {
        sink.startSheet(name, List.of("h"));
      }
      assertThat(sink.sheetNames()).isEqualTo(taken);
    });
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).isEqualTo(taken);
    }
  }

  @Test
  void aWorkbookWithoutSheetsGetsAnEmptyOneAndTheStreamIsNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (XlsxSink sink = new XlsxSink(out)) {
      sink.finish();
    }
    assertThat(closed[0]).isFalse();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.sheetNames()).containsExactly("Sheet1");
      assertThat(workbook.problems()).isEmpty();
    }
  }

  @Test
  void manyRowsStreamThroughTheWindow() throws IOException {
    byte[] xlsx = write(sink -> {
      sink.startSheet("S", HEADER);
      for (int i = 0; i < 20_000; i++) {
        sink.row(List.of("団体" + i, "事業" + i, "", "東京都"));
      }
    });
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx)); RowSource rows = workbook.rows()) {
      List<Row> read = XlsxRowsTest.read(rows);
      assertThat(read).hasSize(20_001);
      assertThat(read.get(20_000).cells()).containsExactly("団体19999", "事業19999", "", "東京都");
      assertThat(read.get(20_000).number()).isEqualTo(20_001);
    }
  }
}
