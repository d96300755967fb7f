package io.github.tsunagari.tables.internal;

/**
 * A cell's text in a CSV file, guarded so that no spreadsheet runs it: a text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written after a {@code '}, as OWASP advises against CSV
 * injection, and so is a text that starts with {@code '} itself, so that reading takes exactly one {@code '} off and
 * every text comes back as it was. A {@code '} before any other character is read as written. Not part of the API.
 */
public final class CellText {
  private static final char GUARD = '\'';

  private CellText() {}

  /** The text as it is written in a CSV cell. */
  public static String write(String text) {
    return needsGuard(text, 0) ? GUARD + text : text;
  }

  /** The text of a CSV cell as written, with the guard {@link #write} adds taken off. */
  public static String read(String cell) {
    return cell.length() > 1 && cell.charAt(0) == GUARD && needsGuard(cell, 1) ? cell.substring(1) : cell;
  }

  private static boolean needsGuard(String s, int i) {
    return startsAsFormula(s, i) || s.length() > i && (s.charAt(i) == '\t' || s.charAt(i) == '\r'
        || s.charAt(i) == GUARD);
  }

  /**
   * True for a text a spreadsheet takes as a formula when it is typed or imported: it starts with {@code =},
   * {@code +}, {@code -} or {@code @}. The XLSX writer gives such cells Excel's quote prefix; CSV guards them with
   * {@code '}.
   *
   * @param s the text
   * @param i where it starts
   * @return whether it starts as a formula would
   */
  public static boolean startsAsFormula(String s, int i) {
    if (s.length() <= i) {
      return false;
    }
    char c = s.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }
}
