package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The rules of dates against the reference date ("today"), and the clock the validator takes it from. */
class ReferenceDateTest {
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static GrantValidator asOf(LocalDate day) {
    return GrantValidator.create().withClock(Clock.fixed(day.atStartOfDay(JAPAN).toInstant(), JAPAN));
  }

  /** The fixture's first grant with these dates, validated on its own: no fiscal year, only the reference date. */
  private static Grant grant(Optional<LocalDate> award, Optional<LocalDate> start, Optional<LocalDate> end) {
    Grant g = Fixtures.valid().getGrants().get(0);
    return Grant.builder().from(g).awardDate(award)
        .project(Project.builder().from(g.getProject()).startDate(start).endDate(end).build()).build();
  }

  private static List<String> ruleIds(ValidationReport report) {
    return report.getFindings().stream().map(f -> f.getRuleId() + " " + f.getPath()).toList();
  }

  @Test
  void byDefaultTodayIsTheDayInJapan() {
    Clock clock = GrantValidator.create().getClock();
    assertThat(clock.getZone()).isEqualTo(JAPAN);
    // The system clock: it moves (compared with itself, never with a timing).
    assertThat(LocalDate.now(clock)).isAfterOrEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void withClockReturnsACopyAndRefusesNull() {
    GrantValidator original = GrantValidator.create();
    Clock fixed = Clock.fixed(Instant.parse("2024-09-30T03:00:00Z"), JAPAN);
    GrantValidator asPublished = original.withClock(fixed);

    assertThat(asPublished.getClock()).isSameAs(fixed);
    assertThat(original.getClock().getZone()).isEqualTo(JAPAN);
    assertThatNullPointerException().isThrownBy(() -> original.withClock(null)).withMessageContaining("clock");
  }

  @Test
  void aValidatorUsingAJakartaValidatorKeepsItWithAClock() {
    Grant awarded = grant(Optional.of(LocalDate.of(2024, 6, 20)), Optional.empty(), Optional.empty());
    Clock fixed = Clock.fixed(Instant.parse("2024-05-31T03:00:00Z"), JAPAN);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      GrantValidator using = GrantValidator.using(factory.getValidator());
      assertThat(using.getClock().getZone()).isEqualTo(JAPAN);
      Grant blankTitle = Grant.builder().from(awarded)
          .project(Project.builder().from(awarded.getProject()).title(" ").build()).build();
      assertThat(using.withClock(fixed).validate(blankTitle))
          .isEqualTo(GrantValidator.create().withClock(fixed).validate(blankTitle));
      assertThat(ruleIds(using.withClock(fixed).validate(blankTitle)))
          .containsExactlyInAnyOrder("field.NotBlank /project/title", "dates.award-in-future /awardDate");
    }
  }

  @Test
  void anAwardAfterTheReferenceDateIsInTheFutureEvenWithoutAProgram() {
    Grant awarded = grant(Optional.of(LocalDate.of(2024, 6, 20)), Optional.empty(), Optional.empty());

    assertThat(ruleIds(asOf(LocalDate.of(2024, 6, 20)).validate(awarded))).isEmpty();
    ValidationReport before = asOf(LocalDate.of(2024, 6, 19)).validate(awarded);
    assertThat(ruleIds(before)).containsExactly("dates.award-in-future /awardDate");
    assertThat(before.getFindings().get(0).getMessage(Locale.JAPANESE))
        .isEqualTo("交付決定日 2024-06-20 が基準日 2024-06-19 より後です。まだ交付決定されていない日付です。"
            + "日付を確認するか、データの時点を基準日として検証してください。");
    assertThat(before.getFindings().get(0).getMessage(Locale.ENGLISH))
        .isEqualTo("The award date 2024-06-20 is after the reference date 2024-06-19: the award has not been made"
            + " yet. Check the date, or validate as of the day the data speaks of.");
    assertThat(before.isValid()).isTrue(); // a warning
  }

  @Test
  void theDayIsTheDayInTheClocksZone() {
    // 15:30 UTC on 7 December is already 8 December in Japan.
    Instant instant = Instant.parse("2026-12-07T15:30:00Z");
    Grant awarded = grant(Optional.of(LocalDate.of(2026, 12, 8)), Optional.empty(), Optional.empty());

    assertThat(ruleIds(GrantValidator.create().withClock(Clock.fixed(instant, JAPAN)).validate(awarded))).isEmpty();
    assertThat(ruleIds(GrantValidator.create().withClock(Clock.fixed(instant, ZoneOffset.UTC)).validate(awarded)))
        .containsExactly("dates.award-in-future /awardDate");
  }

  @Test
  void farDatesAreCountedInYearsFromTheReferenceDate() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    GrantValidator validator = asOf(today);
    Grant edges = grant(Optional.of(today.minusYears(Rule.FAR_PAST_YEARS)), Optional.of(today),
        Optional.of(today.plusYears(Rule.FAR_FUTURE_YEARS)));
    assertThat(ruleIds(validator.validate(edges))).isEmpty();

    Grant beyond = grant(Optional.of(today.minusYears(Rule.FAR_PAST_YEARS).minusDays(1)),
        Optional.of(today.minusYears(30)), Optional.of(today.plusYears(Rule.FAR_FUTURE_YEARS).plusDays(1)));
    ValidationReport report = validator.validate(beyond);
    assertThat(ruleIds(report)).containsExactlyInAnyOrder("dates.far-past /awardDate",
        "dates.far-past /project/startDate", "dates.far-future /project/endDate");
    assertThat(report.getFindings()).filteredOn(f -> f.getPath().equals("/project/endDate")).singleElement()
        .satisfies(f -> {
          assertThat(f.getMessage(Locale.JAPANESE)).isEqualTo(
              "日付 2038-12-08 は基準日 2026-12-07 から12年を超えて先の日付です。入力の誤りでないか確認してください。");
          assertThat(f.getMessage(Locale.ENGLISH)).isEqualTo(
              "The date 2038-12-08 is more than 12 years after the reference date 2026-12-07; check it for a typing"
                  + " error.");
        });
  }

  @Test
  void anAwardFarInTheFutureIsInTheFutureOnly() {
    // 360Giving's far-future check looks at planned (project) dates; an award date after today is its own rule.
    Grant awarded = grant(Optional.of(LocalDate.of(2050, 1, 1)), Optional.empty(), Optional.empty());
    assertThat(ruleIds(asOf(LocalDate.of(2026, 12, 7)).validate(awarded)))
        .containsExactly("dates.award-in-future /awardDate");
  }

  @Test
  void aStreamTakesItsReferenceDateFromTheValidator() {
    Grant awarded = grant(Optional.of(LocalDate.of(2024, 6, 20)), Optional.empty(), Optional.empty());
    GrantStreamValidator stream = asOf(LocalDate.of(2024, 5, 31)).openStream(Fixtures.valid().getFiscalYear());
    assertThat(ruleIds(stream.validate(awarded))).containsExactly("dates.award-in-future /0/awardDate");
  }

  @Test
  void aDocumentReadInPartIsCheckedAgainstTheReferenceDate() {
    GrantProgram program = Fixtures.valid();
    ValidationReport report = asOf(LocalDate.of(2024, 5, 31)).validateReadable(program, new int[] {0, 2}, 3);
    assertThat(ruleIds(report)).contains("dates.award-in-future /grants/0/awardDate");
  }

  @Property(tries = 500)
  void theDateRulesFireExactlyBeyondTheirLimits(@ForAll @IntRange(min = -40 * 366, max = 40 * 366) int awardDays,
      @ForAll @IntRange(min = -40 * 366, max = 40 * 366) int startDays, @ForAll @IntRange(min = 0, max = 4000) int length,
      @ForAll @IntRange(min = 1900, max = 2200) int year, @ForAll @IntRange(min = 1, max = 365) int dayOfYear) {
    LocalDate today = LocalDate.ofYearDay(year, dayOfYear);
    LocalDate award = today.plusDays(awardDays);
    LocalDate start = today.plusDays(startDays);
    LocalDate end = start.plusDays(length);
    List<String> ids = ruleIds(asOf(today).validate(grant(Optional.of(award), Optional.of(start), Optional.of(end))));

    LocalDate past = today.minusYears(Rule.FAR_PAST_YEARS);
    LocalDate future = today.plusYears(Rule.FAR_FUTURE_YEARS);
    assertThat(ids.contains("dates.award-in-future /awardDate")).isEqualTo(award.isAfter(today));
    assertThat(ids.contains("dates.far-past /awardDate")).isEqualTo(award.isBefore(past));
    assertThat(ids.contains("dates.far-past /project/startDate")).isEqualTo(start.isBefore(past));
    assertThat(ids.contains("dates.far-past /project/endDate")).isEqualTo(end.isBefore(past));
    assertThat(ids.contains("dates.far-future /project/startDate")).isEqualTo(start.isAfter(future));
    assertThat(ids.contains("dates.far-future /project/endDate")).isEqualTo(end.isAfter(future));
    assertThat(ids).doesNotContain("dates.far-future /awardDate")
        .allMatch(id -> id.startsWith("dates.award-in-future ") || id.startsWith("dates.far-"));
  }
}
