package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.Shared.VALIDATOR;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThatThrownBy;

import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The assertions pass when they should, and fail with a message that shows the whole report when they should not. */
class ValidationReportAssertTest {
  /** The sample: one warning, eligibility.single-prefecture-area at /grants/0/project/serviceArea. */
  static final ValidationReport SAMPLE = VALIDATOR.validate(TestSamples.fy2024());

  /** The sample with row 2 at position 1: also an error, consistency.duplicate-position at /grants/1/position. */
  static final ValidationReport WITH_ERROR = VALIDATOR.validate(duplicatePosition());

  /** A project without target groups, validated on its own: one info at /targetGroups. */
  static final ValidationReport WITH_INFO = VALIDATOR.validate(Project.builder()
      .from(TestSamples.fy2024().getGrants().get(1).getProject())
      .targetGroups(List.of())
      .build());

  static GrantProgram duplicatePosition() {
    GrantProgram sample = TestSamples.fy2024();
    List<Grant> grants = new ArrayList<>(sample.getGrants());
    grants.set(1, Grant.builder().from(grants.get(1)).position(1).build());
    return GrantProgram.builder().from(sample).grants(grants).build();
  }

  static String text(ValidationReport report) {
    return report.toText(Locale.ENGLISH);
  }

  @Nested
  class Passes {
    @Test
    void onTheSample() {
      assertThat(SAMPLE)
          .isValid()
          .hasErrorCount(0)
          .hasWarningCount(1)
          .hasInfoCount(0)
          .hasOnlyRules("eligibility.single-prefecture-area")
          .doesNotHaveFinding("consistency.duplicate-position");
      assertThat(SAMPLE).hasWarning("eligibility.single-prefecture-area")
          .at("/grants/0/project/serviceArea")
          .withValue("北海道")
          .withMessageContaining("one prefecture")
          .withMessageContaining("一つの都道府県")
          .times(1);
      assertThat(SAMPLE).hasFinding("eligibility.single-prefecture-area").at("/grants/0/project/serviceArea");
    }

    @Test
    void onAnError() {
      assertThat(WITH_ERROR)
          .isNotValid()
          .hasErrorCount(1)
          .hasWarningCount(1)
          .hasOnlyRules("consistency.duplicate-position", "eligibility.single-prefecture-area");
      assertThat(WITH_ERROR).hasError("consistency.duplicate-position").at("/grants/1/position").withValue("1");
      assertThat(WITH_ERROR).hasFinding("consistency.duplicate-position").at("/grants/1/position");
    }

    @Test
    void onAnInfo() {
      assertThat(WITH_INFO).isValid().hasInfoCount(1).hasInfo("usefulness.no-target-group").at("/targetGroups");
    }

    @Test
    void onAnEmptyReport() {
      assertThat(ValidationReport.empty()).isValid().hasNoFindings().hasOnlyRules().hasErrorCount(0);
    }

    @Test
    void atTheRootWithEitherPointer() {
      Organization marked = Organization.builder()
          .name("特定非営利活動法人 つながりサポート")
          .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
          .build();
      ValidationReport report = VALIDATOR.validate(marked);
      assertThat(report).hasWarning("text.legal-form-in-name").at("/name");
      assertThat(VALIDATOR.validate(Organization.builder().from(marked).name(" ").build()))
          .hasError("field.NotBlank").at("/name");
    }
  }

  @Nested
  class FailsShowingTheReport {
    @Test
    void isValid() {
      assertThatThrownBy(() -> assertThat(WITH_ERROR).isValid())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting the report to be valid (no errors), but it has 1 error(s)")
          .hasMessageContaining(text(WITH_ERROR));
    }

    @Test
    void isNotValid() {
      assertThatThrownBy(() -> assertThat(SAMPLE).isNotValid())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(SAMPLE));
    }

    @Test
    void hasNoFindings() {
      assertThatThrownBy(() -> assertThat(SAMPLE).hasNoFindings())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("no findings, but it has 1")
          .hasMessageContaining("WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea")
          .hasMessageContaining(text(SAMPLE));
    }

    @Test
    void counts() {
      assertThatThrownBy(() -> assertThat(SAMPLE).hasErrorCount(1))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting 1 ERROR finding(s), but the report has 0")
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasWarningCount(2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(WITH_INFO).hasInfoCount(0))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(WITH_INFO));
    }

    @Test
    void aFindingOfTheWrongSeverity() {
      assertThatThrownBy(() -> assertThat(SAMPLE).hasError("eligibility.single-prefecture-area"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("a ERROR of rule eligibility.single-prefecture-area, but it has none")
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasInfo("eligibility.single-prefecture-area"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(WITH_ERROR).hasWarning("consistency.duplicate-position"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(WITH_ERROR));
    }

    @Test
    void aRuleWithoutFindings() {
      assertThatThrownBy(() -> assertThat(SAMPLE).hasFinding("consistency.duplicate-position"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("a finding of rule consistency.duplicate-position")
          .hasMessageContaining(text(SAMPLE));
    }

    @Test
    void aFindingElsewhere() {
      assertThatThrownBy(() -> assertThat(WITH_ERROR).hasError("consistency.duplicate-position")
              .at("/grants/0/position"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting a ERROR consistency.duplicate-position at /grants/0/position, but none of")
          .hasMessageContaining("ERROR consistency.duplicate-position at /grants/1/position")
          .hasMessageContaining(text(WITH_ERROR));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasWarning("eligibility.single-prefecture-area")
              .at("/grants/0/project/serviceArea").withValue("全国"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("with value \"全国\"")
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasWarning("eligibility.single-prefecture-area").times(2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting 2 WARNING eligibility.single-prefecture-area, but found 1")
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasWarning("eligibility.single-prefecture-area")
              .withMessageContaining("duplicate"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(SAMPLE));
    }

    @Test
    void hasOnlyRules() {
      assertThatThrownBy(() -> assertThat(WITH_ERROR).hasOnlyRules("consistency.duplicate-position"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("also of [eligibility.single-prefecture-area]")
          .hasMessageContaining(text(WITH_ERROR));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasOnlyRules("eligibility.single-prefecture-area",
              "usefulness.long-title"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("none of [usefulness.long-title]")
          .hasMessageContaining(text(SAMPLE));
      assertThatThrownBy(() -> assertThat(SAMPLE).hasOnlyRules())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(text(SAMPLE));
    }

    @Test
    void doesNotHaveFinding() {
      assertThatThrownBy(() -> assertThat(SAMPLE).doesNotHaveFinding("eligibility.single-prefecture-area"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("at /grants/0/project/serviceArea")
          .hasMessageContaining(text(SAMPLE));
    }

    @Test
    void withTheDescriptionGiven() {
      assertThatThrownBy(() -> assertThat(SAMPLE).as("FY2024 sample").hasNoFindings())
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("[FY2024 sample] ");
      assertThatThrownBy(() -> assertThat(SAMPLE).as("FY2024 sample")
              .hasWarning("eligibility.single-prefecture-area").at("/grants/1"))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("[FY2024 sample] ");
    }

    @Test
    void withPercentSignsInTheReportTakenLiterally() {
      // Report text is an argument of the message, never its format: %s, %n or %d in data come out as written.
      ValidationReport report = VALIDATOR.validate(Organization.builder()
          .name("NPO法人 100%s%nつながり%d")
          .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
          .build());
      assertThat(text(report)).contains("100%s%nつながり%d");
      assertThatThrownBy(() -> assertThat(report).hasNoFindings())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("100%s%nつながり%d")
          .hasMessageContaining(text(report));
      assertThatThrownBy(() -> assertThat(report).hasError("text.legal-form-in-name%s"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("rule text.legal-form-in-name%s, but it has none");
    }

    @Test
    void onANullReport() {
      assertThatThrownBy(() -> assertThat((ValidationReport) null).isValid())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
    }
  }
}
