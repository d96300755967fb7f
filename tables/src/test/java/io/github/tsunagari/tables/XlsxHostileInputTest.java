package io.github.tsunagari.tables;

import io.github.tsunagari.tables.internal.XlsxRows;
import io.github.tsunagari.tables.internal.XlsxWorkbook;
import static io.github.tsunagari.tables.XlsxFixtures.row;
import static io.github.tsunagari.tables.XlsxFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.internal.read.RowSource.Row;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken XLSX input is answered with findings, never with POI's exceptions or their text: each test reads
 * the workbook's first sheet to its end and looks at the findings.
 */
class XlsxHostileInputTest {
  private static final Finding UNREADABLE =
      ReadingFindings.syntax("", null, SyntaxError.of("XLSX", SyntaxError.Kind.UNREADABLE));

  @TempDir
  Path dir;

  /** What reading the first sheet of a file gave. */
  private static final class Read {
    final List<Row> rows;
    final List<Finding> problems;

    Read(List<Row> rows, List<Finding> problems) {
      this.rows = rows;
      this.problems = problems;
    }
  }

  private static Read read(byte[] bytes) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(bytes));
        RowSource rows = workbook.rows()) {
      List<Row> all = XlsxRowsTest.read(rows);
      List<Finding> problems = rows.problems();
      for (Finding f : problems) { // never POI's text, whatever the language
        assertThat(f.getMessage(Locale.ENGLISH) + f.getMessage(Locale.JAPANESE))
            .doesNotContainIgnoringCase("zip bomb detected").doesNotContain("Exception").doesNotContain("POI");
      }
      assertThat(workbook.problems()).isSubsetOf(problems);
      return new Read(all, problems);
    }
  }

  @Test
  void anEmptyFileIsEmpty() throws IOException {
    Read read = read(new byte[0]);
    assertThat(read.rows).isEmpty();
    assertThat(read.problems).containsExactly(
        ReadingFindings.syntax("", null, SyntaxError.of("XLSX", SyntaxError.Kind.NO_VALUE)));
  }

  @Test
  void aCsvFileNamedXlsxIsUnreadable() throws IOException {
    Read read = read("団体名,事業名\nつなぐ,見守り\n".getBytes(StandardCharsets.UTF_8));
    assertThat(read.rows).isEmpty();
    assertThat(read.problems).containsExactly(UNREADABLE);
  }

  @Test
  void anOldXlsFileIsUnreadable() throws IOException {
    byte[] ole2 = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    assertThat(read(ole2).problems).containsExactly(UNREADABLE);
  }

  @Test
  void aZipThatIsNoWorkbookIsUnreadable() throws IOException {
    byte[] zip = XlsxFixtures.workbook().sheet("S", row(1, text("A1", "a"))).bytes();
    // The same zip without its content types: a zip, but no package.
    byte[] other;
    try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      z.write("hello".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.finish();
      other = out.toByteArray();
    }
    assertThat(read(other).problems).containsExactly(UNREADABLE);
    assertThat(read(Arrays.copyOf(zip, zip.length / 2)).problems).containsExactly(UNREADABLE);
  }

  @Test
  void malformedSheetXmlEndsTheRowsWhereItBreaks() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook()
        .sheet("S", row(1, text("A1", "h")) + row(2, text("A2", "a")) + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is>")
        .bytes();
    Read read = read(xlsx);
    assertThat(read.rows).extracting(Row::number).containsExactly(1, 2);
    assertThat(read.problems).containsExactly(
        ReadingFindings.syntax("", SourceLocation.ofCell("S", 3, 1, ""), SyntaxError.of("XLSX",
            SyntaxError.Kind.UNREADABLE)));
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsExpandedOrFetched() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook().sheetPart("S", w -> w.write(
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">"
            + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<worksheet xmlns=\"" + XlsxFixtures.MAIN + "\"><sheetData>"
            + row(1, text("A1", "&x;&b;")) + "</sheetData></worksheet>")).bytes();
    Read read = read(xlsx);
    assertThat(read.rows).isEmpty();
    assertThat(read.problems).containsExactly(UNREADABLE);
  }

  @Test
  void aSharedStringThatIsNotThereIsUnreadable() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook()
        .sheet("S", row(1, text("A1", "h")) + row(2, "<c r=\"A2\" t=\"s\"><v>7</v></c>"))
        .sharedStrings("<si><t>only one</t></si>").bytes();
    Read read = read(xlsx);
    assertThat(read.rows).extracting(Row::number).containsExactly(1);
    assertThat(read.problems).containsExactly(ReadingFindings.syntax("", SourceLocation.ofCell("S", 2, 1, ""),
        SyntaxError.of("XLSX", SyntaxError.Kind.UNREADABLE)));
  }

  @Test
  void aNumberCellThatHoldsNoNumberIsReadAsTextNotMarkedAsANumber() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook().sheet("S", row(1, text("A1", "h")) + row(2, "<c r=\"A2\"><v>abc</v></c>"))
        .styles("", "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>").bytes();
    Read read = read(xlsx);
    assertThat(read.problems).isEmpty();
    assertThat(read.rows.get(1).cells()).containsExactly("abc");
    assertThat(read.rows.get(1).stored()).isEmpty();
  }

  @Test
  void aZipBombInASheetIsALimitNotAnException() throws IOException {
    // 300 MB of white space inside <sheetData>, which deflates to about 300 KB: well-formed XML, which a parser would
    // read to its end.
    byte[] bomb = XlsxFixtures.workbook().sheet("S", w -> {
      w.write(row(1, text("A1", "h")));
      char[] spaces = new char[1 << 20];
      Arrays.fill(spaces, ' ');
      for (int i = 0; i < 300; i++) {
        w.write(spaces);
      }
    }).bytes();
    assertThat(bomb.length).isLessThan(2 << 20);

    long start = System.nanoTime();
    Read read = read(bomb);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(read.rows).extracting(Row::number).containsExactly(1);
    assertThat(read.problems).containsExactly(ReadingFindings.limit("", null, ReadingLimit.EXPANSION_RATIO, 100));
  }

  @Test
  void aZipBombWhoseDirectoryOverstatesItsCompressedSizeIsStillALimit() throws IOException {
    // 60 MB of white space deflates to about 60 KB: a ratio of 1000. The zip's central directory is then made to
    // claim 1 MiB more compressed bytes, padded in, so that the stated ratio is under POI's 100 while the bytes read
    // are as few as ever (found by review). The guard counts the bytes read.
    byte[] bomb = XlsxFixtures.workbook().sheet("S", w -> {
      w.write(row(1, text("A1", "h")));
      char[] spaces = new char[1 << 20];
      Arrays.fill(spaces, ' ');
      for (int i = 0; i < 60; i++) {
        w.write(spaces);
      }
    }).bytes();
    byte[] padded = overstate(bomb, "xl/worksheets/sheet1.xml", 1 << 20);

    Read read = read(padded);
    assertThat(read.problems).containsExactly(ReadingFindings.limit("", null, ReadingLimit.EXPANSION_RATIO, 100));
  }

  /** The zip with padding before its central directory, which says the entry's compressed data is that much longer. */
  private static byte[] overstate(byte[] zip, String entry, int padding) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int eocd = zip.length - 22;
    while (b.getInt(eocd) != 0x06054b50) {
      eocd--;
    }
    int cd = b.getInt(eocd + 16);
    byte[] name = entry.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int at = cd; b.getInt(at) == 0x02014b50; ) {
      int nameLength = b.getShort(at + 28) & 0xFFFF;
      int rest = nameLength + (b.getShort(at + 30) & 0xFFFF) + (b.getShort(at + 32) & 0xFFFF);
      if (Arrays.equals(Arrays.copyOfRange(zip, at + 46, at + 46 + nameLength), name)) {
        b.putInt(at + 20, b.getInt(at + 20) + padding);
      }
      at += 46 + rest;
    }
    b.putInt(eocd + 16, cd + padding);
    byte[] out = new byte[zip.length + padding];
    System.arraycopy(zip, 0, out, 0, cd);
    System.arraycopy(zip, cd, out, cd + padding, zip.length - cd);
    return out;
  }

  @Test
  void aZipBombInTheSharedStringsIsFoundAtOpening() throws IOException {
    byte[] bomb = XlsxFixtures.workbook().sheet("S", row(1, text("A1", "h"))).sharedStrings(w -> {
      char[] spaces = new char[1 << 20];
      Arrays.fill(spaces, ' ');
      for (int i = 0; i < 100; i++) {
        w.write(spaces);
      }
    }).bytes();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(bomb))) {
      Finding limit = ReadingFindings.limit("", null, ReadingLimit.EXPANSION_RATIO, 100);
      assertThat(workbook.problems()).containsExactly(limit);
      assertThat(workbook.sheetNames()).isEmpty();
      try (RowSource rows = workbook.rows("S")) {
        assertThat(rows.next()).isNull();
        assertThat(rows.problems()).containsExactly(limit);
      }
    }
  }

  @Test
  void aSheetOfExcelsMostRowsIsReadAndNoRowBeyond() throws IOException {
    // 1 048 576 rows, all but the first and last without cells: about 20 MB of XML, which deflates about 10 times.
    Path file = XlsxFixtures.workbook().sheet("S", w -> {
      w.write(row(1, text("A1", "h")));
      for (int r = 2; r < XlsxRows.MAX_ROWS; r++) {
        w.write("<row r=\"");
        w.write(Integer.toString(r));
        w.write("\"/>");
      }
      w.write(row(XlsxRows.MAX_ROWS, text("A" + XlsxRows.MAX_ROWS, "last")));
      w.write(row(XlsxRows.MAX_ROWS + 1, text("A" + (XlsxRows.MAX_ROWS + 1), "beyond")));
    }).write(dir.resolve("rows.xlsx"));

    long start = System.nanoTime();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(file); RowSource rows = workbook.rows()) {
      List<Row> all = XlsxRowsTest.read(rows);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
      assertThat(all).extracting(Row::number).containsExactly(1, XlsxRows.MAX_ROWS);
      assertThat(all.get(1).cells()).containsExactly("last");
      assertThat(rows.problems()).containsExactly(ReadingFindings.syntax("",
          SourceLocation.ofCell("S", XlsxRows.MAX_ROWS + 1, 1, ""), SyntaxError.of("XLSX",
              SyntaxError.Kind.UNREADABLE)));
    }
  }

  @Test
  void aColumnBeyondXfdIsNotRead() throws IOException {
    byte[] xlsx = XlsxFixtures.workbook().sheet("S", row(1, text("A1", "h"), text("XFE1", "x"))).bytes();
    Read read = read(xlsx);
    assertThat(read.rows).extracting(Row::cells).containsExactly(List.of("h"));
    assertThat(read.problems).containsExactly(ReadingFindings.syntax("",
        SourceLocation.ofCell("S", 1, XlsxRows.MAX_COLUMNS + 1, ""), SyntaxError.of("XLSX",
            SyntaxError.Kind.UNREADABLE)));
  }

  @Test
  void aTenMegabyteCellIsALimitAndReadAsEmpty() throws IOException {
    // Random letters: text that does not compress enough to be a zip bomb.
    Random random = new Random(17);
    char[] chunk = new char[1 << 20];
    byte[] xlsx = XlsxFixtures.workbook().sheet("S", w -> {
      w.write(row(1, text("A1", "団体名"), text("B1", "概要")));
      w.write("<row r=\"2\">" + text("A2", "つなぐ") + "<c r=\"B2\" t=\"inlineStr\"><is><t>");
      for (int i = 0; i < 10; i++) {
        for (int k = 0; k < chunk.length; k++) {
          chunk[k] = (char) ('a' + random.nextInt(26));
        }
        w.write(chunk);
      }
      w.write("</t></is></c></row>");
    }).bytes();

    Read read = read(xlsx);
    assertThat(read.rows).extracting(Row::cells).containsExactly(List.of("団体名", "概要"), List.of("つなぐ", ""));
    assertThat(read.problems).containsExactly(ReadingFindings.limit("", SourceLocation.ofCell("S", 2, 2, "概要"),
        ReadingLimit.STRING_LENGTH, ReadingLimits.MAX_STRING_LENGTH));
  }

  @Test
  void aFileThatCannotBeReadIsAnIoException() {
    assertThatThrownBy(() -> XlsxWorkbook.open(dir.resolve("missing.xlsx"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aSpooledFileIsDeletedWhenTheWorkbookCannotBeRead() throws IOException {
    long before;
    try (var files = Files.list(dir)) {
      before = files.count();
    }
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream("not a zip".getBytes(
        StandardCharsets.US_ASCII)))) {
      Path spooled = workbook.file();
      assertThat(spooled).exists();
      workbook.close();
      assertThat(spooled).doesNotExist();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(before);
    }
  }
}
