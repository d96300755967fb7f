package io.github.tsunagari.validation;

import io.github.tsunagari.Bilingual;

/** How bad a finding is. */
public enum Severity implements Bilingual {
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

  /** The Japanese name, such as {@code 警告}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code warning}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
