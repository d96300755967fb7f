package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader on packages that are wrong, or say more than the model holds, in one way each. */
class GivingReaderTest {
  /** One Japanese grant that maps whole, as the exporter writes it; {@code %s} stands for more of its fields. */
  static String grant(String id, String funder, String more) {
    return "{\"id\":\"" + id + "\",\"title\":\"居場所づくり\",\"description\":\"孤立した若者の居場所を運営する。\","
        + "\"currency\":\"JPY\",\"amountAwarded\":1000000,\"awardDate\":\"2024-06-01\","
        + "\"recipientOrganization\":[{\"id\":\"JP-JCN-7000012050002\",\"name\":\"特定非営利活動法人 例示の会\"}],"
        + "\"fundingOrganization\":[{\"id\":\"JP-JCN-3000012010001\",\"name\":\"" + funder + "\"}],"
        + "\"beneficiaryLocation\":[{\"name\":\"全国\",\"countryCode\":\"JP\"}],\"locationScope\":\"GLS030\"" + more
        + "}";
  }

  static ReadResult<List<Grant>> read(String json) throws IOException {
    return ThreeSixtyGiving.reader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void malformedJsonGivesTheReadingFindingsOfJsonTreeAndNoGrants() throws IOException {
    ReadResult<List<Grant>> read = read("{\"grants\":[" + grant("360G-x-1", "内閣官房", "") + ",{\"id\":}]}");

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId).contains("read.syntax");
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("read.syntax"))
        .allSatisfy(f -> assertThat(f.getLocation()).isPresent());
  }

  @Test
  void aPackageWithoutGrantsIsSaidSo() throws IOException {
    ReadResult<List<Grant>> read = read("{\"version\":\"1.4\"}");

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("read.missing-property", ""));
    assertThat(read("[]").getReport().getFindings()).extracting(Finding::getRuleId).containsExactly("read.wrong-type");
  }

  @Test
  void aSecondFunderIsSaidOnceAndTheFirstOnce() throws IOException {
    ReadResult<List<Grant>> read = read("{\"grants\":[" + grant("360G-x-1", "内閣官房", "") + ","
        + grant("360G-x-2", "内閣官房", "") + "," + grant("360G-x-3", "こども家庭庁", "") + ","
        + grant("360G-x-4", "こども家庭庁", "") + "]}");

    assertThat(read.getValue()).isPresent();
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().contains("funder"))
        .extracting(Finding::getRuleId, Finding::getPath).containsExactly(
            tuple("import.360giving.funder", "/grants/0/fundingOrganization/0/name"),
            tuple("import.360giving.several-funders", "/grants/2/fundingOrganization/0/name"));
  }

  @Test
  void aFieldWithoutAPlaceIsSaidOncePerPackageAndASecondRecipientIsSuchAField() throws IOException {
    String more = ",\"dateModified\":\"2024-07-01\",\"recipientOrganization\":[{\"id\":\"JP-JCN-7000012050002\","
        + "\"name\":\"特定非営利活動法人 例示の会\"},{\"name\":\"一般社団法人 二番目\"}]";
    // The second recipientOrganization replaces the first property: named twice, the first is kept and it is said.
    ReadResult<List<Grant>> twice = read("{\"grants\":[" + grant("360G-x-1", "内閣官房", more) + "]}");
    assertThat(twice.getReport().getFindings()).extracting(Finding::getRuleId).contains("read.duplicate-property");

    String second = grant("360G-x-1", "内閣官房", ",\"dateModified\":\"2024-07-01\"").replace(
        "\"name\":\"特定非営利活動法人 例示の会\"}]", "\"name\":\"特定非営利活動法人 例示の会\"},{\"name\":\"一般社団法人 二番目\"}]");
    ReadResult<List<Grant>> read = read("{\"grants\":[" + second + "," + second.replace("360G-x-1", "360G-x-2") + "]}");
    assertThat(read.getValue()).isPresent();
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("import.360giving.unmapped-field"))
        .extracting(Finding::getPath).containsExactlyInAnyOrder("/grants/0/recipientOrganization/1/name",
            "/grants/0/dateModified");
  }

  @Test
  void aDateTimeGivesItsDayAndTheScopeIsCheckedAgainstTheLocations() throws IOException {
    String json = grant("360G-x-1", "内閣官房", "").replace("\"2024-06-01\"", "\"2024-06-01T09:30:00+09:00\"")
        .replace("[{\"name\":\"全国\",\"countryCode\":\"JP\"}],\"locationScope\":\"GLS030\"",
            "[{\"name\":\"岩手県\",\"geoCode\":\"030007\",\"countryCode\":\"JP\"},{\"name\":\"大船渡市\","
                + "\"geoCode\":\"032034\",\"countryCode\":\"JP\"},{\"name\":\"どこか\",\"geoCode\":\"999999\"}],"
                + "\"locationScope\":\"GLS050\"");
    ReadResult<List<Grant>> read = ThreeSixtyGiving.reader().withFiscalYear(FiscalYear.of(2024))
        .read(new ByteArrayInputStream(("{\"grants\":[" + json + "]}").getBytes(StandardCharsets.UTF_8)));

    Grant grant = read.getValue().orElseThrow().get(0);
    assertThat(grant.getAwardDate()).contains(LocalDate.of(2024, 6, 1));
    assertThat(grant.getProject().getServiceArea().getPrefectures()).containsExactly(Prefecture.IWATE);
    assertThat(grant.getProject().getServiceArea().getMunicipalities()).extracting(m -> m.getCode().toString())
        .containsExactly("032034");
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("import.360giving.location"))
        .extracting(Finding::getPath, f -> f.getValue().orElse(""), f -> f.getLocation().orElseThrow())
        .containsExactly(tuple("/grants/0/beneficiaryLocation/2", "どこか", SourceLocation.of(1, 438)),
            tuple("/grants/0/locationScope", "GLS050", SourceLocation.of(1, 489)));
  }

  @Test
  void aGrantToAnIndividualOrInYenFractionsIsNotReadAndSaysWhy() throws IOException {
    String individual = grant("360G-x-1", "内閣官房", ",\"recipientIndividual\":{\"id\":\"360G-x-IND-1\"}")
        .replace("\"recipientOrganization\":[{\"id\":\"JP-JCN-7000012050002\",\"name\":\"特定非営利活動法人 例示の会\"}],", "");
    String fraction = grant("360G-x-2", "内閣官房", "").replace("1000000", "1000000.5");
    ReadResult<List<Grant>> read = read("{\"grants\":[" + individual + "," + fraction + "]}");

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getFindings(io.github.tsunagari.validation.Severity.ERROR)).extracting(Finding::getRuleId, Finding::getPath).containsExactly(
        tuple("import.360giving.recipient", "/grants/0"),
        tuple("read.invalid-value", "/grants/1/amountAwarded"));
  }

  @Test
  void aGrantWithoutPlacesSaysItsAreaWasNotStatedAndTheModelsFindingsAreAtTheGrant() throws IOException {
    String none = grant("360G-x-1", "内閣官房", "").replace(
        "\"beneficiaryLocation\":[{\"name\":\"全国\",\"countryCode\":\"JP\"}],\"locationScope\":\"GLS030\"",
        "\"note\":1");
    ReadResult<List<Grant>> read = read("{\"grants\":[\n" + none + "]}");

    Grant grant = read.getValue().orElseThrow().get(0);
    assertThat(grant.getProject().getServiceArea().getText()).isEqualTo("記載なし");
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId)
        .contains("eligibility.unresolved-area").doesNotContain("field.NotBlank");
    // The model's own findings, whose paths the package does not have, are placed at the grant's first line.
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("eligibility.unresolved-area"))
        .singleElement().satisfies(f -> assertThat(f.getLocation()).hasValueSatisfying(l -> assertThat(l)
            .isInstanceOfSatisfying(io.github.tsunagari.validation.SourceLocation.Position.class,
                p -> assertThat(p.getLine()).isEqualTo(2))));
  }

  @Test
  void aNumberWhereTextBelongsIsNamedAsTheCanonicalReaderNamesIt() throws IOException {
    String whole = grant("360G-x-1", "内閣官房", "").replace("\"title\":\"居場所づくり\"", "\"title\":5");
    String fraction = grant("360G-x-2", "内閣官房", "").replace("\"title\":\"居場所づくり\"", "\"title\":5.5");
    ReadResult<List<Grant>> read = read("{\"grants\":[" + whole + "," + fraction + "]}");

    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("read.wrong-type"))
        .extracting(f -> f.getMessage(java.util.Locale.ENGLISH))
        .containsExactly("Expected text but found a whole number.",
            "Expected text but found a number with a fraction or an exponent.");
  }

  @Test
  void anAmountWhoseExponentNoDecimalHoldsIsAFindingNotACrash() throws IOException {
    // 1e2147483648 and 1e-2147483649 are JSON numbers, but beyond BigDecimal's exponent: they threw
    // NoSuchElementException out of read(), which stopped the whole package.
    String huge = grant("360G-x-1", "内閣官房", "").replace("1000000", "1e2147483648");
    String tiny = grant("360G-x-2", "内閣官房", "").replace("1000000", "1e-2147483649");
    ReadResult<List<Grant>> read = read("{\"grants\":[" + huge + "," + tiny + "]}");

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getFindings(io.github.tsunagari.validation.Severity.ERROR))
        .extracting(Finding::getRuleId, Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactly(tuple("read.invalid-value", "/grants/0/amountAwarded", "1e2147483648"),
            tuple("read.invalid-value", "/grants/1/amountAwarded", "1e-2147483649"));
  }

  @Test
  void aLocalGovernmentAndAConsortiumComeBackAsTheirRecipient() throws IOException {
    Grant sample = SampleExportTest.SAMPLE.getGrants().get(7); // row 8: a consortium, through its representative
    Grant consortium = Grant.builder().from(sample).awardDate(LocalDate.of(2024, 6, 1))
        .project(Project.builder().from(sample.getProject()).awardedAmount(Yen.of(1_000_000)).build())
        .grantee(Consortium.builder().from((Consortium) sample.getGrantee())
            .representative(Organization.builder().from(((Consortium) sample.getGrantee()).getRepresentative())
                .corporateNumber(SampleRoundTripTest.STAND_INS.get(7)).build()).build()).build();
    Grant city = Grant.builder().from(consortium).position(9).grantee(LocalGovernmentGrantee.parse("横浜市")).build();
    GrantProgram program = GrantProgram.builder().from(SampleExportTest.SAMPLE).id(Identifier.of("kodoku-FY2024"))
        .grants(List.of(consortium, city)).build();
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(program);

    List<Grant> back = ThreeSixtyGiving.reader().read(new ByteArrayInputStream(GivingRoundTripTest.written(export)))
        .getValue().orElseThrow();

    // 360Giving names the recipient only: the consortium comes back as its representative, the city as itself.
    assertThat(back.get(0).getGrantee()).isEqualTo(Organization.builder()
        .from(((Consortium) consortium.getGrantee()).getRepresentative()).headOffice(Optional.empty()).build());
    assertThat(back.get(1).getGrantee()).isEqualTo(LocalGovernmentGrantee.parse("横浜市"));
    assertThat(back.get(1).getGrantee().getRecipientCorporateNumber()).contains(CorporateNumber.of("3000020141003"));
  }
}
