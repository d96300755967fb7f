package io.github.tsunagari.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hostile CSV is answered with located findings and no exception: ragged rows, an unclosed quote, a 10 MB cell, an
 * empty file, a header only; and cells a spreadsheet would run are written so that none runs.
 */
class CsvHostileInputTest {
  private static final String HEADER = "position,grantee/type,grantee/name,grantee/legalForm,project/title,"
      + "project/summary,project/serviceArea/text\r\n";
  private static final String ROW = "1,organization,サービスグラント,NPO法人,メンタリング,課題を整理する。,全国\r\n";

  private final List<GrantRecord> records = new ArrayList<>();

  private StreamSummary read(String csv) throws IOException {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  private StreamSummary read(byte[] csv) throws IOException {
    return GrantTableReader.create(GrantValidator.create()).readCsv(new ByteArrayInputStream(csv), records::add);
  }

  private static List<String> problems(StreamSummary summary) {
    List<String> out = new ArrayList<>();
    for (Finding f : summary.getStreamProblems().getFindings()) {
      if (!f.getRuleId().equals("read.encoding")) {
        out.add(f.getRuleId() + " " + f.getLocation().map(Object::toString).orElse("-"));
      }
      assertThat(f.getMessage(Locale.JAPANESE)).isNotBlank();
      assertThat(f.getMessage(Locale.ENGLISH)).isNotBlank();
    }
    return out;
  }

  @Test
  void anEmptyFileHasNoHeader() throws IOException {
    StreamSummary summary = read("");
    assertThat(problems(summary)).containsExactly("read.no-header A1");
    assertThat(summary.isValid()).isFalse();
    assertThat(summary.getRecordCount()).isZero();
  }

  @Test
  void aHeaderOnlyIsATableOfNoGrants() throws IOException {
    StreamSummary summary = read(HEADER);
    assertThat(problems(summary)).isEmpty();
    assertThat(summary.getRecordCount()).isZero();
    assertThat(summary.isValid()).isTrue();
  }

  @Test
  void aRaggedRowIsReportedAtItsExtraCellAndShortRowsReadTheirCells() throws IOException {
    read(HEADER + ROW.replace("\r\n", ",余り\r\n") + "2,organization,えんがお\r\n");
    assertThat(records.get(0).getReport().getFindings()).extracting(f -> f.getRuleId() + " " + f.getPath() + " "
        + f.getLocation().orElseThrow()).contains("read.ragged-row /0 H2");
    assertThat(records.get(0).getGrant()).isEmpty();
    assertThat(records.get(1).getReport().getFindings()).extracting(Finding::getRuleId)
        .contains("read.missing-property");
  }

  @Test
  void anUnclosedQuoteEndsTheFileWithAFindingAtItsRow() throws IOException {
    StreamSummary summary = read(HEADER + ROW + "2,organization,\"えんがお,NPO法人,居場所,運営する。,全国\r\n3,x\r\n");
    assertThat(records).hasSize(1);
    assertThat(problems(summary)).singleElement().asString().startsWith("read.syntax ").contains("3");
    Finding f = summary.getStreamProblems().getFindings().stream().filter(x -> x.getRuleId().equals("read.syntax"))
        .findFirst().orElseThrow();
    assertThat(f.getMessage(Locale.ENGLISH)).contains("never closed");
  }

  @Test
  void aTenMegabyteCellIsALimitNotAnOutOfMemoryError() throws IOException {
    String big = "あ".repeat(10 * 1024 * 1024 / 3);
    StreamSummary summary = read(HEADER + ROW + "2,organization,えんがお,NPO法人,居場所,\"" + big + "\",全国\r\n" + ROW);
    assertThat(records).hasSize(1);
    assertThat(problems(summary)).containsExactly("read.limit F3 project/summary", "read.limit F3 project/summary");
    assertThat(summary.getStreamProblems().getFindings()).extracting(f -> f.getMessage(Locale.ENGLISH))
        .anySatisfy(m -> assertThat(m).contains("record longer than"));
  }

  @Test
  void aLongCellUnderTheRecordBoundIsALimitAtItsCellAndTheRowStillRead() throws IOException {
    String long200k = "あ".repeat(200_000);
    StreamSummary summary = read(HEADER + "2,organization,えんがお,NPO法人,居場所,\"" + long200k + "\",全国\r\n" + ROW);
    assertThat(problems(summary)).containsExactly("read.limit F2 project/summary");
    assertThat(records).hasSize(2);
    assertThat(records.get(0).getReport().getFindings()).extracting(Finding::getRuleId)
        .contains("read.missing-property");
  }

  @Test
  void formulaLookingCellsAreWrittenSoThatNoSpreadsheetRunsThemAndReadBackAsTheyWere() throws IOException {
    Grant sample = SampleData.fy2024().getGrants().get(0);
    List<String> hostile = List.of("=HYPERLINK(\"http://example.com\",\"x\")", "+1+1", "-1+1", "@SUM(A1)",
        "\tTAB", "'=quoted");
    List<Grant> grants = new ArrayList<>();
    for (String text : hostile) {
      grants.add(Grant.builder().from(sample).position(grants.size() + 1)
          .project(io.github.tsunagari.program.Project.builder().from(sample.getProject()).summary(text).build())
          .build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GrantTableWriter.create().withoutByteOrderMark().writeCsv(grants, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    for (String line : csv.split("\r\n")) {
      for (String cell : line.split(",")) {
        String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(bare).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
            .doesNotStartWith("@").doesNotStartWith("\t");
      }
    }
    List<Grant> back = GrantTableReader.create(GrantValidator.create())
        .readCsvGrants(new ByteArrayInputStream(out.toByteArray())).getValue().orElseThrow();
    assertThat(back).isEqualTo(grants);
  }

  @Test
  void bytesOfNoEncodingAreAFindingAtTheFirstOfThem() throws IOException {
    byte[] head = (HEADER + ROW).getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[head.length + 4];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = '2';
    bad[head.length + 1] = ',';
    bad[head.length + 2] = (byte) 0xFF;
    bad[head.length + 3] = (byte) 0xFE;
    StreamSummary summary = GrantTableReader.create(GrantValidator.create())
        .withEncoding(StandardCharsets.UTF_8).readCsv(new ByteArrayInputStream(bad), records::add);
    assertThat(summary.getStreamProblems().getFindings()).anySatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.syntax");
      assertThat(f.getLocation()).contains(SourceLocation.ofByte(head.length + 2, 3));
    });
    assertThat(records).hasSize(1);
  }
}
