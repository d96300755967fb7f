package io.github.tsunagari.validation;

import io.github.tsunagari.money.Yen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.region.ServiceArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static GrantValidator validator;

  @BeforeAll
  static void createValidator() {
    validator = GrantValidator.create();
  }

  /** Twelve grants, each with one area inside one prefecture: twelve warnings, ordered by grant index. */
  private static GrantProgram twelveSinglePrefectureGrants() {
    Grant template = Fixtures.valid().getGrants().get(0);
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      grants.add(Grant.builder().from(template).position(i + 1)
          .grantee(io.github.tsunagari.organization.Organization.builder().from(Fixtures.GAMMA)
              .name("団体" + i).build())
          .project(io.github.tsunagari.program.Project.builder().from(template.getProject())
              .serviceArea(ServiceArea.parse("北海道")).build())
          .build());
    }
    return GrantProgram.builder().from(Fixtures.valid()).grants(grants).statedGranteeCount(12)
        .budget(Yen.parse("1億円")).build();
  }

  @Test
  void findingsAreOrderedByPathWithIndexesComparedAsNumbers() {
    ValidationReport report = validator.validate(twelveSinglePrefectureGrants());

    assertThat(report.getFindings()).extracting(Finding::getPath).containsExactly(
        "/grants/0/project/serviceArea", "/grants/1/project/serviceArea", "/grants/2/project/serviceArea",
        "/grants/3/project/serviceArea", "/grants/4/project/serviceArea", "/grants/5/project/serviceArea",
        "/grants/6/project/serviceArea", "/grants/7/project/serviceArea", "/grants/8/project/serviceArea",
        "/grants/9/project/serviceArea", "/grants/10/project/serviceArea", "/grants/11/project/serviceArea");
  }

  @Test
  void countsAndValidity() {
    GrantProgram program = Fixtures.withProject(twelveSinglePrefectureGrants(), 3, b -> b.title(""));
    program = GrantProgram.builder().from(program).statedGranteeCount(11).build();

    ValidationReport report = validator.validate(program);

    assertThat(report.getErrorCount()).isEqualTo(1);
    assertThat(report.getWarningCount()).isEqualTo(13);
    assertThat(report.getInfoCount()).isZero();
    assertThat(report.count(Severity.WARNING)).isEqualTo(13);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isValid()).isFalse();
    assertThat(report.getFindings(Severity.ERROR)).singleElement()
        .extracting(Finding::getPath).isEqualTo("/grants/3/project/title");
    assertThat(report.getFindings()).hasSize(14);
  }

  @Test
  void warningsAloneLeaveTheDataValid() {
    ValidationReport report = validator.validate(twelveSinglePrefectureGrants());
    assertThat(report.isValid()).isTrue();
    assertThat(report.isEmpty()).isFalse();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void textFormHasASummaryLineAndOneLinePerFinding() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0,
        b -> b.serviceArea(ServiceArea.parse("北海道")).targetGroups(List.of()));
    ValidationReport report = validator.validate(program);

    assertThat(report.toText(Locale.ENGLISH)).isEqualTo(String.join("\n",
        "2 findings: no errors, 1 warning, 1 info",
        "WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea: The project area \"北海道\""
            + " stays within one prefecture (Hokkaido). The program in principle funds only projects whose area"
            + " goes beyond one prefecture (原則、一つの都道府県を超えた区域の事業が対象); check that it was accepted as an"
            + " exception.",
        "INFO usefulness.no-target-group at /grants/0/project/targetGroups: The project names no target group."));
    assertThat(report.toText(Locale.JAPANESE)).startsWith("指摘2件: エラー0件、警告1件、情報1件\n"
        + "WARNING eligibility.single-prefecture-area 場所 /grants/0/project/serviceArea: 事業区域「北海道」は"
        + "一つの都道府県（北海道）の中にとどまっています。");
    assertThat(report.toString()).isEqualTo(report.toText(Locale.ENGLISH));
  }

  @Test
  void mergeKeepsEveryFindingOnceInReportOrder() {
    ValidationReport a = validator.validate(Fixtures.withProject(Fixtures.valid(), 1, b -> b.title("")));
    ValidationReport b = validator.validate(Fixtures.withProject(Fixtures.valid(), 0, p -> p.title("")));

    ValidationReport merged = a.merge(b).merge(a);

    assertThat(merged.getFindings()).extracting(Finding::getPath)
        .containsExactly("/grants/0/project/title", "/grants/1/project/title");
    assertThat(ValidationReport.empty().merge(a)).isEqualTo(a);
    assertThat(a.merge(ValidationReport.empty())).isSameAs(a);
  }

  @Test
  void reportAndItsListsAreImmutable() {
    ValidationReport report = validator.validate(twelveSinglePrefectureGrants());
    assertThatThrownBy(() -> report.getFindings().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.getFindings(Severity.WARNING).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void valuesAreRenderedSafely() {
    String longTitle = "\u0007長い" + "あ".repeat(200);
    ValidationReport report = validator.validate(Fixtures.withProject(Fixtures.valid(), 0, b -> b.title(longTitle)));
    Finding f = report.getFindings().get(0);

    assertThat(f.getValue()).hasValueSatisfying(v -> assertThat(v)
        .startsWith("\\u0007長い")
        .endsWith("…")
        .hasSize(120 + "\\u0007".length() - 1 + 1));
  }

  @Test
  void renderingCutsOnCodePointsAndEscapesLineAndFormatCharacters() {
    assertThat(Finding.render("𠮷".repeat(200))).isEqualTo("𠮷".repeat(120) + "…");
    assertThat(Finding.render("a\u2028b\u2029c\u202Ed\nf")).isEqualTo("a\\u2028b\\u2029c\\u202Ed\\u000Af");
  }

  @Test
  void anObjectWithNothingToValidateIsRefused() {
    assertThatThrownBy(() -> validator.validate(io.github.tsunagari.program.Project.builder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to validate");
    assertThatThrownBy(() -> validator.validate(List.of(Fixtures.valid())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneSharedValidatorGivesTheSameReportsOnManyThreads() throws Exception {
    List<GrantProgram> programs = List.of(Fixtures.valid(), twelveSinglePrefectureGrants(),
        Fixtures.withProject(Fixtures.valid(), 0, b -> b.title("").activities(List.of())),
        Fixtures.withGrantee(Fixtures.valid(), 1, Fixtures.ALPHA));
    List<ValidationReport> expected = new ArrayList<>();
    for (GrantProgram p : programs) {
      expected.add(validator.validate(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        int i = t % programs.size();
        tasks.add(() -> validator.validate(programs.get(i)).equals(expected.get(i)));
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
