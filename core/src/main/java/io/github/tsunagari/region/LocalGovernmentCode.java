package io.github.tsunagari.region;

import static io.github.tsunagari.InvalidValueException.Reason.NO_SUCH_PREFECTURE;
import static io.github.tsunagari.InvalidValueException.Reason.WRONG_CHECK_DIGIT;
import static io.github.tsunagari.InvalidValueException.Subject.JIS_CODE;
import static io.github.tsunagari.InvalidValueException.Subject.LOCAL_GOVERNMENT_CODE;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;

/**
 * A local government code (全国地方公共団体コード): six digits, the five-digit JIS X 0402 code followed by a check
 * digit.
 *
 * <p>The first two digits are the prefecture's JIS X 0401 code. A prefecture's own code is {@code PP000} plus its check
 * digit (東京都 {@code 130001}); a municipality's is the prefecture code, three digits and the check digit (大船渡市
 * {@code 032034}). The check digit is {@code (11 − S mod 11) mod 10} where {@code S = d1×6 + d2×5 + d3×4 + d4×3 + d5×2}.
 *
 * <p>A value of this class always has six digits, a prefecture part 01…47 and a correct check digit. A passing code need
 * not be in use: the check digit catches typing errors, not retired or invented codes. Instances are immutable and
 * compare by value.
 */
public final class LocalGovernmentCode implements Comparable<LocalGovernmentCode> {
  private final String code;

  private LocalGovernmentCode(String code) {
    this.code = code;
  }

  /**
   * Returns the code for six digits with a correct check digit.
   *
   * @param code six ASCII digits, such as {@code "032034"}
   * @return the code
   * @throws InvalidValueException if the text is not six digits ({@code WRONG_LENGTH}, {@code NOT_DIGITS}), names no
   *     prefecture ({@code NO_SUCH_PREFECTURE}) or its check digit is wrong ({@code WRONG_CHECK_DIGIT}, with the expected
   *     digit)
   * @throws NullPointerException if code is null
   */
  public static LocalGovernmentCode of(String code) {
    if (code == null) {
      throw new NullPointerException("local government code");
    }
    Text.requireDigits(LOCAL_GOVERNMENT_CODE, code, 6);
    checkPrefecturePart(LOCAL_GOVERNMENT_CODE, code);
    int expected = checkDigit(code.substring(0, 5));
    if (code.charAt(5) - '0' != expected) {
      throw InvalidValueException.of(LOCAL_GOVERNMENT_CODE, WRONG_CHECK_DIGIT, code, expected, code.substring(0, 5));
    }
    return new LocalGovernmentCode(code);
  }

  /**
   * Reads a code from text: six digits with check digit, or the five-digit JIS X 0402 code, whose check digit is then
   * computed. Full-width digits and surrounding spaces are accepted.
   *
   * @param text the text to read
   * @return the code
   * @throws InvalidValueException if the text is not such a code
   * @throws NullPointerException if text is null
   */
  public static LocalGovernmentCode parse(CharSequence text) {
    if (text instanceof String && Text.isDigits((String) text, 6)) {
      return of((String) text); // the canonical form: nothing to normalise
    }
    String s = Text.normalize(text, "local government code");
    if (Text.isDigits(s, 5)) {
      return fromJisCode(s);
    }
    return of(s);
  }

  /**
   * Returns the code for a five-digit JIS X 0402 code, computing its check digit.
   *
   * @param jisCode five ASCII digits, such as {@code "03203"}
   * @return the code, such as {@code 032034}
   * @throws InvalidValueException if the text is not five digits or names no prefecture
   */
  public static LocalGovernmentCode fromJisCode(String jisCode) {
    if (jisCode == null) {
      throw new NullPointerException("JIS X 0402 code");
    }
    Text.requireDigits(JIS_CODE, jisCode, 5);
    checkPrefecturePart(JIS_CODE, jisCode);
    return new LocalGovernmentCode(jisCode + checkDigit(jisCode));
  }

  static LocalGovernmentCode ofPrefecture(Prefecture prefecture) {
    return fromJisCode(prefecture.getCode() + "000");
  }

  /**
   * Computes the check digit of a five-digit JIS X 0402 code.
   *
   * @param jisCode five ASCII digits
   * @return the check digit, 0…9
   * @throws InvalidValueException if the text is not five digits
   * @throws NullPointerException if jisCode is null
   */
  public static int checkDigit(String jisCode) {
    Text.requireDigits(JIS_CODE, java.util.Objects.requireNonNull(jisCode, "JIS X 0402 code"), 5);
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (jisCode.charAt(i) - '0') * (6 - i);
    }
    return (11 - sum % 11) % 10;
  }

  /**
   * What a local government's corporate number (法人番号) starts with, after its check digit and before the six digits
   * of its code: {@code 8000020130001} is 東京都's, {@code 130001}.
   */
  public static final String CORPORATE_NUMBER_BASE = "000020";

  /**
   * The code a local government's corporate number holds ({@value #CORPORATE_NUMBER_BASE} and the code): the reverse of
   * {@link LocalGovernment#getCorporateNumber()}.
   *
   * @param number a corporate number
   * @return the code, or empty where the number is no local government's, or holds no valid code
   */
  public static java.util.Optional<LocalGovernmentCode> fromCorporateNumber(
      io.github.tsunagari.organization.CorporateNumber number) {
    String base = number.getBaseNumber();
    String code = base.substring(CORPORATE_NUMBER_BASE.length());
    return base.startsWith(CORPORATE_NUMBER_BASE) && isValid(code) ? java.util.Optional.of(of(code))
        : java.util.Optional.empty();
  }

  /**
   * Tells whether six characters form a valid code, without throwing.
   *
   * @param code the text to check, may be null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(CharSequence code) {
    if (code == null) {
      return false;
    }
    String s = code.toString();
    if (!Text.isDigits(s, 6)) {
      return false;
    }
    int pref = Integer.parseInt(s.substring(0, 2));
    return pref >= 1 && pref <= 47 && s.charAt(5) - '0' == checkDigit(s.substring(0, 5));
  }

  private static void checkPrefecturePart(InvalidValueException.Subject subject, String code) {
    int pref = Integer.parseInt(code.substring(0, 2));
    if (pref < 1 || pref > 47) {
      throw InvalidValueException.of(subject, NO_SUCH_PREFECTURE, code, code.substring(0, 2));
    }
  }

  /** The prefecture the local government belongs to (or is). */
  public Prefecture getPrefecture() {
    return Prefecture.of(Integer.parseInt(code.substring(0, 2)));
  }

  /** True if this is a prefecture's own code ({@code PP000} + check digit). */
  public boolean isPrefecture() {
    return code.startsWith("000", 2);
  }

  /** The five-digit JIS X 0402 code, without the check digit. */
  public String getJisCode() {
    return code.substring(0, 5);
  }

  /** The check digit, 0…9. */
  public int getCheckDigit() {
    return code.charAt(5) - '0';
  }

  /** The six digits, such as {@code 032034}. */
  @Override
  public String toString() {
    return code;
  }

  @Override
  public int compareTo(LocalGovernmentCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalGovernmentCode && ((LocalGovernmentCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
