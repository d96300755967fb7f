package io.github.tsunagari.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationParseTest {

  @Test
  void theSameOrganisationWrittenTwoWaysKeepsWhatEachSourceStates() {
    Organization sheet = Organization.parse("特定非営利活動法人 サービスグラント"); // the FY2024 sheet
    Organization ownPage = Organization.parse("認定NPO法人サービスグラント");      // its own page
    assertThat(sheet.getLegalForm()).isEqualTo(ownPage.getLegalForm())
        .isEqualTo(LegalForm.SPECIFIED_NONPROFIT_CORPORATION);
    assertThat(sheet.getName()).isEqualTo(ownPage.getName()).isEqualTo("サービスグラント");
    assertThat(sheet.getNpoCertification()).isEmpty(); // the sheet says nothing of certification
    assertThat(ownPage.getNpoCertification()).contains(NpoCertification.CERTIFIED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The three ways the predecessor's list writes the NPO legal form, all without a space.
      "認定NPO法人あいうえお | SPECIFIED_NONPROFIT_CORPORATION | あいうえお | CERTIFIED",
      "NPO法人あいうえお | SPECIFIED_NONPROFIT_CORPORATION | あいうえお | ''",
      "特定非営利活動法人あいうえお | SPECIFIED_NONPROFIT_CORPORATION | あいうえお | ''",
      "特例認定NPO法人あいうえお | SPECIFIED_NONPROFIT_CORPORATION | あいうえお | PROVISIONALLY_CERTIFIED",
      "（公財）あいうえお財団 | PUBLIC_INTEREST_INCORPORATED_FOUNDATION | あいうえお財団 | ''",
      "一般社団法人　あいうえお | GENERAL_INCORPORATED_ASSOCIATION | あいうえお | ''",
      "ＮＰＯ法人ＡＢＣネット | SPECIFIED_NONPROFIT_CORPORATION | ＡＢＣネット | ''", // the name as written
  })
  void readsTheLegalFormBeforeTheName(String text, LegalForm form, String name, String certification) {
    Organization o = Organization.parse(text);
    assertThat(o.getLegalForm()).isEqualTo(form);
    assertThat(o.getName()).isEqualTo(name);
    assertThat(o.getNpoCertification().map(Enum::name).orElse("")).isEqualTo(certification);
  }

  @Test
  void aNameWithoutALegalFormIsRefusedWithItsReason() {
    assertThatThrownBy(() -> Organization.parse("サービスグラント")).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.getReason()).isEqualTo(InvalidValueException.Reason.MISSING_PREFIX));
    assertThatThrownBy(() -> Organization.parse("NPO法人 ")).isInstanceOf(InvalidValueException.class);
  }
}
