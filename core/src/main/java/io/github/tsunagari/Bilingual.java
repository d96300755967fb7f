package io.github.tsunagari;

import java.util.Locale;

/**
 * Something with a name in Japanese and in English: prefectures, legal forms, kinds of support, severities and the
 * other named constants of the model.
 *
 * <pre>{@code
 * Prefecture.TOKYO.getJapaneseName();              // "東京都"
 * Prefecture.TOKYO.getDisplayName(Locale.ENGLISH); // "Tokyo"
 * }</pre>
 */
public interface Bilingual {

  /** The name in Japanese, such as {@code 東京都} or {@code 伴走型支援}. */
  String getJapaneseName();

  /** The name in English, such as {@code Tokyo} or {@code hands-on (accompanying) support}. */
  String getEnglishName();

  /**
   * The name in the reader's language: Japanese for a locale whose language is {@code ja}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the display name
   */
  default String getDisplayName(Locale locale) {
    return "ja".equals(locale.getLanguage()) ? getJapaneseName() : getEnglishName();
  }
}
