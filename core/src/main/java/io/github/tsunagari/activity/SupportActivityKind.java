package io.github.tsunagari.activity;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Names;
import java.util.Optional;

/**
 * The kinds of support an intermediate support organisation (中間支援組織) gives, as the grant's project summaries name
 * them.
 */
public enum SupportActivityKind implements Bilingual {
  /** 伴走型支援: hands-on, accompanying support over time. */
  HANDS_ON_SUPPORT("伴走型支援", "hands-on (accompanying) support"),
  /** 創業支援: support for starting an activity or organisation. */
  START_UP_SUPPORT("創業支援", "start-up support"),
  /** 研修会: training sessions. */
  TRAINING("研修会", "training"),
  /** ネットワーク会議: regular network meetings. */
  NETWORK_MEETING("ネットワーク会議", "network meetings"),
  /** ネットワークづくり・構築: building networks among organisations. */
  NETWORK_BUILDING("ネットワークづくり", "network building"),
  /** メンタリング (プロボノ): mentoring, such as by pro bono workers. */
  MENTORING("メンタリング", "mentoring"),
  /** 調査・分析: research, surveys and analysis. */
  RESEARCH("調査・分析", "research and surveys"),
  /** ノウハウ化・ノウハウ共有: codifying and sharing know-how. */
  KNOW_HOW_CODIFICATION("ノウハウ化", "codifying know-how"),
  /** デザイン支援: design support. */
  DESIGN_SUPPORT("デザイン支援", "design support"),
  /** ツール・モデルの開発: developing tools, models and methods. */
  TOOL_DEVELOPMENT("ツールの開発", "tool development"),
  /** 実証: trials that test a model in practice. */
  DEMONSTRATION("実証", "demonstration trials"),
  /** 普及: spreading a model, method or result. */
  DISSEMINATION("普及", "dissemination"),
  /** 検討委員会: study committees. */
  STUDY_COMMITTEE("検討委員会", "study committee"),
  /** 研究会: study groups. */
  STUDY_GROUP("研究会", "study group"),
  /** 公募: open calls. */
  OPEN_CALL("公募", "open call"),
  /** 発掘: finding organisations that could take part. */
  DISCOVERY("発掘", "finding organisations"),
  /** アウトリーチ: outreach to people who do not ask for help. */
  OUTREACH("アウトリーチ", "outreach"),
  /** 情報交換・ケーススタディ: exchanging information and case studies. */
  INFORMATION_EXCHANGE("情報交換", "information exchange"),
  /** 連携強化: strengthening cooperation, such as between groups and government. */
  PARTNERSHIP_BUILDING("連携強化", "partnership building"),
  /** Any other support, described in the activity's description. */
  OTHER("その他", "other");

  private static final Names<SupportActivityKind> NAMES = new Names<>(SupportActivityKind.class, InvalidValueException.Subject.SUPPORT_ACTIVITY_KIND);

  private final String japaneseName;
  private final String englishName;

  SupportActivityKind(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * Reads a kind from its constant name ({@code HANDS_ON_SUPPORT}) or its Japanese name ({@code 伴走型支援}).
   *
   * @param text the text to read
   * @return the kind
   * @throws InvalidValueException if the text names no kind
   */
  public static SupportActivityKind parse(CharSequence text) {
    return NAMES.parse(text);
  }

  /**
   * Like {@link #parse(CharSequence)}, but answers with an empty Optional where the text names no kind.
   *
   * @param text the text to read
   * @return the kind, if the text names one
   */
  public static Optional<SupportActivityKind> find(CharSequence text) {
    return NAMES.find(text);
  }

  /** The Japanese name, such as {@code 伴走型支援}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code hands-on (accompanying) support}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
