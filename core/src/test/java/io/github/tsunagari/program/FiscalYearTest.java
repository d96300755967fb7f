package io.github.tsunagari.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

  static final FiscalYear FY2024 = FiscalYear.of(2024);

  @Nested
  class Dates {
    @Test
    void fy2024RunsFromApril2024ToMarch2025() {
      assertThat(FY2024.getStartYear()).isEqualTo(2024);
      assertThat(FY2024.getStartDate()).isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(FY2024.getEndDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void containsBothEndsAndNothingBeyond() {
      assertThat(FY2024.contains(LocalDate.of(2024, 3, 31))).isFalse();
      assertThat(FY2024.contains(LocalDate.of(2024, 4, 1))).isTrue();
      assertThat(FY2024.contains(LocalDate.of(2025, 3, 31))).isTrue();
      assertThat(FY2024.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void aDateBelongsToTheFiscalYearThatStartedOnTheLast1April() {
      assertThat(FiscalYear.from(LocalDate.of(2025, 3, 31))).isEqualTo(FiscalYear.of(2024));
      assertThat(FiscalYear.from(LocalDate.of(2025, 4, 1))).isEqualTo(FiscalYear.of(2025));
      assertThat(FiscalYear.from(LocalDate.of(2025, 1, 1))).isEqualTo(FiscalYear.of(2024));
      assertThat(FiscalYear.from(LocalDate.of(2024, 12, 31))).isEqualTo(FiscalYear.of(2024));
    }

    @Test
    void nullDatesAreRefused() {
      assertThatNullPointerException().isThrownBy(() -> FiscalYear.from(null));
      assertThatNullPointerException().isThrownBy(() -> FY2024.contains(null));
    }
  }

  @Nested
  class Of {
    @ParameterizedTest
    @ValueSource(ints = {1885, 9999, 0, -2024, Integer.MAX_VALUE})
    void refusesYearsOutsideTheRangeNamingThem(int year) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FiscalYear.of(year))
          .withMessageContaining(Integer.toString(year));
    }

    @Test
    void acceptsBothEnds() {
      assertThat(FiscalYear.of(FiscalYear.MIN_YEAR).getStartYear()).isEqualTo(1886);
      assertThat(FiscalYear.of(FiscalYear.MAX_YEAR).getEndDate()).isEqualTo(LocalDate.of(9999, 3, 31));
    }

    @Test
    void plusYearsBeyondTheRangeIsRefused() {
      assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(FiscalYear.MAX_YEAR).plusYears(1));
      assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(FiscalYear.MIN_YEAR).plusYears(-1));
      assertThatIllegalArgumentException().isThrownBy(() -> FY2024.plusYears(Integer.MAX_VALUE));
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "令和6年度", "令和６年度", "2024年度", "２０２４年度", "FY2024", "fy2024", "FY 2024", "ＦＹ２０２４", "2024",
        " 令和6年度 ", "\u3000令和6年度\u3000",
    })
    void readsEveryLabelOfFy2024(String text) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FY2024);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "令和元年度, 2019",
        "令和1年度, 2019",
        "平成31年度, 2019",
        "平成30年度, 2018",
        "平成元年度, 1989",
        "平成1年度, 1989",
        "昭和63年度, 1988",
        "昭和元年度, 1926",
        "大正元年度, 1912",
        "大正15年度, 1926",
        "明治19年度, 1886",
    })
    void readsEraLabelsIncludingYearOneAndTheOldLabelOfFy2019(String text, int startYear) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(startYear));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "令和0年度", "平成32年度", "昭和65年度", "昭和64年度", "平成0年度", // years the era never had
        "令和6年", "2024年", "令和年度", "6年度", "令和６", // not a fiscal year label
        "", " ", "FY20245", "FY202", "20245", "FY-2024", "2024年度度", "R6", "令和6年度 令和7年度",
        "明治18年度", "1885年度", "FY9999", // outside the supported range
    })
    void refusesWhatIsNoFiscalYearQuotingTheText(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FiscalYear.parse(text))
          .withMessageContaining("\"" + text + "\"");
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException().isThrownBy(() -> FiscalYear.parse(null));
    }
  }

  @Nested
  class Labels {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2024, 令和6年度",
        "2019, 令和元年度",
        "2020, 令和2年度",
        "2018, 平成30年度",
        "1989, 平成元年度",
        "1988, 昭和63年度",
        "1927, 昭和2年度",
        "1926, 大正15年度",   // 昭和 began on 1926-12-25, late in the fiscal year
        "1912, 大正元年度",   // 大正 began on 1912-07-30, before 1 October
        "1911, 明治44年度",
        "1886, 明治19年度",
    })
    void japaneseLabelUsesTheEraAndWritesYearOneAsGannen(int startYear, String label) {
      assertThat(FiscalYear.of(startYear).getJapaneseLabel()).isEqualTo(label);
    }

    @Test
    void westernAndEnglishLabels() {
      assertThat(FY2024.getWesternLabel()).isEqualTo("2024年度");
      assertThat(FY2024).hasToString("FY2024");
    }
  }

  @Test
  void comparesAndEqualsByStartYear() {
    assertThat(FiscalYear.of(2024)).isEqualTo(FiscalYear.parse("令和6年度")).hasSameHashCodeAs(FiscalYear.of(2024));
    assertThat(FiscalYear.of(2024)).isNotEqualTo(FiscalYear.of(2025)).isLessThan(FiscalYear.of(2025));
    assertThat(FiscalYear.of(2024).plusYears(1)).isEqualTo(FiscalYear.of(2025));
    assertThat(FiscalYear.of(2024).plusYears(-5)).isEqualTo(FiscalYear.of(2019));
  }

  // ---- properties -------------------------------------------------------------------------------------------------

  /** Dates whose fiscal year and both its neighbours are within the supported range: 1887-04-01 to 9998-03-31. */
  @Provide
  Arbitrary<LocalDate> wideDates() {
    long first = LocalDate.of(FiscalYear.MIN_YEAR + 1, 4, 1).toEpochDay();
    long last = LocalDate.of(FiscalYear.MAX_YEAR, 3, 31).toEpochDay();
    return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay)
        .edgeCases(c -> c.add(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1), LocalDate.of(2024, 2, 29)));
  }

  @Property
  void fromGivesTheOnlyFiscalYearThatContainsTheDate(@ForAll("wideDates") LocalDate date) {
    FiscalYear fy = FiscalYear.from(date);

    assertThat(fy.contains(date)).isTrue();
    assertThat(fy.plusYears(-1).contains(date)).isFalse();
    assertThat(fy.plusYears(1).contains(date)).isFalse();
    assertThat(fy.getStartYear()).isIn(date.getYear() - 1, date.getYear());
  }

  @Property
  void labelsReadBack(@ForAll @IntRange(min = FiscalYear.MIN_YEAR, max = FiscalYear.MAX_YEAR) int year) {
    FiscalYear fy = FiscalYear.of(year);

    assertThat(FiscalYear.parse(fy.getJapaneseLabel())).isEqualTo(fy);
    assertThat(FiscalYear.parse(fy.getWesternLabel())).isEqualTo(fy);
    assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
  }

  @Property
  void eraLabelsOfRecentYearsReadBack(@ForAll @IntRange(min = 1886, max = 2100) int year) {
    FiscalYear fy = FiscalYear.of(year);

    assertThat(FiscalYear.parse(fy.getJapaneseLabel())).isEqualTo(fy);
  }

  @Property
  void endDateIsOneYearAfterStartDateLessOneDay(
      @ForAll @IntRange(min = FiscalYear.MIN_YEAR, max = FiscalYear.MAX_YEAR) int year) {
    FiscalYear fy = FiscalYear.of(year);

    assertThat(fy.getEndDate()).isEqualTo(fy.getStartDate().plusYears(1).minusDays(1));
    assertThat(fy.contains(fy.getStartDate())).isTrue();
    assertThat(fy.contains(fy.getEndDate())).isTrue();
    assertThat(fy.contains(fy.getStartDate().minusDays(1))).isFalse();
    assertThat(fy.contains(fy.getEndDate().plusDays(1))).isFalse();
  }

  @Property
  void theNextFiscalYearStartsTheDayAfterThisOneEnds(
      @ForAll @IntRange(min = FiscalYear.MIN_YEAR, max = FiscalYear.MAX_YEAR - 1) int year) {
    FiscalYear fy = FiscalYear.of(year);

    assertThat(fy.plusYears(1).getStartDate()).isEqualTo(fy.getEndDate().plusDays(1));
    assertThat(fy.plusYears(1)).isGreaterThan(fy);
    assertThat(fy.plusYears(1).plusYears(-1)).isEqualTo(fy);
  }
}
