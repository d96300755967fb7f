package io.github.tsunagari.sample;

import io.github.tsunagari.activity.DeliveryMode;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.time.LocalDate;

/**
 * The FY2024 (令和6年度) grant program, transcribed from its published list of grantees: 孤独・孤立対策推進交付金,
 * strand 孤独・孤立対策担い手育成支援事業, grantee category 中間支援組織 (intermediate support organisations), nine grants.
 *
 * <p>The source is the Cabinet Office summary sheet 「令和6年度 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業）
 * 交付団体＜中間支援組織＞」: its 概要 (aims), the eligibility note （注）, the stated number of grantees and the table of
 * nine grantees with organisation, project title, summary (概要) and project area (事業区域). Every text is the sheet's
 * own text, character for character: only the {@code <p>}/{@code </p>} tags that some table cells carry over from
 * another format are removed. Names are the registered names without the legal form, which is held as a
 * {@link LegalForm} ({@code NPO法人} in row 6 is {@link LegalForm#SPECIFIED_NONPROFIT_CORPORATION}); the head office is
 * the prefecture the sheet writes in parentheses.
 *
 * <p>Beyond the sheet's columns, each project carries what its summary names, and nothing more:
 * <ul>
 *   <li>finer areas (十勝管内, 気仙地区, 北摂エリア), added to the area column's {@link ServiceArea};</li>
 *   <li>support activities, each described by a verbatim part of the summary, with a delivery mode only where the
 *       summary states one;</li>
 *   <li>target groups.</li>
 * </ul>
 * The Act's number and dates are public facts about 孤独・孤立対策推進法, not text of the sheet.
 *
 * <p>Deliberately absent, because the sheet gives none of it: corporate numbers (法人番号), amounts awarded, award and
 * project dates, NPO certification status (the sheet does not say whether an NPO法人 is 認定), the name of row 8's
 * consortium and its members other than the representative. None of it is invented.
 *
 * <pre>{@code
 * GrantProgram fy2024 = SampleData.fy2024();
 * fy2024.getGrants().size();                                         // 9
 * fy2024.getGrants().get(3).getProject().getServiceArea().getText(); // "宮城県 岩手県" (row 4)
 * }</pre>
 */
public final class SampleData {
  private SampleData() {}

  /**
   * Returns the FY2024 program of the source sheet. The program is built once, on first use, and the same immutable
   * instance is returned on every call.
   *
   * @return the FY2024 program with its nine grants
   */
  public static GrantProgram fy2024() {
    return Fy2024.PROGRAM;
  }

  /** Holds the program, so that it is built on first use of {@link #fy2024()} only. */
  private static final class Fy2024 {
    static final GrantProgram PROGRAM = build();

    private Fy2024() {}
  }

  private static GrantProgram build() {
    return GrantProgram.builder()
        .name("孤独・孤立対策推進交付金")
        .strand("孤独・孤立対策担い手育成支援事業")
        .granteeCategory("中間支援組織")
        .fiscalYear(FiscalYear.parse("令和6年度"))
        // The sheet names only the Act's title (孤独・孤立対策推進法に基づく…). Its number, promulgation and effective
        // dates are the verified public facts of domain.md (e-Gov law ID 505AC0000000045), not text of the sheet.
        .legalBasis(Law.builder()
            .title("孤独・孤立対策推進法")
            .number("令和5年法律第45号")
            .promulgationDate(LocalDate.of(2023, 6, 7))
            .effectiveDate(LocalDate.of(2024, 4, 1))
            .build())
        // From the sheet: 「孤独・孤立対策に関する施策の推進を図るための重点計画」（令和6年6月11日孤独・孤立対策推進本部決定）.
        .policyPlan(PolicyPlan.builder()
            .name("孤独・孤立対策に関する施策の推進を図るための重点計画")
            .decisionDate(LocalDate.of(2024, 6, 11))
            .decidedBy("孤独・孤立対策推進本部")
            .build())
        // The two bullets under 概要, without the leading "- ".
        .addAim("孤独・孤立対策推進法に基づく「孤独・孤立対策に関する施策の推進を図るための重点計画」（令和6年6月11日"
            + "孤独・孤立対策推進本部決定）に基づき、地域の実情に応じた孤独・孤立対策を推進。")
        .addAim("孤独・孤立の問題の予防の観点から、日常の様々な分野における緩やかなつながりづくりに取り組むNPO等への"
            + "伴走型支援を行う中間支援組織を支援することで、個々のNPO等の経営力や事業力を高め、孤独・孤立対策の気運醸成と"
            + "安定的・継続的な推進体制を構築。")
        // The text after （注） under 交付団体.
        .addEligibilityPrinciple("原則、一つの都道府県を超えた区域の事業が対象")
        // 「中間支援組織9団体（一覧は別紙のとおり）」
        .statedGranteeCount(9)
        .addGrant(issuePlusDesign())
        .addGrant(engawa())
        .addGrant(kanagawaFukushi())
        .addGrant(kesennumaMachizukuri())
        .addGrant(serviceGrant())
        .addGrant(shiminNetSuita())
        .addGrant(musubie())
        .addGrant(hyogoCommunityFoundation())
        .addGrant(florence())
        .build();
  }

  /** Row 1. The only project whose area is one prefecture, which the eligibility principle makes an exception. */
  private static Grant issuePlusDesign() {
    Organization org = organization(LegalForm.SPECIFIED_NONPROFIT_CORPORATION, "イシュープラスデザイン",
        Prefecture.TOKYO);
    // The summary names 十勝管内 (Tokachi) without its municipalities: the named area is made of its prefecture only.
    // 北海道内 in the summary is the area column's 北海道 itself and adds nothing.
    ServiceArea area = ServiceArea.parse("北海道")
        .withNamedArea(NamedArea.builder().name("十勝管内").addPrefecture(Prefecture.HOKKAIDO).build());
    Project project = Project.builder()
        .title("北海道における、ゆるやかにつながってしまう場づくりと各種団体の運営能力向上のための伴走型支援")
        .summary("積雪寒冷地域における孤独・孤立の実態を調査し、回避プロセスを可視化する。また、地域の各種団体が運営能力を"
            + "向上させるためのノウハウ化及びデザイン支援を行い、十勝管内、北海道内におけるノウハウ移転先の公募及び導入に"
            + "向けた伴走型支援を実施する。")
        .serviceArea(area)
        .addActivity(activity(SupportActivityKind.RESEARCH,
            "積雪寒冷地域における孤独・孤立の実態を調査し、回避プロセスを可視化する"))
        .addActivity(activity(SupportActivityKind.KNOW_HOW_CODIFICATION,
            "地域の各種団体が運営能力を向上させるためのノウハウ化"))
        .addActivity(activity(SupportActivityKind.DESIGN_SUPPORT, "デザイン支援"))
        .addActivity(activity(SupportActivityKind.OPEN_CALL, "ノウハウ移転先の公募"))
        .addActivity(activity(SupportActivityKind.HANDS_ON_SUPPORT, "導入に向けた伴走型支援"))
        // 地域の各種団体.
        .addTargetGroup(TargetGroup.COMMUNITY_GROUPS)
        .build();
    return grant(1, org, project);
  }

  /** Row 2. */
  private static Grant engawa() {
    Organization org = organization(LegalForm.GENERAL_INCORPORATED_ASSOCIATION, "えんがお", Prefecture.TOCHIGI);
    // The summary's two sentences are separated by a space, kept as written.
    Project project = Project.builder()
        .title("孤独・孤立対策に特化した創業・伴走支援とノウハウ共有のためのネットワークづくり")
        .summary("孤独・孤立対策に取り組む活動に対して創業支援・伴走支援を行うとともに、比較的軌道に乗っている活動の要因を"
            + "分析し、活動がより継続的かつ波及的なものになるよう支援する。 オンラインによるネットワークを利用し、全国の"
            + "孤独・孤立対策に取り組む団体に対して、ケーススタディや情報交換の機会を提供することにより、それぞれの活動を"
            + "促進する。")
        .serviceArea(ServiceArea.parse("全国"))
        .addActivity(activity(SupportActivityKind.START_UP_SUPPORT, "創業支援"))
        .addActivity(activity(SupportActivityKind.HANDS_ON_SUPPORT, "伴走支援"))
        .addActivity(activity(SupportActivityKind.RESEARCH, "比較的軌道に乗っている活動の要因を分析"))
        // Case studies and exchange are offered over an online network: the summary says so, hence ONLINE. The summary
        // uses that network rather than building one, so no NETWORK_BUILDING (ネットワークづくり is in the title only).
        .addActivity(SupportActivity.builder()
            .kind(SupportActivityKind.INFORMATION_EXCHANGE)
            .delivery(DeliveryMode.ONLINE)
            .description("オンラインによるネットワークを利用し、全国の孤独・孤立対策に取り組む団体に対して、"
                + "ケーススタディや情報交換の機会を提供")
            .build())
        // 全国の孤独・孤立対策に取り組む団体: organisations working against loneliness and isolation, which is what the
        // sheet's own aims call 孤独・孤立対策に取り組むNPO等 and what TargetGroup.NPOS stands for.
        .addTargetGroup(TargetGroup.NPOS)
        .build();
    return grant(2, org, project);
  }

  /** Row 3. */
  private static Grant kanagawaFukushi() {
    Organization org = organization(LegalForm.PUBLIC_INTEREST_INCORPORATED_ASSOCIATION, "かながわ福祉サービス振興会",
        Prefecture.KANAGAWA);
    // 神奈川県及び他県 in the summary is what the area column already says: centred on Kanagawa, others unnamed.
    Project project = Project.builder()
        .title("地域共生社会を推進するための孤独・孤立対策担い手育成支援事業")
        .summary("既存のプラットフォームを利用した孤独・孤立対策に取り組むNPO等の発掘、神奈川県及び他県におけるネットワーク"
            + "構築のための検討委員会の実施、NPO等に対するオンラインも活用した伴走型支援等に取り組む。")
        .serviceArea(ServiceArea.parse("神奈川県を中心とした複数県"))
        .addActivity(activity(SupportActivityKind.DISCOVERY,
            "既存のプラットフォームを利用した孤独・孤立対策に取り組むNPO等の発掘"))
        .addActivity(activity(SupportActivityKind.NETWORK_BUILDING, "神奈川県及び他県におけるネットワーク構築"))
        .addActivity(activity(SupportActivityKind.STUDY_COMMITTEE, "ネットワーク構築のための検討委員会の実施"))
        // オンラインも活用した: online as well as in person.
        .addActivity(SupportActivity.builder()
            .kind(SupportActivityKind.HANDS_ON_SUPPORT)
            .delivery(DeliveryMode.BLENDED)
            .description("NPO等に対するオンラインも活用した伴走型支援")
            .build())
        .addTargetGroup(TargetGroup.NPOS)
        .build();
    return grant(3, org, project);
  }

  /** Row 4. */
  private static Grant kesennumaMachizukuri() {
    Organization org = organization(LegalForm.GENERAL_INCORPORATED_ASSOCIATION, "気仙沼まちづくり支援センター",
        Prefecture.MIYAGI);
    // 気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市): the summary names the three municipalities.
    ServiceArea area = ServiceArea.parse("宮城県 岩手県")
        .withNamedArea(NamedArea.builder()
            .name("気仙地区")
            .addMunicipality(Municipality.of("032034", "大船渡市"))
            .addMunicipality(Municipality.of("032107", "陸前高田市"))
            .addMunicipality(Municipality.of("042056", "気仙沼市"))
            .build());
    Project project = Project.builder()
        .title("気仙地域孤独・孤立対策活動団体基盤強化とネットワーク化事業")
        .summary("気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)において、「気仙地域孤独・孤立対策ネットワーク会議」を"
            + "定期開催するとともに、「高齢者」・「ひとり親世帯」・「障がい者」の居場所づくりを行うNPO等や、各市域で活動する"
            + "NPO等を対象とした研修会等を実施し、活動基盤の強化と市域・分野を超えたネットワーク化を推進する。")
        .serviceArea(area)
        .addActivity(activity(SupportActivityKind.NETWORK_MEETING,
            "「気仙地域孤独・孤立対策ネットワーク会議」を定期開催"))
        .addActivity(activity(SupportActivityKind.TRAINING, "各市域で活動するNPO等を対象とした研修会等を実施"))
        .addActivity(activity(SupportActivityKind.NETWORK_BUILDING, "市域・分野を超えたネットワーク化を推進"))
        // The people whose 居場所 the NPOs run, then the NPOs the training is for, in the summary's order.
        .addTargetGroup(TargetGroup.OLDER_PEOPLE)
        .addTargetGroup(TargetGroup.SINGLE_PARENT_HOUSEHOLDS)
        .addTargetGroup(TargetGroup.PEOPLE_WITH_DISABILITIES)
        .addTargetGroup(TargetGroup.NPOS)
        .build();
    return grant(4, org, project);
  }

  /** Row 5. */
  private static Grant serviceGrant() {
    Organization org = organization(LegalForm.SPECIFIED_NONPROFIT_CORPORATION, "サービスグラント", Prefecture.TOKYO);
    Project project = Project.builder()
        .title("NPOメンタリングプログラム")
        .summary("孤独・孤立対策に取り組むNPO等を募り、プロボノワーカーがメンターとなって代表者やスタッフに対して業務での"
            + "困りごとや悩みを聴きながら課題を整理し、安定的・継続的な活動を支援するプロボノプログラムを実施する。")
        .serviceArea(ServiceArea.parse("全国"))
        // 募り: the participating NPOs are recruited by an open call.
        .addActivity(activity(SupportActivityKind.OPEN_CALL, "孤独・孤立対策に取り組むNPO等を募り"))
        .addActivity(activity(SupportActivityKind.MENTORING, "プロボノワーカーがメンターとなって代表者やスタッフに対して業務での困りごとや悩みを聴きながら課題を整理し"))
        .addTargetGroup(TargetGroup.NPOS)
        .build();
    return grant(5, org, project);
  }

  /** Row 6. The sheet writes the legal form as NPO法人, the short form of 特定非営利活動法人. */
  private static Grant shiminNetSuita() {
    Organization org = organization(LegalForm.SPECIFIED_NONPROFIT_CORPORATION, "市民ネットすいた", Prefecture.OSAKA);
    // 大阪府と兵庫県をまたぐ生活圏域「北摂エリア」: the summary does not name its municipalities, so the named area is
    // made of the two prefectures it lies in.
    ServiceArea area = ServiceArea.parse("大阪府 兵庫県")
        .withNamedArea(NamedArea.builder()
            .name("北摂エリア")
            .addPrefecture(Prefecture.OSAKA)
            .addPrefecture(Prefecture.HYOGO)
            .build());
    Project project = Project.builder()
        .title("生活圏域における小規模NPO基盤強化支援を通じた緩やかな「つながり」づくり担い手育成事業")
        .summary("大阪府と兵庫県をまたぐ生活圏域「北摂エリア」において中間支援組織が連携し、地域社会の緩やかな「つながり」"
            + "づくりの担い手である小規模NPOが持続発展的に活動できる環境を整備する。")
        .serviceArea(area)
        // The summary names no listed kind of support, only what it does: set up an environment. Hence OTHER with the
        // summary's words. That the intermediaries 連携し (work together) is how they work, not support they give.
        .addActivity(activity(SupportActivityKind.OTHER, "小規模NPOが持続発展的に活動できる環境を整備する"))
        .addTargetGroup(TargetGroup.SMALL_NPOS)
        .build();
    return grant(6, org, project);
  }

  /** Row 7. */
  private static Grant musubie() {
    Organization org = organization(LegalForm.SPECIFIED_NONPROFIT_CORPORATION, "全国こども食堂支援センター・むすびえ",
        Prefecture.TOKYO);
    // 自走モデルの開発・実証・普及 names three kinds at once; each activity quotes that phrase.
    Project project = Project.builder()
        .title("孤独・孤立対策に有効なアートWSを地域で自走できるツールの開発・実証・普及に関する事業")
        .summary("孤独・孤立の予防のための「アート×地域の居場所」が身近な圏域でより多く営まれるように、地域の民間団体が協働"
            + "してアートWSを企画運営できるようになる自走モデルの開発・実証・普及に、孤独・孤立予防の実践経験のある有識者、"
            + "団体等と連携して取り組む。")
        .serviceArea(ServiceArea.parse("全国"))
        .addActivity(activity(SupportActivityKind.TOOL_DEVELOPMENT, "自走モデルの開発・実証・普及"))
        .addActivity(activity(SupportActivityKind.DEMONSTRATION, "自走モデルの開発・実証・普及"))
        .addActivity(activity(SupportActivityKind.DISSEMINATION, "自走モデルの開発・実証・普及"))
        // 地域の民間団体.
        .addTargetGroup(TargetGroup.COMMUNITY_GROUPS)
        .build();
    return grant(7, org, project);
  }

  /**
   * Row 8. The sheet's cell reads {@code 公益財団法人 ひょうごコミュニティ財団 (兵庫県) ※ 孤独・孤立対策のための中間支援3.0
   * 『ひょうごモデル』推進事業 ※コンソーシアムの代表団体}.
   */
  private static Grant hyogoCommunityFoundation() {
    Organization org = organization(LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION, "ひょうごコミュニティ財団",
        Prefecture.HYOGO);
    // The first ※ is a footnote mark, not part of the title; it points to the trailing note ※コンソーシアムの代表団体:
    // the foundation represents a consortium whose other members the sheet does not name. So the grantee is a
    // consortium with the foundation as representative and only known member, and unnamed further members. The
    // consortium has no name in the sheet.
    Consortium consortium = Consortium.builder()
        .representative(org)
        .addMember(org)
        .unnamedMembers(true)
        .build();
    // The summary's two sentences are separated by a space, kept as written.
    Project project = Project.builder()
        .title("孤独・孤立対策のための中間支援3.0『ひょうごモデル』推進事業")
        .summary("「人」、「参加」を共通テーマとした事業及び研究会を通じて、孤独・孤立対策を担う小規模NPOへの支援を強化拡充"
            + "し、同時にそれを支える中間支援の活動をバージョンアップさせる。 兵庫+全国の中間支援組織の経験を結集して、"
            + "小規模NPOへの支援手法の開発・定着・普及を図り、その成果を全国にも普及させ、中間支援活動全体のバージョンアップ"
            + "を図る。")
        .serviceArea(ServiceArea.parse("兵庫県 茨城県 岐阜県 全国"))
        .addActivity(activity(SupportActivityKind.STUDY_GROUP, "「人」、「参加」を共通テーマとした事業及び研究会"))
        .addActivity(activity(SupportActivityKind.TOOL_DEVELOPMENT, "小規模NPOへの支援手法の開発"))
        .addActivity(activity(SupportActivityKind.DISSEMINATION, "その成果を全国にも普及させ"))
        // The small NPOs the support is for, and the intermediaries whose activity (中間支援の活動) is upgraded.
        .addTargetGroup(TargetGroup.SMALL_NPOS)
        .addTargetGroup(TargetGroup.INTERMEDIATE_SUPPORT_ORGANIZATIONS)
        .build();
    return grant(8, consortium, project);
  }

  /** Row 9. */
  private static Grant florence() {
    Organization org = organization(LegalForm.SPECIFIED_NONPROFIT_CORPORATION, "フローレンス", Prefecture.TOKYO);
    // The title's アウトリーチ型支援 and 子育て家庭 are not in the summary, so neither OUTREACH nor
    // FAMILIES_RAISING_CHILDREN is recorded.
    Project project = Project.builder()
        .title("県域連携と官民連携による、子育て家庭へのアウトリーチ型支援「こども宅食」担い手育成プロジェクト")
        .summary("虐待や困窮などの困難を抱えるこどもたちの支援を行う県の中核団体を伴走支援し、共同で「こども宅食」を県内に"
            + "広めることにより、地域の連携・協働を促進する。地域のこども宅食団体が行政の協力を得られるよう連携強化"
            + "プログラムを実施し、事業力・経営力の向上を図る。")
        .serviceArea(ServiceArea.parse("全国"))
        .addActivity(activity(SupportActivityKind.HANDS_ON_SUPPORT, "県の中核団体を伴走支援し"))
        // 広める: to spread, i.e. dissemination.
        .addActivity(activity(SupportActivityKind.DISSEMINATION, "共同で「こども宅食」を県内に広める"))
        .addActivity(activity(SupportActivityKind.PARTNERSHIP_BUILDING, "連携強化プログラムを実施"))
        // こどもたち, then 地域のこども宅食団体.
        .addTargetGroup(TargetGroup.CHILDREN)
        .addTargetGroup(TargetGroup.COMMUNITY_GROUPS)
        .build();
    return grant(9, org, project);
  }

  private static Organization organization(LegalForm legalForm, String name, Prefecture headOffice) {
    return Organization.builder().name(name).legalForm(legalForm).headOffice(headOffice).build();
  }

  private static SupportActivity activity(SupportActivityKind kind, String description) {
    return SupportActivity.builder().kind(kind).description(description).build();
  }

  private static Grant grant(int position, Grantee grantee, Project project) {
    return Grant.builder().position(position).grantee(grantee).project(project).build();
  }
}
