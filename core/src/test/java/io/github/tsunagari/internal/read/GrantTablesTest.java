package io.github.tsunagari.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The row source of the reading layer, which the table readers (tsunagari-tables) implement: rows of cells go to the
 * same form reader as JSON tokens, and every finding of a cell is placed at its sheet, row, column and header; columns
 * are named by paths into a grant, as flatten-tool names 360Giving's.
 */
class GrantTablesTest {
  private static final String SHEET = "交付先一覧";
  private static final List<String> HEADER = List.of("position", "grantee/type", "grantee/name", "grantee/legalForm",
      "grantee/headOffice", "project/title", "project/summary", "project/serviceArea/text",
      "project/serviceArea/prefectures/0", "project/serviceArea/prefectures/1", "project/activities/0/kind",
      "project/awardedAmount", "project/titel");

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  private final List<GrantRecord> records = new ArrayList<>();

  private StreamSummary read(List<List<String>> rows) throws IOException {
    GrantStreams streams = new GrantStreams(null, GrantValidator.create(), Optional.empty(), Optional.empty());
    return streams.readTable(RowSource.of(SHEET, rows), records::add);
  }

  @Test
  void rowsAreReadAlongTheFormAndEveryFindingIsPlacedAtItsCell() throws IOException {
    StreamSummary summary = read(List.of(HEADER,
        row("1", "organization", "サービスグラント", "NPO法人", "東京都", "担い手育成事業", "研修会を開催し、伴走型支援を行う。",
            "宮城県 岩手県", "宮城県", "岩手", "TRAINING", "600万円", ""),
        row("", "", "", "", "", "", "", "", "", "", "", "", ""),
        row("x", "organization", "えんがお", "相互会社", "栃木県", "居場所づくり", "居場所を運営する。", "栃木県", "09", "",
            "", "", "迷子"),
        row("3", "organization", "えんがお", "一般社団法人", "栃木県", "居場所づくり", "居場所を運営する。", "栃木県", "09",
            "", "", "", "")));

    // The blank row is no record; the unknown column is said once, at its header (column M), and not read.
    assertThat(summary.getRecordCount()).isEqualTo(3);
    assertThat(summary.getStreamProblems().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.unknown-property");
      assertThat(f.getValue()).contains("project/titel");
      assertThat(f.getLocation()).contains(SourceLocation.ofCell(SHEET, 1, 13, "project/titel"));
      assertThat(f.getLocation().orElseThrow().toText(Locale.JAPANESE)).isEqualTo("シート「交付先一覧」1行目M列「project/titel」");
      assertThat(f.getMessage(Locale.ENGLISH)).contains("title, summary, serviceArea");
    });

    // Row 2: read with the lenient forms (NPO法人, 東京都, 岩手, 600万円), valid (it names no target group: an info).
    GrantRecord first = records.get(0);
    assertThat(first.getGrant()).hasValueSatisfying(g -> {
      assertThat(g.getPosition()).isEqualTo(1);
      assertThat(g.getProject().getServiceArea().getPrefectures()).hasSize(2);
      assertThat(g.getProject().getAwardedAmount()).isPresent();
    });
    assertThat(first.getReport().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("usefulness.no-target-group");

    // Row 4: every problem at once, each at its cell; not read. (相互会社 is a legal form the library does not know;
    // this row wrote 株式会社 until that became one.)
    GrantRecord second = records.get(1);
    assertThat(second.getIndex()).isEqualTo(1);
    assertThat(second.getGrant()).isEmpty();
    assertThat(second.getReport().getFindings()).extracting(f -> f.getRuleId() + " " + f.getPath() + " "
        + f.getLocation().orElseThrow())
        .containsExactlyInAnyOrder(
            "read.wrong-type /1/position 交付先一覧!A4 position",
            "read.invalid-value /1/grantee/legalForm 交付先一覧!D4 grantee/legalForm");

    // Row 5: read, and validated as a record of a stream: its area stays in one prefecture.
    GrantRecord third = records.get(2);
    assertThat(third.getGrant()).isPresent();
    assertThat(third.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(org.assertj.core.groups.Tuple.tuple("eligibility.single-prefecture-area", "/2/project/serviceArea"));
  }

  @Test
  void aColumnNamedTwiceOrInsideAnotherIsSaidOnceAndNotRead() throws IOException {
    StreamSummary summary = read(List.of(
        row("position", "grantee/type", "grantee/name", "grantee/legalForm", "project/title", "project/summary",
            "project/serviceArea/text", "project/title", "project/activities/00/kind", "project/activities/0/kind"),
        row("1", "organization", "えんがお", "一般社団法人", "居場所づくり", "居場所を運営する。", "全国", "二つ目", "TRAINING",
            "ONLINE_SUPPORT")));

    assertThat(summary.getStreamProblems().getFindings()).extracting(f -> f.getRuleId() + " "
        + f.getLocation().orElseThrow())
        .containsExactlyInAnyOrder("read.duplicate-property 交付先一覧!H1 project/title",
            "read.duplicate-property 交付先一覧!J1 project/activities/0/kind");
    assertThat(records).singleElement().satisfies(r -> assertThat(r.getGrant()).hasValueSatisfying(g ->
        assertThat(g.getProject().getTitle()).isEqualTo("居場所づくり")));
  }

  @Test
  void aCellWhoseTextIsNoNumberWhereANumberBelongsIsReportedNotGuessed() throws IOException {
    read(List.of(List.of("position", "grantee/type", "grantee/name", "grantee/legalForm", "project/title",
        "project/summary", "project/serviceArea/text"),
        row("１", "organization", "えんがお", "一般社団法人", "居場所づくり", "居場所を運営する。", "全国")));
    // (A full-width digit is a number a table reader may read so; the reading layer never guesses.)

    assertThat(records).singleElement().satisfies(r -> assertThat(r.getReport().getFindings()).singleElement()
        .satisfies(f -> {
          assertThat(f.getRuleId()).isEqualTo("read.wrong-type");
          assertThat(f.getValue()).contains("１");
          assertThat(f.getLocation()).contains(SourceLocation.ofCell(SHEET, 2, 1, "position"));
        }));
  }
}
