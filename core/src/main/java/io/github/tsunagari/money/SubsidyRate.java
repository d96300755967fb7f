package io.github.tsunagari.money;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.InvalidValueException.Subject;
import io.github.tsunagari.internal.Text;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A subsidy rate (補助率, 交付率): the share of the eligible cost a grant may pay, as an exact fraction from 0 to 1,
 * kept as the source wrote it ({@code 2/3}, {@code 3分の2}, {@code 10/10}, {@code 20%}) and with "at most" (以内) where
 * it says so.
 *
 * <pre>{@code
 * SubsidyRate rate = SubsidyRate.parse("2/3");
 * rate.applyTo(Yen.parse("900万円"));      // 600万円
 * rate.applyTo(Yen.of(100));              // 66円: rounded down to the yen
 * SubsidyRate.parse("1/2以内").isAtMost(); // true
 * }</pre>
 *
 * <p>Equality compares the rate as written (numerator, denominator, notation and 以内), so that it reads back the
 * same; {@link #compareTo} and {@link #isSameRateAs} compare values ({@code 10/10} and {@code 100%} are the same
 * rate). Instances are immutable and thread-safe.
 */
public final class SubsidyRate implements Comparable<SubsidyRate>, Serializable {
  private static final long serialVersionUID = 1L;

  /** How a rate is written. */
  public enum Notation {
    /** {@code 2/3}. */
    FRACTION,
    /** {@code 3分の2}: the denominator first. */
    JAPANESE_FRACTION,
    /** {@code 20%}: a whole percentage. */
    PERCENT
  }

  private static final String EXAMPLE = "2/3, 3分の2, 1/2以内, 20%";

  private final long numerator;
  private final long denominator;
  private final Notation notation;
  private final boolean atMost;

  private SubsidyRate(long numerator, long denominator, Notation notation, boolean atMost) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.notation = notation;
    this.atMost = atMost;
  }

  /**
   * Returns the rate numerator/denominator, written as a fraction.
   *
   * @param numerator 0 or more, at most the denominator
   * @param denominator 1 or more
   * @return the rate
   * @throws InvalidValueException if the fraction is not from 0 to 1 ({@code RATE_OUT_OF_RANGE})
   */
  public static SubsidyRate of(long numerator, long denominator) {
    return of(numerator, denominator, Notation.FRACTION, false, numerator + "/" + denominator);
  }

  /**
   * Returns a whole percentage.
   *
   * @param percent 0 to 100
   * @return the rate, written as a percentage
   * @throws InvalidValueException if the percentage is not from 0 to 100
   */
  public static SubsidyRate ofPercent(long percent) {
    return of(percent, 100, Notation.PERCENT, false, percent + "%");
  }

  private static SubsidyRate of(long numerator, long denominator, Notation notation, boolean atMost, String text) {
    if (denominator < 1 || numerator < 0 || numerator > denominator) {
      throw InvalidValueException.of(Subject.SUBSIDY_RATE, Reason.RATE_OUT_OF_RANGE, text);
    }
    return new SubsidyRate(numerator, denominator, notation, atMost);
  }

  /**
   * Reads a rate: {@code 2/3}, {@code 3分の2}, {@code 10/10}, {@code 20%}, each optionally followed by {@code 以内}
   * ("at most"). Full-width digits and signs, and white space between the parts (never inside a number), are accepted.
   *
   * @param text the text
   * @return the rate
   * @throws InvalidValueException if the text is no rate ({@code BLANK}, {@code MALFORMED}) or not from 0 to 1
   *     ({@code RATE_OUT_OF_RANGE})
   * @throws NullPointerException if text is null
   */
  public static SubsidyRate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String original = text.toString();
    StringBuilder sb = new StringBuilder(original.length());
    boolean spaceAfterDigit = false;
    for (int k = 0; k < original.length(); k++) {
      char c = Text.halfWidth(original.charAt(k));
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        spaceAfterDigit = spaceAfterDigit || sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1));
        continue;
      }
      if (spaceAfterDigit && c >= '0' && c <= '9') {
        throw InvalidValueException.of(Subject.SUBSIDY_RATE, Reason.MALFORMED, original, EXAMPLE); // "2 0%"
      }
      spaceAfterDigit = false;
      sb.append(c);
    }
    String s = sb.toString();
    if (s.isEmpty()) {
      throw InvalidValueException.of(Subject.SUBSIDY_RATE, Reason.BLANK, original);
    }
    boolean atMost = s.endsWith("以内");
    if (atMost) {
      s = s.substring(0, s.length() - 2);
    }
    long a;
    long b;
    Notation notation;
    int slash = s.indexOf('/');
    int bunno = s.indexOf("分の");
    if (s.endsWith("%") && digits(s, 0, s.length() - 1)) {
      a = number(s, 0, s.length() - 1, original);
      b = 100;
      notation = Notation.PERCENT;
    } else if (slash > 0 && digits(s, 0, slash) && digits(s, slash + 1, s.length())) {
      a = number(s, 0, slash, original);
      b = number(s, slash + 1, s.length(), original);
      notation = Notation.FRACTION;
    } else if (bunno > 0 && digits(s, 0, bunno) && digits(s, bunno + 2, s.length())) {
      b = number(s, 0, bunno, original);
      a = number(s, bunno + 2, s.length(), original);
      notation = Notation.JAPANESE_FRACTION;
    } else {
      throw InvalidValueException.of(Subject.SUBSIDY_RATE, Reason.MALFORMED, original, EXAMPLE);
    }
    return of(a, b, notation, atMost, original);
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static long number(String s, int from, int to, String original) {
    try {
      return Long.parseLong(s, from, to, 10);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(Subject.SUBSIDY_RATE, Reason.RATE_OUT_OF_RANGE, original); // over 19 digits
    }
  }

  /** The numerator as written (2 in {@code 2/3}, 20 in {@code 20%}). */
  public long getNumerator() {
    return numerator;
  }

  /** The denominator as written (3 in {@code 2/3}, 100 in {@code 20%}). */
  public long getDenominator() {
    return denominator;
  }

  /** How the rate is written. */
  public Notation getNotation() {
    return notation;
  }

  /** True if the source says "at most" this rate (以内). */
  public boolean isAtMost() {
    return atMost;
  }

  /** Returns the same rate, "at most" (以内). */
  public SubsidyRate atMost() {
    return atMost ? this : new SubsidyRate(numerator, denominator, notation, true);
  }

  /**
   * The part of an amount this rate gives, rounded down to the whole yen (円未満切捨て): exactly
   * {@code floor(amount × numerator ÷ denominator)}, computed without overflow. The tax statement is kept.
   *
   * @param amount the eligible cost
   * @return the most a subsidy at this rate pays for it
   */
  public Yen applyTo(Yen amount) {
    long a = amount.getAmount();
    long result;
    long high = Math.multiplyHigh(a, numerator);
    long low = a * numerator;
    if (high == 0 && low >= 0) {
      result = low / denominator;
    } else {
      result = BigInteger.valueOf(a).multiply(BigInteger.valueOf(numerator))
          .divide(BigInteger.valueOf(denominator)).longValueExact(); // at most a, as the rate is at most 1
    }
    Yen yen = Yen.of(result);
    return amount.getTax().map(yen::withTax).orElse(yen);
  }

  /** True if both are the same share, however written ({@code 10/10} and {@code 100%}), with or without 以内. */
  public boolean isSameRateAs(SubsidyRate other) {
    return compareTo(other) == 0;
  }

  /** Compares the shares, however written. */
  @Override
  public int compareTo(SubsidyRate other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SubsidyRate)) {
      return false;
    }
    SubsidyRate r = (SubsidyRate) o;
    return r.numerator == numerator && r.denominator == denominator && r.notation == notation && r.atMost == atMost;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator, notation, atMost);
  }

  private Object readResolve() throws java.io.InvalidObjectException {
    if (notation == null) {
      throw new java.io.InvalidObjectException("a subsidy rate without its notation");
    }
    return of(numerator, denominator, notation, atMost, numerator + "/" + denominator); // checked as every rate is
  }

  /** The rate as written: {@code 2/3}, {@code 3分の2}, {@code 20%}, with {@code 以内} where it is "at most". */
  @Override
  public String toString() {
    String s;
    switch (notation) {
      case PERCENT:
        s = numerator + "%";
        break;
      case JAPANESE_FRACTION:
        s = denominator + "分の" + numerator;
        break;
      default:
        s = numerator + "/" + denominator;
    }
    return atMost ? s + "以内" : s;
  }
}
