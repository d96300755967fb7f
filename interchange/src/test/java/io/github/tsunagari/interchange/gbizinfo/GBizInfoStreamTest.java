package io.github.tsunagari.interchange.gbizinfo;

import static io.github.tsunagari.interchange.gbizinfo.GBizInfoImportTest.MADE_UP;
import static io.github.tsunagari.interchange.gbizinfo.GBizInfoImportTest.REAL_RECORD;
import static io.github.tsunagari.interchange.gbizinfo.GBizInfoImportTest.REAL_TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The streaming forms: the records asked for handed on, those of other subsidies counted per title, none held. */
class GBizInfoStreamTest {
  static final String HEADER = "法人番号,法人名,本社所在地,認定日,補助金等,金額,対象,府省,備考,連名リスト,補助金財源\r\n";
  /** A record of this program, made up (no real corporation's number). */
  static final String PROGRAM_ROW = MADE_UP + ",特定非営利活動法人テスト交付先,大阪府,2024-07-01,孤独・孤立対策推進交付金,6000000,,,,,\r\n";
  /** The real record of 7100005012040 (../shared/domain.md), of another subsidy. */
  static final String OTHER_ROW = "7100005012040,,,2024-03-29," + REAL_TITLE + ",1781931,,農林水産省,,,\r\n";

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theCsvStreamedHandsOnThisProgramsRecordsAndCountsTheOthersPerTitle() throws IOException {
    String csv = HEADER + OTHER_ROW + PROGRAM_ROW + OTHER_ROW + OTHER_ROW.replace(REAL_TITLE, "") + OTHER_ROW;
    List<GrantRecord> handed = new ArrayList<>();
    List<SubsidyRecord> others = new ArrayList<>();
    StreamSummary summary = GBizInfo.importer().withOtherSubsidies(others::add).readCsv(bytes(csv), handed::add);

    GBizInfoImport whole = GBizInfo.importer().readCsv(bytes(csv));
    assertThat(handed).extracting(GrantRecord::getGrant, r -> r.getReport().getFindings())
        .isEqualTo(whole.getRecords().stream().map(r -> tuple(r.getGrant(), r.getReport().getFindings()))
            .collect(java.util.stream.Collectors.toList()));
    assertThat(others).isEqualTo(whole.getOtherSubsidies()).hasSize(4);
    assertThat(summary.getRecordCount()).isEqualTo(1);
    assertThat(summary.getUnreadableCount()).isZero();
    assertThat(summary.count(Severity.ERROR)).isEqualTo(whole.getSummary().count(Severity.ERROR));

    List<Finding> kept = summary.getStreamProblems().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.gbizinfo.other-subsidy")).collect(java.util.stream.Collectors.toList());
    assertThat(kept).extracting(Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactly(tuple("/0/title", REAL_TITLE), tuple("/3/title", ""));
    assertThat(kept.get(0).getLocation()).contains(SourceLocation.ofCell(2, 5, "補助金等"));
    assertThat(kept.get(0).getMessage(Locale.ENGLISH)).contains("subsidy \"" + REAL_TITLE + "\"", "(3 in all");
    assertThat(kept.get(0).getMessage(Locale.JAPANESE)).contains(REAL_TITLE, "別に分けました", "3件");
    assertThat(kept.get(1).getMessage(Locale.ENGLISH)).contains("(1 in all");
    // Read whole, each record is said.
    assertThat(whole.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("import.gbizinfo.other-subsidy"))
        .hasSize(4).allSatisfy(f -> assertThat(f.getMessage(Locale.JAPANESE)).contains("1件"));
  }

  @Test
  void withoutAConsumerTheOthersAreCountedAndSaidNeverDroppedSilently() throws IOException {
    StreamSummary summary = GBizInfo.importer().readCsv(bytes(HEADER + OTHER_ROW + OTHER_ROW), r -> { });
    assertThat(summary.getRecordCount()).isZero();
    assertThat(summary.getStreamProblems().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.encoding", "import.gbizinfo.other-subsidy");
  }

  @Test
  void theJsonStreamedGivesWhatItGivesReadWhole() throws IOException {
    String json = "{\"hojin-infos\":[{\"corporate_number\":\"7100005012040\",\"subsidy\":[" + REAL_RECORD + ","
        + REAL_RECORD + "]},{\"corporate_number\":\"" + MADE_UP + "\",\"name\":\"一般社団法人テスト\",\"subsidy\":["
        + "{\"date_of_approval\":\"2024-07-01\",\"title\":\"孤独・孤立対策推進交付金\",\"amount\":\"6000000\"}]}]}";
    List<GrantRecord> handed = new ArrayList<>();
    List<SubsidyRecord> others = new ArrayList<>();
    StreamSummary summary = GBizInfo.importer().withOtherSubsidies(others::add).readJson(bytes(json), handed::add);

    GBizInfoImport whole = GBizInfo.importer().readJson(bytes(json));
    assertThat(handed).hasSize(1).extracting(GrantRecord::getGrant, r -> r.getReport().getFindings())
        .containsExactly(tuple(whole.getRecords().get(0).getGrant(), whole.getRecords().get(0).getReport().getFindings()));
    assertThat(others).isEqualTo(whole.getOtherSubsidies()).hasSize(2);
    assertThat(summary.getStreamProblems().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("import.gbizinfo.other-subsidy", "/hojin-infos/0/subsidy/0/title"));
    assertThat(summary.getStreamProblems().getFindings().get(0).getLocation()).get()
        .isInstanceOf(SourceLocation.Position.class);
  }

  @Test
  void aJsonStreamWithoutCorporationsOrMalformedIsAFinding() throws IOException {
    assertThat(GBizInfo.importer().readJson(bytes("{}"), r -> { }).getStreamProblems().getFindings())
        .extracting(Finding::getRuleId).containsExactly("read.missing-property");
    assertThat(GBizInfo.importer().readJson(bytes("{\"hojin-infos\":["), r -> { }).getStreamProblems()
        .getFindings()).extracting(Finding::getRuleId).containsExactly("read.syntax");
  }
}
