package io.github.tsunagari.program;

import io.github.tsunagari.internal.Text;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese government fiscal year (年度): 1 April to 31 March of the next calendar year (財政法第11条).
 *
 * <p>A fiscal year is named after the calendar year it starts in: 令和6年度 (FY2024) runs from 2024-04-01 to
 * 2025-03-31, and 2025-03-31 belongs to 令和6年度 although it falls in 令和7年 on the calendar.
 *
 * <p>Where an era changes within a fiscal year, the Japanese label uses the era in force for most of it, that is on
 * 1 October, the middle of the fiscal year; year one is written 元年. FY2019 (2019-04-01 to 2020-03-31; 令和 from
 * 2019-05-01) is therefore 令和元年度, the label used from May 2019 on, and FY1926 (昭和 from 1926-12-25) is 大正15年度.
 * The other label of such a year (平成31年度, 昭和元年度) is read as well.
 *
 * <pre>{@code
 * FiscalYear fy = FiscalYear.parse("令和6年度");   // also "2024年度", "FY2024", "令和６年度"
 * fy.getStartDate();                              // 2024-04-01
 * fy.getEndDate();                                // 2025-03-31
 * fy.contains(LocalDate.of(2025, 3, 31));         // true
 * fy.getJapaneseLabel();                          // "令和6年度"
 * FiscalYear.from(LocalDate.of(2025, 3, 31));     // FY2024
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and compare by value.
 */
public final class FiscalYear implements Comparable<FiscalYear> {
  /** The first fiscal year that ran from April to March (明治19年度). */
  public static final int MIN_YEAR = 1886;
  /** The last fiscal year this class represents. */
  public static final int MAX_YEAR = 9998;

  private static final Pattern ERA_LABEL = Pattern.compile("(明治|大正|昭和|平成|令和)(元|[0-9]{1,4})年度");
  private static final Pattern WESTERN_LABEL = Pattern.compile("([0-9]{4})年度");
  private static final Pattern ENGLISH_LABEL = Pattern.compile("(?:FY ?)?([0-9]{4})", Pattern.CASE_INSENSITIVE);

  /** Japanese eras since the fiscal year began in April, with the calendar year each began in. */
  private enum Era {
    MEIJI("明治", LocalDate.of(1868, 1, 25)),
    TAISHO("大正", LocalDate.of(1912, 7, 30)),
    SHOWA("昭和", LocalDate.of(1926, 12, 25)),
    HEISEI("平成", LocalDate.of(1989, 1, 8)),
    REIWA("令和", LocalDate.of(2019, 5, 1));

    final String name;
    final LocalDate firstDay;
    final int firstYear;

    Era(String name, LocalDate firstDay) {
      this.name = name;
      this.firstDay = firstDay;
      this.firstYear = firstDay.getYear();
    }

    static Era named(String name) {
      for (Era e : values()) {
        if (e.name.equals(name)) {
          return e;
        }
      }
      throw new AssertionError(name);
    }

    /** The era that names the fiscal year starting in the given year: the one in force on 1 October of it. */
    static Era naming(int startYear) {
      LocalDate middle = LocalDate.of(startYear, Month.OCTOBER, 1);
      Era[] eras = values();
      for (int i = eras.length - 1; i >= 0; i--) {
        if (!eras[i].firstDay.isAfter(middle)) {
          return eras[i];
        }
      }
      return MEIJI;
    }

    /**
     * The last fiscal year a label in this era may name: the last that started before the next era began (平成31年度
     * started on 2019-04-01, a month before 令和; 昭和64年度 would have started after 平成 began and never existed).
     */
    int lastYear() {
      if (ordinal() + 1 == values().length) {
        return MAX_YEAR;
      }
      LocalDate next = values()[ordinal() + 1].firstDay;
      return next.isAfter(LocalDate.of(next.getYear(), Month.APRIL, 1)) ? next.getYear() : next.getYear() - 1;
    }
  }

  private final int startYear;

  private FiscalYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Returns the fiscal year that starts on 1 April of the given year.
   *
   * @param startYear the calendar year the fiscal year starts in, such as 2024 for 令和6年度
   * @return the fiscal year
   * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}…{@value #MAX_YEAR}
   */
  public static FiscalYear of(int startYear) {
    if (startYear < MIN_YEAR || startYear > MAX_YEAR) {
      throw new IllegalArgumentException("fiscal year must start in " + MIN_YEAR + " to " + MAX_YEAR
          + ", but was " + startYear);
    }
    return new FiscalYear(startYear);
  }

  /**
   * Returns the fiscal year a date belongs to: dates from April on belong to the year's own fiscal year, dates in
   * January to March to the previous one.
   *
   * @param date a date
   * @return the fiscal year containing it
   * @throws IllegalArgumentException if the fiscal year is outside the supported range
   */
  public static FiscalYear from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Reads a fiscal year label: {@code 令和6年度}, {@code 令和元年度} or {@code 令和1年度}, the labels of earlier eras
   * back to 明治 ({@code 平成31年度}), {@code 2024年度}, {@code FY2024} or {@code 2024}. Full-width digits and surrounding
   * spaces are accepted.
   *
   * @param text the label
   * @return the fiscal year
   * @throws IllegalArgumentException if the text is not such a label, or names a year its era never had (令和0年度,
   *     平成32年度); the message quotes the text
   * @throws NullPointerException if text is null
   */
  public static FiscalYear parse(CharSequence text) {
    String s = Text.normalize(text, "fiscal year");
    Matcher m = ERA_LABEL.matcher(s);
    if (m.matches()) {
      Era era = Era.named(m.group(1));
      int yearOfEra = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
      int year = era.firstYear + yearOfEra - 1;
      if (yearOfEra < 1 || year > era.lastYear()) {
        throw new IllegalArgumentException("fiscal year " + Text.quote(text) + " does not exist: " + era.name
            + " ran from " + era.name + "元年 (" + era.firstYear + ")"
            + (era == Era.REIWA ? "" : " to " + (era.lastYear() - era.firstYear + 1) + "年 (" + era.lastYear() + ")"));
      }
      return ofLabel(year, text);
    }
    m = WESTERN_LABEL.matcher(s);
    if (!m.matches()) {
      m = ENGLISH_LABEL.matcher(s);
    }
    if (m.matches()) {
      return ofLabel(Integer.parseInt(m.group(1)), text);
    }
    throw new IllegalArgumentException("not a fiscal year label: " + Text.quote(text)
        + "; expected a label such as 令和6年度, 2024年度 or FY2024");
  }

  private static FiscalYear ofLabel(int year, CharSequence text) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("fiscal year " + Text.quote(text) + " is outside " + MIN_YEAR + " to "
          + MAX_YEAR);
    }
    return new FiscalYear(year);
  }

  /** The calendar year the fiscal year starts in, such as 2024 for 令和6年度. */
  public int getStartYear() {
    return startYear;
  }

  /** The first day: 1 April of the start year. */
  public LocalDate getStartDate() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** The last day: 31 March of the following year. */
  public LocalDate getEndDate() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Tells whether a date falls within the fiscal year, both ends included.
   *
   * @param date a date
   * @return true if {@code getStartDate() <= date <= getEndDate()}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStartDate()) && !date.isAfter(getEndDate());
  }

  /**
   * Returns the fiscal year the given number of years later (or earlier, if negative).
   *
   * @param years years to add
   * @return the fiscal year
   * @throws IllegalArgumentException if the result is outside the supported range
   */
  public FiscalYear plusYears(int years) {
    long year = (long) startYear + years;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(this + " plus " + years + " years is outside the fiscal years starting in "
          + MIN_YEAR + " to " + MAX_YEAR);
    }
    return new FiscalYear((int) year);
  }

  /** The label in the Japanese era, such as {@code 令和6年度} or {@code 令和元年度}. */
  public String getJapaneseLabel() {
    Era era = Era.naming(startYear);
    int yearOfEra = startYear - era.firstYear + 1;
    return era.name + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
  }

  /** The label in the Western calendar, such as {@code 2024年度}. */
  public String getWesternLabel() {
    return startYear + "年度";
  }

  /** The English label, such as {@code FY2024}; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return "FY" + startYear;
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalYear && ((FiscalYear) o).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(startYear);
  }
}
