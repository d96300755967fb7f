package io.github.tsunagari.money;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.internal.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit in which a table states its amounts once, for a column or for the whole table (金額の単位): {@code 円},
 * {@code 千円}, {@code 万円}, {@code 百万円}, {@code 億円}. Japanese public tables write it in a header,
 * {@code 金額(千円)} or {@code 交付決定額（千円）}, or in a note, {@code (単位:千円)} or {@code （単位：百万円）}; the bare
 * numbers below then count that unit, so that {@code 1,500} in a {@code 千円} column is 1,500,000 yen.
 *
 * <pre>{@code
 * YenUnit.find("金額(千円)");                          // Optional[THOUSAND_YEN]
 * YenUnit.stripFrom("金額(千円)");                     // "金額": the column, as a reader matches it
 * YenUnit.find("（単位：百万円）");                      // Optional[MILLION_YEN]
 * Yen.parse("1,500", YenUnit.THOUSAND_YEN);           // 150万円
 * Yen.parse("176", YenUnit.MILLION_YEN);              // 1億7,600万円
 * Yen.parse("600万円", YenUnit.THOUSAND_YEN);         // 600万円: the text states its own unit
 * }</pre>
 *
 * <p>See {@link Yen#parse(CharSequence, YenUnit)} for how a number is read in a unit.
 */
public enum YenUnit implements Bilingual {
  /** Yen (円): a bare number is the amount itself. */
  YEN("円", "yen", 1L),
  /** Thousands of yen (千円), the commonest unit of public tables: {@code 1,500} is 1,500,000 yen. */
  THOUSAND_YEN("千円", "thousand yen", 1_000L),
  /** Ten thousands of yen (万円): {@code 600} is 6,000,000 yen. */
  TEN_THOUSAND_YEN("万円", "ten thousand yen", 10_000L),
  /** Millions of yen (百万円), the unit of budget tables: {@code 176} is 176,000,000 yen. */
  MILLION_YEN("百万円", "million yen", 1_000_000L),
  /** Hundreds of millions of yen (億円): {@code 1.76} is 176,000,000 yen. */
  HUNDRED_MILLION_YEN("億円", "hundred million yen", 100_000_000L);

  /** The units as a header writes them, each tried where a unit may stand; none is the start of one tried later. */
  private static final YenUnit[] BY_NAME = {MILLION_YEN, THOUSAND_YEN, TEN_THOUSAND_YEN, HUNDRED_MILLION_YEN, YEN};

  private final String japaneseName;
  private final String englishName;
  private final long yen;

  YenUnit(String japaneseName, String englishName, long yen) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.yen = yen;
  }

  /** The unit in Japanese, as a header writes it: {@code 千円}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The unit in English: {@code thousand yen}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }

  /** How many yen one of this unit is (その単位の円額): 1 for 円, 1,000 for 千円, 1,000,000 for 百万円. */
  public long getYen() {
    return yen;
  }

  /**
   * Finds the unit a header or a table note states (単位の表記): a unit in brackets, {@code 金額(千円)},
   * {@code 交付決定額（千円）}, {@code (単位:千円)}, {@code 【単位：百万円】}, or after 単位, {@code 単位：円}. Full-width
   * brackets, colons and spaces are read as their ASCII forms; ( ), [ ], 【 】 and 〔 〕 are brackets; 単位 without
   * brackets stands apart, with white space or nothing before it and after its unit. Where the text
   * states several units, the first is found. A note that names units of other things as well, such as
   * {@code (単位:千円、人)}, states no unit of amounts here.
   *
   * @param text a header or a note, such as {@code 金額(千円)}
   * @return the unit it states; empty where it states none
   * @throws NullPointerException if text is null
   */
  public static Optional<YenUnit> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Statement statement = Statement.in(text);
    return statement == null ? Optional.empty() : Optional.of(statement.unit);
  }

  /**
   * Returns the text without the unit it states (単位を除いた見出し), and without the white space around what remains: the
   * name of the column, by which a table reader finds it. {@code 金額(千円)} gives {@code 金額}, {@code (単位:千円)} an
   * empty text, {@code 金額} itself. The statement taken out is the one {@link #find(CharSequence)} finds.
   *
   * @param text a header or a note, such as {@code 金額(千円)}
   * @return the text without its unit statement, stripped of surrounding white space
   * @throws NullPointerException if text is null
   */
  public static String stripFrom(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Statement statement = Statement.in(text);
    String s = text.toString();
    return strip(statement == null ? s : s.substring(0, statement.start) + s.substring(statement.end));
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Where a text states a unit: from {@code start} to {@code end} (exclusive). Found in one pass: a match starts only
   * at a bracket or at 単位 and looks no further than one unit past them, and a run of white space is looked at by at
   * most two matches, so the search is linear in the text's length.
   */
  private static final class Statement {
    private static final String OPENING = "([【〔";
    private static final String CLOSING = ")]】〕";

    final YenUnit unit;
    final int start;
    final int end;

    private Statement(YenUnit unit, int start, int end) {
      this.unit = unit;
      this.start = start;
      this.end = end;
    }

    static Statement in(CharSequence text) {
      String s = halfWidth(text);
      for (int p = 0; p < s.length(); p++) {
        int bracket = OPENING.indexOf(s.charAt(p));
        if (bracket >= 0) {
          Statement inBrackets = inBrackets(s, p, CLOSING.charAt(bracket));
          if (inBrackets != null) {
            return inBrackets;
          }
        } else if (s.startsWith("単位", p) && (p == 0 || isSpace(s.charAt(p - 1)))) {
          Statement afterWord = afterWord(s, p);
          if (afterWord != null) {
            return afterWord;
          }
        }
      }
      return null;
    }

    /** {@code (千円)}, {@code (単位:千円)}, {@code (単位 千円)}. */
    private static Statement inBrackets(String s, int p, char closing) {
      int q = spaces(s, p + 1);
      if (s.startsWith("単位", q)) {
        q = colon(s, q + 2);
      }
      for (YenUnit unit : BY_NAME) {
        if (s.startsWith(unit.japaneseName, q)) {
          int end = spaces(s, q + unit.japaneseName.length());
          return end < s.length() && s.charAt(end) == closing ? new Statement(unit, p, end + 1) : null;
        }
      }
      return null;
    }

    /**
     * {@code 単位:千円}, {@code 単位 千円}: starting the text or after white space, and ending it or followed by white
     * space.
     */
    private static Statement afterWord(String s, int p) {
      int q = colon(s, p + 2);
      for (YenUnit unit : BY_NAME) {
        if (s.startsWith(unit.japaneseName, q)) {
          int end = q + unit.japaneseName.length();
          return end == s.length() || isSpace(s.charAt(end)) ? new Statement(unit, p, end) : null;
        }
      }
      return null;
    }

    /** White space, an optional colon and white space. */
    private static int colon(String s, int q) {
      q = spaces(s, q);
      return q < s.length() && s.charAt(q) == ':' ? spaces(s, q + 1) : q;
    }

    private static int spaces(String s, int q) {
      while (q < s.length() && isSpace(s.charAt(q))) {
        q++;
      }
      return q;
    }

    /** The text with full-width ASCII folded, one character for one, so that places in it are places in the text. */
    private static String halfWidth(CharSequence text) {
      char[] folded = new char[text.length()];
      for (int k = 0; k < folded.length; k++) {
        folded[k] = Text.halfWidth(text.charAt(k));
      }
      return new String(folded);
    }
  }
}
