package io.github.tsunagari.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YenUnitTest {

  @ParameterizedTest(name = "{0}: {1}, {2}")
  @CsvSource(delimiter = '|', value = {
      "金額(千円) | THOUSAND_YEN | 金額",                          // a column header
      "交付決定額（千円） | THOUSAND_YEN | 交付決定額",
      "金額（円） | YEN | 金額",
      "(単位:千円) | THOUSAND_YEN | ''",                          // a table note
      "（単位：百万円） | MILLION_YEN | ''",
      "(単位:百万円) | MILLION_YEN | ''",
      "単位：円 | YEN | ''",
      "単位:万円 | TEN_THOUSAND_YEN | ''",
      "（単位 : 億円） | HUNDRED_MILLION_YEN | ''",
      "( 単位 千円 ) | THOUSAND_YEN | ''",
      "(単位千円) | THOUSAND_YEN | ''",
      "【単位：千円】 | THOUSAND_YEN | ''",
      "〔単位：千円〕 | THOUSAND_YEN | ''",
      "［千円］ | THOUSAND_YEN | ''",
      "表1 交付決定額一覧（単位：千円） | THOUSAND_YEN | 表1 交付決定額一覧",  // a caption
      "予算額 単位：百万円 | MILLION_YEN | 予算額",
      "金額(千円)(税込) | THOUSAND_YEN | 金額(税込)",
      "(単位:千円) 金額(円) | THOUSAND_YEN | 金額(円)",             // the first statement
      "'　金額（千円）　' | THOUSAND_YEN | 金額",                   // ideographic spaces
  })
  void findsTheUnitAHeaderOrANoteStates(String text, YenUnit unit, String rest) {
    assertThat(YenUnit.find(text)).contains(unit);
    assertThat(YenUnit.stripFrom(text)).isEqualTo(rest);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "金額 | 金額",
      "支出先の合計支出額 | 支出先の合計支出額",
      "' 金額 ' | 金額",
      "'' | ''",
      "(単位:千円、人) | (単位:千円、人)",       // units of other things too: no unit of amounts here
      "(千万円) | (千万円)",
      "(税込) | (税込)",
      "千円 | 千円",                             // a unit word alone is no statement
      "金額 千円 | 金額 千円",
      "単位数 | 単位数",
      "単位：千円以上 | 単位：千円以上",
      "(単位:ドル) | (単位:ドル)",
      "(単位:千円】 | (単位:千円】",             // brackets that do not pair
      "(単位:千円 | (単位:千円",
  })
  void findsNoUnitWhereNoneIsStated(String text, String rest) {
    assertThat(YenUnit.find(text)).isEmpty();
    assertThat(YenUnit.stripFrom(text)).isEqualTo(rest);
  }

  @Test
  void aHeaderUnitReadsTheCellsBelowIt() {
    YenUnit unit = YenUnit.find("金額(千円)").orElseThrow();
    assertThat(Yen.parse("1,500", unit)).isEqualTo(Yen.of(1_500_000));
    assertThat(Yen.parse("176", YenUnit.find("（単位：百万円）").orElseThrow())).isEqualTo(Yen.parse("176百万円"));
    assertThat(Yen.parse("1781931", YenUnit.find("単位：円").orElseThrow())).isEqualTo(Yen.of(1_781_931));
  }

  @Test
  void namesItsUnitsInBothLanguages() {
    assertThat(YenUnit.THOUSAND_YEN.getJapaneseName()).isEqualTo("千円");
    assertThat(YenUnit.MILLION_YEN.getDisplayName(Locale.JAPANESE)).isEqualTo("百万円");
    assertThat(YenUnit.MILLION_YEN.getDisplayName(Locale.ENGLISH)).isEqualTo("million yen");
    assertThat(YenUnit.YEN.getYen()).isEqualTo(1);
    assertThat(YenUnit.THOUSAND_YEN.getYen()).isEqualTo(1_000);
    assertThat(YenUnit.TEN_THOUSAND_YEN.getYen()).isEqualTo(10_000);
    assertThat(YenUnit.MILLION_YEN.getYen()).isEqualTo(1_000_000);
    assertThat(YenUnit.HUNDRED_MILLION_YEN.getYen()).isEqualTo(100_000_000);
  }

  @Test
  void takesNoNullAndReadsLongTextInOnePass() {
    assertThatThrownBy(() -> YenUnit.find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> YenUnit.stripFrom(null)).isInstanceOf(NullPointerException.class);
    // Texts on which a search that starts again at each bracket would be quadratic: answered at once.
    String spaces = " ".repeat(500_000);
    assertThat(YenUnit.find("(".repeat(500_000) + "千円")).isEmpty();
    assertThat(YenUnit.find("(単位" + spaces + ":" + spaces + "千円" + spaces)).isEmpty();
    assertThat(YenUnit.find("(単位".repeat(200_000) + "千円)")).contains(YenUnit.THOUSAND_YEN);
  }

  @Property
  void findsEveryUnitInEverySpellingAndLeavesTheLabel(@ForAll("labels") String label, @ForAll YenUnit unit,
      @ForAll("spellings") String spelling) {
    String header = label + spelling.replace("U", unit.getJapaneseName());
    assertThat(YenUnit.find(header)).contains(unit);
    assertThat(YenUnit.stripFrom(header)).isEqualTo(label.strip());
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.oneOf(Arbitraries.of("", "金額", "交付決定額", "支出先の合計支出額 "),
        Arbitraries.strings().withCharRange('あ', 'ん').ofMaxLength(8));
  }

  @Provide
  Arbitrary<String> spellings() {
    return Arbitraries.of("(U)", "（U）", "(単位:U)", "（単位：U）", "(単位 U)", "【単位：U】", "〔U〕", "[U]", " 単位:U",
        "　単位：U");
  }
}
