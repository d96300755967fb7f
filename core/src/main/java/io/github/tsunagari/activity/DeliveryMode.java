package io.github.tsunagari.activity;

import io.github.tsunagari.internal.Names;
import io.github.tsunagari.internal.Text;
import java.util.Locale;
import java.util.Optional;

/** How a support activity is delivered. Where the source does not say, an activity has no delivery mode at all. */
public enum DeliveryMode {
  /** オンライン: online only. */
  ONLINE("オンライン", "online"),
  /** 対面: in person only. */
  IN_PERSON("対面", "in person"),
  /** オンラインと対面の併用: both online and in person (such as オンラインも活用した). */
  BLENDED("オンライン・対面併用", "online and in person");

  private static final Names<DeliveryMode> NAMES = new Names<>(DeliveryMode.class, DeliveryMode::getJapaneseName);

  private final String japaneseName;
  private final String englishName;

  DeliveryMode(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * Reads a delivery mode from its constant name ({@code ONLINE}) or its Japanese name.
   *
   * @param text the text to read
   * @return the delivery mode
   * @throws IllegalArgumentException if the text names none
   */
  public static DeliveryMode parse(CharSequence text) {
    return find(text).orElseThrow(() -> new IllegalArgumentException("not a delivery mode: " + Text.quote(text)));
  }

  /**
   * Like {@link #parse(CharSequence)}, but answers with an empty Optional where the text names none.
   *
   * @param text the text to read
   * @return the delivery mode, if the text names one
   */
  public static Optional<DeliveryMode> find(CharSequence text) {
    return NAMES.find(text);
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
