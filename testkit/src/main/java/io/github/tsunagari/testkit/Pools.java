package io.github.tsunagari.testkit;

import io.github.tsunagari.activity.SupportActivityKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The small pools of Japanese words the generators build names and text from. Every entry is plain text: no markup, no
 * legal form at the start, no line breaks. Names are invented from everyday words (つながり, ひまわり …); they are not the
 * names of real organisations or places, except where a comment says so.
 */
final class Pools {
  private Pools() {}

  /** The program's name in the source. */
  static final String PROGRAM_NAME = "孤独・孤立対策推進交付金";

  /** The strand of the source program (事業区分). */
  static final String STRAND = "孤独・孤立対策担い手育成支援事業";

  /** The FY2025 menu for private groups, as published (its ceiling and rate are those of the call). */
  static final String MENU = "孤独・孤立対策担い手育成支援事業(民間団体)";

  /** An organisation supported, as a list of regrants writes it (legal form and name, no space). */
  static final String REGRANT_RECIPIENT = "認定NPO法人つながりサポート";

  /** What an intermediary's support to a number of NPOs is, as sources describe it. */
  static final String REGRANT_DESCRIPTION = "プロボノによる伴走支援";

  /** Subsidy rates as calls write them: none below 1/2, so that twice the awarded amount is always eligible. */
  static final List<String> RATES = List.of("1/2", "2/3", "3/4", "10/10", "3分の2", "1/2以内", "100%");

  /** The grantee category of the source program (交付対象). */
  static final String GRANTEE_CATEGORY = "中間支援組織";

  /** The source's eligibility principle （注）. */
  static final String ELIGIBILITY_PRINCIPLE = "原則、一つの都道府県を超えた区域の事業が対象";

  /** Aims in the style of the source's 概要. */
  static final List<String> AIMS = List.of(
      "地域の実情に応じた孤独・孤立対策を推進。",
      "孤独・孤立の問題の予防の観点から、日常の様々な分野における緩やかなつながりづくりに取り組むNPO等への伴走型支援を行う"
          + "中間支援組織を支援。",
      "個々のNPO等の経営力や事業力を高め、孤独・孤立対策の気運醸成と安定的・継続的な推進体制を構築。",
      "官民連携により、孤独・孤立に悩む人を誰一人取り残さない社会を目指す。");

  /** First halves of organisation names: everyday words such groups choose. */
  static final List<String> NAME_STEMS = List.of(
      "つながり", "ひまわり", "みらい", "ささえあい", "こもれび", "あおぞら", "よりそい", "ほっと", "むすび", "えがお",
      "わかば", "たんぽぽ", "きずな", "ともしび", "ひだまり", "なごみ", "縁側", "地域共生", "まちづくり", "こども未来",
      "居場所", "市民活動", "ふれあい", "あしたば");

  /** Second halves of organisation names. */
  static final List<String> NAME_SUFFIXES = List.of(
      "サポート", "会", "ネット", "センター", "ネットワーク", "ラボ", "ステーション", "支援機構", "プロジェクト",
      "基金", "の会", "協議会", "福祉会", "コミュニティ");

  /** Consortium names. */
  static final List<String> CONSORTIUM_NAMES = List.of(
      "孤独・孤立対策広域コンソーシアム", "つながりづくりコンソーシアム", "地域共生推進コンソーシアム",
      "居場所づくり連携コンソーシアム", "担い手育成コンソーシアム");

  /** What a project is about: the middle of a title. */
  static final List<String> THEMES = List.of(
      "地域の居場所づくり", "孤独・孤立対策", "ゆるやかなつながりづくり", "子育て家庭の見守り", "高齢者の社会参加",
      "ひとり親世帯の生活支援", "障がい者の地域生活支援", "こどもの居場所づくり", "小規模NPOの基盤強化",
      "多世代交流の場づくり", "相談支援体制づくり", "見守り活動");

  /** Openings of titles; the empty one is the most common. */
  static final List<String> TITLE_OPENINGS = List.of(
      "", "", "", "地域共生社会を推進するための", "官民連携による", "広域連携による", "中間支援組織による");

  /** Endings of titles. */
  static final List<String> TITLE_ENDINGS = List.of(
      "担い手育成事業", "に取り組むNPO等への伴走支援事業", "のためのネットワーク構築事業", "を担う団体の基盤強化事業",
      "推進事業", "に関する中間支援事業", "とノウハウ共有のための支援事業");

  /** Sentences of project summaries, each ending in 。. */
  static final List<String> SUMMARY_SENTENCES = List.of(
      "孤独・孤立対策に取り組むNPO等に対して、伴走型支援を行う。",
      "地域の各種団体が運営能力を向上させるための研修会を実施する。",
      "各地域においてネットワーク会議を定期開催し、団体間の連携を強化する。",
      "活動の実態を調査し、その成果をノウハウとして取りまとめ、普及する。",
      "オンラインも活用した研修会を実施し、担い手の育成を図る。",
      "プロボノによるメンタリングを通じて、団体の経営力と事業力を高める。",
      "地域の実情に応じた孤独・孤立対策の推進体制を構築する。",
      "新たに活動を始める団体に対して創業支援を行う。",
      "支援が届きにくい人へのアウトリーチを行う団体を発掘し、活動を支える。",
      "ケーススタディや情報交換の機会を提供することにより、それぞれの活動を促進する。",
      "行政や社会福祉協議会との連携を強化し、相談から支援までをつなぐ。");

  /** The source's own words for each kind of support, in its style. */
  static final Map<SupportActivityKind, String> ACTIVITY_DESCRIPTIONS = activityDescriptions();

  private static Map<SupportActivityKind, String> activityDescriptions() {
    Map<SupportActivityKind, String> m = new EnumMap<>(SupportActivityKind.class);
    m.put(SupportActivityKind.HANDS_ON_SUPPORT, "NPO等に対する伴走型支援");
    m.put(SupportActivityKind.START_UP_SUPPORT, "新たに活動を始める団体への創業支援");
    m.put(SupportActivityKind.TRAINING, "担い手向けの研修会を実施");
    m.put(SupportActivityKind.NETWORK_MEETING, "ネットワーク会議を定期開催");
    m.put(SupportActivityKind.NETWORK_BUILDING, "市域・分野を超えたネットワークづくり");
    m.put(SupportActivityKind.MENTORING, "プロボノによるメンタリング");
    m.put(SupportActivityKind.RESEARCH, "孤独・孤立の実態を調査");
    m.put(SupportActivityKind.KNOW_HOW_CODIFICATION, "運営ノウハウの取りまとめ");
    m.put(SupportActivityKind.DESIGN_SUPPORT, "広報物のデザイン支援");
    m.put(SupportActivityKind.TOOL_DEVELOPMENT, "支援ツールの開発");
    m.put(SupportActivityKind.DEMONSTRATION, "支援モデルの実証");
    m.put(SupportActivityKind.DISSEMINATION, "成果の普及");
    m.put(SupportActivityKind.STUDY_COMMITTEE, "検討委員会の開催");
    m.put(SupportActivityKind.STUDY_GROUP, "研究会の開催");
    m.put(SupportActivityKind.OPEN_CALL, "支援先団体の公募");
    m.put(SupportActivityKind.DISCOVERY, "孤独・孤立対策に取り組む団体の発掘");
    m.put(SupportActivityKind.OUTREACH, "支援が届きにくい人へのアウトリーチ");
    m.put(SupportActivityKind.INFORMATION_EXCHANGE, "団体間の情報交換の機会を提供");
    m.put(SupportActivityKind.PARTNERSHIP_BUILDING, "行政との連携強化");
    m.put(SupportActivityKind.OTHER, "相談窓口の運営");
    return m;
  }

  /** Endings of made-up named areas, after a prefecture's short name. */
  static final List<String> NAMED_AREA_ENDINGS = List.of(
      "北部地域", "南部地域", "沿岸地域", "中部エリア", "山間地域", "西部圏域", "東部地区");

  /** Separators of prefecture names in an area column: the source uses spaces. */
  static final List<String> AREA_SEPARATORS = List.of(" ", " ", " ", "\u3000", "、", "・");

  /** Area texts that name no region the model knows. */
  static final List<String> UNRESOLVED_AREA_TEXTS = List.of(
      "関東地方一円", "東北地方の沿岸部", "県内各地", "事業実施地域（調整中）", "市内全域");

  /** The title of 孤独・孤立対策推進法, the Act the source names. */
  static final String ACT_TITLE = "孤独・孤立対策推進法";

  /** Its law number (domain notes, e-Gov). */
  static final String ACT_NUMBER = "令和5年法律第45号";

  /** The policy plan the source names. */
  static final String PLAN_NAME = "孤独・孤立対策に関する施策の推進を図るための重点計画";

  /** The body that decided it. */
  static final String PLAN_DECIDED_BY = "孤独・孤立対策推進本部";
}
