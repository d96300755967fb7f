package io.github.tsunagari.organization;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Names;
import java.util.Optional;

/**
 * The certification status of a 特定非営利活動法人 under the NPO Act's certification system (認定NPO法人制度).
 *
 * <p>Where the source does not say, an organisation has no status at all ({@code Optional.empty()}); a grant list
 * that writes 特定非営利活動法人 does not tell whether the organisation is certified.
 */
public enum NpoCertification implements Bilingual {
  /** 認定特定非営利活動法人 (認定NPO法人): certified. */
  CERTIFIED("認定", "certified"),
  /** 特例認定特定非営利活動法人: provisionally certified. */
  PROVISIONALLY_CERTIFIED("特例認定", "provisionally certified"),
  /** Known not to be certified. */
  NOT_CERTIFIED("認定なし", "not certified");

  private static final Names<NpoCertification> NAMES = new Names<>(NpoCertification.class, InvalidValueException.Subject.NPO_CERTIFICATION);

  private final String japaneseName;
  private final String englishName;

  NpoCertification(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * Reads a NPO certification from its constant name ({@code CERTIFIED}) or its Japanese name.
   *
   * @param text the text to read
   * @return the NPO certification
   * @throws InvalidValueException if the text names none
   */
  public static NpoCertification parse(CharSequence text) {
    return NAMES.parse(text);
  }

  /**
   * Like {@link #parse(CharSequence)}, but answers with an empty Optional where the text names none.
   *
   * @param text the text to read
   * @return the NPO certification, if the text names one
   */
  public static Optional<NpoCertification> find(CharSequence text) {
    return NAMES.find(text);
  }

  /** The Japanese name, such as {@code 認定}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code certified}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
