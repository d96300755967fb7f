package io.github.tsunagari.money;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.InvalidValueException.Subject;
import io.github.tsunagari.internal.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money in whole Japanese yen (金額, 円): never negative, exact, and, where the source says so, whether
 * consumption tax is included (税込) or not (税抜).
 *
 * <p>{@link #parse(CharSequence)} reads the forms Japanese documents use: {@code 600万円}, {@code 1億2,000万円},
 * {@code 1.76億円}, {@code 176百万円}, {@code 176,000千円}, {@code 1,781,931}, {@code ¥750,000}, {@code ¥1,781,931-} (as
 * receipts write it), {@code 750,000円(税込)}, {@code 金600万円}, with full-width digits and punctuation too.
 * {@link #parse(CharSequence, YenUnit)} reads a bare number in the unit a table states once for a column or for the
 * whole table ({@code 1,500} in a {@code 金額(千円)} column is 1,500,000 yen; see {@link YenUnit}). {@link #format()}
 * writes the Japanese form ({@code 600万円}, {@code 178万1,931円}) and {@link #toPlainString()} the bare digits
 * ({@code 6000000}, as gBizINFO writes amounts); both read back to the same amount.
 *
 * <pre>{@code
 * Yen ceiling = Yen.parse("600万円");     // 6,000,000 yen
 * ceiling.format();                       // "600万円"
 * Yen regrant = Yen.parse("750,000円(税込)");
 * regrant.getTax();                       // Optional[INCLUDED]
 * ceiling.plus(Yen.of(1));                // 600万1円
 * }</pre>
 *
 * <p>Equality compares the amount and the tax statement, as the source wrote them; {@link #compareTo(Yen)} compares
 * amounts only (so it is inconsistent with equals for amounts that differ only in their tax statement, as
 * {@link java.math.BigDecimal}'s scale is). Instances are immutable and thread-safe.
 */
public final class Yen implements Comparable<Yen>, Serializable {
  private static final long serialVersionUID = 1L;

  /** What the source says of consumption tax in an amount. */
  public enum Tax implements Bilingual {
    /** Tax included (税込). */
    INCLUDED("税込", "tax included"),
    /** Tax excluded (税抜). */
    EXCLUDED("税抜", "tax excluded");

    private final String japaneseName;
    private final String englishName;

    Tax(String japaneseName, String englishName) {
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

  /** No yen. */
  public static final Yen ZERO = new Yen(0, null);

  /** The largest amount: {@link Long#MAX_VALUE} yen. */
  public static final Yen MAX = new Yen(Long.MAX_VALUE, null);

  /** The units of the Japanese form, largest first: 京, 兆, 億, 万, each 10,000 times the next. */
  private static final char[] UNITS = {'京', '兆', '億', '万'};
  private static final long[] UNIT_VALUES = {10_000_000_000_000_000L, 1_000_000_000_000L, 100_000_000L, 10_000L};

  private final long amount;
  private final Tax tax;

  private Yen(long amount, Tax tax) {
    this.amount = amount;
    this.tax = tax;
  }

  /**
   * Returns an amount of whole yen, with no tax statement.
   *
   * @param yen the amount, 0 or more
   * @return the amount
   * @throws InvalidValueException if the amount is negative ({@code NEGATIVE_AMOUNT})
   */
  public static Yen of(long yen) {
    if (yen < 0) {
      throw InvalidValueException.of(Subject.YEN, Reason.NEGATIVE_AMOUNT, Long.toString(yen));
    }
    return yen == 0 ? ZERO : new Yen(yen, null);
  }

  /**
   * Returns an amount of whole yen with a tax statement.
   *
   * @param yen the amount, 0 or more
   * @param tax whether tax is included
   * @return the amount
   * @throws InvalidValueException if the amount is negative
   */
  public static Yen of(long yen, Tax tax) {
    return of(yen).withTax(tax);
  }

  /**
   * Reads an amount as Japanese documents write it (see the class description). White space around the text and
   * between its parts is ignored; full-width digits, commas, points and brackets are read as their ASCII forms.
   *
   * <p>A dash after the digits of an amount written with a yen sign, {@code ¥1,781,931-} (also {@code −} or
   * {@code ―}), is the receipt's mark that nothing follows (no sen, nothing added), not a minus. After 円, or with no
   * yen sign, a dash is refused ({@code MALFORMED}): there it may stand for 〜, "from", as in a price list's
   * {@code 1,000円-}, or start a range. A sign before the amount ({@code -}, {@code △}, {@code ▲}) is a negative amount
   * and refused as one.
   *
   * @param text the text, such as {@code 600万円} or {@code 750,000円(税込)}
   * @return the amount
   * @throws InvalidValueException if the text is no amount ({@code BLANK}, {@code MALFORMED}), a negative one
   *     ({@code NEGATIVE_AMOUNT}), a fraction of a yen ({@code FRACTION_OF_YEN}) or more than {@link #MAX}
   *     ({@code OUT_OF_RANGE})
   * @throws NullPointerException if text is null
   */
  public static Yen parse(CharSequence text) {
    return parse(text, YenUnit.YEN);
  }

  /**
   * Reads an amount in a table that states its unit once, for a column or for the whole table (単位:千円): a bare
   * number counts that unit, so that {@code 1,500} in {@link YenUnit#THOUSAND_YEN} is 1,500,000 yen and {@code 1.5} in
   * {@link YenUnit#MILLION_YEN} is 1,500,000 yen. Text that states its own unit is read as it says and never multiplied
   * again: a unit word ({@code 円}, {@code 千}, {@code 万}, {@code 百万}, {@code 億}, {@code 兆}, {@code 京}) or a yen sign
   * ({@code ¥}, {@code 金}), so that {@code 600万円} is 6,000,000 yen in any column, and {@code 500円} in a 千円 column is
   * 500 yen: the cell's own words are the nearer statement. A tax statement ({@code (税込)}) states no unit. Otherwise
   * the forms are those of {@link #parse(CharSequence)}.
   *
   * @param text the text of one cell, such as {@code 1,500} or {@code 1,500(税込)}
   * @param unit the unit the column or table states, as {@link YenUnit#find(CharSequence)} finds it
   * @return the amount
   * @throws InvalidValueException if the text is no amount ({@code BLANK}, {@code MALFORMED}), a negative one
   *     ({@code NEGATIVE_AMOUNT}), a fraction of a yen once multiplied ({@code FRACTION_OF_YEN}, such as {@code 0.0005}
   *     in 千円) or more than {@link #MAX} once multiplied ({@code OUT_OF_RANGE})
   * @throws NullPointerException if text or unit is null
   */
  public static Yen parse(CharSequence text, YenUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    return new Parser(text).parse(unit);
  }

  /** The amount in yen. */
  public long getAmount() {
    return amount;
  }

  /** Whether the source said tax is included or excluded; empty where it said neither. */
  public Optional<Tax> getTax() {
    return Optional.ofNullable(tax);
  }

  /**
   * Returns the same amount with a tax statement.
   *
   * @param tax whether tax is included
   * @return the amount with the statement
   */
  public Yen withTax(Tax tax) {
    Objects.requireNonNull(tax, "tax");
    return tax == this.tax ? this : new Yen(amount, tax);
  }

  /** Returns the same amount with no tax statement. */
  public Yen withoutTax() {
    return tax == null ? this : of(amount);
  }

  /** True if the amount is zero yen. */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Returns the sum. The tax statement is kept where both amounts have the same, and dropped otherwise.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidValueException if the sum exceeds {@link #MAX} ({@code OUT_OF_RANGE})
   */
  public Yen plus(Yen other) {
    long sum = amount + other.amount;
    if (sum < 0) {
      throw InvalidValueException.of(Subject.YEN, Reason.OUT_OF_RANGE, amount + " + " + other.amount, 0,
          Long.MAX_VALUE);
    }
    return new Yen(sum, tax == other.tax ? tax : null);
  }

  /**
   * Returns the difference. The tax statement is kept where both amounts have the same, and dropped otherwise.
   *
   * @param other the amount to subtract, at most this one
   * @return the difference
   * @throws InvalidValueException if the other amount is larger ({@code NEGATIVE_AMOUNT})
   */
  public Yen minus(Yen other) {
    if (other.amount > amount) {
      throw InvalidValueException.of(Subject.YEN, Reason.NEGATIVE_AMOUNT, amount + " - " + other.amount);
    }
    return new Yen(amount - other.amount, tax == other.tax ? tax : null);
  }

  /**
   * Returns this amount times a whole number, keeping the tax statement.
   *
   * @param factor 0 or more
   * @return the product
   * @throws InvalidValueException if the factor is negative or the product exceeds {@link #MAX}
   */
  public Yen times(long factor) {
    if (factor < 0) {
      throw InvalidValueException.of(Subject.YEN, Reason.NEGATIVE_AMOUNT, amount + " × " + factor);
    }
    long high = Math.multiplyHigh(amount, factor);
    long product = amount * factor;
    if (high != 0 || product < 0) {
      throw InvalidValueException.of(Subject.YEN, Reason.OUT_OF_RANGE, amount + " × " + factor, 0, Long.MAX_VALUE);
    }
    return new Yen(product, tax);
  }

  /**
   * Returns this amount times a subsidy rate, rounded down to the whole yen (円未満切捨て): the most a subsidy at that rate
   * gives for this eligible cost. Exactly {@code floor(amount × numerator ÷ denominator)}.
   *
   * @param rate the rate
   * @return the product, rounded down
   */
  public Yen times(SubsidyRate rate) {
    return rate.applyTo(this);
  }

  /** The larger of two amounts (this one where they are equal). */
  public Yen max(Yen other) {
    return other.amount > amount ? other : this;
  }

  /**
   * The Japanese form, in units of 万, 億, 兆 and 京 with the digits of each grouped by commas, and the tax statement in
   * brackets where there is one: {@code 600万円}, {@code 1億2,000万円}, {@code 178万1,931円}, {@code 75万円(税込)},
   * {@code 0円}.
   */
  public String format() {
    StringBuilder sb = new StringBuilder(16);
    long rest = amount;
    for (int i = 0; i < UNITS.length; i++) {
      long group = rest / UNIT_VALUES[i];
      if (group > 0) {
        grouped(sb, group).append(UNITS[i]);
        rest %= UNIT_VALUES[i];
      }
    }
    if (rest > 0 || amount == 0) {
      grouped(sb, rest);
    }
    sb.append('円');
    if (tax != null) {
      sb.append('(').append(tax.getJapaneseName()).append(')');
    }
    return sb.toString();
  }

  private static StringBuilder grouped(StringBuilder sb, long n) {
    String digits = Long.toString(n);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb;
  }

  /** The amount as bare digits, {@code 6000000}: the form of gBizINFO and of the canonical JSON. No tax statement. */
  public String toPlainString() {
    return Long.toString(amount);
  }

  /** Compares amounts, whatever their tax statements. */
  @Override
  public int compareTo(Yen other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Yen && ((Yen) o).amount == amount && ((Yen) o).tax == tax;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount) * 31 + Objects.hashCode(tax);
  }

  /** The Japanese form, as {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }

  private Object readResolve() {
    return amount < 0 ? of(amount) : this;
  }

  /**
   * Reads the forms of {@link #parse}: an optional tax statement, 金 or ¥, then groups of a number with an optional 千
   * and a unit (京, 兆, 億, 万) in descending order, or one number with 百万, then an optional 円 (or after ¥ a dash)
   * and tax statement. White space may stand between parts, never inside a number. Input longer than any amount is
   * refused before any arithmetic, so that reading is linear in the text's length.
   */
  private static final class Parser {
    private static final String EXAMPLE = "600万円, 1,781,931, 750,000円(税込)";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** The dashes a receipt writes after the digits: hyphen-minus (and its full-width form), minus sign, bar. */
    private static final String DASHES = "-\u2212\u2015";
    /** Longer than the longest amount in any form (922京3,372兆368億5,477万5,807円(税込) and spaces). */
    private static final int MAX_LENGTH = 64;
    private final String original;
    private final String s;
    private int i;
    /** Whether the text states its own unit: a unit word, 円, ¥ or 金. */
    private boolean stated;

    Parser(CharSequence text) {
      original = text.toString();
      StringBuilder sb = new StringBuilder(Math.min(original.length(), MAX_LENGTH + 1));
      for (int k = 0; k < original.length() && sb.length() <= MAX_LENGTH; k++) {
        char c = original.charAt(k) == '\uFFE5' ? '¥' : Text.halfWidth(original.charAt(k)); // ￥, ０, ，, （ …
        sb.append(c);
      }
      s = sb.toString().strip();
    }

    Yen parse(YenUnit unit) {
      if (s.isEmpty()) {
        throw InvalidValueException.of(Subject.YEN, Reason.BLANK, original);
      }
      if (original.strip().length() > MAX_LENGTH) {
        boolean digits = original.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',' || c >= '０' && c <= '９');
        throw digits ? InvalidValueException.of(Subject.YEN, Reason.OUT_OF_RANGE, original, 0, Long.MAX_VALUE)
            : malformed();
      }
      Tax tax = taxWord();
      spaces();
      sign();
      boolean yenSign = false;
      if (i < s.length() && (s.charAt(i) == '金' || s.charAt(i) == '¥' || s.charAt(i) == '\\')) {
        yenSign = s.charAt(i) != '金';
        stated = true;
        i++;
        spaces();
      }
      sign();
      BigDecimal amount = amount();
      spaces();
      if (i < s.length() && s.charAt(i) == '円') {
        stated = true;
        i++;
        spaces();
      } else if (yenSign && i < s.length() && DASHES.indexOf(s.charAt(i)) >= 0) {
        i++; // ¥1,781,931-: the receipt's close of the digits
        spaces();
      }
      if (tax == null) {
        boolean bracket = i < s.length() && s.charAt(i) == '(';
        if (bracket) {
          i++;
          spaces();
        }
        tax = taxWord();
        if (bracket) {
          spaces();
          if (tax == null || i >= s.length() || s.charAt(i) != ')') {
            throw malformed();
          }
          i++;
        }
      }
      if (i != s.length()) {
        throw malformed();
      }
      Yen yen = of(exact(stated ? amount : amount.multiply(BigDecimal.valueOf(unit.getYen()))));
      return tax == null ? yen : yen.withTax(tax);
    }

    /** A minus or a triangle before the amount (before or after ¥): a negative amount, refused as one. */
    private void sign() {
      if (i < s.length() && "-−△▲".indexOf(s.charAt(i)) >= 0) {
        throw InvalidValueException.of(Subject.YEN, Reason.NEGATIVE_AMOUNT, original);
      }
    }

    /** The amount in whole yen, or the reason it is none. */
    private long exact(BigDecimal total) {
      BigDecimal stripped = total.stripTrailingZeros();
      if (stripped.scale() > 0) {
        throw InvalidValueException.of(Subject.YEN, Reason.FRACTION_OF_YEN, original);
      }
      if (stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw InvalidValueException.of(Subject.YEN, Reason.OUT_OF_RANGE, original, 0, Long.MAX_VALUE);
      }
      return stripped.longValueExact();
    }

    /**
     * The groups of the amount, each below 10,000 of its unit but the first, as written: not yet in whole yen, and
     * not yet multiplied by a table's unit.
     */
    private BigDecimal amount() {
      BigDecimal total = BigDecimal.ZERO;
      int lastUnit = -1;
      boolean first = true;
      boolean any = false;
      while (i < s.length() && isDigit(s.charAt(i))) {
        any = true;
        BigDecimal value = number(first);
        boolean decimal = value.scale() > 0;
        spaces();
        if (s.startsWith("百万", i)) {
          if (!first) {
            throw malformed(); // 1億5百万円: tables write 百万 as the unit of the whole amount, 105百万円
          }
          i += 2;
          stated = true;
          total = value.multiply(MILLION); // 176百万円, 1.5百万円: the whole amount
          spaces();
          break;
        }
        if (i < s.length() && s.charAt(i) == '千') {
          i++;
          stated = true;
          boolean table = value.compareTo(BigDecimal.TEN) >= 0; // 176,000千円: thousands of yen, as tables write
          value = value.multiply(BigDecimal.valueOf(1000));
          spaces();
          if (table) {
            if (!first) {
              throw malformed();
            }
            total = value;
            break;
          }
          if (i < s.length() && isDigit(s.charAt(i))) {
            BigDecimal rest = number(false); // 5千3百 is not read; 1万5千300円 is
            if (decimal || rest.compareTo(BigDecimal.valueOf(1000)) >= 0) {
              throw malformed();
            }
            value = value.add(rest);
            spaces();
          }
        }
        int unit = i < s.length() ? unitAt(s.charAt(i)) : -1;
        if (!first && value.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
          throw malformed();
        }
        if (unit < 0) {
          total = total.add(value);
          break;
        }
        if (unit <= lastUnit) {
          throw malformed();
        }
        i++;
        stated = true;
        total = total.add(value.multiply(BigDecimal.valueOf(UNIT_VALUES[unit])));
        lastUnit = unit;
        first = false;
        spaces();
        if (decimal) {
          break; // 1.5億 says all there is below 億: nothing may follow but 円 and the tax statement
        }
      }
      if (!any) {
        throw malformed(); // no number at all
      }
      return total;
    }

    /** Digits with commas between groups of three, and a decimal part only where allowed; no space inside. */
    private BigDecimal number(boolean decimalAllowed) {
      int start = i;
      StringBuilder digits = new StringBuilder();
      int group = 0;
      boolean comma = false;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (isDigit(c)) {
          digits.append(c);
          group++;
        } else if (c == ',' && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
          if (comma ? group != 3 : group > 3) {
            throw malformed();
          }
          comma = true;
          group = 0;
        } else {
          break;
        }
        i++;
      }
      if (comma && group != 3 || i == start) {
        throw malformed();
      }
      if (i < s.length() && s.charAt(i) == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
        if (!decimalAllowed) {
          throw malformed();
        }
        digits.append('.');
        i++;
        while (i < s.length() && isDigit(s.charAt(i))) {
          digits.append(s.charAt(i++));
        }
      }
      if (i < s.length() && isDigit(s.charAt(i))) {
        throw malformed();
      }
      return new BigDecimal(digits.toString());
    }

    private static int unitAt(char c) {
      for (int u = 0; u < UNITS.length; u++) {
        if (c == UNITS[u]) {
          return u;
        }
      }
      return -1;
    }

    private void spaces() {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
        i++;
      }
    }

    /** 税込, 税込み, 税抜, 税抜き or 税別 at the current place, if one stands there. */
    private Tax taxWord() {
      for (Tax t : Tax.values()) {
        for (String word : t == Tax.INCLUDED ? new String[] {"税込み", "税込"} : new String[] {"税抜き", "税抜", "税別"}) {
          if (s.startsWith(word, i)) {
            i += word.length();
            return t;
          }
        }
      }
      return null;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private InvalidValueException malformed() {
      return InvalidValueException.of(Subject.YEN, Reason.MALFORMED, original, EXAMPLE);
    }
  }
}
