package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled FY2024 sample, validated. The source says 「原則、一つの都道府県を超えた区域の事業が対象」 and row 1's
 * area is 北海道 alone: the one exception the principle's 原則 allows, so a warning and not an error. Nothing else in
 * the source breaks a rule. README shows this report.
 */
class SampleValidationTest {
  @Test
  void theSampleIsValidWithOneWarningForTheHokkaidoProject() {
    GrantProgram sample = SampleData.fy2024();
    ValidationReport report = GrantValidator.create().validate(sample);

    assertThat(report.isValid()).isTrue();
    assertThat(report.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("eligibility.single-prefecture-area");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("/grants/0/project/serviceArea");
      assertThat(f.getValue()).contains("北海道");
    });
    assertThat(sample.getGrants().get(0).getPosition()).isEqualTo(1);
    assertThat(report.toText(Locale.JAPANESE)).isEqualTo("指摘1件: エラー0件、警告1件、情報0件\n"
        + "WARNING eligibility.single-prefecture-area 場所 /grants/0/project/serviceArea: 事業区域「北海道」は"
        + "一つの都道府県（北海道）の中にとどまっています。本交付金は「原則、一つの都道府県を超えた区域の事業が対象」"
        + "であり、例外として認められているか確認が必要です。");
  }
}
