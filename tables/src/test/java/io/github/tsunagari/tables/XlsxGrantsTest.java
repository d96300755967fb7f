package io.github.tsunagari.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook saved by Excel, read as grants: values as Excel stores them are read as Excel shows them, and where a
 * number or a date stands where text or a code belongs, that is reported at its cell, never repaired silently.
 */
class XlsxGrantsTest {
  private static final List<String> HEADER = List.of("position", "grantee/type", "grantee/name", "grantee/legalForm",
      "grantee/headOffice", "project/title", "project/summary", "project/serviceArea/text", "project/startDate",
      "project/awardedAmount");

  private final List<GrantRecord> records = new ArrayList<>();

  private StreamSummary read(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return GrantTableReader.create(GrantValidator.create()).readXlsx(new ByteArrayInputStream(out.toByteArray()),
        records::add);
  }

  @Test
  void numbersAndDatesAsExcelStoresThemAreReadAsShownAndReportedWhereTheyDoNotBelong() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("交付決定");
    Row header = sheet.createRow(0);
    for (int c = 0; c < HEADER.size(); c++) {
      header.createCell(c).setCellValue(HEADER.get(c));
    }
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
    Row row = sheet.createRow(1);
    row.createCell(0).setCellValue(1);                     // a number where a number belongs: nothing to say
    row.createCell(1).setCellValue("organization");
    row.createCell(2).setCellValue("気仙沼まちづくり支援センター");
    row.createCell(3).setCellValue("一般社団法人");
    row.createCell(4).setCellValue(4);                     // 04 (宮城県) typed into Excel: its leading zero lost
    row.createCell(5).setCellValue(2024);                  // a number where text belongs
    row.createCell(6).setCellValue("研修会等を実施する。");
    row.createCell(7).setCellValue("宮城県 岩手県");
    row.createCell(8).setCellValue(LocalDate.of(2024, 7, 1)); // a date cell where a date belongs
    row.getCell(8).setCellStyle(date);
    row.createCell(9).setCellValue(6_000_000);             // an amount as a number

    StreamSummary summary = read(wb);

    assertThat(summary.getStreamProblems().getFindings()).isEmpty();
    GrantRecord record = records.get(0);
    Grant grant = record.getGrant().orElseThrow(() -> new AssertionError(record.getReport().toText(Locale.ENGLISH)));
    assertThat(grant.getProject().getTitle()).isEqualTo("2024");
    assertThat(grant.getProject().getStartDate()).contains(LocalDate.of(2024, 7, 1));
    assertThat(grant.getProject().getAwardedAmount()).hasValueSatisfying(y -> assertThat(y.getAmount())
        .isEqualTo(6_000_000));
    assertThat(record.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("read.spreadsheet-value"))
        .extracting(Finding::getPath, f -> f.getLocation().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/0/grantee/headOffice",
                SourceLocation.ofCell("交付決定", 2, 5, "grantee/headOffice")),
            org.assertj.core.groups.Tuple.tuple("/0/project/title",
                SourceLocation.ofCell("交付決定", 2, 6, "project/title")));
    Finding lostZero = record.getReport().getFindings().stream()
        .filter(f -> f.getPath().equals("/0/grantee/headOffice")).findFirst().orElseThrow();
    assertThat(lostZero.getMessage(Locale.ENGLISH)).contains("leading zeros", "\"4\"");
    assertThat(lostZero.getMessage(Locale.JAPANESE)).contains("先頭の0");
  }

  @Test
  void theGrantsSheetIsFoundByEitherNameElseTheFirstIsRead() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("メモ").createRow(0).createCell(0).setCellValue("この表は…");
    Sheet sheet = wb.createSheet("grants");
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("番号");
    StreamSummary summary = read(wb);
    assertThat(summary.getRecordCount()).isZero();
    assertThat(summary.getStreamProblems().getFindings()).isEmpty();
  }
}
