package io.github.tsunagari.organization;

import static io.github.tsunagari.InvalidValueException.Reason.MISSING_PREFIX;
import static io.github.tsunagari.InvalidValueException.Reason.WRONG_CHECK_DIGIT;
import static io.github.tsunagari.InvalidValueException.Subject.CORPORATE_NUMBER;
import static io.github.tsunagari.InvalidValueException.Subject.ORGANIZATION_IDENTIFIER;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;

/**
 * A Corporate Number (法人番号): the 13-digit number the National Tax Agency assigns to every registered corporation,
 * national body and local government.
 *
 * <p>The leftmost digit is a check digit over the 12-digit base number:
 * {@code 9 − (Σ Pn × Qn mod 9)}, with {@code n = 1…12} counted from the rightmost base digit, {@code Qn = 1} for odd
 * {@code n} and {@code 2} for even {@code n} (法人番号の指定等に関する省令 第2条). The check digit is 1…9, so a valid
 * number never starts with 0.
 *
 * <p>A value of this class always has 13 digits and a correct check digit. A passing number need not exist, and the
 * check cannot catch a 0↔9 substitution. Instances are immutable and compare by value.
 *
 * <pre>{@code
 * CorporateNumber nta = CorporateNumber.of("7000012050002");      // 国税庁
 * nta.toIdentifier();                                             // "JP-JCN-7000012050002"
 * CorporateNumber.parse(" ７０００１２０５０００２ ");              // full-width digits and spaces accepted
 * CorporateNumber.of("700001205000");                             // InvalidValueException: WRONG_LENGTH
 * CorporateNumber.of("7000012050003");                            // InvalidValueException: WRONG_CHECK_DIGIT, 6
 * }</pre>
 */
public final class CorporateNumber implements Comparable<CorporateNumber> {
  /**
   * The org-id.guide prefix of Japan's Corporate Number list, as used in 360Giving and IATI organisation identifiers.
   */
  public static final String IDENTIFIER_PREFIX = "JP-JCN-";

  private final String digits;

  private CorporateNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Returns the corporate number for 13 digits with a correct check digit.
   *
   * @param digits 13 ASCII digits, such as {@code "7000012050002"}
   * @return the corporate number
   * @throws InvalidValueException if the text is not 13 digits ({@code WRONG_LENGTH}, {@code NOT_DIGITS}) or its
   *     check digit is wrong ({@code WRONG_CHECK_DIGIT}, with the expected digit)
   * @throws NullPointerException if digits is null
   */
  public static CorporateNumber of(String digits) {
    if (digits == null) {
      throw new NullPointerException("corporate number");
    }
    Text.requireDigits(CORPORATE_NUMBER, digits, 13);
    int expected = checkDigit(digits.substring(1));
    if (digits.charAt(0) - '0' != expected) {
      throw InvalidValueException.of(CORPORATE_NUMBER, WRONG_CHECK_DIGIT, digits, expected, digits.substring(1));
    }
    return new CorporateNumber(digits);
  }

  /**
   * Reads a corporate number from text: 13 digits, or the identifier form {@code JP-JCN-} + 13 digits. Full-width
   * digits and surrounding spaces are accepted; spaces or hyphens inside the number are not.
   *
   * @param text the text to read
   * @return the corporate number
   * @throws InvalidValueException if the text is not a valid corporate number
   * @throws NullPointerException if text is null
   */
  public static CorporateNumber parse(CharSequence text) {
    if (text instanceof String && Text.isDigits((String) text, 13)) {
      return of((String) text); // the canonical form: nothing to normalise
    }
    String s = Text.normalize(text, "corporate number");
    if (s.startsWith(IDENTIFIER_PREFIX)) {
      s = s.substring(IDENTIFIER_PREFIX.length());
    }
    return of(s);
  }

  /**
   * Returns the corporate number of an organisation identifier in the 360Giving/IATI form {@code JP-JCN-<13 digits>}.
   *
   * @param identifier the identifier, such as {@code "JP-JCN-7000012050002"}
   * @return the corporate number
   * @throws InvalidValueException if the text does not start with {@code JP-JCN-} ({@code MISSING_PREFIX}) or the
   *     number is invalid
   */
  public static CorporateNumber fromIdentifier(String identifier) {
    if (identifier == null) {
      throw new NullPointerException("organisation identifier");
    }
    if (!identifier.startsWith(IDENTIFIER_PREFIX)) {
      throw InvalidValueException.of(ORGANIZATION_IDENTIFIER, MISSING_PREFIX, identifier, IDENTIFIER_PREFIX);
    }
    return of(identifier.substring(IDENTIFIER_PREFIX.length()));
  }

  /**
   * Computes the check digit of a 12-digit base number.
   *
   * @param base twelve ASCII digits
   * @return the check digit, 1…9
   * @throws InvalidValueException if the text is not 12 digits
   * @throws NullPointerException if base is null
   */
  public static int checkDigit(String base) {
    Text.requireDigits(CORPORATE_NUMBER, java.util.Objects.requireNonNull(base, "base number"), 12);
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int digit = base.charAt(12 - n) - '0';
      sum += digit * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /**
   * Tells whether text is a valid corporate number, without throwing.
   *
   * @param digits the text, may be null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(CharSequence digits) {
    if (digits == null) {
      return false;
    }
    String s = digits.toString();
    return Text.isDigits(s, 13) && s.charAt(0) - '0' == checkDigit(s.substring(1));
  }

  /** The check digit, 1…9. */
  public int getCheckDigit() {
    return digits.charAt(0) - '0';
  }

  /** The 12-digit base number, without the check digit. */
  public String getBaseNumber() {
    return digits.substring(1);
  }

  /** The identifier in the 360Giving/IATI form, {@code JP-JCN-} followed by the 13 digits. */
  public String toIdentifier() {
    return IDENTIFIER_PREFIX + digits;
  }

  /** The 13 digits. */
  @Override
  public String toString() {
    return digits;
  }

  @Override
  public int compareTo(CorporateNumber other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorporateNumber && ((CorporateNumber) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }
}
