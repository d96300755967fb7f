package io.github.tsunagari.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report form as plain values: the shape the bindings write, for any mapper to render. */
class PlainValuesTest {
  private static final Finding AT_A_CELL = ReadingFindings.limit("/0/project/summary",
      SourceLocation.ofCell("交付先一覧", 12, 4, "project/summary"), ReadingLimit.DOCUMENT_LENGTH, 10);

  @Test
  void aFindingIsAMapOfItsPropertiesInTheFormsOrder() {
    Object value = PlainValues.of(out -> ReportForm.finding(out, AT_A_CELL));

    assertThat(value).isInstanceOfSatisfying(Map.class, m -> {
      assertThat(m.keySet()).containsExactly("ruleId", "severity", "path", "sheet", "row", "column", "columnLetter",
          "header", "message");
      assertThat(m).containsEntry("ruleId", "read.limit").containsEntry("row", 12L).containsEntry("columnLetter", "D")
          .containsEntry("message", Map.of("ja", AT_A_CELL.getMessage(Locale.JAPANESE),
              "en", AT_A_CELL.getMessage(Locale.ENGLISH)));
    });
  }

  @Test
  void aReportHoldsItsFindingsInAListAndItsCounts() {
    Finding atAByte = ReadingFindings.limit("", SourceLocation.ofByte(10), ReadingLimit.DOCUMENT_LENGTH, 10);

    Object value = PlainValues.of(out -> ReportForm.report(out, ValidationReport.of(List.of(AT_A_CELL, atAByte))));

    assertThat(value).isInstanceOfSatisfying(Map.class, m -> {
      assertThat(m).containsEntry("valid", false).containsEntry("errors", 2L).containsEntry("warnings", 0L);
      assertThat(m.get("findings")).asList().hasSize(2).contains(PlainValues.of(
          out -> ReportForm.finding(out, atAByte)));
    });
  }

  @Test
  void aWritingMustWriteOneWholeValue() {
    assertThatThrownBy(() -> PlainValues.of(out -> { })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PlainValues.of(FormWriter.Sink::startObject)).isInstanceOf(IllegalStateException.class);
  }
}
