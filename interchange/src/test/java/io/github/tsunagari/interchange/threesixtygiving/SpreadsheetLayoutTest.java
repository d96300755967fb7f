package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.interchange.threesixtygiving.FlattenToolReader.Sheet;
import io.github.tsunagari.interchange.threesixtygiving.GivingSpreadsheet.Headers;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout of the 360Giving spreadsheet, cell for cell, on the FY2024 sample's grants (with the program's id, so
 * that each has its grant id to be joined by): flatten-tool's headers and sheets, the titles the schema gives, and
 * texts kept exactly.
 */
class SpreadsheetLayoutTest {
  static final GrantProgram WITH_ID = GrantProgram.builder().from(SampleExportTest.SAMPLE)
      .id(Identifier.of("kodoku-FY2024")).build();
  static final GivingExport EXPORT = ThreeSixtyGiving.exporter("360G-example", SampleExportTest.FUNDER)
      .export(WITH_ID);
  static final List<String> PATHS = List.of("id", "title", "description", "currency", "amountAwarded",
      "amountAppliedFor", "awardDate", "plannedDates/0/startDate", "plannedDates/0/endDate",
      "recipientOrganization/0/id", "recipientOrganization/0/name", "fundingOrganization/0/id",
      "fundingOrganization/0/name", "grantProgramme/0/code", "grantProgramme/0/title", "beneficiaryLocation/0/name",
      "beneficiaryLocation/0/geoCode", "beneficiaryLocation/0/countryCode", "locationScope");

  @TempDir
  Path dir;

  static byte[] write(List<Map<String, Object>> grants, GivingSpreadsheet form) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GivingSheets.write(grants, form, out);
    return out.toByteArray();
  }

  @Test
  void theSampleIsNotWrittenSinceNoGrantHasEveryRequiredFact() {
    GivingExport sample = SampleExportTest.EXPORT;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ValidationReport json = catchReport(() -> sample.writeCompleteGrantsTo(out));
    for (GivingSpreadsheet form : List.of(GivingSpreadsheet.XLSX, GivingSpreadsheet.CSV)) {
      assertThat(catchReport(() -> sample.writeCompleteGrantsTo(out, form))).as(form.toString()).isEqualTo(json);
      assertThat(catchReport(() -> sample.writeTo(out, form))).isEqualTo(sample.getReport());
    }
    assertThat(json.getFindings()).hasSize(1 + 9 * 4 + 9);
    assertThat(out.size()).isZero();
  }

  private interface Writing {
    void run() throws IOException;
  }

  private static ValidationReport catchReport(Writing writing) {
    try {
      writing.run();
    } catch (IncompleteExportException e) {
      return e.getReport();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("written");
  }

  @Test
  void aGrantWithOneLocationIsOneRow() throws IOException {
    // Row 1: 北海道 alone.
    List<Sheet> sheets = FlattenToolReader.xlsx(write(List.of(EXPORT.written(0)), GivingSpreadsheet.XLSX));
    assertThat(sheets).extracting(Sheet::name).containsExactly("grants");
    assertThat(sheets.get(0).header()).isEqualTo(PATHS);
    List<String> row = sheets.get(0).rows().get(0);
    assertThat(row.get(0)).isEqualTo("360G-example-kodoku-FY2024-1");
    assertThat(row.subList(15, 19)).containsExactly("北海道", "010006", "JP", "GLS040");
    assertThat(row.get(4)).as("no awarded amount in the sample").isEmpty();
  }

  @Test
  void theLocationsOfAGrantWithSeveralAreRowsOfTheirOwnSheetJoinedByTheGrantsId() throws IOException {
    // Row 4: 宮城県 岩手県 and 気仙地区 (大船渡市・陸前高田市・気仙沼市); codes from the domain notes.
    String id = "360G-example-kodoku-FY2024-4";
    List<List<String>> locations = List.of(List.of(id, "宮城県", "040002", "JP"), List.of(id, "岩手県", "030007", "JP"),
        List.of(id, "大船渡市", "032034", "JP"), List.of(id, "陸前高田市", "032107", "JP"),
        List.of(id, "気仙沼市", "042056", "JP"));
    List<Map<String, Object>> grants = List.of(EXPORT.written(0), EXPORT.written(3));

    List<Sheet> paths = FlattenToolReader.xlsx(write(grants, GivingSpreadsheet.XLSX));
    assertThat(paths).extracting(Sheet::name).containsExactly("grants", "beneficiaryLocation");
    assertThat(paths.get(0).rows().get(1).subList(15, 19)).containsExactly("", "", "", "GLS040");
    assertThat(paths.get(1).header()).containsExactly("id", "beneficiaryLocation/0/name",
        "beneficiaryLocation/0/geoCode", "beneficiaryLocation/0/countryCode");
    assertThat(paths.get(1).rows()).isEqualTo(locations);

    List<Sheet> titles = FlattenToolReader.xlsx(write(grants, GivingSpreadsheet.XLSX.withHeaders(Headers.TITLES)));
    assertThat(titles).extracting(Sheet::name).containsExactly("grants", "Beneficiary Location");
    assertThat(titles.get(1).header()).containsExactly("Identifier", "Beneficiary Location:Name",
        "Beneficiary Location:Geographic Code", "Beneficiary Location:Country Code");
    assertThat(titles.get(1).rows()).isEqualTo(locations);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assertThatThrownBy(() -> GivingSheets.write(grants, GivingSpreadsheet.CSV, csv))
        .isInstanceOf(MultipleSheetsException.class).hasMessageContaining(id);
    assertThat(csv.size()).isZero();

    GivingSchemas.assumePresent();
    FlattenToolReader reader = FlattenToolReader.fromSchema();
    List<Object> expected = List.of(FlattenToolReader.plain(grants.get(0)), FlattenToolReader.plain(grants.get(1)));
    assertThat(reader.grants(paths, false)).isEqualTo(expected);
    assertThat(reader.grants(titles, true)).isEqualTo(expected);
  }

  @Test
  void theTitlesAreTheSchemas() throws IOException {
    GivingSchemas.assumePresent();
    FlattenToolReader reader = FlattenToolReader.fromSchema();
    for (GivingField f : GivingField.values()) {
      assertThat(GivingSheets.title(f)).as(f.getPath()).isEqualTo(reader.title(f.getPath()));
    }
    List<Sheet> sheets = FlattenToolReader.xlsx(write(List.of(EXPORT.written(0)),
        GivingSpreadsheet.XLSX.withHeaders(Headers.TITLES)));
    assertThat(sheets.get(0).header()).hasSize(PATHS.size()).contains("Recipient Org:Identifier",
        "Beneficiary Location:Geographic Code");
    // --convert-titles gives back the paths (array indexes left to the schema's types).
    assertThat(sheets.get(0).header().stream().map(reader::path).toList())
        .isEqualTo(PATHS.stream().map(p -> p.replace("/0/", "/")).toList());
  }

  @Test
  void aTextThatLooksLikeAFormulaStaysText() throws IOException {
    List<String> texts = List.of("=HYPERLINK(\"http://example.com\",\"x\")", "+1", "-1", "@SUM(A1)", "'quoted");
    List<Map<String, Object>> grants = new ArrayList<>();
    for (String text : texts) {
      Grant first = WITH_ID.getGrants().get(0);
      Grant g = Grant.builder().from(first).project(Project.builder().from(first.getProject()).title(text).build())
          .build();
      GrantProgram one = GrantProgram.builder().from(WITH_ID).grants(List.of(g)).build();
      grants.add(ThreeSixtyGiving.exporter("360G-example", SampleExportTest.FUNDER).export(one).written(0));
    }
    byte[] xlsx = write(grants, GivingSpreadsheet.XLSX);
    assertThat(FlattenToolReader.xlsx(xlsx).get(0).rows()).extracting(r -> r.get(1)).isEqualTo(texts);
    assertThat(sheetXml(xlsx)).contains("t=\"inlineStr\"").doesNotContain("<f>", "<f ");

    byte[] csv = write(grants, GivingSpreadsheet.CSV);
    assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotStartWith("\uFEFF")
        .contains(",\"'=HYPERLINK(", ",\"'+1\",", ",\"'-1\",", ",\"'@SUM(A1)\",", ",\"''quoted\",");
    assertThat(FlattenToolReader.csv(csv, GivingSheets.GRANTS).rows()).extracting(r -> r.get(1)).isEqualTo(texts);
  }

  private String sheetXml(byte[] xlsx) throws IOException {
    Path file = Files.write(dir.resolve("formulas.xlsx"), xlsx);
    StringBuilder xml = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/worksheets/")) {
          xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return xml.toString();
  }

  @Test
  void theFormIsAValue() {
    assertThat(GivingSpreadsheet.of(GivingSpreadsheet.Format.XLSX, Headers.TITLES))
        .isEqualTo(GivingSpreadsheet.XLSX.withHeaders(Headers.TITLES)).isNotEqualTo(GivingSpreadsheet.XLSX)
        .hasToString("XLSX with titles headers");
    assertThat(Stream.of(GivingSpreadsheet.CSV, GivingSpreadsheet.XLSX).map(GivingSpreadsheet::getHeaders))
        .containsOnly(Headers.PATHS);
  }
}
