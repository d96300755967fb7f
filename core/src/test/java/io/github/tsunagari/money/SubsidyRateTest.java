package io.github.tsunagari.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsidyRateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2/3 | 2 | 3 | FRACTION | false",            // the FY2025 call's rate
      "２／３ | 2 | 3 | FRACTION | false",
      "3分の2 | 2 | 3 | JAPANESE_FRACTION | false",
      "1/2以内 | 1 | 2 | FRACTION | true",          // jGrants' subsidy_rate
      "10/10 | 10 | 10 | FRACTION | false",
      "20% | 20 | 100 | PERCENT | false",           // jGrants' subsidy_rate
      "２０％以内 | 20 | 100 | PERCENT | true",
      "4分の3以内 | 3 | 4 | JAPANESE_FRACTION | true",
      "1 / 2 以内 | 1 | 2 | FRACTION | true",     // spaces between the parts
  })
  void readsTheFormsSourcesUse(String text, long numerator, long denominator, SubsidyRate.Notation notation,
      boolean atMost) {
    SubsidyRate rate = SubsidyRate.parse(text);
    assertThat(rate.getNumerator()).isEqualTo(numerator);
    assertThat(rate.getDenominator()).isEqualTo(denominator);
    assertThat(rate.getNotation()).isEqualTo(notation);
    assertThat(rate.isAtMost()).isEqualTo(atMost);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "'' | BLANK",
      "定額 | MALFORMED",
      "2/ | MALFORMED",
      "/3 | MALFORMED",
      "2.5/3 | MALFORMED",
      "2 0% | MALFORMED",                 // no space inside a number
      "1 0/10 | MALFORMED",
      "4/3 | RATE_OUT_OF_RANGE",
      "1/0 | RATE_OUT_OF_RANGE",
      "120% | RATE_OUT_OF_RANGE",
  })
  void refusesWhatIsNoRate(String text, Reason reason) {
    assertThatThrownBy(() -> SubsidyRate.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(reason));
  }

  @Test
  void givesTheRatesShareOfAnAmountRoundedDownToTheYen() {
    assertThat(SubsidyRate.parse("2/3").applyTo(Yen.parse("900万円"))).isEqualTo(Yen.parse("600万円"));
    assertThat(SubsidyRate.parse("2/3").applyTo(Yen.of(100))).isEqualTo(Yen.of(66));
    assertThat(Yen.of(100).times(SubsidyRate.ofPercent(20))).isEqualTo(Yen.of(20));
    assertThat(SubsidyRate.of(10, 10).applyTo(Yen.MAX)).isEqualTo(Yen.MAX);
    assertThat(SubsidyRate.parse("2/3").applyTo(Yen.MAX).getAmount()).isEqualTo(6_148_914_691_236_517_204L);
  }

  @Test
  void comparesSharesHoweverWritten() {
    assertThat(SubsidyRate.parse("10/10").isSameRateAs(SubsidyRate.parse("100%"))).isTrue();
    assertThat(SubsidyRate.parse("10/10")).isNotEqualTo(SubsidyRate.parse("100%"));
    assertThat(SubsidyRate.parse("1/2")).isLessThan(SubsidyRate.parse("2/3"));
    assertThat(SubsidyRate.parse("1/2").atMost()).isEqualTo(SubsidyRate.parse("1/2以内"));
  }

  @Property
  void theShareIsExactlyTheFloorOfTheProduct(@ForAll("rates") SubsidyRate rate,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long amount) {
    BigInteger exact = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(rate.getNumerator()))
        .divide(BigInteger.valueOf(rate.getDenominator()));
    assertThat(rate.applyTo(Yen.of(amount)).getAmount()).isEqualTo(exact.longValueExact());
  }

  @Property
  void readsBackWhatItWrites(@ForAll("rates") SubsidyRate rate) {
    assertThat(SubsidyRate.parse(rate.toString())).isEqualTo(rate);
  }

  @Property
  void ordersAsTheFractions(@ForAll("rates") SubsidyRate a, @ForAll("rates") SubsidyRate b) {
    BigInteger left = BigInteger.valueOf(a.getNumerator()).multiply(BigInteger.valueOf(b.getDenominator()));
    BigInteger right = BigInteger.valueOf(b.getNumerator()).multiply(BigInteger.valueOf(a.getDenominator()));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(left.compareTo(right));
  }

  @Provide
  Arbitrary<SubsidyRate> rates() {
    Arbitrary<SubsidyRate> real = Arbitraries.of("1/2", "2/3", "3/4", "10/10", "1/3", "4分の3", "20%", "1/2以内")
        .map(SubsidyRate::parse);
    Arbitrary<SubsidyRate> any = Arbitraries.longs().between(1, Long.MAX_VALUE).flatMap(d ->
        Arbitraries.longs().between(0, d).map(n -> SubsidyRate.of(n, d)));
    Arbitrary<SubsidyRate> percent = Arbitraries.longs().between(0, 100).map(SubsidyRate::ofPercent);
    return Combinators.combine(Arbitraries.oneOf(real, any, percent), Arbitraries.of(true, false))
        .as((r, atMost) -> atMost ? r.atMost() : r);
  }
}
