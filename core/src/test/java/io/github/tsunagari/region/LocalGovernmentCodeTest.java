package io.github.tsunagari.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

  @Nested
  class ExamplesFromTheDomainNotes {
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "032034, 大船渡市, IWATE",
        "032107, 陸前高田市, IWATE",
        "042056, 気仙沼市, MIYAGI",
        "272051, 吹田市, OSAKA",
        "012076, 帯広市, HOKKAIDO",
    })
    void municipalityCodesAreValidAndBelongToTheirPrefecture(String code, String name, Prefecture prefecture) {
      LocalGovernmentCode lgc = LocalGovernmentCode.of(code);

      assertThat(lgc.toString()).isEqualTo(code);
      assertThat(LocalGovernmentCode.isValid(code)).isTrue();
      assertThat(lgc.getPrefecture()).isEqualTo(prefecture);
      assertThat(lgc.isPrefecture()).isFalse();
      assertThat(lgc.getJisCode()).isEqualTo(code.substring(0, 5));
      assertThat(lgc.getCheckDigit()).isEqualTo(code.charAt(5) - '0');
      assertThat(LocalGovernmentCode.checkDigit(code.substring(0, 5))).isEqualTo(code.charAt(5) - '0');
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"130001, TOKYO", "270008, OSAKA", "010006, HOKKAIDO"})
    void prefectureCodesAreValidAndArePrefectures(String code, Prefecture prefecture) {
      LocalGovernmentCode lgc = LocalGovernmentCode.of(code);

      assertThat(lgc.isPrefecture()).isTrue();
      assertThat(lgc.getPrefecture()).isEqualTo(prefecture);
      assertThat(lgc).isEqualTo(prefecture.getLocalGovernmentCode());
    }

    @Test
    void fromJisCodeAddsTheCheckDigit() {
      assertThat(LocalGovernmentCode.fromJisCode("03203")).isEqualTo(LocalGovernmentCode.of("032034"));
      assertThat(LocalGovernmentCode.fromJisCode("13000").toString()).isEqualTo("130001");
    }

    @Test
    void checkDigitIsOneWhereTheSumIsAMultipleOf11AndZeroWhereItLeavesOne() {
      // (11 − 0) mod 10 = 1 and (11 − 1) mod 10 = 0: the "mod 10" matters at both ends.
      // 01009: 0×6 + 1×5 + 0×4 + 0×3 + 9×2 = 23 ≡ 1 (mod 11) → 0
      assertThat(LocalGovernmentCode.checkDigit("01009")).isZero();
      // 01003: 5 + 6 = 11 ≡ 0 (mod 11) → 1
      assertThat(LocalGovernmentCode.checkDigit("01003")).isEqualTo(1);
    }
  }

  @Nested
  class Rejects {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "032035", // wrong check digit (032034)
        "130000", // wrong check digit (130001)
        "03203", "3203", // 5 and 4 digits
        "0320341", // 7 digits
        "03203A", "O32034", // letters
        "000001", "001236", // prefecture part 00, each with the right check digit
        "480002", "481238", "999997", // prefecture part 48 and beyond (each with the right check digit)
        "03203４", // a full-width digit: of() takes ASCII only
        " 032034", "", // white space and empty text
    })
    void invalidTextNamingTheValue(String code) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalGovernmentCode.of(code))
          .withMessageContaining("\"" + code + "\"");
      assertThat(LocalGovernmentCode.isValid(code)).isFalse();
    }

    @Test
    void wrongCheckDigitSaysWhichIsExpected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalGovernmentCode.of("032035"))
          .withMessageContaining("check digit")
          .withMessageContaining("expected 4");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"00000", "48000", "99123"})
    void jisCodesOutsideThePrefectures(String jis) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalGovernmentCode.fromJisCode(jis))
          .withMessageContaining("\"" + jis + "\"");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0320", "032034", "0320A", ""})
    void jisCodesThatAreNotFiveDigits(String jis) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalGovernmentCode.fromJisCode(jis))
          .withMessageContaining("\"" + jis + "\"");
      assertThatIllegalArgumentException().isThrownBy(() -> LocalGovernmentCode.checkDigit(jis));
    }

    @Test
    void nullWithNullPointerExceptionButIsValidSaysFalse() {
      assertThatNullPointerException().isThrownBy(() -> LocalGovernmentCode.of(null));
      assertThatNullPointerException().isThrownBy(() -> LocalGovernmentCode.parse(null));
      assertThatNullPointerException().isThrownBy(() -> LocalGovernmentCode.fromJisCode(null));
      assertThat(LocalGovernmentCode.isValid(null)).isFalse();
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"032034", "03203", "０３２０３４", "０３２０３", " 032034 ", "\u300003203\u3000"})
    void readsFiveAndSixDigitsInFullOrHalfWidth(String text) {
      assertThat(LocalGovernmentCode.parse(text)).isEqualTo(LocalGovernmentCode.of("032034"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"032035", "0320", "0320341", "48000", "032-034", "", "大船渡市"})
    void rejectsWhatIsNotACodeQuotingIt(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalGovernmentCode.parse(text))
          .withMessageContaining("\"" + text + "\"");
    }
  }

  // ---- properties -------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> jisCodes() {
    return Combinators.combine(Arbitraries.integers().between(1, 47), Arbitraries.integers().between(0, 999))
        .as((pref, rest) -> String.format("%02d%03d", pref, rest));
  }

  @Provide
  Arbitrary<LocalGovernmentCode> codes() {
    return jisCodes().map(LocalGovernmentCode::fromJisCode);
  }

  @Property
  void fromJisCodeGivesACodeThatOfAcceptsAndIsValidAgrees(@ForAll("jisCodes") String jis) {
    LocalGovernmentCode code = LocalGovernmentCode.fromJisCode(jis);

    assertThat(code.getJisCode()).isEqualTo(jis);
    assertThat(LocalGovernmentCode.of(code.toString())).isEqualTo(code);
    assertThat(LocalGovernmentCode.isValid(code.toString())).isTrue();
    assertThat(LocalGovernmentCode.parse(jis)).isEqualTo(code);
    assertThat(LocalGovernmentCode.parse(code.toString())).isEqualTo(code);
    assertThat(code.getPrefecture().getCode()).isEqualTo(jis.substring(0, 2));
    assertThat(code.isPrefecture()).isEqualTo(jis.endsWith("000"));
  }

  @Property
  void checkDigitMatchesTheFormulaOfTheDomainNotes(@ForAll("jisCodes") String jis) {
    int s = 0;
    int[] weights = {6, 5, 4, 3, 2};
    for (int i = 0; i < 5; i++) {
      s += (jis.charAt(i) - '0') * weights[i];
    }
    assertThat(LocalGovernmentCode.checkDigit(jis)).isEqualTo((11 - s % 11) % 10);
  }

  @Property
  void anyOtherCheckDigitIsInvalid(@ForAll("jisCodes") String jis, @ForAll @IntRange(min = 0, max = 9) int digit) {
    int correct = LocalGovernmentCode.checkDigit(jis);
    String code = jis + digit;

    assertThat(LocalGovernmentCode.isValid(code)).isEqualTo(digit == correct);
    if (digit != correct) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalGovernmentCode.of(code))
          .withMessageContaining("\"" + code + "\"");
    }
  }

  @Property
  void isValidAgreesWithOfForAnySixDigits(@ForAll @IntRange(min = 0, max = 999_999) int n) {
    String code = String.format("%06d", n);
    boolean accepted;
    try {
      LocalGovernmentCode.of(code);
      accepted = true;
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertThat(LocalGovernmentCode.isValid(code)).isEqualTo(accepted);
  }

  @Property
  void equalsHashCodeAndCompareToAgree(@ForAll("codes") LocalGovernmentCode a, @ForAll("codes") LocalGovernmentCode b) {
    assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
    assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
  }

  @Property
  void equalCodesBuiltSeparatelyAreEqual(@ForAll("jisCodes") String jis) {
    LocalGovernmentCode a = LocalGovernmentCode.fromJisCode(jis);
    LocalGovernmentCode b = LocalGovernmentCode.of(a.toString());

    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.compareTo(b)).isZero();
    assertThat(a).isNotEqualTo(a.toString());
  }
  @Test
  void aLocalGovernmentsCorporateNumberGivesBackItsCode() {
    for (LocalGovernment g : LocalGovernment.all()) {
      g.getCorporateNumber().ifPresent(n -> org.assertj.core.api.Assertions.assertThat(
          LocalGovernmentCode.fromCorporateNumber(n)).as(g.toString()).contains(g.getCode()));
    }
    // 国税庁's (7000012050002) is no local government's; nor is one of 000020 and no valid code.
    org.assertj.core.api.Assertions.assertThat(LocalGovernmentCode.fromCorporateNumber(
        io.github.tsunagari.organization.CorporateNumber.of("7000012050002"))).isEmpty();
    String base = LocalGovernmentCode.CORPORATE_NUMBER_BASE + "130002";
    org.assertj.core.api.Assertions.assertThat(LocalGovernmentCode.fromCorporateNumber(
        io.github.tsunagari.organization.CorporateNumber.of(
            io.github.tsunagari.organization.CorporateNumber.checkDigit(base) + base))).isEmpty();
  }
}
