package io.github.tsunagari.internal;

import java.util.Objects;

/** Text helpers shared by the {@code parse} methods of the value types. Not part of the API. */
public final class Text {
  private Text() {}

  /**
   * Returns the text with surrounding white space (including the ideographic space U+3000) removed and full-width
   * digits and Latin letters (U+FF10…) turned into their ASCII forms. Nothing else changes.
   *
   * @param text the text as given
   * @param what the name of the value, for the exception message
   * @return the normalised text
   * @throws NullPointerException if text is null
   */
  public static String normalize(CharSequence text, String what) {
    Objects.requireNonNull(text, what);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      sb.append(c);
    }
    return strip(sb);
  }

  private static String strip(CharSequence s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.subSequence(start, end).toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** True if the text has exactly {@code length} characters, all ASCII digits. */
  public static boolean isDigits(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Quotes a value for an exception message so that empty text, white space and control characters stay visible.
   *
   * @param value the value as given
   * @return the value in double quotes, with control characters escaped
   */
  public static String quote(CharSequence value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    int max = Math.min(value.length(), 100);
    if (max > 0 && max < value.length() && Character.isHighSurrogate(value.charAt(max - 1))) {
      max--; // never cut a character in two
    }
    for (int i = 0; i < max; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (value.length() > max) {
      sb.append("…(").append(value.length()).append(" chars)");
    }
    return sb.append('"').toString();
  }
}
