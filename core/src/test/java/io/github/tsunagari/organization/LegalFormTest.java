package io.github.tsunagari.organization;

import static io.github.tsunagari.organization.LegalForm.GENERAL_INCORPORATED_ASSOCIATION;
import static io.github.tsunagari.organization.LegalForm.GENERAL_INCORPORATED_FOUNDATION;
import static io.github.tsunagari.organization.LegalForm.PUBLIC_INTEREST_INCORPORATED_ASSOCIATION;
import static io.github.tsunagari.organization.LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION;
import static io.github.tsunagari.organization.LegalForm.SOCIAL_WELFARE_CORPORATION;
import static io.github.tsunagari.organization.LegalForm.SPECIFIED_NONPROFIT_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalFormTest {

  @Nested
  class Parse {
    /** The full names and short forms of the domain notes' table, with full-width parentheses as Japanese text has. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        特定非営利活動法人       | SPECIFIED_NONPROFIT_CORPORATION
        NPO法人                 | SPECIFIED_NONPROFIT_CORPORATION
        ＮＰＯ法人               | SPECIFIED_NONPROFIT_CORPORATION
        (特非)                  | SPECIFIED_NONPROFIT_CORPORATION
        （特非）                 | SPECIFIED_NONPROFIT_CORPORATION
        特活                    | SPECIFIED_NONPROFIT_CORPORATION
        認定特定非営利活動法人    | SPECIFIED_NONPROFIT_CORPORATION
        認定NPO法人              | SPECIFIED_NONPROFIT_CORPORATION
        一般社団法人             | GENERAL_INCORPORATED_ASSOCIATION
        (一社)                  | GENERAL_INCORPORATED_ASSOCIATION
        （一社）                 | GENERAL_INCORPORATED_ASSOCIATION
        一般財団法人             | GENERAL_INCORPORATED_FOUNDATION
        (一財)                  | GENERAL_INCORPORATED_FOUNDATION
        （一財）                 | GENERAL_INCORPORATED_FOUNDATION
        公益社団法人             | PUBLIC_INTEREST_INCORPORATED_ASSOCIATION
        (公社)                  | PUBLIC_INTEREST_INCORPORATED_ASSOCIATION
        （公社）                 | PUBLIC_INTEREST_INCORPORATED_ASSOCIATION
        公益財団法人             | PUBLIC_INTEREST_INCORPORATED_FOUNDATION
        (公財)                  | PUBLIC_INTEREST_INCORPORATED_FOUNDATION
        （公財）                 | PUBLIC_INTEREST_INCORPORATED_FOUNDATION
        社会福祉法人             | SOCIAL_WELFARE_CORPORATION
        (福)                    | SOCIAL_WELFARE_CORPORATION
        （福）                   | SOCIAL_WELFARE_CORPORATION
        社福                    | SOCIAL_WELFARE_CORPORATION
        株式会社                 | STOCK_COMPANY
        (株)                    | STOCK_COMPANY
        （株）                   | STOCK_COMPANY
        有限会社                 | LIMITED_COMPANY
        （有）                   | LIMITED_COMPANY
        合名会社                 | GENERAL_PARTNERSHIP_COMPANY
        （名）                   | GENERAL_PARTNERSHIP_COMPANY
        合資会社                 | LIMITED_PARTNERSHIP_COMPANY
        （資）                   | LIMITED_PARTNERSHIP_COMPANY
        合同会社                 | LIMITED_LIABILITY_COMPANY
        （同）                   | LIMITED_LIABILITY_COMPANY
        学校法人                 | SCHOOL_CORPORATION
        （学）                   | SCHOOL_CORPORATION
        医療法人                 | MEDICAL_CORPORATION
        （医）                   | MEDICAL_CORPORATION
        医療法人社団              | MEDICAL_CORPORATION
        医療法人財団              | MEDICAL_CORPORATION
        宗教法人                 | RELIGIOUS_CORPORATION
        （宗）                   | RELIGIOUS_CORPORATION
        生活協同組合              | CONSUMER_COOPERATIVE
        消費生活協同組合           | CONSUMER_COOPERATIVE
        生協                    | CONSUMER_COOPERATIVE
        労働者協同組合            | WORKER_COOPERATIVE
        労協                    | WORKER_COOPERATIVE
        農業協同組合              | AGRICULTURAL_COOPERATIVE
        農協                    | AGRICULTURAL_COOPERATIVE
        事業協同組合              | BUSINESS_COOPERATIVE
        企業組合                 | ENTERPRISE_COOPERATIVE
        認可地縁団体              | AUTHORIZED_NEIGHBORHOOD_ASSOCIATION
        独立行政法人              | INCORPORATED_ADMINISTRATIVE_AGENCY
        （独）                   | INCORPORATED_ADMINISTRATIVE_AGENCY
        地方独立行政法人           | LOCAL_INCORPORATED_ADMINISTRATIVE_AGENCY
        （地独）                 | LOCAL_INCORPORATED_ADMINISTRATIVE_AGENCY
        国立大学法人              | NATIONAL_UNIVERSITY_CORPORATION
        更生保護法人              | OFFENDER_REHABILITATION_CORPORATION
        任意団体                 | UNINCORPORATED
        法人格なし               | UNINCORPORATED
        """)
    void readsFullNamesAndShortForms(String text, LegalForm expected) {
      assertThat(LegalForm.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "Specified Nonprofit Corporation", "specified nonprofit corporation", "SPECIFIED NONPROFIT CORPORATION",
        "SPECIFIED_NONPROFIT_CORPORATION", " 特定非営利活動法人 ", "\u3000NPO法人\u3000", "npo法人",
    })
    void readsEnglishNamesInAnyCaseAndSurroundingSpaces(String text) {
      assertThat(LegalForm.parse(text)).isEqualTo(SPECIFIED_NONPROFIT_CORPORATION);
    }

    @Test
    void readsEachEnglishNameCaseInsensitively() {
      assertThat(LegalForm.parse("general incorporated association")).isEqualTo(GENERAL_INCORPORATED_ASSOCIATION);
      assertThat(LegalForm.parse("GENERAL INCORPORATED FOUNDATION")).isEqualTo(GENERAL_INCORPORATED_FOUNDATION);
      assertThat(LegalForm.parse("Public Interest Incorporated Association"))
          .isEqualTo(PUBLIC_INTEREST_INCORPORATED_ASSOCIATION);
      assertThat(LegalForm.parse("public interest incorporated FOUNDATION"))
          .isEqualTo(PUBLIC_INTEREST_INCORPORATED_FOUNDATION);
      assertThat(LegalForm.parse("social welfare corporation")).isEqualTo(SOCIAL_WELFARE_CORPORATION);
    }

    @ParameterizedTest(name = "\"{0}\"")
    // 株式会社, 合同会社 and (株) were here before those forms were known; they are read above now.
    @ValueSource(strings = {"相互会社", "NPO", "", "株", "有", "同", "社団法人", "(相)", "(大)", "地縁団体", "社会医療法人",
        "特定非営利活動法人 サービスグラント"})
    void rejectsUnknownFormsQuotingThem(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LegalForm.parse(text))
          .withMessageContaining("\"" + text + "\"");
      assertThat(LegalForm.find(text)).isEmpty();
    }
  }

  @Test
  void japaneseAndEnglishNamesFollowTheDomainNotes() {
    assertThat(SPECIFIED_NONPROFIT_CORPORATION.getJapaneseName()).isEqualTo("特定非営利活動法人");
    assertThat(GENERAL_INCORPORATED_ASSOCIATION.getJapaneseName()).isEqualTo("一般社団法人");
    assertThat(GENERAL_INCORPORATED_FOUNDATION.getJapaneseName()).isEqualTo("一般財団法人");
    assertThat(PUBLIC_INTEREST_INCORPORATED_ASSOCIATION.getJapaneseName()).isEqualTo("公益社団法人");
    assertThat(PUBLIC_INTEREST_INCORPORATED_FOUNDATION.getJapaneseName()).isEqualTo("公益財団法人");
    assertThat(SOCIAL_WELFARE_CORPORATION.getJapaneseName()).isEqualTo("社会福祉法人");
    assertThat(SOCIAL_WELFARE_CORPORATION.getEnglishName()).isEqualTo("Social Welfare Corporation");
    assertThat(SOCIAL_WELFARE_CORPORATION.getDisplayName(Locale.JAPANESE)).isEqualTo("社会福祉法人");
    assertThat(SOCIAL_WELFARE_CORPORATION.getDisplayName(Locale.ENGLISH)).isEqualTo("Social Welfare Corporation");
  }

  @Property
  void parseReadsBackEveryNameAndShortFormItAdvertises(@ForAll LegalForm form) {
    assertThat(LegalForm.parse(form.getJapaneseName())).isEqualTo(form);
    assertThat(LegalForm.parse(form.getEnglishName())).isEqualTo(form);
    assertThat(LegalForm.parse(form.getEnglishName().toLowerCase(Locale.ROOT))).isEqualTo(form);
    assertThat(LegalForm.parse(form.name())).isEqualTo(form);
    if (!WITHOUT_A_SOURCED_SHORT_FORM.contains(form)) {
      assertThat(form.getShortForms()).isNotEmpty();
    }
    assertThat(form.getShortForms()).allSatisfy(s -> assertThat(LegalForm.parse(s)).isEqualTo(form));
  }

  /** The forms for which no source gave a short form that names them alone; each is in the Javadoc table. */
  private static final Set<LegalForm> WITHOUT_A_SOURCED_SHORT_FORM = EnumSet.of(LegalForm.BUSINESS_COOPERATIVE,
      LegalForm.ENTERPRISE_COOPERATIVE, LegalForm.AUTHORIZED_NEIGHBORHOOD_ASSOCIATION,
      LegalForm.NATIONAL_UNIVERSITY_CORPORATION, LegalForm.OFFENDER_REHABILITATION_CORPORATION);

  @Test
  void theFormsWithoutAShortFormAreExactlyThoseListed() {
    for (LegalForm form : LegalForm.values()) {
      assertThat(form.getShortForms().isEmpty()).as(form.name())
          .isEqualTo(WITHOUT_A_SOURCED_SHORT_FORM.contains(form));
    }
  }

  @Test
  void kindCodesAreThoseTheDomainNotesState() {
    assertThat(LegalForm.STOCK_COMPANY.getKindCode()).contains("301");
    assertThat(LegalForm.LIMITED_COMPANY.getKindCode()).contains("302");
    assertThat(LegalForm.GENERAL_PARTNERSHIP_COMPANY.getKindCode()).contains("303");
    assertThat(LegalForm.LIMITED_PARTNERSHIP_COMPANY.getKindCode()).contains("304");
    assertThat(LegalForm.LIMITED_LIABILITY_COMPANY.getKindCode()).contains("305");
    for (LegalForm form : EnumSet.of(SPECIFIED_NONPROFIT_CORPORATION, GENERAL_INCORPORATED_ASSOCIATION,
        GENERAL_INCORPORATED_FOUNDATION, PUBLIC_INTEREST_INCORPORATED_ASSOCIATION,
        PUBLIC_INTEREST_INCORPORATED_FOUNDATION, SOCIAL_WELFARE_CORPORATION)) {
      assertThat(form.getKindCode()).as(form.name()).contains("399");
    }
    // No source at hand states these; none is guessed.
    assertThat(LegalForm.AUTHORIZED_NEIGHBORHOOD_ASSOCIATION.getKindCode()).isEmpty();
    assertThat(LegalForm.UNINCORPORATED.getKindCode()).isEmpty();
    assertThat(LegalForm.SCHOOL_CORPORATION.getKindCode()).isEmpty();
  }

  @Test
  void onlyTheUnincorporatedGroupLacksLegalPersonality() {
    for (LegalForm form : LegalForm.values()) {
      assertThat(form.isIncorporated()).as(form.name()).isEqualTo(form != LegalForm.UNINCORPORATED);
    }
    assertThat(LegalForm.UNINCORPORATED.getJapaneseName()).isEqualTo("任意団体");
    assertThat(LegalForm.UNINCORPORATED.getShortForms()).contains("法人格なし");
  }

  @Test
  void noOneCharacterShortFormStandsUnbracketed() {
    for (LegalForm form : LegalForm.values()) {
      assertThat(form.getShortForms()).as(form.name()).allSatisfy(s -> assertThat(s.length()).isGreaterThan(1));
    }
  }
}
