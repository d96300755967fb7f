package io.github.tsunagari.organization;

import static io.github.tsunagari.organization.LegalForm.GENERAL_INCORPORATED_ASSOCIATION;
import static io.github.tsunagari.organization.LegalForm.GENERAL_INCORPORATED_FOUNDATION;
import static io.github.tsunagari.organization.LegalForm.PUBLIC_INTEREST_INCORPORATED_ASSOCIATION;
import static io.github.tsunagari.organization.LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION;
import static io.github.tsunagari.organization.LegalForm.SOCIAL_WELFARE_CORPORATION;
import static io.github.tsunagari.organization.LegalForm.SPECIFIED_NONPROFIT_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
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
    @ValueSource(strings = {"株式会社", "NPO", "", "合同会社", "社団法人", "(株)", "特定非営利活動法人 サービスグラント"})
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
    assertThat(form.getShortForms()).isNotEmpty().allSatisfy(s -> assertThat(LegalForm.parse(s)).isEqualTo(form));
  }
}
