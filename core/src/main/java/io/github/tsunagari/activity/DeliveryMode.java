package io.github.tsunagari.activity;

import java.util.Locale;

/** How a support activity is delivered. Where the source does not say, an activity has no delivery mode at all. */
public enum DeliveryMode {
  /** オンライン: online only. */
  ONLINE("オンライン", "online"),
  /** 対面: in person only. */
  IN_PERSON("対面", "in person"),
  /** オンラインと対面の併用: both online and in person (such as オンラインも活用した). */
  BLENDED("オンライン・対面併用", "online and in person");

  private final String japaneseName;
  private final String englishName;

  DeliveryMode(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /** The Japanese name, such as {@code オンライン}. */
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code online}. */
  public String getEnglishName() {
    return englishName;
  }

  /**
   * The name in the given language: Japanese for {@code ja}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the display name
   */
  public String getDisplayName(Locale locale) {
    return "ja".equals(locale.getLanguage()) ? japaneseName : englishName;
  }
}
