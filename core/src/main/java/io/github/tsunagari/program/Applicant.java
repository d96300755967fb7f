package io.github.tsunagari.program;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Names;
import java.util.Optional;

/**
 * Who may apply to a menu of a grant program (交付対象): the FY2025 call has a menu for private groups (民間団体, NPO法人等の
 * 直接申請可) beside menus for local governments (地方公共団体).
 */
public enum Applicant implements Bilingual {
  /** Private groups (民間団体): NPOs, associations, foundations, companies and other organisations. */
  PRIVATE_GROUP("民間団体", "private groups"),
  /** Local governments (地方公共団体): prefectures and municipalities. */
  LOCAL_GOVERNMENT("地方公共団体", "local governments");

  private static final Names<Applicant> NAMES = new Names<>(Applicant.class, InvalidValueException.Subject.APPLICANT);

  private final String japaneseName;
  private final String englishName;

  Applicant(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * Reads an applicant kind by its constant name or Japanese name ({@code PRIVATE_GROUP}, {@code 民間団体}).
   *
   * @param text the text
   * @return the applicant kind
   * @throws InvalidValueException if the text names none ({@code UNKNOWN_NAME})
   */
  public static Applicant parse(CharSequence text) {
    return NAMES.parse(text);
  }

  /**
   * Like {@link #parse}, but empty where the text names none.
   *
   * @param text the text
   * @return the applicant kind, if the text names one
   */
  public static Optional<Applicant> find(CharSequence text) {
    return NAMES.find(text);
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
