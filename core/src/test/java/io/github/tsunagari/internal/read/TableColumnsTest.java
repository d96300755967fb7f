package io.github.tsunagari.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.sample.SampleData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The columns of a grant's table, derived from the form description: paths, Japanese titles and their order. */
class TableColumnsTest {
  private final TableColumns columns = TableColumns.of(Forms.GRANT);

  private List<List<String>> sampleColumns() {
    List<Map<List<String>, String>> rows = new ArrayList<>();
    for (Grant g : SampleData.fy2024().getGrants()) {
      rows.add(columns.flatten(g));
    }
    return columns.columns(rows);
  }

  @Test
  void listsWriteTheirColumnsByTheseTitles() {
    assertThat(columns.title(List.of("grantee", "name"))).isEqualTo("団体名");
    assertThat(columns.title(List.of("project", "title"))).isEqualTo("事業名");
    assertThat(columns.title(List.of("project", "summary"))).isEqualTo("概要");
    assertThat(columns.title(List.of("position"))).isEqualTo("番号");
    assertThat(columns.title(List.of("grantee", "legalForm"))).isEqualTo("法人格");
    assertThat(columns.title(List.of("grantee", "headOffice"))).isEqualTo("所在地");
    assertThat(columns.title(List.of("project", "activities", "2", "kind"))).isEqualTo("支援の取組:2:支援の種類");
    assertThat(columns.title(List.of("grantee", "representative", "name"))).isEqualTo("代表団体:団体名");
  }

  @Test
  void everyTitleReadsBackAsItsPath() {
    Set<String> seen = new HashSet<>();
    for (List<String> path : sampleColumns()) {
      String title = columns.title(path);
      assertThat(seen.add(title)).as("title %s of %s is unique", title, path).isTrue();
      assertThat(columns.pathOf(title)).as(title).contains(path);
      assertThat(columns.pathOf(String.join("/", path))).contains(path);
    }
  }

  @Test
  void columnsFollowTheFormsOrder() {
    List<List<String>> all = sampleColumns();
    assertThat(all.get(0)).containsExactly("position");
    assertThat(all.get(1)).containsExactly("grantee", "type");
    assertThat(all).contains(List.of("project", "serviceArea", "text"));
    assertThat(all.indexOf(List.of("project", "activities", "0", "kind")))
        .isLessThan(all.indexOf(List.of("project", "activities", "0", "description")))
        .isLessThan(all.indexOf(List.of("project", "activities", "1", "kind")));
  }

  @Test
  void aGrantFlattensToItsCellsAtTheirPaths() {
    Map<List<String>, String> cells = columns.flatten(SampleData.fy2024().getGrants().get(3));
    assertThat(cells).containsEntry(List.of("position"), "4")
        .containsEntry(List.of("grantee", "type"), "organization")
        .containsEntry(List.of("grantee", "headOffice"), "04")
        .containsEntry(List.of("project", "serviceArea", "prefectures", "1"), "03")
        .containsEntry(List.of("project", "serviceArea", "namedAreas", "0", "municipalities", "2", "code"), "042056");
  }

  @Test
  void codesAreWrittenInJapaneseWhereTheyReadBackSo() {
    assertThat(columns.japanese(List.of("grantee", "headOffice"), "04")).isEqualTo("宮城県");
    assertThat(columns.japanese(List.of("grantee", "legalForm"), "GENERAL_INCORPORATED_ASSOCIATION"))
        .isEqualTo("一般社団法人");
    assertThat(columns.japanese(List.of("project", "title"), "04")).isEqualTo("04");
    assertThat(columns.japanese(List.of("project", "serviceArea", "municipalities", "0", "code"), "032034"))
        .isEqualTo("032034");
  }
}
