package io.github.tsunagari.program;

import static io.github.tsunagari.InvalidValueException.Reason.MALFORMED;
import static io.github.tsunagari.InvalidValueException.Reason.NO_SUCH_ERA_YEAR;
import static io.github.tsunagari.InvalidValueException.Reason.OUT_OF_RANGE;
import static io.github.tsunagari.InvalidValueException.Subject.FISCAL_YEAR;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * <p>The eras are those of {@link JapaneseEra}: labels of an era the JDK adds are read and written without a change
 * here. Instances are immutable, thread-safe and compare by value.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Bilingual {
  /** The first fiscal year that ran from April to March (明治19年度). */
  public static final int MIN_YEAR = 1886;
  /** The last fiscal year this class represents. */
  public static final int MAX_YEAR = 9998;

  private static final Pattern ERA_LABEL = Pattern.compile("(" + String.join("|", Era.NAMES.keySet())
      + ")(元|[0-9]{1,4})年度");
  private static final Pattern WESTERN_LABEL = Pattern.compile("([0-9]{4})年度");
  private static final Pattern ENGLISH_LABEL = Pattern.compile("(?:FY ?)?([0-9]{4})", Pattern.CASE_INSENSITIVE);

  /**
   * The Japanese eras as {@link JapaneseEra} knows them (an era the JDK adds is read and written with no change here),
   * with the first and last fiscal year a label of each may name.
   */
  private static final class Era {
    /** The eras by their Japanese names, oldest first. */
    static final Map<String, Era> NAMES = eras();

    final String name;
    final int firstYear;
    final int lastYear;

    private Era(String name, int firstYear, int lastYear) {
      this.name = name;
      this.firstYear = firstYear;
      this.lastYear = lastYear;
    }

    private static Map<String, Era> eras() {
      Map<String, Era> eras = new LinkedHashMap<>();
      JapaneseEra[] all = JapaneseEra.values();
      for (int i = 0; i < all.length; i++) {
        String name = all[i].getDisplayName(TextStyle.FULL, Locale.JAPANESE);
        int first = JapaneseChronology.INSTANCE.prolepticYear(all[i], 1);
        eras.put(name, new Era(name, first, i + 1 < all.length ? lastYear(all[i + 1]) : MAX_YEAR));
      }
      return Collections.unmodifiableMap(eras);
    }

    /**
     * The last fiscal year an era may name, given the era after it: the last that started before the next era began
     * (平成31年度 started on 2019-04-01, a month before 令和; 昭和64年度 would have started after 平成 began and never
     * existed).
     */
    private static int lastYear(JapaneseEra next) {
      LocalDate nextFirstDay = LocalDate.from(JapaneseChronology.INSTANCE.dateYearDay(next, 1, 1));
      int year = nextFirstDay.getYear();
      return nextFirstDay.isAfter(LocalDate.of(year, Month.APRIL, 1)) ? year : year - 1;
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
   * @throws InvalidValueException if the year is outside {@value #MIN_YEAR}…{@value #MAX_YEAR}
   */
  public static FiscalYear of(int startYear) {
    if (startYear < MIN_YEAR || startYear > MAX_YEAR) {
      throw InvalidValueException.of(FISCAL_YEAR, OUT_OF_RANGE, Integer.toString(startYear), MIN_YEAR, MAX_YEAR);
    }
    return new FiscalYear(startYear);
  }

  /**
   * Returns the fiscal year a date belongs to: dates from April on belong to the year's own fiscal year, dates in
   * January to March to the previous one.
   *
   * @param date a date
   * @return the fiscal year containing it
   * @throws InvalidValueException if the fiscal year is outside the supported range
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
   * @throws InvalidValueException if the text is not such a label, or names a year its era never had (令和0年度,
   *     平成32年度); the message quotes the text
   * @throws NullPointerException if text is null
   */
  public static FiscalYear parse(CharSequence text) {
    String s = Text.normalize(text, "fiscal year");
    Matcher m = ERA_LABEL.matcher(s);
    if (m.matches()) {
      Era era = Era.NAMES.get(m.group(1));
      int yearOfEra = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
      int year = era.firstYear + yearOfEra - 1;
      if (yearOfEra < 1 || year > era.lastYear) {
        throw InvalidValueException.of(FISCAL_YEAR, NO_SUCH_ERA_YEAR, text, era.name,
            Math.max(era.firstYear, MIN_YEAR), era.lastYear);
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
    throw InvalidValueException.of(FISCAL_YEAR, MALFORMED, text, "令和6年度, 2024年度, FY2024");
  }

  private static FiscalYear ofLabel(int year, CharSequence text) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw InvalidValueException.of(FISCAL_YEAR, OUT_OF_RANGE, text, MIN_YEAR, MAX_YEAR);
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
   * @throws InvalidValueException if the result is outside the supported range
   */
  public FiscalYear plusYears(int years) {
    long year = (long) startYear + years;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw InvalidValueException.of(FISCAL_YEAR, OUT_OF_RANGE, this + " + " + years, MIN_YEAR, MAX_YEAR);
    }
    return new FiscalYear((int) year);
  }

  /** The label in the Japanese era, such as {@code 令和6年度} or {@code 令和元年度}. */
  public String getJapaneseLabel() {
    JapaneseDate middle = JapaneseDate.from(LocalDate.of(startYear, Month.OCTOBER, 1));
    int yearOfEra = middle.get(ChronoField.YEAR_OF_ERA);
    return middle.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE)
        + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
  }

  /** The Japanese label, as {@link #getJapaneseLabel()}: {@code 令和6年度}. */
  @Override
  public String getJapaneseName() {
    return getJapaneseLabel();
  }

  /** The English label, as {@link #toString()}: {@code FY2024}. */
  @Override
  public String getEnglishName() {
    return toString();
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
