package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's table of 360Giving's quality checks (the one place their names are kept) names rules of the catalogue
 * only, gives every check a rule or a reason, and names the rules added after those checks beside them.
 */
class ReadmeQualityChecksTest {
  private static final String HEADER = "| kind | 360Giving check | in Tsunagari |";
  /** A rule id in backticks: dotted lower-case words, such as {@code dates.far-past}. */
  private static final Pattern RULE_ID = Pattern.compile("`([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)`");
  /** How a row without a rule says why. */
  private static final List<String> REASONS = List.of("cannot happen:", "not applicable:", "not yet:", "not added:",
      "stricter here:");

  /** The rows: kind, check and what Tsunagari has, in the table's order. */
  private static List<String[]> rows;

  @BeforeAll
  static void readTable() throws IOException {
    Path readme = Path.of(System.getProperty("tsunagari.readme", "../README.md"));
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADER);
    assertThat(start).as("README's table %s", HEADER).isNotNegative();
    rows = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      String[] cells = line.substring(2, line.length() - 2).split(" \\| ", 3);
      assertThat(cells).as(line).hasSize(3);
      rows.add(cells);
    }
  }

  private static List<String> ruleIds(String cell) {
    List<String> ids = new ArrayList<>();
    Matcher m = RULE_ID.matcher(cell);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void theChecksAreTheToolsAccuracyThenUsefulnessOnesEachOnce() {
    List<String> kinds = rows.stream().map(r -> r[0]).toList();
    assertThat(kinds.stream().filter("accuracy"::equals).count()).isEqualTo(21);
    assertThat(kinds.stream().filter("usefulness"::equals).count()).isEqualTo(15);
    assertThat(kinds.subList(0, 21)).containsOnly("accuracy");
    List<String> checks = rows.stream().map(r -> r[1]).toList();
    assertThat(checks).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z][A-Za-z0-9]+"));
  }

  @Test
  void everyRuleNamedIsInTheCatalogueAndEveryRowHasARuleOrAReason() {
    Set<String> catalogue = Stream.of(Rule.values()).map(Rule::getId).collect(Collectors.toSet());
    for (String[] row : rows) {
      List<String> ids = ruleIds(row[2]);
      assertThat(catalogue).as("rules named for %s", row[1]).containsAll(ids);
      assertThat(!ids.isEmpty() || REASONS.stream().anyMatch(row[2]::startsWith))
          .as("%s names a rule or starts with a reason (%s): %s", row[1], REASONS, row[2]).isTrue();
    }
  }

  @Test
  void theRulesAddedAfterTheChecksStandBesideThem() {
    Map<String, List<String>> byCheck = new LinkedHashMap<>();
    rows.forEach(r -> byCheck.put(r[1], ruleIds(r[2])));
    assertThat(byCheck).containsEntry("PostDatedAwardDates", List.of(Rule.AWARD_DATE_IN_FUTURE.getId()))
        .containsEntry("FarFuturePlannedDates", List.of(Rule.FAR_FUTURE_DATE.getId()))
        .containsEntry("FarPastDates", List.of(Rule.FAR_PAST_DATE.getId()))
        .containsEntry("PlannedStartDateBeforeEndDate", List.of(Rule.END_BEFORE_START.getId()))
        .containsEntry("TitleDescriptionSame", List.of(Rule.TITLE_EQUALS_SUMMARY.getId()))
        .containsEntry("TitleLength", List.of(Rule.LONG_TITLE.getId()));
    assertThat(byCheck.get("ZeroAmountTest")).startsWith(Rule.ZERO_AMOUNT.getId());
  }
}
