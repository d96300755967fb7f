package io.github.tsunagari.internal;

import io.github.tsunagari.InvalidValueException;
import java.text.Normalizer;
import java.util.Objects;

/** Text helpers shared by the {@code parse} methods of the value types and by the rules. Not part of the API. */
public final class Text {
  /** How many code points of a value a message quotes before it cuts the value. */
  private static final int QUOTED_CODE_POINTS = 100;

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
    int n = text.length();
    boolean changes = n > 0 && (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1)));
    for (int i = 0; i < n && !changes; i++) {
      char c = text.charAt(i);
      changes = c >= '\uFF01' && c <= '\uFF5E';
    }
    if (!changes) {
      return text.toString(); // the common case: nothing to fold or strip
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      sb.append(halfWidth(c));
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

  /**
   * The ASCII form of a full-width ASCII character (U+FF01…U+FF5E: ０ → 0, Ａ → A, （ → (); any other character as it is.
   * The one width folding of the library's readers.
   *
   * @param c a character
   * @return its half-width form
   */
  public static char halfWidth(char c) {
    return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
  }

  /** White space of every kind: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    if (c >= '\u3041' && c <= '\u9FFF') {
      return false; // kana and kanji, nearly every character of Japanese text: no space among them
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The form in which two names are the same name: compatibility characters folded as by NFKC (full-width Latin
   * letters and digits, half-width katakana, ㈱), white space of every kind removed, Latin letters in lower case. The
   * one normalisation of names in the library: the rules compare names, and look for legal forms in them, through it.
   *
   * <p>Text of ASCII, kana and kanji alone (nearly every name) is folded in one pass without {@link Normalizer}.
   *
   * @param name a name
   * @return its folded form
   */
  public static String fold(CharSequence name) {
    int n = name.length();
    char[] folded = new char[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = halfWidth(c); // full-width ASCII, as NFKC folds it
      } else if (isSpace(c)) {
        continue;
      } else if (!isStableUnderNfkc(c)) {
        return foldSlowly(name); // half-width katakana, enclosed and squared forms, compatibility ideographs …
      }
      folded[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(folded, 0, length);
  }

  /** Characters NFKC leaves as they are: ASCII, common Japanese punctuation, kana and the unified ideographs. */
  private static boolean isStableUnderNfkc(char c) {
    return c < 0x80
        || c >= '\u3001' && c <= '\u3035' && c != '\u3004'
        || c >= '\u3041' && c <= '\u3096'
        || c >= '\u30A1' && c <= '\u30FE'
        || c >= '\u3400' && c <= '\u4DBF'
        || c >= '\u4E00' && c <= '\u9FFF';
  }

  private static String foldSlowly(CharSequence name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (!isSpace(c)) {
        sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
    }
    return sb.toString();
  }

  /** True if the text has exactly {@code length} characters, all ASCII digits. */
  public static boolean isDigits(CharSequence text, int length) {
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
   * Refuses text that is not the given number of ASCII digits, saying which it is not.
   *
   * @param subject what the text should be
   * @param text the text
   * @param length the number of digits
   * @throws InvalidValueException with {@code WRONG_LENGTH} or {@code NOT_DIGITS}
   */
  public static void requireDigits(InvalidValueException.Subject subject, String text, int length) {
    if (text.length() != length) {
      throw InvalidValueException.of(subject, InvalidValueException.Reason.WRONG_LENGTH, text, length, text.length());
    }
    if (!isDigits(text, length)) {
      throw InvalidValueException.of(subject, InvalidValueException.Reason.NOT_DIGITS, text, length);
    }
  }

  /** True if the text is not empty and has only ASCII digits. */
  public static boolean isDigits(CharSequence text) {
    return text.length() > 0 && isDigits(text, text.length());
  }

  /**
   * Escapes a value for a message so that white space and control characters stay visible: quotes and backslashes
   * are escaped, control, line-separator and format characters written {@code \\uXXXX}, and text longer than 100
   * code points cut after them, never inside a character, and marked …
   *
   * @param value the value as given
   * @return the value ready to stand between quotes
   */
  public static String escape(CharSequence value) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), 128) + 2);
    int i = 0;
    int codePoints = 0;
    while (i < value.length() && codePoints < QUOTED_CODE_POINTS) {
      int c = Character.codePointAt(value, i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (mustEscape(c)) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
      codePoints++;
    }
    if (i < value.length()) {
      sb.append('…'); // cut: the mark is the same in every language
    }
    return sb.toString();
  }

  /**
   * Writes the characters that must never reach a report or a terminal as they are ({@link #mustEscape(int)}) as
   * {@code \\uXXXX}; everything else, and the length, stay as they are. For text from the input that a message or a
   * report line carries: a property name in a path, an area text in a message.
   *
   * @param text the text
   * @return the text, safe to print
   */
  public static String sanitize(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && !mustEscape(Character.codePointAt(text, i))) {
      i += Character.charCount(Character.codePointAt(text, i));
    }
    if (i == n) {
      return text.toString(); // the common case: nothing to escape
    }
    StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
    while (i < n) {
      int c = Character.codePointAt(text, i);
      if (mustEscape(c)) {
        // A lone surrogate is one char; a control character one code point.
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  /**
   * True for the characters that must never reach a report or a terminal as they are: control characters, line and
   * paragraph separators, format characters (such as U+202E, which reorders text) and lone surrogates.
   *
   * @param c a code point
   * @return whether to write it escaped
   */
  public static boolean mustEscape(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT || type == Character.SURROGATE;
  }
}
