package io.github.tsunagari.interchange.rs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The RS import on hand-made tables with the real column names. The rows of project 1 follow the example public code
 * gives of the FY2024 table (igomuni/marumie-rssystem, {@code docs/tasks/archive/20260509_0725_再委託CSVデータ構造再整理.md}:
 * PID 1, block A, 株式会社ウルフスタイル, role 「ウェブ会議システムを利用した研修の運営支援に関する業務」, block total
 * 3,025,000, contracts of 1,980,000 and 1,045,000; the name 内閣人事局経費 from
 * {@code 20260308_1811_5-1CSV金額空欄レコードの品質問題調査.md}); its corporate number is not given there, so none is
 * written. Other rows are the tests' own.
 */
class RsImportTest {
  static final String ROLE = "ウェブ会議システムを利用した研修の運営支援に関する業務";
  static final Charset CP932 = Charset.forName("windows-31j");

  /** Project 1 as the table writes it: the block's header row, the recipient's total row, its two contract rows. */
  static SpendingTable project1() {
    return SpendingTable.fy2024()
        .row("シート種別", "レビューシート", "事業年度", "2024", "予算事業ID", "1", "事業名", "内閣人事局経費",
            "支出先ブロック番号", "A", "支出先ブロック名", "株式会社ウルフスタイル", "事業を行う上での役割", ROLE,
            "ブロックの合計支出額", "3025000")
        .row("事業年度", "2024", "予算事業ID", "1", "事業名", "内閣人事局経費", "支出先ブロック番号", "A",
            "支出先名", "株式会社ウルフスタイル", "支出先の合計支出額", "3025000")
        .row("事業年度", "2024", "予算事業ID", "1", "事業名", "内閣人事局経費", "支出先ブロック番号", "A",
            "支出先名", "株式会社ウルフスタイル",
            "契約概要", "2024年度ウェブ会議システム新任管理者マネジメント研修の運営支援業務の請負", "金額", "1980000")
        .row("事業年度", "2024", "予算事業ID", "1", "事業名", "内閣人事局経費", "支出先ブロック番号", "A",
            "支出先名", "株式会社ウルフスタイル",
            "契約概要", "2024年度ウェブ会議システム幹部候補育成課程中央研修(係長級)業務の請負", "金額", "1045000");
  }

  /** Project 1 and a row of another project. */
  static SpendingTable withOtherProject() {
    return project1().row("事業年度", "2024", "予算事業ID", "7", "事業名", "別の事業", "支出先ブロック番号", "A",
        "支出先名", "株式会社別", "支出先の合計支出額", "100");
  }

  /** A table of one row of project {@code id}, as {@link SpendingTable#rowOf}. */
  static SpendingTable oneRow(String id, String... columnsAndValues) {
    return SpendingTable.fy2024().rowOf(id, columnsAndValues);
  }

  static ReadResult<GrantProgram> zip(RsImporter rs, byte[] zip) throws IOException {
    return rs.readZip(new ByteArrayInputStream(zip));
  }

  static ReadResult<GrantProgram> csv(RsImporter rs, byte[] csv) throws IOException {
    return rs.readCsv(new ByteArrayInputStream(csv));
  }

  static List<String> ids(ReadResult<?> r) {
    return r.getReport().getFindings().stream().map(Finding::getRuleId).toList();
  }

  static Finding only(ReadResult<?> r, String ruleId) {
    List<Finding> found = r.getReport().getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    assertThat(found).as(ruleId + " in " + r.getReport()).hasSize(1);
    return found.get(0);
  }

  private static void assertProject1(ReadResult<GrantProgram> read, String asked) {
    GrantProgram program = read.getValue().orElseThrow();
    assertThat(program.getName()).isEqualTo("内閣人事局経費");
    assertThat(program.getFiscalYear()).isEqualTo(FiscalYear.of(2023)); // the 2024 review: the spending of FY2023
    assertThat(program.getId()).hasValueSatisfying(id -> assertThat(id.toString()).isEqualTo("rs-2024-1"));
    assertThat(program.getGrants()).hasSize(1);
    Grant grant = program.getGrants().get(0);
    Organization o = (Organization) grant.getGrantee();
    assertThat(o.getLegalForm()).isEqualTo(LegalForm.STOCK_COMPANY);
    assertThat(o.getName()).isEqualTo("ウルフスタイル");
    assertThat(o.getCorporateNumber()).isEmpty();
    assertThat(grant.getProject().getAwardedAmount()).contains(Yen.of(3_025_000));
    assertThat(grant.getProject().getTitle()).isEqualTo(ROLE); // two contracts: the block's role
    assertThat(grant.getProject().getSummary()).startsWith(ROLE + "\n2024年度ウェブ会議システム新任管理者");
    assertThat(ids(read)).contains("read.encoding", "import.rs.other-project-rows")
        .doesNotContain("import.rs.block-total-mismatch");
    assertThat(only(read, "import.rs.other-project-rows").getMessage(Locale.ENGLISH))
        .isEqualTo("Rows of budget projects other than \"" + asked + "\" were skipped: 1.");
    // The table names no area served: the area says so (記載なし, as gBizINFO's import writes it) and the model's
    // validation says it names no region; nothing is invented, and the grant is not refused for it.
    assertThat(grant.getProject().getServiceArea().getText()).isEqualTo("記載なし");
    assertThat(read.getReport().getFindings()).anySatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo("eligibility.unresolved-area");
      assertThat(f.getPath()).isEqualTo("/grants/0/project/serviceArea");
    }).noneSatisfy(f -> assertThat(f.getRuleId()).isEqualTo("field.NotBlank"));
  }

  @Test
  void readsAZipWhoseEntryNameIsCp932() throws IOException {
    byte[] zip = withOtherProject().zip(CP932);
    // The name is stored as cp932 bytes without the UTF-8 flag, as the RS system's files have it.
    assertThat(new String(zip, StandardCharsets.ISO_8859_1))
        .contains(new String(SpendingTable.ENTRY.getBytes(CP932), StandardCharsets.ISO_8859_1));
    assertProject1(zip(RsSystem.project("1"), zip), "1");
  }

  @Test
  void readsAZipWhoseEntryNameIsFlaggedUtf8() throws IOException {
    assertProject1(zip(RsSystem.project("1"), withOtherProject().zip(StandardCharsets.UTF_8)), "1");
  }

  @Test
  void entryNamesAreDecodedWhateverTheirEncoding() {
    for (Charset c : List.of(CP932, Charset.forName("Shift_JIS"), StandardCharsets.UTF_8)) {
      String asBytes = new String(SpendingTable.ENTRY.getBytes(c), StandardCharsets.ISO_8859_1);
      assertThat(SpendingZip.decode(asBytes)).as(c.name()).isEqualTo(SpendingTable.ENTRY);
    }
    assertThat(SpendingZip.decode(SpendingTable.ENTRY)).isEqualTo(SpendingTable.ENTRY); // flagged: decoded already
  }

  @Test
  void readsTheBareCsvAndSelectsByName() throws IOException {
    assertProject1(csv(RsSystem.projectNamed("内閣人事局経費"), withOtherProject().csv()), "内閣人事局経費");
  }

  @Test
  void theEighteenColumnsNeedTheYearOfTheReview() throws IOException {
    SpendingTable t = SpendingTable.of(SpendingTable.HEADER_18).row("予算事業ID", "1", "事業名", "内閣人事局経費",
        "支出先ブロック番号", "A", "支出先名", "株式会社ウルフスタイル", "支出先の合計支出額", "3,025,000");
    ReadResult<GrantProgram> none = csv(RsSystem.project("1"), t.csv());
    assertThat(none.getValue()).isEmpty();
    assertThat(ids(none)).contains("import.rs.no-fiscal-year");
    GrantProgram given = csv(RsSystem.project("1").withReviewYear(2024), t.csv()).getValue().orElseThrow();
    assertThat(given.getFiscalYear()).isEqualTo(FiscalYear.of(2023));
    assertThat(given.getGrants().get(0).getProject().getAwardedAmount()).contains(Yen.of(3_025_000));
  }

  @Test
  void aWrongCheckDigitIsAFindingAndNeverRepaired() throws IOException {
    // 国税庁's number 7000012050002 with its check digit changed: a number that cannot exist.
    SpendingTable t = SpendingTable.fy2024().row("事業年度", "2024", "予算事業ID", "3", "事業名", "事業",
        "支出先ブロック番号", "A", "支出先名", "株式会社甲", "法人番号", "8000012050002", "所在地", "東京都千代田区",
        "支出先の合計支出額", "500");
    ReadResult<GrantProgram> read = csv(RsSystem.project("3"), t.csv());
    Organization o = (Organization) read.getValue().orElseThrow().getGrants().get(0).getGrantee();
    assertThat(o.getCorporateNumber()).isEmpty();
    assertThat(o.getHeadOffice()).contains(Prefecture.TOKYO);
    Finding f = only(read, "import.rs.invalid-corporate-number");
    assertThat(f.getPath()).isEqualTo("/grants/0/grantee/corporateNumber");
    assertThat(f.getValue()).contains("8000012050002");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(2, 20, "法人番号"));
    assertThat(read.isValid()).isFalse();

    SpendingTable right = SpendingTable.fy2024().row("事業年度", "2024", "予算事業ID", "3", "事業名", "事業",
        "支出先ブロック番号", "A", "支出先名", "株式会社甲", "法人番号", "7000012050002", "支出先の合計支出額", "500");
    Organization numbered = (Organization) csv(RsSystem.project("3"), right.csv()).getValue().orElseThrow()
        .getGrants().get(0).getGrantee();
    assertThat(numbered.getCorporateNumber()).contains(CorporateNumber.of("7000012050002"));
  }

  @Test
  void aRepeatedCellThatDiffersIsSaidAtItsCellOnceAndTheFirstIsCarried() throws IOException {
    SpendingTable t = SpendingTable.fy2024()
        .rowOf("9", "支出先ブロック名", "甲", "事業を行う上での役割", "役割", "ブロックの合計支出額", "10")
        .rowOf("9", "事業年度", "2023", "支出先ブロック名", "乙", "事業を行う上での役割", " 役割 ",
            "ブロックの合計支出額", "１０")
        .rowOf("9", "支出先名", "株式会社甲", "所在地", "東京都千代田区", "法人種別", "301", "支出先の合計支出額", "10")
        .rowOf("9", "支出先名", "株式会社甲", "所在地", "大阪府大阪市", "支出先の合計支出額", "20")
        .rowOf("9", "支出先名", "株式会社甲", "所在地", "大阪府大阪市", "法人種別", "301");
    ReadResult<GrantProgram> read = csv(RsSystem.project("9"), t.csv());
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("import.rs.conflicting-value"))
        .extracting(f -> f.getLocation().orElseThrow()).containsExactlyInAnyOrder(
            SourceLocation.ofCell(3, 2, "事業年度"), SourceLocation.ofCell(3, 15, "支出先ブロック名"),
            SourceLocation.ofCell(5, 21, "所在地"), SourceLocation.ofCell(5, 24, "支出先の合計支出額"));
    Finding location = read.getReport().getFindings().stream()
        .filter(f -> f.getLocation().orElseThrow().equals(SourceLocation.ofCell(5, 21, "所在地"))).findFirst()
        .orElseThrow();
    assertThat(location.getMessage(Locale.JAPANESE)).isEqualTo(
        "列「所在地」はここでは「大阪府大阪市」ですが、同じ予算事業・支出先ブロック・支出先の4行目では「東京都千代田区」です。"
            + "4行目の値を取り込みます。");
    GrantProgram program = read.getValue().orElseThrow();
    assertThat(program.getFiscalYear()).isEqualTo(FiscalYear.of(2023));
    Grant grant = program.getGrants().get(0);
    assertThat(((Organization) grant.getGrantee()).getHeadOffice()).contains(Prefecture.TOKYO);
    assertThat(grant.getProject().getAwardedAmount()).contains(Yen.of(10));
  }

  @Test
  void aLocalGovernmentsCorporateNumberIsCarriedAndOneNotItsOwnIsSaidAtItsCell() throws IOException {
    // 国税庁's number (check digit right) for 東京都, whose code gives 8000020130001.
    SpendingTable t = oneRow("4", "支出先名", "東京都", "法人番号", "7000012050002", "法人種別", "201",
        "支出先の合計支出額", "300");
    ReadResult<GrantProgram> read = csv(RsSystem.project("4"), t.csv());
    io.github.tsunagari.organization.LocalGovernmentGrantee tokyo = (io.github.tsunagari.organization
        .LocalGovernmentGrantee) read.getValue().orElseThrow().getGrants().get(0).getGrantee();
    assertThat(tokyo.getCorporateNumber()).contains(CorporateNumber.of("7000012050002"));
    Finding f = only(read, "consistency.local-government-corporate-number");
    assertThat(f.getPath()).isEqualTo("/grants/0/grantee/corporateNumber");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(2, 20, "法人番号"));

    t.rows().get(0).put("法人番号", "8000020130001");
    ReadResult<GrantProgram> own = csv(RsSystem.project("4"), t.csv());
    assertThat(ids(own)).doesNotContain("consistency.local-government-corporate-number");
    assertThat(own.getValue().orElseThrow().getGrants().get(0).getGrantee().getRecipientCorporateNumber())
        .contains(CorporateNumber.of("8000020130001"));
  }

  @Test
  void theValidatorGivenIsTheOneThatValidates() throws IOException {
    // one contract summary, the grant's title, longer than the model's constraint allows: a field finding by default
    SpendingTable t = oneRow("3", "支出先名", "株式会社甲", "契約概要", "業務".repeat(200), "金額", "500");
    assertThat(ids(csv(RsSystem.project("3"), t.csv()))).contains("field.TextLength");
    // an application's Jakarta validator, here one that finds nothing: its word is the one taken
    jakarta.validation.Validator none = (jakarta.validation.Validator) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {jakarta.validation.Validator.class},
        (proxy, method, args) -> java.util.Set.of());
    RsImporter importer = RsSystem.project("3").withValidator(io.github.tsunagari.validation.GrantValidator.using(none));
    assertThat(ids(csv(importer, t.csv()))).doesNotContain("field.TextLength");
    assertThat(ids(csv(importer.withReviewYear(2024), t.csv()))).doesNotContain("field.TextLength");
  }

  @Test
  void aMissingColumnIsAFindingAtTheHeaderAndNothingIsImported() throws IOException {
    ReadResult<GrantProgram> read = csv(RsSystem.project("1"), project1().without("金額").csv());
    assertThat(read.getValue()).isEmpty();
    Finding f = only(read, "import.rs.missing-column");
    assertThat(f.getValue()).contains("金額");
    assertThat(f.getLocation()).hasValueSatisfying(l -> assertThat(((SourceLocation.Cell) l).getRow()).isEqualTo(1));
  }

  @Test
  void anUnknownColumnIsSaidAtItsCellAndKnownHeadersMatchInAnyWidth() throws IOException {
    List<String> header = new java.util.ArrayList<>(SpendingTable.HEADER_2024);
    header.set(header.indexOf("予算事業ID"), "予算事業ＩＤ"); // full-width letters
    header.set(header.indexOf("事業名"), " 事業名 ");
    header.add("備考");
    SpendingTable t = SpendingTable.of(header).row("事業年度", "2024", "予算事業ＩＤ", "1", " 事業名 ", "事業",
        "支出先ブロック番号", "A", "支出先名", "株式会社甲", "支出先の合計支出額", "1", "備考", "x");
    ReadResult<GrantProgram> read = csv(RsSystem.project("1"), t.csv());
    assertThat(read.getValue()).isPresent();
    Finding f = only(read, "import.rs.unknown-column");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(1, header.size(), "備考"));
  }

  @Test
  void projectsNotFoundOrAmbiguousImportNothing() throws IOException {
    assertThat(ids(csv(RsSystem.project("99"), project1().csv()))).contains("import.rs.project-not-found");
    SpendingTable twice = project1().row("事業年度", "2024", "予算事業ID", "2", "事業名", "内閣人事局経費",
        "支出先ブロック番号", "A", "支出先名", "株式会社乙", "支出先の合計支出額", "1");
    ReadResult<GrantProgram> read = csv(RsSystem.projectNamed("内閣人事局経費"), twice.csv());
    assertThat(read.getValue()).isEmpty();
    assertThat(only(read, "import.rs.ambiguous-project-name").getMessage(Locale.ENGLISH)).contains("(1, 2)");
    assertThatThrownBy(() -> RsSystem.project(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recipientsTheModelCannotTakeAreSaidWithTheirAmount() throws IOException {
    SpendingTable t = SpendingTable.fy2024()
        .row("事業年度", "2024", "予算事業ID", "4", "事業名", "事業", "支出先ブロック番号", "A", "支出先名", "民間企業等",
            "支出先の合計支出額", "1200000")
        .row("事業年度", "2024", "予算事業ID", "4", "事業名", "事業", "支出先ブロック番号", "B", "支出先名", "東京都",
            "法人種別", "201", "支出先の合計支出額", "300");
    ReadResult<GrantProgram> read = csv(RsSystem.project("4"), t.csv());
    assertThat(read.getValue().orElseThrow().getGrants()).extracting(g -> g.getGrantee().getRecipientName())
        .containsExactly("東京都");
    Finding f = only(read, "import.rs.recipient-not-carried");
    assertThat(f.getMessage(Locale.JAPANESE)).isEqualTo(
        "支出先「民間企業等」はモデルが知る法人格も地方公共団体も示していないため、交付として取り込みません（金額：120万円）。");
  }

  @Test
  void aBlockWhoseRoleSaysItsMoneyWasPassedOnBecomesRegrants() throws IOException {
    SpendingTable t = SpendingTable.fy2024()
        .row("事業年度", "2024", "予算事業ID", "5", "事業名", "モデル調査", "支出先ブロック番号", "A",
            "支出先ブロック名", "中間支援組織", "事業を行う上での役割", "モデル調査の実施", "ブロックの合計支出額", "3750000")
        .row("事業年度", "2024", "予算事業ID", "5", "事業名", "モデル調査", "支出先ブロック番号", "A",
            "支出先名", "一般社団法人中間", "支出先の合計支出額", "3750000");
    for (int i = 1; i <= 5; i++) {
      t.row("事業年度", "2024", "予算事業ID", "5", "事業名", "モデル調査", "支出先ブロック番号", "B",
          "支出先ブロック名", "支援先団体", "事業を行う上での役割", "モデル調査の一部の実施(再委託)",
          "支出先名", "特定非営利活動法人支援先" + i, "支出先の合計支出額", "750,000");
    }
    ReadResult<GrantProgram> read = csv(RsSystem.project("5"), t.csv());
    List<Grant> grants = read.getValue().orElseThrow().getGrants();
    assertThat(grants).hasSize(1);
    assertThat(grants.get(0).getProject().getRegrants()).hasSize(5)
        .extracting(Regrant::getRecipient, Regrant::getAmount)
        .contains(tuple(java.util.Optional.of("特定非営利活動法人支援先1"), java.util.Optional.of(Yen.of(750_000))));
    assertThat(ids(read)).doesNotContain("amount.regrants-over-grant", "import.rs.regrant-source-unknown");
  }

  @Test
  void passedOnMoneyWithoutOneSourceIsLeftOutWithItsAmounts() throws IOException {
    SpendingTable t = SpendingTable.fy2024()
        .row("事業年度", "2024", "予算事業ID", "6", "事業名", "事業", "支出先ブロック番号", "A",
            "支出先名", "株式会社甲", "支出先の合計支出額", "10")
        .row("事業年度", "2024", "予算事業ID", "6", "事業名", "事業", "支出先ブロック番号", "A",
            "支出先名", "株式会社乙", "支出先の合計支出額", "10")
        .row("事業年度", "2024", "予算事業ID", "6", "事業名", "事業", "支出先ブロック番号", "B",
            "事業を行う上での役割", "再委託", "支出先名", "株式会社丙", "支出先の合計支出額", "5");
    ReadResult<GrantProgram> read = csv(RsSystem.project("6"), t.csv());
    // the two recipients of A are grants; C's money is not counted a second time as a grant of its own
    assertThat(read.getValue().orElseThrow().getGrants()).extracting(g -> g.getGrantee().getRecipientName())
        .containsExactly("株式会社 甲", "株式会社 乙");
    Finding f = only(read, "import.rs.regrant-source-unknown");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(4, 17, "事業を行う上での役割"));
    assertThat(f.getMessage(Locale.ENGLISH)).endsWith(": 株式会社丙 (5円) (in all 5円).");
  }

  @Test
  void passedOnMoneyAfterSeveralBlocksIsNotGuessedToBeTheNearest() throws IOException {
    SpendingTable t = SpendingTable.fy2024();
    for (String[] block : new String[][] {{"A", "株式会社甲", "事業の実施"}, {"B", "株式会社乙", "広報"},
        {"C", "株式会社丙", "事業の一部の実施(再委託)"}}) {
      t.row("事業年度", "2024", "予算事業ID", "6", "事業名", "事業", "支出先ブロック番号", block[0],
          "事業を行う上での役割", block[2], "支出先名", block[1], "支出先の合計支出額", "10");
    }
    ReadResult<GrantProgram> read = csv(RsSystem.project("6"), t.csv());
    List<Grant> grants = read.getValue().orElseThrow().getGrants();
    assertThat(grants).extracting(g -> g.getGrantee().getRecipientName()).containsExactly("株式会社 甲", "株式会社 乙");
    assertThat(grants).allSatisfy(g -> assertThat(g.getProject().getRegrants()).isEmpty());
    assertThat(only(read, "import.rs.regrant-source-unknown").getMessage(Locale.JAPANESE))
        .endsWith("その支出先1件を交付として取り込みません：株式会社丙 (10円)（合計10円）。");
  }

  @Test
  void aBlockTotalThatTheAmountsDoNotMakeIsSaid() throws IOException {
    SpendingTable t = project1();
    t.rows().get(0).put("ブロックの合計支出額", "3,000,000");
    Finding f = only(csv(RsSystem.project("1"), t.csv()), "import.rs.block-total-mismatch");
    assertThat(f.getMessage(Locale.ENGLISH))
        .isEqualTo("The recipients of spending block A sum to 302万5,000円, but the block total the table states is"
            + " 300万円.");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(2, 18, "ブロックの合計支出額"));
  }

  @Test
  void anAmountThatIsNoAmountIsSaidAtItsCell() throws IOException {
    SpendingTable t = project1();
    t.rows().get(2).put("金額", "百九十八万");
    Finding f = only(csv(RsSystem.project("1"), t.csv()), "import.rs.invalid-amount");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(4, 26, "金額"));
  }

  /** Two amounts each of which yen holds, whose sum it does not (past 9,223,372,036,854,775,807). */
  static final String NINE_QUINTILLION = "9000000000000000000";

  @Test
  void contractAmountsWhoseSumNoYenHoldsAreSaidAtTheCellNeverAnException() throws IOException {
    SpendingTable t = SpendingTable.fy2024();
    for (int i = 0; i < 2; i++) {
      t.row("事業年度", "2024", "予算事業ID", "8", "事業名", "事業", "支出先ブロック番号", "A",
          "支出先名", "株式会社甲", "金額", NINE_QUINTILLION);
    }
    ReadResult<GrantProgram> read = csv(RsSystem.project("8"), t.csv());
    Finding f = only(read, "import.rs.invalid-amount");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(3, 26, "金額"));
    assertThat(read.getValue().orElseThrow().getGrants().get(0).getProject().getAwardedAmount()).isEmpty();
  }

  @Test
  void aBlockWhoseRecipientsSumPastWhatYenHoldsIsAMismatchNeverAnException() throws IOException {
    SpendingTable t = SpendingTable.fy2024().row("事業年度", "2024", "予算事業ID", "8", "事業名", "事業",
        "支出先ブロック番号", "A", "ブロックの合計支出額", NINE_QUINTILLION);
    for (String name : List.of("株式会社甲", "株式会社乙")) {
      t.row("事業年度", "2024", "予算事業ID", "8", "事業名", "事業", "支出先ブロック番号", "A",
          "支出先名", name, "支出先の合計支出額", NINE_QUINTILLION);
    }
    Finding f = only(csv(RsSystem.project("8"), t.csv()), "import.rs.block-total-mismatch");
    assertThat(f.getMessage(Locale.ENGLISH)).isEqualTo("The recipients of spending block A sum to 1,800京円, but the"
        + " block total the table states is 900京円.");
  }

  @Test
  void aReviewYearNoFiscalYearHoldsIsSaidAtItsCellNeverAnException() throws IOException {
    SpendingTable t = oneRow("8", "事業年度", "1800", "支出先名", "株式会社甲", "支出先の合計支出額", "1");
    ReadResult<GrantProgram> read = csv(RsSystem.project("8"), t.csv());
    assertThat(read.getValue()).isEmpty();
    assertThat(only(read, "import.rs.invalid-review-year").getLocation())
        .contains(SourceLocation.ofCell(2, 2, "事業年度"));
    assertThat(ids(read)).contains("import.rs.no-fiscal-year");
  }

  @Test
  void aProjectIdTooLongForAnIdentifierLeavesTheProgramWithoutOneNeverAnException() throws IOException {
    String id = "1".repeat(200);
    SpendingTable t = oneRow(id, "支出先名", "株式会社甲", "支出先の合計支出額", "1");
    assertThat(csv(RsSystem.project(id), t.csv()).getValue().orElseThrow().getId()).isEmpty();
  }

  @Test
  void anUnreadableReviewYearIsSaidAtItsCellThoughTheNameStatesOne() throws IOException {
    SpendingTable t = oneRow("8", "事業年度", "abc", "支出先名", "株式会社甲", "支出先の合計支出額", "1");
    ReadResult<GrantProgram> read = zip(RsSystem.project("8"), t.zip(CP932)); // the entry's name says RS_2024
    Finding f = only(read, "import.rs.invalid-review-year");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(2, 2, "事業年度"));
    assertThat(f.getValue()).contains("abc");
    assertThat(read.getValue().orElseThrow().getFiscalYear()).isEqualTo(FiscalYear.of(2023));
    assertThat(read.isValid()).isFalse();
  }

  @Test
  void aValueBeyondTheHeaderIsSaidNeverDropped() throws IOException {
    String table = new String(project1().csv(), StandardCharsets.UTF_8);
    String csv = table.substring(0, table.length() - 2) + ",\"x\"\r\n"; // one cell more on the last row
    ReadResult<GrantProgram> read = csv(RsSystem.project("1"), csv.getBytes(StandardCharsets.UTF_8));
    Finding f = only(read, "read.ragged-row");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell(5, SpendingTable.HEADER_2024.size() + 1, ""));
  }

  @Test
  void aZipWithoutTheSpendingTableIsSaid() throws IOException {
    byte[] other = SpendingTable.zip(CP932, "5-2_RS_2024_支出先_支出ブロックのつながり.csv", project1().csv());
    ReadResult<GrantProgram> read = zip(RsSystem.project("1"), other);
    assertThat(read.getValue()).isEmpty();
    assertThat(only(read, "import.rs.no-spending-table").getValue())
        .contains("5-2_RS_2024_支出先_支出ブロックのつながり.csv");
    assertThat(ids(zip(RsSystem.project("1"), "not a zip".getBytes(StandardCharsets.UTF_8))))
        .containsExactly("import.rs.no-spending-table");
  }

  @Test
  void entriesBeforeTheSpendingTableAreSkippedUnderTheSameLimits() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out, CP932)) {
      z.putNextEntry(new java.util.zip.ZipEntry("5-2_RS_2024_支出先_支出ブロックのつながり.csv"));
      z.write(new byte[8 * 1024 * 1024]); // 8 MiB of zeros: about a thousand times its compressed size
      z.closeEntry();
      z.putNextEntry(new java.util.zip.ZipEntry(SpendingTable.ENTRY));
      z.write(project1().csv());
      z.closeEntry();
    }
    ReadResult<GrantProgram> read = zip(RsSystem.project("1"), out.toByteArray());
    assertThat(read.getValue()).isEmpty();
    assertThat(only(read, "read.limit").getMessage(Locale.ENGLISH)).contains(Long.toString(SpendingZip.MAX_RATIO));
  }

  @Test
  void aTruncatedZipIsASyntaxFindingWhereverItIsCut() throws IOException {
    byte[] whole = withOtherProject().zip(CP932);
    ReadResult<GrantProgram> half = zip(RsSystem.project("1"), java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(half.getValue()).isEmpty();
    assertThat(only(half, "read.syntax").getLocation())
        .hasValueSatisfying(l -> assertThat(l).isInstanceOf(SourceLocation.ByteOffset.class));
    for (int length = 0; length < whole.length; length++) { // never an exception, wherever the file ends
      ReadResult<GrantProgram> cut = zip(RsSystem.project("1"), java.util.Arrays.copyOf(whole, length));
      assertThat(cut.getValue().isPresent() || !cut.getReport().getFindings().isEmpty()).as("cut at " + length)
          .isTrue();
    }
  }

  @Test
  void aZipBombStopsAtTheRatioWithATypedReason() throws IOException {
    StringBuilder csv = new StringBuilder("\uFEFF" + String.join(",", SpendingTable.HEADER_2024) + "\r\n");
    String row = "レビューシート,2024,1,事業" + ",".repeat(SpendingTable.HEADER_2024.size() - 4) + "\r\n";
    while (csv.length() < 8 * 1024 * 1024) {
      csv.append(row);
    }
    byte[] bomb = SpendingTable.zip(CP932, SpendingTable.ENTRY, csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(bomb.length).isLessThan(8 * 1024 * 1024 / 100);
    ReadResult<GrantProgram> read = zip(RsSystem.project("1"), bomb);
    assertThat(read.getValue()).isEmpty();
    Finding f = only(read, "read.limit");
    assertThat(f.getMessage(Locale.ENGLISH)).contains(Long.toString(SpendingZip.MAX_RATIO));
    assertThat(f.getLocation()).hasValueSatisfying(l -> assertThat(l).isInstanceOf(SourceLocation.ByteOffset.class));
    assertThat(ReadingLimit.EXPANSION_RATIO.toString()).isNotEmpty();
  }
}
