package io.github.tsunagari.interchange.gbizinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GBizInfoImportTest {
  /** The real record of the issue (gBizINFO, 7100005012040): another subsidy than this program's. */
  static final String REAL_RECORD = "{\"date_of_approval\":\"2024-03-29\",\"title\":\"園芸施設共済に係る農業共済組合連合会等交付金\","
      + "\"amount\":\"1781931\",\"target\":null,\"government_departments\":\"農林水産省\",\"note\":null,"
      + "\"joint_signatures\":null,\"subsidy_resource\":null}";
  static final String REAL_TITLE = "園芸施設共済に係る農業共済組合連合会等交付金";

  /** A corporate number made up for the tests from a base number, with its check digit: no real corporation's. */
  static final String MADE_UP = CorporateNumber.checkDigit("123456789012") + "123456789012";
  static final String OTHER_MADE_UP = CorporateNumber.checkDigit("210987654321") + "210987654321";

  static GBizInfoImport json(String text) throws IOException {
    return GBizInfo.importer().readJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theRealRecordOfAnotherSubsidyIsKeptApartAndSaid() throws IOException {
    // The corporation's name is not given here: the issue quotes the record, not the name.
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"7100005012040\",\"subsidy\":["
        + REAL_RECORD + "]}]}");

    assertThat(read.getGrants()).isEmpty();
    assertThat(read.getRecords()).isEmpty();
    assertThat(read.getOtherSubsidies()).containsExactly(SubsidyRecord.empty()
        .with(GBizInfoField.CORPORATE_NUMBER, "7100005012040")
        .with(GBizInfoField.DATE_OF_APPROVAL, "2024-03-29")
        .with(GBizInfoField.TITLE, REAL_TITLE)
        .with(GBizInfoField.AMOUNT, "1781931")
        .with(GBizInfoField.GOVERNMENT_DEPARTMENTS, "農林水産省"));
    List<Finding> findings = read.getReport().getFindings();
    assertThat(findings).extracting(Finding::getRuleId, Finding::getSeverity, Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactly(tuple("import.gbizinfo.other-subsidy", Severity.INFO, "/hojin-infos/0/subsidy/0/title",
            REAL_TITLE));
    assertThat(findings.get(0).getLocation()).get().isInstanceOf(SourceLocation.Position.class);
    assertThat(findings.get(0).getMessage(Locale.JAPANESE)).contains(REAL_TITLE).contains("別に分けました");
    assertThat(read.isValid()).isTrue();
  }

  @Test
  void askedForByItsTitleTheRealRecordIsReadAndItsMissingNameSaid() throws IOException {
    GBizInfoImport read = GBizInfo.importer().withTitles(List.of(REAL_TITLE)).readJson(new ByteArrayInputStream(
        ("{\"hojin-infos\":[{\"corporate_number\":\"7100005012040\",\"subsidy\":[" + REAL_RECORD + "]}]}")
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(read.getOtherSubsidies()).isEmpty();
    assertThat(read.getRecords()).singleElement().extracting(GrantRecord::getGrant).isEqualTo(java.util.Optional.empty());
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(tuple("read.missing-property", "/hojin-infos/0/subsidy/0"),
            tuple("import.gbizinfo.not-carried", "/hojin-infos/0/subsidy/0/government_departments"));
    assertThat(read.isValid()).isFalse();
  }

  @Test
  void aRecordOfThisProgramIsAGrantWithItsAmountDateAndRecipient() throws IOException {
    GBizInfoImport read = json("{\"id\":null,\"message\":\"200\",\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP
        + "\",\"name\":\"特定非営利活動法人テスト交付先\",\"location\":\"東京都千代田区\",\"subsidy\":[{\"date_of_approval\":"
        + "\"2024-07-01\",\"title\":\"孤独・孤立対策推進交付金\",\"amount\":\"6000000\",\"target\":\"Null\","
        + "\"government_departments\":\"内閣府\"}]}]}");

    Grant grant = read.getGrants().get(0);
    assertThat(grant.getAwardDate()).contains(LocalDate.of(2024, 7, 1));
    assertThat(grant.getProject().getAwardedAmount()).contains(Yen.of(6_000_000));
    assertThat(grant.getProject().getTitle()).isEqualTo("孤独・孤立対策推進交付金");
    assertThat(grant.getProject().getServiceArea().getText()).isEqualTo(GBizInfo.AREA_NOT_STATED);
    Organization recipient = (Organization) grant.getGrantee();
    assertThat(recipient.getCorporateNumber()).contains(CorporateNumber.of(MADE_UP));
    assertThat(recipient.getLegalForm()).isEqualTo(LegalForm.SPECIFIED_NONPROFIT_CORPORATION);
    assertThat(recipient.getName()).isEqualTo("テスト交付先");
    assertThat(recipient.getHeadOffice()).contains(Prefecture.TOKYO);
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(tuple("import.gbizinfo.not-carried", "/hojin-infos/0/location"),
            tuple("import.gbizinfo.not-carried", "/hojin-infos/0/subsidy/0/government_departments"),
            tuple("eligibility.unresolved-area", "/0/project/serviceArea"));
    // The model's finding, whose path the document does not have, is placed where the record is.
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("eligibility.unresolved-area"))
        .singleElement().satisfies(f -> assertThat(f.getLocation()).isPresent());
    assertThat(read.getReport().getErrorCount()).isZero();
  }

  @Test
  void v2sNullIsNoValueAndSaidWhereItMatters() throws IOException {
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP + "\",\"name\":\"一般社団法人テスト\","
        + "\"location\":\"Null\",\"subsidy\":[{\"date_of_approval\":\"Null\",\"title\":\"社会参加活躍支援等孤独・孤立対策推進交付金\","
        + "\"amount\":\"Null\",\"target\":\"Null\",\"government_departments\":\"Null\"}]}]}");

    Grant grant = read.getGrants().get(0);
    assertThat(grant.getAwardDate()).isEmpty();
    assertThat(grant.getProject().getAwardedAmount()).isEmpty();
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().startsWith("import."))
        .extracting(Finding::getRuleId, Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactlyInAnyOrder(
            tuple("import.gbizinfo.no-value", "/hojin-infos/0/subsidy/0/amount", "amount"),
            tuple("import.gbizinfo.no-value", "/hojin-infos/0/subsidy/0/date_of_approval", "date_of_approval"));
  }

  @Test
  void aWrongCheckDigitIsAFindingNeverRepaired() throws IOException {
    String wrong = MADE_UP.charAt(0) == '9' ? "1" + MADE_UP.substring(1) : (char) (MADE_UP.charAt(0) + 1)
        + MADE_UP.substring(1);
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"" + wrong + "\",\"name\":\"一般社団法人テスト\","
        + "\"subsidy\":[{\"title\":\"孤独・孤立対策推進交付金\",\"amount\":1000}]}]}");

    assertThat(read.getRecords()).singleElement().satisfies(r -> assertThat(r.getGrant()).isEmpty());
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getSeverity() == Severity.ERROR)
        .extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("read.invalid-value", "/hojin-infos/0/corporate_number"));
    assertThat(read.getReport().getFindings(Severity.ERROR).get(0).getMessage(Locale.ENGLISH))
        .contains("check digit");
  }

  @Test
  void coRecipientsMakeAConsortiumTheRecipientRepresents() throws IOException {
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP + "\",\"name\":\"特定非営利活動法人代表テスト\","
        + "\"subsidy\":[{\"title\":\"孤独・孤立対策推進交付金\",\"amount\":\"100\",\"date_of_approval\":\"2024-07-01\","
        + "\"joint_signatures\":[\"公益財団法人構成テスト\",\"テスト実行委員会\"]}]}]}");

    Consortium c = (Consortium) read.getGrants().get(0).getGrantee();
    assertThat(c.getRepresentative().getName()).isEqualTo("代表テスト");
    assertThat(c.getMembers()).extracting(Organization::getName).containsExactly("代表テスト", "構成テスト");
    assertThat(c.hasUnnamedMembers()).isTrue();
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, f -> f.getValue().orElse(""))
        .contains(tuple("import.gbizinfo.unread-co-recipient", "テスト実行委員会"));
  }

  @Test
  void aLocalGovernmentsNumberMakesALocalGovernmentGrantee() throws IOException {
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"8000020130001\",\"name\":\"東京都\","
        + "\"subsidy\":[{\"title\":\"社会参加活躍支援等孤独・孤立対策推進交付金\"}]}]}");

    LocalGovernmentGrantee tokyo = (LocalGovernmentGrantee) read.getGrants().get(0).getGrantee();
    assertThat(tokyo.getCode().toString()).isEqualTo("130001");
    assertThat(tokyo.getRecipientCorporateNumber()).contains(CorporateNumber.of("8000020130001"));
  }

  @Test
  void aNameWithoutALegalFormIsNotGuessed() throws IOException {
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP + "\",\"name\":\"テスト連合会\","
        + "\"subsidy\":[{\"title\":\"孤独・孤立対策推進交付金\",\"amount\":\"1\",\"date_of_approval\":\"2024-07-01\"}]}]}");

    assertThat(read.getGrants()).isEmpty();
    assertThat(read.getReport().getFindings(Severity.ERROR)).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("import.gbizinfo.no-legal-form", "/hojin-infos/0/name"));
  }

  @Test
  void theBulkCsvWithItsByteOrderMarkKeepsOtherSubsidiesApart() throws IOException {
    String csv = "\uFEFF法人番号,法人名,本社所在地,認定日,補助金等,金額,対象,府省,備考,連名リスト,補助金財源\r\n"
        + MADE_UP + ",特定非営利活動法人テスト交付先,大阪府,2024-07-01,孤独・孤立対策推進交付金,6000000,,,,"
        + "一般社団法人構成テスト、公益社団法人構成テスト二,\r\n"
        + "7100005012040,,,2024-03-29," + REAL_TITLE + ",1781931,,農林水産省,,,\r\n";
    GBizInfoImport read = GBizInfo.importer().readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.getGrants()).hasSize(1);
    Consortium c = (Consortium) read.getGrants().get(0).getGrantee();
    assertThat(c.getRepresentative().getHeadOffice()).contains(Prefecture.OSAKA);
    assertThat(c.getMembers()).hasSize(3);
    assertThat(read.getOtherSubsidies()).extracting(r -> r.get(GBizInfoField.AMOUNT).get()).containsExactly("1781931");
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(tuple("read.encoding", ""), tuple("import.gbizinfo.other-subsidy", "/1/title"));
    Finding other = read.getReport().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.gbizinfo.other-subsidy")).findFirst().orElseThrow();
    assertThat(other.getLocation()).contains(SourceLocation.ofCell(3, 5, "補助金等"));
  }

  @Test
  void writtenBackAGrantGivesTheFieldsGBizInfoHas() throws IOException {
    GBizInfoImport read = json("{\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP + "\",\"name\":\"特定非営利活動法人テスト交付先\","
        + "\"location\":\"東京都\",\"subsidy\":[{\"date_of_approval\":\"2024-07-01\",\"title\":\"孤独・孤立対策推進交付金\","
        + "\"amount\":\"6000000\",\"target\":\"中間支援\",\"joint_signatures\":[\"一般社団法人構成テスト\"]}]}]}");
    SubsidyRecord back = GBizInfo.toRecord(read.getGrants().get(0));

    assertThat(back).isEqualTo(SubsidyRecord.empty()
        .with(GBizInfoField.CORPORATE_NUMBER, MADE_UP)
        .with(GBizInfoField.NAME, "特定非営利活動法人テスト交付先")
        .with(GBizInfoField.LOCATION, "東京都")
        .with(GBizInfoField.DATE_OF_APPROVAL, "2024-07-01")
        .with(GBizInfoField.TITLE, "孤独・孤立対策推進交付金")
        .with(GBizInfoField.AMOUNT, "6000000")
        .with(GBizInfoField.TARGET, "中間支援")
        .with(GBizInfoField.JOINT_SIGNATURES, "一般社団法人構成テスト"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GBizInfo.writeJson(List.of(back), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP)
        .contains("\"joint_signatures\":[\"一般社団法人構成テスト\"]");
  }

  @Test
  void malformedJsonIsAFindingNotAnException() throws IOException {
    GBizInfoImport read = json("{\"hojin-infos\":[");
    assertThat(read.getGrants()).isEmpty();
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId).containsExactly("read.syntax");
    assertThat(json("{}").getReport().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.missing-property");
  }

  /** A record of this program with its amount and date written as given. */
  private static GBizInfoImport amountAndDate(String amount, String date) throws IOException {
    return json("{\"hojin-infos\":[{\"corporate_number\":\"" + MADE_UP + "\",\"name\":\"一般社団法人テスト\","
        + "\"subsidy\":[{\"date_of_approval\":" + date + ",\"title\":\"孤独・孤立対策推進交付金\",\"amount\":" + amount
        + "}]}]}");
  }

  @Test
  void aNumberOfWholeYenAndADateTimesDayAreReadAs360GivingsReaderReadsThem() throws IOException {
    GBizInfoImport read = amountAndDate("1e3", "\"2024-07-01T10:00:00+09:00\"");
    Grant grant = read.getGrants().get(0);
    assertThat(grant.getProject().getAwardedAmount()).contains(Yen.of(1000));
    assertThat(grant.getAwardDate()).contains(LocalDate.of(2024, 7, 1));
    assertThat(amountAndDate("6000000.0", "\"2024-07-01T10:00:00\"").getGrants().get(0).getProject()
        .getAwardedAmount()).contains(Yen.of(6_000_000));

    for (String notWhole : List.of("1.5", "-1", "1e-1", "1e2147483648", "1e400")) {
      GBizInfoImport refused = amountAndDate(notWhole, "\"2024-07-01\"");
      assertThat(refused.getGrants()).as(notWhole).isEmpty();
      assertThat(refused.getReport().getFindings()).as(notWhole).extracting(Finding::getRuleId, Finding::getPath)
          .contains(tuple("read.invalid-value", "/hojin-infos/0/subsidy/0/amount"));
    }
    GBizInfoImport notADay = amountAndDate("1000", "\"2024-02-30T10:00:00Z\"");
    assertThat(notADay.getGrants()).isEmpty();
    assertThat(notADay.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(tuple("read.invalid-value", "/hojin-infos/0/subsidy/0/date_of_approval"));
  }

  @Test
  void aTextIsAnAmountOnlyAsTheModelReadsOne() throws IOException {
    // A string is no JSON number: 1e3 written as text is not an amount, as before.
    assertThat(amountAndDate("\"1e3\"", "\"2024-07-01\"").getGrants()).isEmpty();
    assertThat(amountAndDate("\"1781931\"", "\"2024-07-01\"").getGrants().get(0).getProject().getAwardedAmount())
        .contains(Yen.of(1_781_931));
  }
}
