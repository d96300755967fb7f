package io.github.tsunagari.activity;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Names;
import java.util.Optional;

/** The people or organisations a project's support is for (対象), as the project summaries name them. */
public enum TargetGroup implements Bilingual {
  /** 高齢者: older people. */
  OLDER_PEOPLE("高齢者", "older people"),
  /** ひとり親世帯: single-parent households. */
  SINGLE_PARENT_HOUSEHOLDS("ひとり親世帯", "single-parent households"),
  /** 障がい者: people with disabilities. */
  PEOPLE_WITH_DISABILITIES("障がい者", "people with disabilities"),
  /** こども: children. */
  CHILDREN("こども", "children"),
  /** 子育て家庭: families raising children. */
  FAMILIES_RAISING_CHILDREN("子育て家庭", "families raising children"),
  /** NPO等: NPOs and similar organisations working against loneliness and isolation. */
  NPOS("NPO等", "NPOs and similar organisations"),
  /** 小規模NPO: small NPOs. */
  SMALL_NPOS("小規模NPO", "small NPOs"),
  /** 地域の団体: local groups and private organisations in a community. */
  COMMUNITY_GROUPS("地域の団体", "community groups"),
  /** 中間支援組織: intermediate support organisations. */
  INTERMEDIATE_SUPPORT_ORGANIZATIONS("中間支援組織", "intermediate support organisations");

  private static final Names<TargetGroup> NAMES = new Names<>(TargetGroup.class, InvalidValueException.Subject.TARGET_GROUP);

  private final String japaneseName;
  private final String englishName;

  TargetGroup(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * Reads a target group from its constant name ({@code OLDER_PEOPLE}) or its Japanese name ({@code 高齢者}).
   *
   * @param text the text to read
   * @return the target group
   * @throws InvalidValueException if the text names no target group
   */
  public static TargetGroup parse(CharSequence text) {
    return NAMES.parse(text);
  }

  /**
   * Like {@link #parse(CharSequence)}, but answers with an empty Optional where the text names no target group.
   *
   * @param text the text to read
   * @return the target group, if the text names one
   */
  public static Optional<TargetGroup> find(CharSequence text) {
    return NAMES.find(text);
  }

  /** The Japanese name, such as {@code 高齢者}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code older people}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
