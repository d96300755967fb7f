package io.github.tsunagari.internal.form;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.FlagKind;
import io.github.tsunagari.internal.form.Kind.NumberKind;
import io.github.tsunagari.internal.form.Kind.ObjectKind;
import io.github.tsunagari.internal.form.Kind.TextKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Prefecture;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** The kinds of the canonical form, and those of the model's value types. Not part of the API. */
public final class Kinds {
  private Kinds() {}

  /** The two-digit codes of the prefectures, 01 to 47, as a regular expression. */
  private static final String PREFECTURE_CODES = Patterns.range(1, Prefecture.values().length, 2);

  /** Text, kept exactly. */
  public static final TextKind TEXT = TextKind.INSTANCE;
  /** A flag. */
  public static final FlagKind FLAG = FlagKind.INSTANCE;
  /** An amount of yen. */
  public static final Kind.MoneyKind YEN = Kind.MoneyKind.INSTANCE;

  /** A prefecture, written as its two-digit JIS X 0401 code; read also by name ("東京都", "東京", "Tokyo"). */
  public static final CodeKind<Prefecture> PREFECTURE = new CodeKind<>(Prefecture.class,
      "prefectureCode", "都道府県コード",
      "Prefecture code", "The two-digit JIS X 0401 code of a prefecture, \"01\" (北海道) to \"47\" (沖縄県).",
      Prefecture::parse, Prefecture::getCode, "^" + PREFECTURE_CODES + "$", List.of(), null);
  /** A corporate number: 13 digits, the first a check digit (1 to 9). */
  public static final CodeKind<CorporateNumber> CORPORATE_NUMBER = new CodeKind<>(CorporateNumber.class,
      "corporateNumber", "法人番号",
      "Corporate number", "13 digits, the first a check digit over the other twelve; checked when read.",
      CorporateNumber::parse, CorporateNumber::toString, "^[1-9][0-9]{12}$", List.of(), null);
  /** A local government code: six digits, the last a check digit. */
  public static final CodeKind<LocalGovernmentCode> LOCAL_GOVERNMENT_CODE = new CodeKind<>(LocalGovernmentCode.class,
      "localGovernmentCode",
      "全国地方公共団体コード", "Local government code",
      "Six digits: the prefecture code, three digits and a check digit; checked when read.",
      LocalGovernmentCode::parse, LocalGovernmentCode::toString, "^" + PREFECTURE_CODES + "[0-9]{4}$", List.of(),
      null);
  /** A fiscal year, written {@code FY} and its start year. */
  public static final CodeKind<FiscalYear> FISCAL_YEAR = new CodeKind<>(FiscalYear.class,
      "fiscalYear", "年度", "Fiscal year",
      "FY and the year the fiscal year starts in (1 April), such as FY2024 for 令和6年度.", FiscalYear::parse,
      FiscalYear::toString,
      "^FY" + Patterns.range(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR, 4) + "$", List.of(), null);
  /** A date, written YYYY-MM-DD. */
  public static final CodeKind<LocalDate> DATE = new CodeKind<>(LocalDate.class,
      "date", "日付", "Date",
      "A calendar date written YYYY-MM-DD (ISO 8601), such as 2024-06-11.", Kinds::parseDate, LocalDate::toString,
      "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", List.of(), "date");
  /** A legal form, written as its constant name. */
  public static final CodeKind<LegalForm> LEGAL_FORM = constants("legalForm", "法人格", "Legal form",
      LegalForm.class, LegalForm::parse);

  /**
   * A whole number within bounds, as an {@code int}, such as a position counted from 1.
   *
   * @param name the kind's name
   * @param min the least value, read and valid
   * @param max the greatest
   * @return the kind
   */
  public static NumberKind<Integer> integer(String name, int min, int max) {
    return new NumberKind<>(name, min, min, max, Long::intValue);
  }

  /**
   * A count, as an {@code int}: valid from 0, and read whatever its sign, so that validation reports a negative one.
   *
   * @param name the kind's name
   * @return the kind
   */
  public static NumberKind<Integer> count(String name) {
    return new NumberKind<>(name, Integer.MIN_VALUE, 0, Integer.MAX_VALUE, Long::intValue);
  }

  /**
   * A value written as text in the canonical form and read leniently by its type's {@code parse}.
   *
   * @param type the value type
   * @param name the kind's name in the form
   * @param japaneseName its Japanese name
   * @param englishName its English name
   * @param description what the canonical text is
   * @param parse reads a value leniently
   * @param canonical writes the canonical text
   * @param pattern the pattern every canonical text matches
   * @param <V> the value type
   * @return the kind
   */
  public static <V> CodeKind<V> code(Class<V> type, String name, String japaneseName, String englishName,
      String description, Function<String, V> parse, Function<V, String> canonical, String pattern) {
    return new CodeKind<>(type, name, japaneseName, englishName, description, parse, canonical, pattern, List.of(),
        null);
  }

  /**
   * The constants of an enum, written as their constant names and read also by their Japanese names.
   *
   * @param name the kind's name in the form
   * @param japaneseName its Japanese name
   * @param englishName its English name
   * @param type the enum
   * @param parse reads a constant leniently
   * @param <E> the enum
   * @return the kind
   */
  public static <E extends Enum<E> & Bilingual> CodeKind<E> constants(String name, String japaneseName,
      String englishName, Class<E> type, Function<String, E> parse) {
    StringJoiner described = new StringJoiner("; ");
    for (E e : type.getEnumConstants()) {
      described.add(e.name() + ": " + e.getJapaneseName());
    }
    return new CodeKind<>(type, name, japaneseName, englishName,
        englishName + ", by constant name. " + described + ".",
        parse, Enum::name, null, List.of(type.getEnumConstants()), null);
  }

  /** The objects of a form. */
  public static <V> ObjectKind<V> object(Form<V> form) {
    return new ObjectKind<>(form);
  }

  /**
   * One of several forms, told apart by a discriminator.
   *
   * @param name the union's name in the form
   * @param japaneseName its Japanese name
   * @param englishName its English name
   * @param description what it is
   * @param discriminator the discriminator's property name
   * @param subject what the discriminator is, for a refusal
   * @param variants the variants
   * @param <V> the common type
   * @return the kind
   */
  @SafeVarargs
  public static <V> UnionKind<V> union(String name, String japaneseName, String englishName, String description,
      String discriminator, InvalidValueException.Subject subject, Variant<? extends V>... variants) {
    return new UnionKind<>(name, japaneseName, englishName, description, discriminator, subject,
        List.of(variants));
  }

  /**
   * A variant of a union.
   *
   * @param tag the discriminator's text
   * @param japaneseName the variant's Japanese name
   * @param englishName its English name
   * @param form its form
   * @param <V> its model type
   * @return the variant
   */
  public static <V> Variant<V> variant(String tag, String japaneseName, String englishName, Form<V> form) {
    return new Variant<>(tag, japaneseName, englishName, form);
  }

  /**
   * A date written YYYY-MM-DD; full-width digits and surrounding spaces are accepted, other forms refused.
   *
   * @param text the text
   * @return the date
   * @throws InvalidValueException with {@code MALFORMED} or {@code NO_SUCH_DATE}
   */
  public static LocalDate parseDate(String text) {
    String s = isIsoDate(text) ? text : Text.normalize(text, "date");
    if (!isIsoDate(s)) {
      throw InvalidValueException.of(InvalidValueException.Subject.DATE, InvalidValueException.Reason.MALFORMED,
          text, "2024-06-11 (YYYY-MM-DD)");
    }
    try {
      return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10));
    } catch (DateTimeException e) {
      throw InvalidValueException.of(InvalidValueException.Subject.DATE, InvalidValueException.Reason.NO_SUCH_DATE,
          text);
    }
  }

  private static boolean isIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
