package io.github.tsunagari.validation;

import java.util.Locale;

/** How bad a finding is. */
public enum Severity {
  /** The data is wrong: a constraint or a rule the program does not allow exceptions to is broken. */
  ERROR("エラー", "error"),
  /** The data is probably wrong, or breaks a principle the program allows exceptions to. */
  WARNING("警告", "warning"),
  /** The data is allowed but less useful than it could be. */
  INFO("情報", "info");

  private final String japaneseName;
  private final String englishName;

  Severity(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * The name in the given language: Japanese for {@code ja}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the display name, such as {@code 警告} or {@code warning}
   */
  public String getDisplayName(Locale locale) {
    return "ja".equals(locale.getLanguage()) ? japaneseName : englishName;
  }
}
