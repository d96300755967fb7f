package io.github.tsunagari.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link SampleData#fy2024()} against a frozen, byte-identical copy of the source sheet
 * ({@code fy2024-source.txt} beside this class), so that any typo in the transcription fails a test.
 */
class SampleDataTest {
  /** SHA-256 of the source sheet as received; guards the frozen copy against edits (and line-ending conversion). */
  private static final String SOURCE_SHA256 = "9ae64eafc8b9d6393a2ab05cf338750435554d55c837d110c08b2e1b16133b14";

  /** A table row: its number at the line start, then tab-separated cells. */
  private static final Pattern ROW = Pattern.compile("^([0-9]+)\t(.*)$");

  private static final String CONSORTIUM_NOTE = "※コンソーシアムの代表団体";

  private static byte[] sourceBytes;
  private static String source;
  private static List<String> sourceLines;
  /** Row number → the row's raw cells after the number: organisation/title, summary, area. */
  private static final Map<Integer, List<String>> RAW_ROWS = new TreeMap<>();

  @BeforeAll
  static void readSource() throws IOException {
    try (InputStream in = SampleDataTest.class.getResourceAsStream("fy2024-source.txt")) {
      assertThat(in).as("test resource fy2024-source.txt").isNotNull();
      sourceBytes = in.readAllBytes();
    }
    try {
      source = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(sourceBytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("source is not valid UTF-8", e);
    }
    sourceLines = Arrays.asList(source.split("\n", -1));
    for (String line : sourceLines) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        int number = Integer.parseInt(m.group(1));
        List<String> previous = RAW_ROWS.put(number, List.of(m.group(2).split("\t", -1)));
        assertThat(previous).as("row %d appears once", number).isNull();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The source itself

  @Test
  void sourceIsTheFrozenCopy() throws NoSuchAlgorithmException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(sourceBytes);
    assertThat(HexFormat.of().formatHex(hash)).isEqualTo(SOURCE_SHA256);
  }

  @Test
  void sourceHasNineRowsOfThreeCells() {
    assertThat(RAW_ROWS.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    RAW_ROWS.forEach((n, cells) -> assertThat(cells).as("cells of row %d", n).hasSize(3));
  }

  @Test
  void sourceRowsOneToFiveCarryParagraphTagsAndSixToNineDoNot() {
    for (int n = 1; n <= 9; n++) {
      List<String> cells = RAW_ROWS.get(n);
      for (int c = 0; c < 2; c++) {
        String cell = cells.get(c);
        if (n <= 5) {
          assertThat(cell).as("row %d cell %d", n, c + 2).startsWith("<p>").endsWith("</p>");
        } else {
          assertThat(cell).as("row %d cell %d", n, c + 2).doesNotContain("<p>", "</p>");
        }
      }
      assertThat(cells.get(2)).as("row %d area cell", n).doesNotContain("<p>", "</p>");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The program

  @Test
  void fy2024ReturnsTheSameInstanceEachTime() {
    assertThat(SampleData.fy2024()).isNotNull().isSameAs(SampleData.fy2024());
  }

  @Test
  void grantsArePositionedOneToNineInOrder() {
    assertThat(program().getGrants()).extracting(Grant::getPosition).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void programFields() {
    GrantProgram p = program();
    assertThat(p.getName()).isEqualTo("孤独・孤立対策推進交付金");
    assertThat(p.getStrand()).contains("孤独・孤立対策担い手育成支援事業");
    assertThat(p.getGranteeCategory()).contains("中間支援組織");
    assertThat(p.getFiscalYear()).isEqualTo(FiscalYear.of(2024)).isEqualTo(FiscalYear.parse("令和6年度"));
    assertThat(p.getStatedGranteeCount()).hasValue(9);
    assertThat(p.getEligibilityPrinciples()).containsExactly("原則、一つの都道府県を超えた区域の事業が対象");
    assertThat(p.getAims()).hasSize(2);
  }

  @Test
  void legalBasisIsTheActWithItsPublicNumberAndDates() {
    Law law = program().getLegalBasis().orElseThrow();
    assertThat(law.getTitle()).isEqualTo("孤独・孤立対策推進法");
    assertThat(law.getNumber()).contains("令和5年法律第45号");
    assertThat(law.getPromulgationDate()).contains(LocalDate.of(2023, 6, 7));
    assertThat(law.getEffectiveDate()).contains(LocalDate.of(2024, 4, 1));
  }

  @Test
  void policyPlanIsThePriorityPlanOf11June2024() {
    PolicyPlan plan = program().getPolicyPlan().orElseThrow();
    assertThat(plan.getName()).isEqualTo("孤独・孤立対策に関する施策の推進を図るための重点計画");
    assertThat(plan.getDecisionDate()).isEqualTo(LocalDate.of(2024, 6, 11));
    assertThat(plan.getDecidedBy()).isEqualTo("孤独・孤立対策推進本部");
  }

  @Test
  void headingOfTheSourceIsMadeOfTheProgramFields() {
    GrantProgram p = program();
    assertThat(sourceLines).contains(p.getFiscalYear().getJapaneseLabel() + " " + p.getName()
        + "（" + p.getStrand().orElseThrow() + "） 交付団体＜" + p.getGranteeCategory().orElseThrow() + "＞");
  }

  @Test
  void aimsAreTheSourceBulletsUnderGaiyo() {
    List<String> bullets = new ArrayList<>();
    int start = sourceLines.indexOf("概要");
    int end = sourceLines.indexOf("交付団体");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    for (String line : sourceLines.subList(start + 1, end)) {
      if (line.startsWith("- ")) {
        bullets.add(line.substring(2));
      }
    }
    assertThat(program().getAims()).isEqualTo(bullets).hasSize(2);
  }

  @Test
  void eligibilityPrincipleIsTheSourceNote() {
    for (String principle : program().getEligibilityPrinciples()) {
      assertThat(sourceLines).contains("（注）" + principle);
    }
  }

  @Test
  void statedGranteeCountIsTheSourceCount() {
    GrantProgram p = program();
    assertThat(source).contains(p.getGranteeCategory().orElseThrow() + p.getStatedGranteeCount().getAsInt() + "団体");
    assertThat(p.getGrants()).hasSize(p.getStatedGranteeCount().getAsInt());
  }

  @Test
  void actAndPlanAreNamedInTheSourceAsWritten() {
    GrantProgram p = program();
    PolicyPlan plan = p.getPolicyPlan().orElseThrow();
    assertThat(p.getAims().get(0)).startsWith(p.getLegalBasis().orElseThrow().getTitle() + "に基づく「" + plan.getName()
        + "」（令和6年6月11日" + plan.getDecidedBy() + "決定）");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Each grant against its source row

  static Stream<Integer> positions() {
    return IntStream.rangeClosed(1, 9).boxed();
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void organisationAndTitleMatchTheFirstCell(int position) {
    Grant grant = grant(position);
    Organization org = recipient(grant);
    Prefecture office = org.getHeadOffice().orElseThrow();
    String title = grant.getProject().getTitle();
    String cell = cell(position, 0);

    String writtenForm = position == 6 ? "NPO法人" : org.getLegalForm().getJapaneseName();
    assertThat(LegalForm.parse(writtenForm)).isEqualTo(org.getLegalForm());
    String organisation = writtenForm + " " + org.getName() + " (" + office.getJapaneseName() + ")";
    assertThat(cell).contains(organisation).contains(title);
    // The whole cell, so nothing is left over or missing: the organisation, the title and, for row 8 only, the
    // footnote mark and its note.
    String expected = position == 8
        ? organisation + " ※ " + title + " " + CONSORTIUM_NOTE
        : organisation + " " + title;
    assertThat(cell).isEqualTo(expected);
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void summaryIsTheWholeSecondCell(int position) {
    assertThat(grant(position).getProject().getSummary()).isEqualTo(cell(position, 1));
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void areaTextIsTheWholeThirdCell(int position) {
    ServiceArea area = grant(position).getProject().getServiceArea();
    assertThat(area.getText()).isEqualTo(cell(position, 2));
    // The area column's own regions are exactly what parsing the column gives; only summary areas were added.
    ServiceArea column = ServiceArea.parse(cell(position, 2));
    assertThat(area.getPrefectures()).isEqualTo(column.getPrefectures());
    assertThat(area.isNationwide()).isEqualTo(column.isNationwide());
    assertThat(area.getCenter()).isEqualTo(column.getCenter());
    assertThat(area.hasUnnamedPrefectures()).isEqualTo(column.hasUnnamedPrefectures());
  }

  @Test
  void row6IsWrittenNpoHojinButIsASpecifiedNonprofitCorporation() {
    assertThat(cell(6, 0)).startsWith("NPO法人 ");
    Organization org = recipient(grant(6));
    assertThat(org.getLegalForm()).isEqualTo(LegalForm.SPECIFIED_NONPROFIT_CORPORATION);
    assertThat(org.getName()).isEqualTo("市民ネットすいた");
  }

  @Test
  void row8IsAConsortiumRepresentedByHyogoCommunityFoundation() {
    assertThat(cell(8, 0)).endsWith(CONSORTIUM_NOTE);
    assertThat(grant(8).getGrantee()).isInstanceOfSatisfying(Consortium.class, c -> {
      assertThat(c.recipient()).isSameAs(c.getRepresentative());
      assertThat(c.getRepresentative().getName()).isEqualTo("ひょうごコミュニティ財団");
      assertThat(c.getRepresentative().getLegalForm()).isEqualTo(LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION);
      assertThat(c.getRepresentative().getHeadOffice()).contains(Prefecture.HYOGO);
      assertThat(c.getMembers()).containsExactly(c.getRepresentative());
      assertThat(c.hasUnnamedMembers()).isTrue();
      assertThat(c.getName()).as("the source names no consortium").isEmpty();
    });
    assertThat(grant(8).getProject().getTitle()).doesNotContain("※");
  }

  @Test
  void onlyRow8IsAConsortium() {
    for (Grant g : program().getGrants()) {
      if (g.getPosition() == 8) {
        assertThat(g.getGrantee()).isInstanceOf(Consortium.class);
      } else {
        assertThat(g.getGrantee()).as("row %d", g.getPosition()).isInstanceOf(Organization.class);
        assertThat(cell(g.getPosition(), 0)).doesNotContain("※");
      }
    }
  }

  @Test
  void nothingTheSourceDoesNotGiveIsPresent() {
    for (Grant g : program().getGrants()) {
      for (Organization org : organisations(g)) {
        assertThat(org.getCorporateNumber()).as("corporate number, row %d", g.getPosition()).isEmpty();
        assertThat(org.toIdentifier()).isEmpty();
        assertThat(org.getNpoCertification()).as("NPO certification, row %d", g.getPosition()).isEmpty();
      }
      Project p = g.getProject();
      assertThat(p.getAwardedAmount()).as("amount, row %d", g.getPosition()).isEmpty();
      assertThat(p.getStartDate()).as("start date, row %d", g.getPosition()).isEmpty();
      assertThat(p.getEndDate()).as("end date, row %d", g.getPosition()).isEmpty();
      assertThat(g.getAwardDate()).as("award date, row %d", g.getPosition()).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Activities and target groups

  /** The kinds each row's summary names, in the summary's order. */
  private static final Map<Integer, List<SupportActivityKind>> KINDS = Map.of(
      1, List.of(SupportActivityKind.RESEARCH, SupportActivityKind.KNOW_HOW_CODIFICATION,
          SupportActivityKind.DESIGN_SUPPORT, SupportActivityKind.OPEN_CALL, SupportActivityKind.HANDS_ON_SUPPORT),
      2, List.of(SupportActivityKind.START_UP_SUPPORT, SupportActivityKind.HANDS_ON_SUPPORT,
          SupportActivityKind.RESEARCH, SupportActivityKind.INFORMATION_EXCHANGE),
      3, List.of(SupportActivityKind.DISCOVERY, SupportActivityKind.NETWORK_BUILDING,
          SupportActivityKind.STUDY_COMMITTEE, SupportActivityKind.HANDS_ON_SUPPORT),
      4, List.of(SupportActivityKind.NETWORK_MEETING, SupportActivityKind.TRAINING,
          SupportActivityKind.NETWORK_BUILDING),
      5, List.of(SupportActivityKind.OPEN_CALL, SupportActivityKind.MENTORING),
      6, List.of(SupportActivityKind.OTHER),
      7, List.of(SupportActivityKind.TOOL_DEVELOPMENT, SupportActivityKind.DEMONSTRATION,
          SupportActivityKind.DISSEMINATION),
      8, List.of(SupportActivityKind.STUDY_GROUP, SupportActivityKind.TOOL_DEVELOPMENT,
          SupportActivityKind.DISSEMINATION),
      9, List.of(SupportActivityKind.HANDS_ON_SUPPORT, SupportActivityKind.DISSEMINATION,
          SupportActivityKind.PARTNERSHIP_BUILDING));

  /** The target groups each row's summary names, in the summary's order. */
  private static final Map<Integer, List<TargetGroup>> TARGETS = Map.of(
      1, List.of(TargetGroup.COMMUNITY_GROUPS),
      2, List.of(TargetGroup.NPOS),
      3, List.of(TargetGroup.NPOS),
      4, List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.SINGLE_PARENT_HOUSEHOLDS,
          TargetGroup.PEOPLE_WITH_DISABILITIES, TargetGroup.NPOS),
      5, List.of(TargetGroup.NPOS),
      6, List.of(TargetGroup.SMALL_NPOS),
      7, List.of(TargetGroup.COMMUNITY_GROUPS),
      8, List.of(TargetGroup.SMALL_NPOS, TargetGroup.INTERMEDIATE_SUPPORT_ORGANIZATIONS),
      9, List.of(TargetGroup.CHILDREN, TargetGroup.COMMUNITY_GROUPS));

  /** Words of the source that name a kind; an activity's description must contain one of its kind's words. */
  private static final Map<SupportActivityKind, List<String>> KIND_WORDS = Map.ofEntries(
      Map.entry(SupportActivityKind.HANDS_ON_SUPPORT, List.of("伴走型支援", "伴走支援")),
      Map.entry(SupportActivityKind.START_UP_SUPPORT, List.of("創業支援")),
      Map.entry(SupportActivityKind.TRAINING, List.of("研修会")),
      Map.entry(SupportActivityKind.NETWORK_MEETING, List.of("ネットワーク会議")),
      Map.entry(SupportActivityKind.NETWORK_BUILDING, List.of("ネットワーク構築", "ネットワーク化")),
      Map.entry(SupportActivityKind.MENTORING, List.of("メンター")),
      Map.entry(SupportActivityKind.RESEARCH, List.of("調査", "分析")),
      Map.entry(SupportActivityKind.KNOW_HOW_CODIFICATION, List.of("ノウハウ化")),
      Map.entry(SupportActivityKind.DESIGN_SUPPORT, List.of("デザイン支援")),
      Map.entry(SupportActivityKind.TOOL_DEVELOPMENT, List.of("開発")),
      Map.entry(SupportActivityKind.DEMONSTRATION, List.of("実証")),
      Map.entry(SupportActivityKind.DISSEMINATION, List.of("普及", "広める")),
      Map.entry(SupportActivityKind.STUDY_COMMITTEE, List.of("検討委員会")),
      Map.entry(SupportActivityKind.STUDY_GROUP, List.of("研究会")),
      Map.entry(SupportActivityKind.OPEN_CALL, List.of("公募", "募り")),
      Map.entry(SupportActivityKind.DISCOVERY, List.of("発掘")),
      Map.entry(SupportActivityKind.INFORMATION_EXCHANGE, List.of("情報交換")),
      Map.entry(SupportActivityKind.PARTNERSHIP_BUILDING, List.of("連携強化")));

  /** Words of the source that name a target group; a row's summary must contain one for each of its groups. */
  private static final Map<TargetGroup, List<String>> TARGET_WORDS = Map.of(
      TargetGroup.OLDER_PEOPLE, List.of("「高齢者」"),
      TargetGroup.SINGLE_PARENT_HOUSEHOLDS, List.of("「ひとり親世帯」"),
      TargetGroup.PEOPLE_WITH_DISABILITIES, List.of("「障がい者」"),
      TargetGroup.CHILDREN, List.of("こどもたち"),
      TargetGroup.NPOS, List.of("NPO等", "孤独・孤立対策に取り組む団体"),
      TargetGroup.SMALL_NPOS, List.of("小規模NPO"),
      TargetGroup.COMMUNITY_GROUPS, List.of("地域の各種団体", "地域の民間団体", "地域のこども宅食団体"),
      TargetGroup.INTERMEDIATE_SUPPORT_ORGANIZATIONS, List.of("中間支援組織"));

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void activitiesAreTheKindsTheSummaryNames(int position) {
    assertThat(grant(position).getProject().getActivities()).extracting(SupportActivity::getKind)
        .isNotEmpty()
        .containsExactlyElementsOf(KINDS.get(position));
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void everyActivityDescriptionIsPartOfTheSummaryAndNamesItsKind(int position) {
    Project project = grant(position).getProject();
    for (SupportActivity activity : project.getActivities()) {
      String description = activity.getDescription().orElseThrow(
          () -> new AssertionError("row " + position + ": " + activity.getKind() + " has no description"));
      assertThat(project.getSummary()).as("row %d, %s", position, activity.getKind()).contains(description);
      if (activity.getKind() != SupportActivityKind.OTHER) {
        assertThat(description).as("row %d, %s", position, activity.getKind())
            .containsAnyOf(KIND_WORDS.get(activity.getKind()).toArray(String[]::new));
      }
    }
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void deliveryIsGivenOnlyWhereTheSummarySaysOnline(int position) {
    for (SupportActivity activity : grant(position).getProject().getActivities()) {
      boolean saysOnline = activity.getDescription().orElseThrow().contains("オンライン");
      assertThat(activity.getDelivery().isPresent()).as("row %d, %s", position, activity.getKind())
          .isEqualTo(saysOnline);
    }
  }

  @Test
  void deliveryModesOfRows2And3() {
    assertThat(activity(2, SupportActivityKind.INFORMATION_EXCHANGE).getDelivery()).contains(DeliveryMode.ONLINE);
    assertThat(activity(2, SupportActivityKind.INFORMATION_EXCHANGE).getDescription().orElseThrow())
        .startsWith("オンラインによるネットワーク");
    assertThat(activity(3, SupportActivityKind.HANDS_ON_SUPPORT).getDelivery()).contains(DeliveryMode.BLENDED);
    assertThat(activity(3, SupportActivityKind.HANDS_ON_SUPPORT).getDescription().orElseThrow())
        .contains("オンラインも活用した伴走型支援");
    long withDelivery = program().getGrants().stream()
        .flatMap(g -> g.getProject().getActivities().stream())
        .filter(a -> a.getDelivery().isPresent())
        .count();
    assertThat(withDelivery).isEqualTo(2);
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("positions")
  void targetGroupsAreTheOnesTheSummaryNames(int position) {
    Project project = grant(position).getProject();
    assertThat(project.getTargetGroups()).containsExactlyElementsOf(TARGETS.get(position)).doesNotHaveDuplicates();
    for (TargetGroup group : project.getTargetGroups()) {
      assertThat(project.getSummary()).as("row %d, %s", position, group)
          .containsAnyOf(TARGET_WORDS.get(group).toArray(String[]::new));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Areas

  @Test
  void namedAreasAndMunicipalitiesAreThoseTheSummariesName() {
    Map<Integer, List<String>> expected = Map.of(1, List.of("十勝管内"), 4, List.of("気仙地区"), 6, List.of("北摂エリア"));
    for (Grant g : program().getGrants()) {
      ServiceArea area = g.getProject().getServiceArea();
      assertThat(area.getNamedAreas()).extracting(NamedArea::getName).as("row %d", g.getPosition())
          .containsExactlyElementsOf(expected.getOrDefault(g.getPosition(), List.of()));
      assertThat(area.getMunicipalities()).as("row %d: municipalities are inside named areas", g.getPosition())
          .isEmpty();
      for (NamedArea named : area.getNamedAreas()) {
        assertThat(g.getProject().getSummary()).contains(named.getName());
        for (Municipality m : named.getMunicipalities()) {
          assertThat(g.getProject().getSummary()).contains(m.getName());
        }
      }
    }
  }

  @Test
  void tokachiIsMadeOfHokkaidoOnly() {
    NamedArea tokachi = namedArea(1);
    assertThat(tokachi.getPrefectures()).containsExactly(Prefecture.HOKKAIDO);
    assertThat(tokachi.getMunicipalities()).isEmpty();
  }

  @Test
  void kesenIsOfunatoRikuzentakataAndKesennuma() {
    NamedArea kesen = namedArea(4);
    assertThat(kesen.getPrefectures()).isEmpty();
    assertThat(kesen.getMunicipalities()).extracting(m -> m.getCode().toString(), Municipality::getName,
        Municipality::getPrefecture)
        .containsExactly(
            tuple("032034", "大船渡市", Prefecture.IWATE),
            tuple("032107", "陸前高田市", Prefecture.IWATE),
            tuple("042056", "気仙沼市", Prefecture.MIYAGI));
    // As the summary writes them: 岩手県大船渡市・陸前高田市・宮城県気仙沼市.
    assertThat(grant(4).getProject().getSummary()).contains("気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)");
    assertThat(kesen.touchedPrefectures()).containsExactly(Prefecture.IWATE, Prefecture.MIYAGI);
  }

  @Test
  void hokusetsuIsMadeOfOsakaAndHyogoWithoutInventedMunicipalities() {
    NamedArea hokusetsu = namedArea(6);
    assertThat(hokusetsu.getPrefectures()).containsExactly(Prefecture.OSAKA, Prefecture.HYOGO);
    assertThat(hokusetsu.getMunicipalities()).isEmpty();
    assertThat(grant(6).getProject().getSummary()).contains("大阪府と兵庫県をまたぐ生活圏域「北摂エリア」");
  }

  @Test
  void row1IsWithinOnePrefectureAndAllOthersGoBeyondOne() {
    for (Grant g : program().getGrants()) {
      ServiceArea area = g.getProject().getServiceArea();
      if (g.getPosition() == 1) {
        assertThat(area.isWithinOnePrefecture()).isTrue();
        assertThat(area.goesBeyondOnePrefecture()).isFalse();
        assertThat(area.touchedPrefectures()).containsExactly(Prefecture.HOKKAIDO);
      } else {
        assertThat(area.goesBeyondOnePrefecture()).as("row %d", g.getPosition()).isTrue();
        assertThat(area.isWithinOnePrefecture()).as("row %d", g.getPosition()).isFalse();
      }
      assertThat(area.isUnresolved()).as("row %d", g.getPosition()).isFalse();
    }
  }

  @Test
  void row3IsCentredOnKanagawaWithUnnamedPrefectures() {
    ServiceArea area = grant(3).getProject().getServiceArea();
    assertThat(area.hasUnnamedPrefectures()).isTrue();
    assertThat(area.getCenter()).contains(Prefecture.KANAGAWA);
    assertThat(area.getPrefectures()).containsExactly(Prefecture.KANAGAWA);
    assertThat(area.isNationwide()).isFalse();
  }

  @Test
  void row8IsNationwideBesideHyogoIbarakiAndGifu() {
    ServiceArea area = grant(8).getProject().getServiceArea();
    assertThat(area.isNationwide()).isTrue();
    assertThat(area.getPrefectures()).containsExactly(Prefecture.HYOGO, Prefecture.IBARAKI, Prefecture.GIFU);
  }

  @Test
  void nationwideAndPrefectureAreasOfTheOtherRows() {
    for (int position : List.of(2, 5, 7, 9)) {
      ServiceArea area = grant(position).getProject().getServiceArea();
      assertThat(area.isNationwide()).as("row %d", position).isTrue();
      assertThat(area.getPrefectures()).as("row %d", position).isEmpty();
    }
    assertThat(grant(1).getProject().getServiceArea().getPrefectures()).containsExactly(Prefecture.HOKKAIDO);
    assertThat(grant(4).getProject().getServiceArea().getPrefectures())
        .containsExactly(Prefecture.MIYAGI, Prefecture.IWATE);
    assertThat(grant(6).getProject().getServiceArea().getPrefectures())
        .containsExactly(Prefecture.OSAKA, Prefecture.HYOGO);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Text hygiene

  @Test
  void noTextFieldCarriesParagraphTags() {
    List<String> texts = allTexts(program());
    assertThat(texts).hasSizeGreaterThan(60);
    for (String text : texts) {
      assertThat(text).doesNotContain("<p>", "</p>");
    }
  }

  @Test
  void noTextFieldHasSurroundingWhiteSpace() {
    for (String text : allTexts(program())) {
      assertThat(text).isNotBlank().isEqualTo(text.strip());
    }
  }

  @Test
  void summariesOfRows2And8KeepTheSpaceBetweenTheirSentences() {
    assertThat(grant(2).getProject().getSummary()).contains("支援する。 オンラインによる");
    assertThat(grant(8).getProject().getSummary()).contains("バージョンアップさせる。 兵庫+全国の");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  private static GrantProgram program() {
    return SampleData.fy2024();
  }

  private static Grant grant(int position) {
    Grant g = program().getGrants().get(position - 1);
    assertThat(g.getPosition()).isEqualTo(position);
    return g;
  }

  /** A cell of a source row, {@code <p>}/{@code </p>} removed: 0 organisation/title, 1 summary, 2 area. */
  private static String cell(int row, int index) {
    List<String> cells = RAW_ROWS.get(row);
    if (cells == null) {
      fail("source has no row " + row);
    }
    return cells.get(index).replaceFirst("^<p>", "").replaceFirst("</p>$", "");
  }

  private static SupportActivity activity(int position, SupportActivityKind kind) {
    return grant(position).getProject().getActivities().stream()
        .filter(a -> a.getKind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("row " + position + " has no " + kind));
  }

  private static NamedArea namedArea(int position) {
    List<NamedArea> areas = grant(position).getProject().getServiceArea().getNamedAreas();
    assertThat(areas).hasSize(1);
    return areas.get(0);
  }

  private static List<Organization> organisations(Grant g) {
    if (g.getGrantee() instanceof Consortium c) {
      List<Organization> all = new ArrayList<>(c.getMembers());
      all.add(c.getRepresentative());
      return all;
    }
    return List.of(recipient(g));
  }

  /** Every text field of the program, its grants, grantees, projects, areas and activities. */
  private static List<String> allTexts(GrantProgram p) {
    List<String> texts = new ArrayList<>();
    texts.add(p.getName());
    p.getStrand().ifPresent(texts::add);
    p.getGranteeCategory().ifPresent(texts::add);
    texts.addAll(p.getAims());
    texts.addAll(p.getEligibilityPrinciples());
    p.getLegalBasis().ifPresent(law -> {
      texts.add(law.getTitle());
      law.getNumber().ifPresent(texts::add);
    });
    p.getPolicyPlan().ifPresent(plan -> {
      texts.add(plan.getName());
      texts.add(plan.getDecidedBy());
    });
    for (Grant g : p.getGrants()) {
      if (g.getGrantee() instanceof Consortium c) {
        c.getName().ifPresent(texts::add);
      }
      for (Organization org : organisations(g)) {
        texts.add(org.getName());
      }
      Project project = g.getProject();
      texts.add(project.getTitle());
      texts.add(project.getSummary());
      ServiceArea area = project.getServiceArea();
      texts.add(area.getText());
      for (NamedArea named : area.getNamedAreas()) {
        texts.add(named.getName());
        named.getMunicipalities().forEach(m -> texts.add(m.getName()));
      }
      area.getMunicipalities().forEach(m -> texts.add(m.getName()));
      project.getActivities().forEach(a -> a.getDescription().ifPresent(texts::add));
    }
    return texts;
  }

  /** The organisation that receives a grant of the sample: every grantee of the sheet is an organisation or consortium. */
  private static Organization recipient(Grant grant) {
    Grantee g = grant.getGrantee();
    return g instanceof Consortium ? ((Consortium) g).recipient() : (Organization) g;
  }
}
