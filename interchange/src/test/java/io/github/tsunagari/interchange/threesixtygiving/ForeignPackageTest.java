package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A package another funder published, hand-made in the form a UK funder's takes (pounds, charity and company numbers
 * as org-ids, UK area codes, classifications): read into findings of what cannot be carried over, never a crash, and
 * every grant that can be carried over read.
 */
class ForeignPackageTest {
  /** Two grants of a UK funder: to a charity, and to a Japanese NPO known by its company number only. */
  static final String UK = """
      {
        "grants": [
          {
            "id": "360G-example-uk/2024/001",
            "title": "Community hubs",
            "description": "Warm spaces for isolated older people.",
            "currency": "GBP",
            "amountAwarded": 25000.50,
            "awardDate": "2024-05-14T10:00:00+01:00",
            "recipientOrganization": [
              {"id": "GB-CHC-1234567", "name": "The Example Trust", "charityNumber": "1234567"}
            ],
            "fundingOrganization": [{"id": "GB-CHC-7654321", "name": "Example Foundation"}],
            "beneficiaryLocation": [{"name": "Leeds", "geoCode": "E08000035", "geoCodeType": "LAD"}],
            "classifications": [{"vocabulary": "example", "code": "A1", "title": "Older people"}]
          },
          {
            "id": "360G-example-uk-002",
            "title": "孤立した若者の居場所づくり",
            "description": "東京都内で若者の居場所を運営する。",
            "currency": "GBP",
            "amountAwarded": 10000,
            "awardDate": "2024-06-01",
            "recipientOrganization": [{"id": "GB-COH-01234567", "name": "特定非営利活動法人 例示の会"}],
            "fundingOrganization": [{"id": "GB-CHC-7654321", "name": "Example Foundation"}],
            "beneficiaryLocation": [{"name": "東京都", "geoCode": "130001", "countryCode": "JP"}],
            "classifications": [{"vocabulary": "example", "code": "B2", "title": "Young people"}]
          }
        ],
        "version": "1.4",
        "publisher": {"name": "Example Foundation"}
      }
      """;

  static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aUkPackageGivesFindingsOfWhatCannotBeCarriedOverAndTheGrantsThatCan() throws IOException {
    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = ThreeSixtyGiving.reader().read(new ByteArrayInputStream(bytes(UK)), records::add);

    assertThat(summary.getRecordCount()).isEqualTo(2);
    assertThat(summary.getUnreadableCount()).isEqualTo(1);
    // The charity: no Japanese legal form, no corporate number; its pounds, its UK code and its classifications.
    assertThat(records.get(0).getGrant()).isEmpty();
    assertThat(records.get(0).getReport().getFindings())
        .extracting(Finding::getRuleId, Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactlyInAnyOrder(
            tuple("import.360giving.unmapped-field", "/grants/0/recipientOrganization/0/charityNumber",
                "recipientOrganization/0/charityNumber"),
            tuple("import.360giving.unmapped-field", "/grants/0/beneficiaryLocation/0/geoCodeType",
                "beneficiaryLocation/0/geoCodeType"),
            tuple("import.360giving.unmapped-field", "/grants/0/classifications/0/vocabulary",
                "classifications/0/vocabulary"),
            tuple("import.360giving.unmapped-field", "/grants/0/classifications/0/code", "classifications/0/code"),
            tuple("import.360giving.unmapped-field", "/grants/0/classifications/0/title", "classifications/0/title"),
            tuple("import.360giving.funder", "/grants/0/fundingOrganization/0/name",
                "Example Foundation (GB-CHC-7654321)"),
            tuple("import.360giving.currency", "/grants/0/currency", "GBP"),
            tuple("import.360giving.location", "/grants/0/beneficiaryLocation/0", "Leeds"),
            tuple("import.360giving.organization-id", "/grants/0/recipientOrganization/0/id", "GB-CHC-1234567"),
            tuple("import.360giving.recipient", "/grants/0/recipientOrganization/0/name", "The Example Trust"));
    Finding currency = records.get(0).getReport().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.360giving.currency")).findFirst().orElseThrow();
    assertThat(currency.getLocation()).contains(SourceLocation.of(7, 19));
    assertThat(currency.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(currency.getMessage(Locale.ENGLISH)).isEqualTo("The amounts of this grant are in GBP, not in yen: they"
        + " are not carried over, as the model holds amounts in yen and none is converted.");
    assertThat(currency.getMessage(Locale.JAPANESE)).isEqualTo("この交付の金額は円ではなくGBP建てです。モデルは円建ての金額のみを持ち、"
        + "換算もしないため、取り込みません。");

    // The NPO: read, without its pounds and without an identifier (a company number is no corporate number); the
    // fields said at the first grant are not said again, nor the same funder.
    Grant npo = records.get(1).getGrant().orElseThrow();
    assertThat(npo.getGrantee()).isEqualTo(Organization.builder().legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
        .name("例示の会").build());
    assertThat(npo.getProject().getAwardedAmount()).isEmpty();
    assertThat(npo.getAwardDate()).contains(LocalDate.of(2024, 6, 1));
    assertThat(npo.getId().map(Object::toString)).contains("360G-example-uk-002");
    assertThat(npo.getPosition()).isEqualTo(2);
    assertThat(npo.getProject().getServiceArea().getPrefectures()).extracting(p -> p.getJapaneseName())
        .containsExactly("東京都");
    assertThat(records.get(1).getReport().getFindings()).filteredOn(f -> f.getRuleId().startsWith("import."))
        .extracting(Finding::getRuleId, Finding::getPath)
        .containsExactlyInAnyOrder(tuple("import.360giving.currency", "/grants/1/currency"),
            tuple("import.360giving.organization-id", "/grants/1/recipientOrganization/0/id"));

    // The package's own metadata has no place either; said once, at the package.
    assertThat(summary.getStreamProblems().getFindings())
        .extracting(Finding::getRuleId, Finding::getPath, f -> f.getLocation().orElseThrow())
        .containsExactly(tuple("import.360giving.unmapped-field", "/publisher/name", SourceLocation.of(31, 25)));
  }

  @Test
  void aGrantIdWithASlashIsNotKeptAndTheGrantIsReadWithoutIt() throws IOException {
    String slash = UK.replace("360G-example-uk-002", "360G-example-uk/002");
    List<GrantRecord> records = new ArrayList<>();
    ThreeSixtyGiving.reader().read(new ByteArrayInputStream(bytes(slash)), records::add);

    assertThat(records.get(1).getGrant().orElseThrow().getId()).isEmpty();
    assertThat(records.get(1).getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath,
        f -> f.getValue().orElse("")).contains(tuple("import.360giving.grant-id", "/grants/1/id",
        "360G-example-uk/002"));
  }

  @Test
  void aCorporateNumberWithAWrongCheckDigitIsAnInvalidValueAndNoneIsInvented() throws IOException {
    String wrong = UK.replace("\"GB-COH-01234567\"", "\"JP-JCN-7000012050003\"");
    List<GrantRecord> records = new ArrayList<>();
    ThreeSixtyGiving.reader().read(new ByteArrayInputStream(bytes(wrong)), records::add);

    assertThat(records.get(1).getGrant()).isEmpty();
    assertThat(records.get(1).getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(tuple("read.invalid-value", "/grants/1/recipientOrganization/0/id"));
  }

  @Test
  void aCorporateNumberIsKeptAndALocalGovernmentsIsReadAsThatLocalGovernment() throws IOException {
    String jcn = UK.replace("\"GB-COH-01234567\"", "\"JP-JCN-7000012050002\"")
        .replace("\"GB-CHC-1234567\", \"name\": \"The Example Trust\"", "\"JP-JCN-8000020130001\", \"name\": \"東京都\"");
    ReadResult<List<Grant>> read = ThreeSixtyGiving.reader().read(new ByteArrayInputStream(bytes(jcn)));

    List<Grant> grants = read.getValue().orElseThrow();
    assertThat(grants.get(0).getGrantee().getRecipientCorporateNumber()).contains(CorporateNumber.of("8000020130001"));
    assertThat(grants.get(0).getGrantee()).isInstanceOf(io.github.tsunagari.organization.LocalGovernmentGrantee.class);
    assertThat(grants.get(1).getGrantee().getRecipientCorporateNumber()).contains(CorporateNumber.of("7000012050002"));
  }
}
