package io.github.tsunagari.jsonsuite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binding's {@code JsonReportWriter}, on a generator of its {@code GrantJson.newGenerator}, writes piece by piece
 * the text that its {@code GrantJson.write} writes for the whole report: the same on every binding, as that text is.
 */
class ReportWriterTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();

  /**
   * The report of the sample with an unknown property: a reading finding at its line and column, and validation's
   * finding of the grants, which could be read.
   */
  private static ValidationReport report() {
    String broken = BINDING.write(SampleData.fy2024())
        .replaceFirst("\"title\"", "\"unknownProperty\": 1, \"title\"");
    return GrantJsonReader.validating(GrantValidator.create()).readProgram(broken).getReport();
  }

  @Test
  void aReportWrittenPieceByPieceIsTheReportsText() {
    ValidationReport report = report();
    assertThat(report.getFindings()).hasSizeGreaterThan(1).anySatisfy(f -> assertThat(f.getLocation()).isPresent())
        .anySatisfy(f -> assertThat(f.getRuleId()).doesNotStartWith("read."));
    assertThat(BINDING.writeInPieces(report)).isEqualTo(BINDING.write(report));
    ValidationReport none = ValidationReport.of(List.of());
    assertThat(BINDING.writeInPieces(none)).isEqualTo(BINDING.write(none));
  }

  @Test
  void aStreamsFindingsEndedByItsSummaryAreTheTextOfTheirReport() {
    ValidationReport report = report();
    StreamSummary summary = StreamSummary.of(9, 0, report.count(Severity.ERROR), report.count(Severity.WARNING),
        report.count(Severity.INFO), ValidationReport.of(List.of()));
    assertThat(summary.isValid()).isEqualTo(report.isValid()).isFalse();
    assertThat(BINDING.writeInPieces(report.getFindings(), summary)).isEqualTo(BINDING.write(report));
  }
}
