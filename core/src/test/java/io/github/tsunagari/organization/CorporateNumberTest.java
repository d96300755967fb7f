package io.github.tsunagari.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tsunagari.region.Prefecture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {

  @Nested
  class ExamplesFromTheDomainNotes {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "7000012050002", // 国税庁
        "4000012090001", // 経済産業省
        "3000012010001", // 内閣官房
        "8000020130001", // 東京都
        "3000020141003", // 横浜市
        "5010001192707",
        "1180301018771",
    })
    void validNumbers(String digits) {
      CorporateNumber number = CorporateNumber.of(digits);

      assertThat(number.toString()).isEqualTo(digits);
      assertThat(CorporateNumber.isValid(digits)).isTrue();
      assertThat(number.getCheckDigit()).isEqualTo(digits.charAt(0) - '0');
      assertThat(number.getBaseNumber()).isEqualTo(digits.substring(1));
      assertThat(CorporateNumber.checkDigit(digits.substring(1))).isEqualTo(digits.charAt(0) - '0');
    }

    @Test
    void invalidNumberIsRefusedWithTheExpectedCheckDigit() {
      assertThat(CorporateNumber.isValid("2835678256246")).isFalse();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CorporateNumber.of("2835678256246"))
          .withMessageContaining("\"2835678256246\"")
          .withMessageContaining("check digit");
    }

    @Test
    void aLocalGovernmentsNumberIsCheckDigitThen000020ThenItsLocalGovernmentCode() {
      String base = "000020" + Prefecture.TOKYO.getLocalGovernmentCode();

      assertThat(base).isEqualTo("000020130001");
      assertThat(CorporateNumber.checkDigit(base)).isEqualTo(8);
      assertThat(CorporateNumber.of("8" + base).toString()).isEqualTo("8000020130001");
    }
  }

  @Nested
  class Rejects {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "700001205000", // 12 digits
        "70000120500020", // 14 digits
        "700001205000A", "A000012050002", // letters
        "7000 12050002", "7000-12050002", // space, hyphen inside
        "７００００１２０５０００２", // full-width: of() takes ASCII only; parse() reads it
        " 7000012050002", "",
        "0000012050002", // a leading 0 is never a check digit
    })
    void whatIsNot13DigitsWithACorrectCheckDigitNamingTheValue(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CorporateNumber.of(text))
          .withMessageContaining("\"" + text + "\"");
      assertThat(CorporateNumber.isValid(text)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"7000 012050002", "7000-012050002", "700001205000", "70000120500020", "JCN7000012050002"})
    void parseRefusesInternalSpacesHyphensAndWrongLengthsQuotingTheText(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CorporateNumber.parse(text))
          .withMessageContaining("\"" + text + "\"");
    }

    @Test
    void parseRefusesTheIdentifierPrefixWithoutANumber() {
      assertThatIllegalArgumentException().isThrownBy(() -> CorporateNumber.parse("JP-JCN-"));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CorporateNumber.parse("JP-JCN-700001205000"))
          .withMessageContaining("700001205000");
    }

    @Test
    void nullWithNullPointerExceptionButIsValidSaysFalse() {
      assertThatNullPointerException().isThrownBy(() -> CorporateNumber.of(null));
      assertThatNullPointerException().isThrownBy(() -> CorporateNumber.parse(null));
      assertThatNullPointerException().isThrownBy(() -> CorporateNumber.fromIdentifier(null));
      assertThat(CorporateNumber.isValid(null)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"70000120500", "7000012050002", "00001205000A", ""})
    void checkDigitOfAnythingButTwelveDigits(String base) {
      assertThatIllegalArgumentException().isThrownBy(() -> CorporateNumber.checkDigit(base));
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "7000012050002", "７００００１２０５０００２", " 7000012050002 ", "\u30007000012050002\u3000",
        "JP-JCN-7000012050002", " JP-JCN-7000012050002 ",
    })
    void readsDigitsInFullOrHalfWidthWithSurroundingSpacesAndTheIdentifierForm(String text) {
      assertThat(CorporateNumber.parse(text)).isEqualTo(CorporateNumber.of("7000012050002"));
    }
  }

  @Nested
  class Identifier {
    @Test
    void isJpJcnAndThe13Digits() {
      assertThat(CorporateNumber.of("7000012050002").toIdentifier()).isEqualTo("JP-JCN-7000012050002");
      assertThat(CorporateNumber.IDENTIFIER_PREFIX).isEqualTo("JP-JCN-");
    }

    @Test
    void fromIdentifierReadsItBack() {
      assertThat(CorporateNumber.fromIdentifier("JP-JCN-7000012050002"))
          .isEqualTo(CorporateNumber.of("7000012050002"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"GB-COH-7000012050002", "JP-CN-7000012050002", "7000012050002", "jp-jcn-7000012050002", ""})
    void fromIdentifierRefusesOtherPrefixesQuotingTheText(String identifier) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CorporateNumber.fromIdentifier(identifier))
          .withMessageContaining("\"" + identifier + "\"");
    }

    @Test
    void fromIdentifierRefusesAnInvalidNumberAfterThePrefix() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CorporateNumber.fromIdentifier("JP-JCN-2835678256246"))
          .withMessageContaining("2835678256246");
    }
  }

  // ---- properties -------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.strings().numeric().ofLength(12);
  }

  @Provide
  Arbitrary<String> validNumbers() {
    return bases().map(base -> CorporateNumber.checkDigit(base) + base);
  }

  /** The rule of 法人番号の指定等に関する省令 第2条, written out independently of the class under test. */
  static int expectedCheckDigit(String base) {
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int p = base.charAt(base.length() - n) - '0';
      int q = n % 2 == 1 ? 1 : 2;
      sum += p * q;
    }
    return 9 - sum % 9;
  }

  /** Qn of the digit at {@code index} (0 = the check digit, 1…12 = base digits from the left). */
  static int weight(int index) {
    int n = 13 - index; // position counted from the rightmost base digit
    return n % 2 == 1 ? 1 : 2;
  }

  @Property
  void checkDigitIsOneToNineAndFollowsTheRule(@ForAll("bases") String base) {
    int check = CorporateNumber.checkDigit(base);

    assertThat(check).isBetween(1, 9).isEqualTo(expectedCheckDigit(base));
    String digits = check + base;
    assertThat(CorporateNumber.isValid(digits)).isTrue();
    assertThat(CorporateNumber.of(digits).getBaseNumber()).isEqualTo(base);
    assertThat(CorporateNumber.parse(CorporateNumber.of(digits).toIdentifier()).toString()).isEqualTo(digits);
    assertThat(CorporateNumber.fromIdentifier(CorporateNumber.of(digits).toIdentifier()).toString())
        .isEqualTo(digits);
  }

  @Property
  void anyOtherLeadingDigitIsInvalid(@ForAll("bases") String base, @ForAll @IntRange(min = 0, max = 9) int lead) {
    String digits = lead + base;

    assertThat(CorporateNumber.isValid(digits)).isEqualTo(lead == CorporateNumber.checkDigit(base));
  }

  /**
   * Changing base digit Pn by delta changes the sum by delta × Qn, so the check digit catches the change unless
   * delta × Qn ≡ 0 (mod 9). With Qn ∈ {1, 2} and |delta| ≤ 9, that is only delta = ±9: a 0↔9 substitution.
   */
  @Property
  void changingOneBaseDigitByADeltaWhoseWeightedChangeIsNotAMultipleOf9MakesTheNumberInvalid(
      @ForAll("validNumbers") String valid,
      @ForAll @IntRange(min = 1, max = 12) int index,
      @ForAll @IntRange(min = 0, max = 9) int newDigit) {
    int oldDigit = valid.charAt(index) - '0';
    int delta = newDigit - oldDigit;
    Assume.that(delta != 0 && (delta * weight(index)) % 9 != 0);
    String changed = valid.substring(0, index) + newDigit + valid.substring(index + 1);

    assertThat(CorporateNumber.isValid(changed)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> CorporateNumber.of(changed));
  }

  /** The documented limitation: 0 and 9 weigh the same modulo 9, so swapping one for the other goes unnoticed. */
  @Property
  void swappingA0ForA9OrBackAnywhereInTheBaseKeepsTheNumberValid(
      @ForAll("bases") String anyBase, @ForAll @IntRange(min = 1, max = 12) int index, @ForAll boolean fromNine) {
    char from = fromNine ? '9' : '0';
    char to = fromNine ? '0' : '9';
    String base = anyBase.substring(0, index - 1) + from + anyBase.substring(index);
    String valid = CorporateNumber.checkDigit(base) + base;
    String swapped = valid.substring(0, index) + to + valid.substring(index + 1);

    assertThat(CorporateNumber.isValid(valid)).isTrue();
    assertThat(CorporateNumber.isValid(swapped)).isTrue();
    assertThat(CorporateNumber.of(swapped)).isNotEqualTo(CorporateNumber.of(valid));
  }

  @Property
  void changingTheCheckDigitAlwaysMakesTheNumberInvalid(
      @ForAll("validNumbers") String valid, @ForAll @IntRange(min = 0, max = 9) int newCheck) {
    Assume.that(newCheck != valid.charAt(0) - '0');

    assertThat(CorporateNumber.isValid(newCheck + valid.substring(1))).isFalse();
  }

  @Property
  void isValidAgreesWithOf(@ForAll("bases") String base, @ForAll @IntRange(min = 0, max = 9) int lead) {
    String digits = lead + base;
    boolean accepted;
    try {
      CorporateNumber.of(digits);
      accepted = true;
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertThat(CorporateNumber.isValid(digits)).isEqualTo(accepted);
  }

  @Property
  void everyPrefecturesCorporateNumberIsValid(@ForAll Prefecture p) {
    String base = "000020" + p.getLocalGovernmentCode();
    CorporateNumber number = CorporateNumber.of(CorporateNumber.checkDigit(base) + base);

    assertThat(number.getBaseNumber()).endsWith(p.getLocalGovernmentCode().toString());
  }

  @Property
  void equalsHashCodeAndCompareToAgree(@ForAll("validNumbers") String a, @ForAll("validNumbers") String b) {
    CorporateNumber x = CorporateNumber.of(a);
    CorporateNumber y = CorporateNumber.of(b);

    assertThat(x.equals(y)).isEqualTo(a.equals(b)).isEqualTo(x.compareTo(y) == 0);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(x).isEqualTo(CorporateNumber.of(a)).hasSameHashCodeAs(CorporateNumber.of(a));
  }
}
