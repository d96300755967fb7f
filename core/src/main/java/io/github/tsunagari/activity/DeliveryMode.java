package io.github.tsunagari.activity;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Names;
import java.util.Optional;

/** How a support activity is delivered. Where the source does not say, an activity has no delivery mode at all. */
public enum DeliveryMode implements Bilingual {
  /** オンライン: online only. */
  ONLINE("オンライン", "online"),
  /** 対面: in person only. */
  IN_PERSON("対面", "in person"),
  /** オンラインと対面の併用: both online and in person (such as オンラインも活用した). */
  BLENDED("オンライン・対面併用", "online and in person");

  private static final Names<DeliveryMode> NAMES = new Names<>(DeliveryMode.class, InvalidValueException.Subject.DELIVERY_MODE);

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
   * @throws InvalidValueException if the text names none
   */
  public static DeliveryMode parse(CharSequence text) {
    return NAMES.parse(text);
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
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code online}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
