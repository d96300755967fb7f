package io.github.tsunagari.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YenTest {

  @ParameterizedTest(name = "{0} = {1} yen")
  @CsvSource(delimiter = '|', value = {
      "600万円 | 6000000",                  // the FY2025 call's ceiling
      "1億2,000万円 | 120000000",
      "1,781,931 | 1781931",                // gBizINFO's "amount"
      "750,000円(税込) | 750000",           // むすびえ's regrant per organisation
      "１，７８１，９３１円 | 1781931",
      "¥750,000 | 750000",
      "￥６００万 | 6000000",
      "金600万円 | 6000000",
      "1.76億円 | 176000000",               // the FY2026 budget request, ¥176 million
      "176,000千円 | 176000000",
      "12,000万円 | 120000000",
      "178万1,931円 | 1781931",
      "0円 | 0",
      "1兆円 | 1000000000000",
      "600 万 円 | 6000000",
      "9223372036854775807 | 9223372036854775807",
      "3千万円 | 30000000",
      "1億5千万円 | 150000000",
      "12万3千円 | 123000",
      "1万5千円 | 15000",
      "1万5千300円 | 15300",
      "5千円 | 5000",
      "1.5千円 | 1500",
      "1億 2,000万 円 | 120000000",        // spaces between parts
      "750,000円 (税込) | 750000",
      "176百万円 | 176000000",              // the FY2026 budget request as budget texts write it
      "176 百万 円 | 176000000",
      "3百万円 | 3000000",
      "1,500百万円 | 1500000000",
      "1.5百万円 | 1500000",                // exact in yen
      "1.234567百万円 | 1234567",
      "1,500千円 | 1500000",                // 金額(千円) written into the cell
      "1,500 千円 | 1500000",
      "￥1,781,931- | 1781931",             // a receipt: the dash closes the digits, no sen follow
      "¥1,781,931- | 1781931",
      "¥1,781,931− | 1781931",              // U+2212 minus sign
      "¥1,781,931― | 1781931",              // U+2015 horizontal bar
      "￥１，７８１，９３１－ | 1781931",     // full-width throughout
      "¥1,781,931 - | 1781931",
      "\\1,781,931- | 1781931",             // a yen sign as Shift_JIS fonts draw the backslash
      "¥600万- | 6000000",
      "¥750,000-(税込) | 750000",
  })
  void readsTheFormsJapaneseDocumentsUse(String text, long yen) {
    assertThat(Yen.parse(text).getAmount()).isEqualTo(yen);
  }

  @Test
  void keepsWhatTheTextSaysOfTax() {
    assertThat(Yen.parse("750,000円(税込)").getTax()).contains(Yen.Tax.INCLUDED);
    assertThat(Yen.parse("750,000円（税込み）").getTax()).contains(Yen.Tax.INCLUDED);
    assertThat(Yen.parse("税込750,000円").getTax()).contains(Yen.Tax.INCLUDED);
    assertThat(Yen.parse("60万円(税抜)").getTax()).contains(Yen.Tax.EXCLUDED);
    assertThat(Yen.parse("60万円税別").getTax()).contains(Yen.Tax.EXCLUDED);
    assertThat(Yen.parse("600万円").getTax()).isEmpty();
    assertThat(Yen.parse("750,000円(税込)")).isNotEqualTo(Yen.of(750_000))
        .isEqualByComparingTo(Yen.of(750_000)).isEqualTo(Yen.of(750_000, Yen.Tax.INCLUDED));
  }

  @Test
  void formatsInJapaneseAndPlainly() {
    assertThat(Yen.of(6_000_000).format()).isEqualTo("600万円");
    assertThat(Yen.of(120_000_000).format()).isEqualTo("1億2,000万円");
    assertThat(Yen.of(1_781_931).format()).isEqualTo("178万1,931円");
    assertThat(Yen.of(750_000, Yen.Tax.INCLUDED).format()).isEqualTo("75万円(税込)");
    assertThat(Yen.of(176_000_000).toString()).isEqualTo("1億7,600万円");
    assertThat(Yen.ZERO.format()).isEqualTo("0円");
    assertThat(Yen.of(999).format()).isEqualTo("999円");
    assertThat(Yen.MAX.format()).isEqualTo("922京3,372兆368億5,477万5,807円");
    assertThat(Yen.of(6_000_000).toPlainString()).isEqualTo("6000000");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "'' | BLANK",
      "'  ' | BLANK",
      "-5 | NEGATIVE_AMOUNT",
      "△500万円 | NEGATIVE_AMOUNT",
      "1.23456万円 | FRACTION_OF_YEN",
      "0.5 | FRACTION_OF_YEN",
      "六百万円 | MALFORMED",
      "600万円也 | MALFORMED",
      "1,00 | MALFORMED",
      "1000,000 | MALFORMED",
      "1億12,000万円 | MALFORMED",
      "1万1億円 | MALFORMED",
      "円 | MALFORMED",
      "9223372036854775808 | OUT_OF_RANGE",
      "1.5億2,000万円 | MALFORMED",         // 1.5億 already says what is below 億
      "1.5万1 | MALFORMED",
      "1 2 | MALFORMED",                    // no space inside a number
      "6 0 0万円 | MALFORMED",
      "5千3百円 | MALFORMED",
      "1万12,000千円 | MALFORMED",
      "円(税込) | MALFORMED",
      "750,000円(税込 | MALFORMED",
      "1000京円 | OUT_OF_RANGE",
      "1.2345678百万円 | FRACTION_OF_YEN",   // 1,234,567.8 yen
      "0.0000001百万円 | FRACTION_OF_YEN",
      "10000000000000百万円 | OUT_OF_RANGE",
      "1億5百万円 | MALFORMED",             // 百万 is the unit of a whole amount: 105百万円, or 1億500万円
      "百万円 | MALFORMED",
      "176百万5,000円 | MALFORMED",
      "1.5百万 2 | MALFORMED",
      "1,781,931円- | MALFORMED",           // after 円 a dash may stand for 〜, "from" (1,000円-): no amount
      "1,781,931- | MALFORMED",             // no yen sign: a dash may start a range
      "¥1,781,931円- | MALFORMED",
      "¥1,781,931-- | MALFORMED",
      "金1,781,931- | MALFORMED",
      "-¥1,781,931 | NEGATIVE_AMOUNT",      // a sign before the yen sign too
      "¥-1,781,931 | NEGATIVE_AMOUNT",
      "▲176百万円 | NEGATIVE_AMOUNT",
      "△1,500千円 | NEGATIVE_AMOUNT",
      "−1,500千円 | NEGATIVE_AMOUNT",
  })
  void refusesWhatIsNoAmountWithItsReason(String text, Reason reason) {
    assertThatThrownBy(() -> Yen.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(reason));
  }

  @ParameterizedTest(name = "{0} in {1} = {2} yen")
  @CsvSource(delimiter = '|', value = {
      "1,500 | THOUSAND_YEN | 1500000",                  // 金額(千円)
      "１，５００ | THOUSAND_YEN | 1500000",
      "176 | MILLION_YEN | 176000000",                   // (単位:百万円)
      "1.5 | MILLION_YEN | 1500000",
      "1.76 | HUNDRED_MILLION_YEN | 176000000",
      "600 | TEN_THOUSAND_YEN | 6000000",
      "1,781,931 | YEN | 1781931",                       // 単位:円, gBizINFO's amount
      "1781931 | YEN | 1781931",
      "0 | MILLION_YEN | 0",
      "1,500(税込) | THOUSAND_YEN | 1500000",             // a tax statement states no unit
      "9223372036854775 | THOUSAND_YEN | 9223372036854775000",
      "1,500千円 | THOUSAND_YEN | 1500000",              // the cell states its unit: never multiplied twice
      "176百万円 | MILLION_YEN | 176000000",
      "600万円 | THOUSAND_YEN | 6000000",
      "600万 | THOUSAND_YEN | 6000000",
      "500円 | THOUSAND_YEN | 500",                      // read as written: the cell's words are the nearer statement
      "¥1,781,931- | THOUSAND_YEN | 1781931",
      "¥1,500 | THOUSAND_YEN | 1500",
      "金600万円 | MILLION_YEN | 6000000",
      "1億7,600万円 | MILLION_YEN | 176000000",
  })
  void readsABareNumberInTheUnitItsTableStates(String text, YenUnit unit, long yen) {
    assertThat(Yen.parse(text, unit).getAmount()).isEqualTo(yen);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "0.0005 | THOUSAND_YEN | FRACTION_OF_YEN",         // half a yen
      "1.2345678 | MILLION_YEN | FRACTION_OF_YEN",
      "9223372036854776 | THOUSAND_YEN | OUT_OF_RANGE",   // 9,223,372,036,854,776,000 yen
      "9223372036855 | MILLION_YEN | OUT_OF_RANGE",
      "92233720369 | HUNDRED_MILLION_YEN | OUT_OF_RANGE",
      "-1,500 | THOUSAND_YEN | NEGATIVE_AMOUNT",
      "△1,500 | THOUSAND_YEN | NEGATIVE_AMOUNT",
      "'' | MILLION_YEN | BLANK",
      "1,500- | THOUSAND_YEN | MALFORMED",
      "千円 | THOUSAND_YEN | MALFORMED",
  })
  void refusesWhatIsNoAmountInAUnitWithItsReason(String text, YenUnit unit, Reason reason) {
    assertThatThrownBy(() -> Yen.parse(text, unit)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(reason));
  }

  @Test
  void aUnitKeepsWhatTheTextSaysOfTaxAndTakesNoNull() {
    assertThat(Yen.parse("1,500(税込)", YenUnit.THOUSAND_YEN)).isEqualTo(Yen.of(1_500_000, Yen.Tax.INCLUDED));
    assertThat(Yen.parse("¥750,000-(税込)")).isEqualTo(Yen.of(750_000, Yen.Tax.INCLUDED));
    assertThatThrownBy(() -> Yen.parse("1,500", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Yen.parse(null, YenUnit.YEN)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anOverflowOnceMultipliedSaysSoInBothLanguages() {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> Yen.parse("9223372036855", YenUnit.MILLION_YEN));
    assertThat(e.getDetails()).containsExactly(0, Long.MAX_VALUE);
    assertThat(e.getMessage(Locale.JAPANESE)).contains("金額").doesNotContainPattern("[a-zA-Z]{3,}");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("9223372036854775807");
  }

  @Test
  void longTextIsRefusedAtOnceWhateverItHolds() {
    // The reader allows texts of 100 000 characters; an amount is refused before any arithmetic on them (the parser
    // looks at no more than the 65 characters that any amount fits in).
    for (String text : new String[] {"9".repeat(1_000_000), "1" + ",000".repeat(250_000) + "万", "金".repeat(100_000)}) {
      assertThatThrownBy(() -> Yen.parse(text)).isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> Yen.parse("9".repeat(100))).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(Reason.OUT_OF_RANGE));
    assertThatThrownBy(() -> Yen.parse("9".repeat(1_000_000), YenUnit.MILLION_YEN))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.OUT_OF_RANGE));
    assertThatThrownBy(() -> Yen.parse("¥" + "1".repeat(100_000) + "-")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aReasonInJapaneseIsJapanese() {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> Yen.parse("-5"));
    assertThat(e.getMessage(Locale.JAPANESE)).contains("金額").contains("負").doesNotContainPattern("[a-zA-Z]{3,}");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("never negative");
  }

  @Test
  void arithmeticIsExactAndNeverNegative() {
    assertThat(Yen.of(6_000_000).plus(Yen.of(1))).isEqualTo(Yen.of(6_000_001));
    assertThat(Yen.of(750_000).times(5)).isEqualTo(Yen.of(3_750_000));
    assertThatThrownBy(() -> Yen.of(1).minus(Yen.of(2))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Yen.MAX.plus(Yen.of(1))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Yen.MAX.times(2)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Yen.of(-1)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(Reason.NEGATIVE_AMOUNT));
    assertThat(Yen.of(750_000, Yen.Tax.INCLUDED).plus(Yen.of(750_000, Yen.Tax.INCLUDED)).getTax())
        .contains(Yen.Tax.INCLUDED);
    assertThat(Yen.of(750_000, Yen.Tax.INCLUDED).plus(Yen.of(1)).getTax()).isEmpty();
  }

  @Property
  void readsBackItsJapaneseForm(@ForAll("amounts") Yen yen) {
    assertThat(Yen.parse(yen.format())).isEqualTo(yen);
  }

  @Property
  void readsBackItsPlainForm(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long amount) {
    Yen yen = Yen.of(amount);
    assertThat(Yen.parse(yen.toPlainString())).isEqualTo(yen);
    assertThat(Yen.parse(yen.format())).isEqualTo(yen);
  }

  @Property
  void readsAnyMultipleOfAUnitWrittenInThatUnit(@ForAll YenUnit unit,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long any) {
    long amount = any - any % unit.getYen();
    long count = amount / unit.getYen();
    assertThat(Yen.parse(grouped(count), unit)).isEqualTo(Yen.of(amount));
    assertThat(Yen.parse(Long.toString(count), unit)).isEqualTo(Yen.of(amount));
  }

  @Property
  void readsAnAmountThatStatesItsUnitAsItSaysInAnyColumn(@ForAll YenUnit written, @ForAll YenUnit column,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long any) {
    long amount = any - any % written.getYen();
    String text = grouped(amount / written.getYen()) + written.getJapaneseName(); // 1,500千円, 176百万円, 0億円
    assertThat(Yen.parse(text)).isEqualTo(Yen.of(amount));
    assertThat(Yen.parse(text, column)).isEqualTo(Yen.of(amount));
    assertThat(Yen.parse("¥" + grouped(amount) + "-", column)).isEqualTo(Yen.of(amount));
  }

  @Property
  void readsBackItsJapaneseFormInAnyColumn(@ForAll("amounts") Yen yen, @ForAll YenUnit column) {
    assertThat(Yen.parse(yen.format(), column)).isEqualTo(yen);
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @Property
  void sumsAreExact(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
    BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
    if (exact.bitLength() < 64) {
      assertThat(Yen.of(a).plus(Yen.of(b)).getAmount()).isEqualTo(exact.longValueExact());
    } else {
      assertThatThrownBy(() -> Yen.of(a).plus(Yen.of(b))).isInstanceOf(InvalidValueException.class);
    }
  }

  @Provide
  Arbitrary<Yen> amounts() {
    Arbitrary<Long> any = Arbitraries.longs().between(0, Long.MAX_VALUE);
    Arbitrary<Long> round = Arbitraries.longs().between(0, 100_000).map(n -> n * 10_000); // 10万円 … 10億円 and so on
    return Arbitraries.oneOf(any, round).flatMap(n -> Arbitraries.of(Yen.of(n), Yen.of(n, Yen.Tax.INCLUDED),
        Yen.of(n, Yen.Tax.EXCLUDED)));
  }
}
