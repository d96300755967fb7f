package io.github.tsunagari.validation;

import io.github.tsunagari.Bilingual;

/**
 * The shape of a value as read, in words that fit every format: what a property needs, and what the input had
 * instead, for a finding of {@link Rule#READ_WRONG_TYPE}. A JSON string and a CSV cell are both {@link #TEXT}.
 */
public enum ValueShape implements Bilingual {
  /** Text: 文字列. */
  TEXT("文字列", "text"),
  /** A whole number: 整数. */
  WHOLE_NUMBER("整数", "a whole number"),
  /** A number with a fraction or an exponent. */
  NUMBER("小数・指数を含む数値", "a number with a fraction or an exponent"),
  /** true or false: 真偽値. */
  FLAG("真偽値（true または false）", "true or false"),
  /** A group of named properties: 項目のまとまり. */
  PROPERTIES("項目のまとまり", "a group of properties"),
  /** A list of values: 配列. */
  LIST("配列（リスト）", "a list"),
  /** No value at all (null). */
  NOTHING("値なし（null）", "nothing (null)");

  private final String japaneseName;
  private final String englishName;

  ValueShape(String japaneseName, String englishName) {
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
