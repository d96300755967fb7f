package io.github.tsunagari;

import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.internal.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A value that cannot exist: thrown by every factory and builder of the model that refuses its input, such as
 * {@code CorporateNumber.of("7000012050003")} (a wrong check digit) or a service area whose centre is not one of its
 * prefectures.
 *
 * <p>The reason is data, not a sentence: {@link #getReason()} says what is wrong, {@link #getSubject()} what the value
 * should have been, {@link #getDetails()} the facts of the reason (such as the expected check digit), and
 * {@link #getMessage(Locale)} writes it in Japanese or English, wholly in that language.
 *
 * <pre>{@code
 * try {
 *   CorporateNumber.of("7000012050003");
 * } catch (InvalidValueException e) {
 *   e.getReason();                  // WRONG_CHECK_DIGIT
 *   e.getDetails();                 // [6, 000012050003]: the expected check digit, of this base number
 *   e.getMessage(Locale.JAPANESE);  // 法人番号「7000012050003」: 検査用数字が誤っています。…正しい検査用数字は6です。
 *   e.getMessage();                 // corporate number "7000012050003": wrong check digit: expected 6 for …
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, so code that catches those keeps working. Instances are immutable.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a value cannot exist. The details each reason carries are listed with it, in order. */
  public enum Reason {
    /** The text is empty or only white space. No details. */
    BLANK,
    /** The text has the wrong number of characters. Details: the length required, the length given. */
    WRONG_LENGTH,
    /** The text has the right length but characters other than the ASCII digits. Details: the length required. */
    NOT_DIGITS,
    /** The check digit does not match the rest. Details: the check digit expected, the digits it is computed from. */
    WRONG_CHECK_DIGIT,
    /** A code's first two digits name no prefecture (01 to 47). Details: those two digits. */
    NO_SUCH_PREFECTURE,
    /** A number outside what can exist. Details: the least and the greatest allowed. */
    OUT_OF_RANGE,
    /** The text is not written in any accepted form. Details: examples of accepted forms. */
    MALFORMED,
    /** A date written in the right form names a day that does not exist, such as 2023-02-29. No details. */
    NO_SUCH_DATE,
    /** An era year the era never had, such as 令和0年度 or 平成32年度. Details: the era, its first and last year. */
    NO_SUCH_ERA_YEAR,
    /** The text names none of the known codes or names. Details: what is accepted, as text. */
    UNKNOWN_NAME,
    /** A known name, but not the one allowed here. Details: the one expected. */
    NOT_ALLOWED_HERE,
    /** The text lacks the prefix its form needs. Details: the prefix. */
    MISSING_PREFIX,
    /** An area text names parts that are no known region. Details: those parts, as text. */
    UNKNOWN_AREA_PARTS,
    /** A municipality was given the code of a prefecture. Details: the code, the prefecture. */
    PREFECTURE_CODE_FOR_MUNICIPALITY,
    /** A named area made of no prefecture and no municipality. No details. */
    EMPTY_AREA,
    /**
     * An NPO certification on an organisation that is not a 特定非営利活動法人. Details: the certification, the legal
     * form it needs, the legal form given.
     */
    CERTIFICATION_NEEDS_NPO,
    /** A service area's centre is not one of its prefectures. Details: the centre, the prefectures listed. */
    CENTER_NOT_LISTED,
    /** An amount of money below zero: an amount of yen is never negative. */
    NEGATIVE_AMOUNT,
    /** An amount that is not a whole number of yen, such as 1.23456万円. */
    FRACTION_OF_YEN,
    /** A subsidy rate that is not a share from 0 to 1 (0/1 … 10/10, 0% … 100%). */
    RATE_OUT_OF_RANGE,
    /** A well-formed local government code, or a name, that names no local government of the bundled registry. */
    NO_SUCH_LOCAL_GOVERNMENT,
    /** A name several local governments share, given without the prefecture that tells them apart. Details: the prefectures. */
    AMBIGUOUS_NAME,
    /** A regrant that names no organisation and gives no count of them. */
    NO_RECIPIENT_OR_COUNT,
    /** An organisation's name as written that is a legal form alone. Details: the legal form. */
    NO_NAME_AFTER_LEGAL_FORM,
    /**
     * A corporate number on an organisation without legal personality (任意団体). Details: the corporate number, the
     * legal form given.
     */
    CORPORATE_NUMBER_NEEDS_LEGAL_PERSONALITY;
  }

  /** What a refused value should have been. */
  public enum Subject implements Bilingual {
    /** A corporate number (法人番号). */
    CORPORATE_NUMBER("法人番号", "corporate number"),
    /** An organisation identifier such as {@code JP-JCN-7000012050002}. */
    ORGANIZATION_IDENTIFIER("団体識別子", "organisation identifier"),
    /** A local government code (全国地方公共団体コード). */
    LOCAL_GOVERNMENT_CODE("全国地方公共団体コード", "local government code"),
    /** A five-digit JIS X 0402 code. */
    JIS_CODE("JIS X 0402コード", "JIS X 0402 code"),
    /** A prefecture (都道府県), by code or name. */
    PREFECTURE("都道府県", "prefecture"),
    /** A legal form (法人格). */
    LEGAL_FORM("法人格", "legal form"),
    /** An NPO certification status. */
    NPO_CERTIFICATION("認定の状況", "NPO certification"),
    /** A fiscal year (年度). */
    FISCAL_YEAR("年度", "fiscal year"),
    /** A date. */
    DATE("日付", "date"),
    /** A whole number. */
    NUMBER("数値", "number"),
    /** A flag, true or false. */
    FLAG("真偽値", "flag"),
    /** A kind of support activity. */
    SUPPORT_ACTIVITY_KIND("支援の種類", "kind of support"),
    /** A delivery mode. */
    DELIVERY_MODE("実施方法", "delivery mode"),
    /** A target group. */
    TARGET_GROUP("支援の対象", "target group"),
    /** The kind of a grantee: organisation or consortium. */
    GRANTEE_TYPE("交付団体の種類", "grantee type"),
    /** A grant. */
    GRANT("交付決定", "grant"),
    /** An organisation. */
    ORGANIZATION("団体", "organisation"),
    /** A municipality. */
    MUNICIPALITY("市区町村", "municipality"),
    /** A named area. */
    NAMED_AREA("名前のある地域", "named area"),
    /** A service area (事業区域). */
    SERVICE_AREA("事業区域", "service area"),
    YEN("金額", "amount of yen"),
    SUBSIDY_RATE("補助率", "subsidy rate"),
    LOCAL_GOVERNMENT("地方公共団体", "local government"),
    APPLICANT("交付対象", "applicant"),
    MENU("事業メニュー", "menu"),
    IDENTIFIER("識別子", "identifier"),
    REGRANT("再助成", "regrant");

    private final String japaneseName;
    private final String englishName;

    Subject(String japaneseName, String englishName) {
      this.japaneseName = japaneseName;
      this.englishName = englishName;
    }

    @Override
    public String getJapaneseName() {
      return japaneseName;
    }

    @Override
    public String getEnglishName() {
      return englishName;
    }
  }

  private final Subject subject;
  private final Reason reason;
  private final String value;
  private final Object[] details;

  private InvalidValueException(Subject subject, Reason reason, String value, Object[] details) {
    super((String) null);
    this.subject = subject;
    this.reason = reason;
    this.value = value;
    this.details = details;
  }

  /**
   * A refused value.
   *
   * @param subject what the value should have been
   * @param reason why it cannot be
   * @param value the value as given (text, or a short description of an object, such as its name)
   * @param details the facts of the reason, as {@link Reason} lists them
   * @return the exception, to throw
   */
  public static InvalidValueException of(Subject subject, Reason reason, CharSequence value, Object... details) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(value, "value");
    for (Object d : details) {
      Objects.requireNonNull(d, "detail");
    }
    return new InvalidValueException(subject, reason, value.toString(), details.clone());
  }

  private static String format(Subject subject, Reason reason, String value, Object[] details, Locale locale) {
    return Messages.format("invalid.value", locale, subject, Text.escape(value), explanation(reason, details));
  }

  private static Messages.Message explanation(Reason reason, Object[] details) {
    return new Messages.Message("reason." + reason.name(), details);
  }

  /** Why the value cannot exist. */
  public Reason getReason() {
    return reason;
  }

  /** What the value should have been. */
  public Subject getSubject() {
    return subject;
  }

  /** The value as given: the text, or for an object a short description such as its name. */
  public String getValue() {
    return value;
  }

  /** The facts of the reason, in the order {@link Reason} lists them. */
  public List<Object> getDetails() {
    return List.of(details);
  }

  /**
   * The reason alone, without the subject and the value, in the reader's language: such as {@code 検査用数字が誤っています…}.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @return the explanation
   */
  public String getExplanation(Locale locale) {
    return explanation(reason, details).format(locale);
  }

  /**
   * The whole message in the reader's language: what the value should have been, the value, and why it cannot be.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @return such as {@code 法人番号「7000012050003」: 検査用数字が誤っています。…}
   */
  public String getMessage(Locale locale) {
    return format(subject, reason, value, details, locale);
  }

  /** The whole message in English, written when it is first asked for. */
  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return "InvalidValueException[" + subject + ", " + reason + ", " + Arrays.toString(details) + "]: " + getMessage();
  }
}
