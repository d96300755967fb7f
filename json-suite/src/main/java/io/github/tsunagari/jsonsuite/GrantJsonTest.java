package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.ReadResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GrantJsonTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  private static String sampleJson() throws IOException {
    try (InputStream in = BINDING.openSampleFy2024()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theJsonSampleEqualsTheTypedSample() throws IOException {
    ReadResult<GrantProgram> read = GrantJsonReader.create().readProgram(sampleJson());

    assertThat(read.getReport().getFindings()).isEmpty();
    assertThat(read.getValue()).contains(SampleData.fy2024());
  }

  @Test
  void readThenWriteGivesBackTheSameBytes() throws IOException {
    String json = sampleJson();
    GrantProgram program = GrantJsonReader.create().readProgram(json).getValue().orElseThrow();

    assertThat(BINDING.write(program)).isEqualTo(json);
    assertThat(BINDING.write(SampleData.fy2024())).isEqualTo(json);
  }

  @Test
  void aJsonLinesLineIsTheCanonicalFormWithoutWhiteSpace() {
    Grant grant = SampleData.fy2024().getGrants().get(4);
    String line = BINDING.writeLine(grant);
    assertThat(line).endsWith("}\n").doesNotContain("\n  ").startsWith("{\"position\":5,\"grantee\":{\"type\":");
    assertThat(GrantJsonReader.create().readGrant(line).getValue()).contains(grant);
  }

  @Test
  void valueTypesAreStrings() throws IOException {
    assertThat(BINDING.writeValue(Prefecture.TOKYO)).isEqualTo("\"13\"");
    assertThat(BINDING.writeValue(SampleData.fy2024().getFiscalYear())).isEqualTo("\"FY2024\"");
    assertThat(BINDING.writeValue(LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION))
        .isEqualTo("\"PUBLIC_INTEREST_INCORPORATED_FOUNDATION\"");
  }

  @Test
  void readingAcceptsTheFormsJapaneseDataComesInAndWritesTheCanonicalOne() {
    String json = "{\"type\": \"organization\", \"name\": \"サービスグラント\", \"legalForm\": \" NPO法人 \","
        + " \"headOffice\": \"東京\", \"corporateNumber\": \"７００００１２０５０００２\"}";
    String json2 = "{\"type\": \"organization\", \"name\": \"ひょうごコミュニティ財団\", \"legalForm\": \"（公財）\","
        + " \"headOffice\": \"Hyogo\"}";
    Organization a = BINDING.read(json, Organization.class);
    Organization b = BINDING.read(json2, Organization.class);

    assertThat(a.getLegalForm()).isEqualTo(LegalForm.SPECIFIED_NONPROFIT_CORPORATION);
    assertThat(a.getHeadOffice()).contains(Prefecture.TOKYO);
    assertThat(a.getCorporateNumber().orElseThrow().toString()).isEqualTo("7000012050002");
    assertThat(b.getLegalForm()).isEqualTo(LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION);
    assertThat(BINDING.write(a)).isEqualTo("{\n  \"type\": \"organization\",\n  \"name\": \"サービスグラント\",\n"
        + "  \"legalForm\": \"SPECIFIED_NONPROFIT_CORPORATION\",\n  \"headOffice\": \"13\",\n"
        + "  \"corporateNumber\": \"7000012050002\"\n}\n");
  }

  @Test
  void textIsKeptExactlyWithItsSpaces() {
    String grant = "{\"position\": 1, \"grantee\": {\"type\": \"organization\", \"name\": \" 前後に空白 \","
        + " \"legalForm\": \"一般社団法人\"}, \"project\": {\"title\": \"t\", \"summary\": \"一文目。 二文目。\","
        + " \"serviceArea\": {\"text\": \"宮城県 岩手県\", \"prefectures\": [\"宮城県\", \"03\"]}}}";

    Grant g = GrantJsonReader.create().readGrant(grant).getValue().orElseThrow();

    assertThat(((io.github.tsunagari.organization.Organization) g.getGrantee()).getName()).isEqualTo(" 前後に空白 ");
    assertThat(g.getProject().getSummary()).isEqualTo("一文目。 二文目。");
    assertThat(g.getProject().getServiceArea().getPrefectures()).containsExactly(Prefecture.MIYAGI, Prefecture.IWATE);
  }

  @Test
  void everyProblemOfADocumentIsReportedWithItsPlace() {
    String json = String.join("\n",
        "{",
        "  \"name\": \"交付金\",",
        "  \"fiscalYear\": \"令和0年度\",",
        "  \"grants\": [",
        "    {",
        "      \"position\": \"1\",",
        "      \"grantee\": {\"type\": \"organization\", \"name\": \"A\", \"legalForm\": \"相互会社\",",
        "                    \"headOffice\": \"48\"},",
        "      \"project\": {\"summary\": \"s\", \"serviceArea\": {\"text\": \"全国\", \"nationwide\": true},",
        "                  \"colour\": \"red\", \"summary\": \"again\"}",
        "    }",
        "  ]",
        "}");

    ReadResult<GrantProgram> result = GrantJsonReader.create().readProgram(json);

    assertThat(result.getValue()).isEmpty();
    assertThat(result.getReport().getFindings())
        .extracting(Finding::getRuleId, Finding::getPath, f -> f.getLocation().map(Object::toString).orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("read.invalid-value", "/fiscalYear", "3:17"),
            org.assertj.core.groups.Tuple.tuple("read.invalid-value", "/grants/0/grantee/headOffice", "8:35"),
            org.assertj.core.groups.Tuple.tuple("read.invalid-value", "/grants/0/grantee/legalForm", "7:69"),
            org.assertj.core.groups.Tuple.tuple("read.wrong-type", "/grants/0/position", "6:19"),
            org.assertj.core.groups.Tuple.tuple("read.unknown-property", "/grants/0/project/colour", "10:29"),
            org.assertj.core.groups.Tuple.tuple("read.duplicate-property", "/grants/0/project/summary", "10:47"),
            org.assertj.core.groups.Tuple.tuple("read.missing-property", "/grants/0/project/title", "9:18"));
    assertThat(result.getReport().toText(Locale.JAPANESE)).contains("（6行19列）");
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void aModelDeserializerThrowsWithEveryProblem() {
    String json = "{\"type\": \"organization\", \"name\": 1, \"legalForm\": null, \"extra\": 2}";

    assertThatThrownBy(() -> BINDING.read(json, Organization.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId)
            .containsExactly("read.unknown-property", "read.wrong-type", "read.wrong-type"));
  }

  @Test
  void valueTypesAndEnumsAreReadInTheirLenientForms() {
    assertThat(BINDING.read("\"13\"", Prefecture.class)).isEqualTo(Prefecture.TOKYO);
    assertThat(BINDING.read("\"東京\"", Prefecture.class)).isEqualTo(Prefecture.TOKYO);
    assertThat(BINDING.read("\"令和6年度\"", io.github.tsunagari.program.FiscalYear.class))
        .isEqualTo(io.github.tsunagari.program.FiscalYear.of(2024));
    assertThat(BINDING.read("\"NPO法人\"", LegalForm.class)).isEqualTo(LegalForm.SPECIFIED_NONPROFIT_CORPORATION);
    assertThat(BINDING.read("\"伴走型支援\"", io.github.tsunagari.activity.SupportActivityKind.class))
        .isEqualTo(io.github.tsunagari.activity.SupportActivityKind.HANDS_ON_SUPPORT);
    assertThatThrownBy(() -> BINDING.read("\"48\"", Prefecture.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId).containsExactly("read.invalid-value"));
  }

  @Test
  void readingStopsAfterAThousandProblemsWithANamedLimit() {
    StringBuilder json = new StringBuilder("{\"name\": \"n\", \"fiscalYear\": \"FY2024\"");
    for (int i = 0; i < 5000; i++) {
      json.append(", \"x").append(i).append("\": 0");
    }
    ReadResult<GrantProgram> result = GrantJsonReader.create().readProgram(json.append('}').toString());
    assertThat(result.getReport().getFindings()).hasSize(1001);
    assertThat(result.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("read.limit")).hasSize(1);
  }

  @Test
  void aNegativeAmountCannotExistAndIsAReadingFindingAtItsPath() {
    // An amount of yen is never negative (Yen refuses it); gBizINFO's string form is read as well.
    String grant = BINDING.writeLine(SampleData.fy2024().getGrants().get(0)).replace("\"project\":{",
        "\"project\":{\"awardedAmount\":-5,");
    ReadResult<Grant> read = GrantJsonReader.validating(GrantValidator.create()).readGrant(grant);
    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("read.invalid-value", "/project/awardedAmount"));
    ReadResult<Grant> gbiz = GrantJsonReader.validating(GrantValidator.create()).readGrant(grant.replace("-5",
        "\"1781931\""));
    assertThat(gbiz.getValue().flatMap(g -> g.getProject().getAwardedAmount()))
        .contains(io.github.tsunagari.money.Yen.of(1_781_931));
    ReadResult<Grant> taxed = GrantJsonReader.validating(GrantValidator.create()).readGrant(grant.replace("-5",
        "\"750,000円(税込)\""));
    assertThat(BINDING.writeLine(taxed.getValue().orElseThrow())).contains("\"awardedAmount\":\"75万円(税込)\"");
  }

  @Test
  void amountsRatesAndIdentifiersAreValuesOfTheMapperToo() {
    // A user's own types may hold the library's values: the mapper reads and writes them as the canonical form does.
    assertThat(BINDING.read("\"600万円\"", io.github.tsunagari.money.Yen.class))
        .isEqualTo(io.github.tsunagari.money.Yen.of(6_000_000));
    assertThat(BINDING.read("1781931", io.github.tsunagari.money.Yen.class).getAmount()).isEqualTo(1_781_931);
    assertThat(BINDING.writeValue(io.github.tsunagari.money.Yen.parse("750,000円(税込)")))
        .isEqualTo("\"75万円(税込)\"");
    assertThat(BINDING.writeValue(io.github.tsunagari.money.Yen.of(6_000_000))).isEqualTo("6000000");
    assertThat(BINDING.read("\"3分の2\"", io.github.tsunagari.money.SubsidyRate.class))
        .isEqualTo(io.github.tsunagari.money.SubsidyRate.parse("3分の2"));
    assertThat(BINDING.read("\"kodoku-FY2024-5\"", io.github.tsunagari.program.Identifier.class))
        .hasToString("kodoku-FY2024-5");
    assertThatThrownBy(() -> BINDING.read("-5", io.github.tsunagari.money.Yen.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId).containsExactly("read.invalid-value"));
  }

  @Test
  void aConsortiumIsNotAnOrganization() {
    String consortium = "{\"type\": \"consortium\", \"representative\": {\"name\": \"A\","
        + " \"legalForm\": \"一般社団法人\"}}";
    assertThatThrownBy(() -> BINDING.read(consortium, Organization.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId, Finding::getPath)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("read.invalid-value", "/type")));
  }

  @Test
  void theMapperRefusesContentAfterTheValue() {
    assertThatThrownBy(() -> BINDING.read(
        "{\"type\": \"organization\", \"name\": \"A\", \"legalForm\": \"一般社団法人\"} {}", Organization.class))
        .isInstanceOfAny(InvalidGrantDataException.class, JsonBindingUnderTest.MapperRefusal.class);
  }

  @Test
  void nullIsNeverAValue() {
    ReadResult<Grant> result = GrantJsonReader.create().readGrant("{\"position\": 1, \"grantee\": null,"
        + " \"project\": null, \"awardDate\": null}");
    assertThat(result.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath).containsExactly(
        org.assertj.core.groups.Tuple.tuple("read.wrong-type", "/awardDate"),
        org.assertj.core.groups.Tuple.tuple("read.wrong-type", "/grantee"),
        org.assertj.core.groups.Tuple.tuple("read.wrong-type", "/project"));
  }

  @Test
  void malformedJsonKeepsTheProblemsBeforeIt() {
    ReadResult<Grant> result = GrantJsonReader.create().readGrant("{\"position\": 0, \"grantee\": {\"type\": ");
    assertThat(result.getReport().getFindings()).extracting(Finding::getRuleId)
        .containsExactlyInAnyOrder("read.invalid-value", "read.syntax");
    assertThat(result.getReport().getFindings()).allSatisfy(f -> assertThat(f.getLocation()).isPresent());
  }

  @Test
  void hostileInputIsRefusedWithANamedLimit() {
    GrantJsonReader reader = GrantJsonReader.create();
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String longText = "{\"name\": \"" + "あ".repeat(200_000) + "\", \"fiscalYear\": \"FY2024\"}";
    String bigNumber = "{\"name\": \"n\", \"fiscalYear\": \"FY2024\", \"statedGranteeCount\": " + "9".repeat(5000) + "}";

    for (String json : new String[] {deep, longText, bigNumber}) {
      ReadResult<GrantProgram> result = reader.readProgram(json);
      assertThat(result.getValue()).isEmpty();
      assertThat(result.getReport().getFindings()).extracting(Finding::getRuleId).contains("read.limit")
          .doesNotContain("read.syntax");
    }
  }

  @Test
  void columnsCountCharactersNotBytesAndAByteOrderMarkIsPassedOver() {
    String json = "\uFEFF{\"name\": \"孤独・孤立対策推進交付金\", \"fiscalYear\": \"FY2024\", \"colour\": 1}";
    ReadResult<GrantProgram> fromBytes = GrantJsonReader.create()
        .readProgram(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromBytes.getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.unknown-property");
      assertThat(((SourceLocation.Position) f.getLocation().orElseThrow()).getColumn()).isEqualTo(json.indexOf("1}"));
    });
  }

  @Test
  void tooDeepNestingIsLocated() {
    ReadResult<GrantProgram> result = GrantJsonReader.create()
        .readProgram("{\"aims\": " + "[".repeat(100));
    assertThat(result.getReport().getFindings()).filteredOn(f -> f.getRuleId().equals("read.limit"))
        .singleElement().satisfies(f -> assertThat(f.getLocation()).isPresent());
  }

  @Test
  void invalidUtf8IsASyntaxProblem() {
    byte[] bytes = "{\"name\": \"x\", \"fiscalYear\": \"FY2024\"}".getBytes(StandardCharsets.UTF_8);
    bytes[11] = (byte) 0xC3; // a lead byte followed by an ASCII character
    ReadResult<GrantProgram> result = GrantJsonReader.create()
        .readProgram(new java.io.ByteArrayInputStream(bytes));
    assertThat(result.getReport().getFindings()).extracting(Finding::getRuleId).containsExactly("read.syntax");
  }

  @Test
  void aValidatingReaderGivesOneReportForReadingAndValidity() throws IOException {
    ReadResult<GrantProgram> result = GrantJsonReader.validating(GrantValidator.create()).readProgram(sampleJson());

    assertThat(result.isValid()).isTrue();
    assertThat(result.getReport().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("eligibility.single-prefecture-area");
  }

  @Test
  void theReportHasAJsonForm() {
    ReadResult<Grant> result = GrantJsonReader.create().readGrant("{\"position\": 1}");
    String json = BINDING.write(result.getReport());
    assertThat(json).startsWith("{\n  \"findings\": [\n")
        .endsWith("  ],\n  \"valid\": false,\n  \"errors\": 2,\n  \"warnings\": 0,\n  \"infos\": 0\n}\n")
        .contains("\"ruleId\": \"read.missing-property\"", "\"path\": \"/grantee\"", "\"line\": 1",
            "\"ja\": \"必須の項目「grantee」がありません。\"");
  }
}
