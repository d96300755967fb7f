package io.github.tsunagari.internal.form;

/**
 * Regular expressions of numeric ranges, so that a code's pattern is derived from the range the model holds (47
 * prefectures, fiscal years 1886 to 9998) rather than written out by hand. Not part of the API.
 */
final class Patterns {
  private Patterns() {}

  /**
   * A regular expression (without anchors) that matches exactly the numbers from {@code min} to {@code max}, each
   * written with {@code width} digits, zeros in front.
   *
   * @param min the least number
   * @param max the greatest
   * @param width the digits each is written with
   * @return the expression
   */
  static String range(long min, long max, int width) {
    if (min < 0 || max < min || Long.toString(max).length() > width) {
      throw new IllegalArgumentException(min + " to " + max + " in " + width + " digits");
    }
    return range(pad(min, width), pad(max, width));
  }

  private static String pad(long n, int width) {
    String s = Long.toString(n);
    return "0".repeat(width - s.length()) + s;
  }

  /** The numbers from lo to hi, both of the same width. */
  private static String range(String lo, String hi) {
    int w = lo.length();
    if (w == 0) {
      return "";
    }
    if (lo.equals(hi)) {
      return lo;
    }
    if (lo.equals("0".repeat(w)) && hi.equals("9".repeat(w))) {
      return w == 1 ? "[0-9]" : "[0-9]{" + w + "}";
    }
    char l = lo.charAt(0);
    char h = hi.charAt(0);
    String restLo = lo.substring(1);
    String restHi = hi.substring(1);
    if (l == h) {
      return l + group(range(restLo, restHi));
    }
    StringBuilder alternatives = new StringBuilder();
    char fromFull = l;
    if (!restLo.equals("0".repeat(w - 1))) {
      alternatives.append(l).append(group(range(restLo, "9".repeat(w - 1))));
      fromFull++;
    }
    char toFull = h;
    boolean lastPartial = !restHi.equals("9".repeat(w - 1));
    if (lastPartial) {
      toFull--;
    }
    if (fromFull <= toFull) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(fromFull == toFull ? String.valueOf(fromFull) : "[" + fromFull + "-" + toFull + "]")
          .append(w == 1 ? "" : w == 2 ? "[0-9]" : "[0-9]{" + (w - 1) + "}");
    }
    if (lastPartial) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(h).append(group(range("0".repeat(w - 1), restHi)));
    }
    return alternatives.indexOf("|") < 0 ? alternatives.toString() : "(?:" + alternatives + ")";
  }

  /** The expression as one atom, so that a digit may stand before it. */
  private static String group(String expression) {
    return expression.indexOf('|') < 0 || expression.startsWith("(?:") && expression.endsWith(")")
        && expression.indexOf(')') == expression.length() - 1 ? expression : "(?:" + expression + ")";
  }
}
