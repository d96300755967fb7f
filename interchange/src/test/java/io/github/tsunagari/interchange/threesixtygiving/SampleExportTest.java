package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonBindings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The FY2024 sample as 360Giving: the published sheet gives no grant or program id, no awarded amount, no award date
 * and no corporate number of any grantee (none is public; domain notes), so every one of its nine grants lacks exactly
 * those four facts, and a funder given by name alone lacks its identifier. Nothing is written.
 */
class SampleExportTest {
  static final GrantProgram SAMPLE = SampleData.fy2024();
  /** A funder by name alone: the sheet does not say which body funds the grant, nor its corporate number. */
  static final Funder FUNDER = Funder.of("交付元");
  static final GivingExport EXPORT = ThreeSixtyGiving.exporter("360G-example", FUNDER).export(SAMPLE);

  @Test
  void namesExactlyTheFactsEachGrantLacks() {
    List<Tuple> expected = new ArrayList<>();
    expected.add(tuple("export.360giving.no-funder-id", "", "交付元"));
    for (int i = 0; i < 9; i++) {
      String grant = "/grants/" + i;
      String position = Integer.toString(i + 1);
      // Row 8 is a consortium: its recipient is the representative.
      String recipient = grant + (i == 7 ? "/grantee/representative" : "/grantee") + "/corporateNumber";
      expected.add(tuple("export.360giving.no-grant-id", grant + "/id", position));
      expected.add(tuple("export.360giving.no-amount", grant + "/project/awardedAmount", position));
      expected.add(tuple("export.360giving.no-award-date", grant + "/awardDate", position));
      expected.add(tuple("export.360giving.no-recipient-id", recipient, position));
    }
    assertThat(EXPORT.getReport().getFindings())
        .extracting(Finding::getRuleId, Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(EXPORT.getReport(7).getFindings()).extracting(Finding::getPath).containsExactlyInAnyOrder("/grants/7/id",
        "/grants/7/project/awardedAmount", "/grants/7/awardDate", "/grants/7/grantee/representative/corporateNumber");
    assertThat(EXPORT.isComplete()).isFalse();
    assertThat(EXPORT.getCompleteGrants()).isEmpty();
  }

  @Test
  void saysWhatIsMissingInJapaneseAndEnglish() {
    Finding date = EXPORT.getReport(0).getFindings().stream()
        .filter(f -> f.getRuleId().equals("export.360giving.no-award-date")).findFirst().orElseThrow();
    assertThat(date.getMessage(Locale.JAPANESE)).isEqualTo("一覧の1番目の交付には交付決定日がありません。360Givingでは"
        + "awardDateが必須です。");
    assertThat(date.getMessage(Locale.ENGLISH))
        .isEqualTo("The grant at position 1 has no award date: 360Giving requires awardDate.");
    assertThat(date.getSeverity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void writesNothingWhereNothingCanBeWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> EXPORT.writeTo(out)).isInstanceOf(IncompleteExportException.class)
        .satisfies(e -> assertThat(((IncompleteExportException) e).getReport()).isEqualTo(EXPORT.getReport()));
    assertThatThrownBy(() -> EXPORT.writeCompleteGrantsTo(out)).isInstanceOf(IncompleteExportException.class)
        .satisfies(e -> assertThat(((IncompleteExportException) e).getReport().getFindings())
            .extracting(Finding::getRuleId).contains("export.360giving.grant-left-out"));
    assertThat(out.size()).isZero();
  }

  @Test
  void writesEachPrefectureAndMunicipalityServedWithItsCodeAndTheWidestScope() {
    // Row 4: 宮城県 岩手県, with 気仙地区 = 大船渡市・陸前高田市・気仙沼市 (codes from the domain notes).
    Map<String, Object> row4 = EXPORT.written(3);
    assertThat(row4.get("beneficiaryLocation")).isEqualTo(List.of(
        Map.of("name", "宮城県", "geoCode", "040002", "countryCode", "JP"),
        Map.of("name", "岩手県", "geoCode", "030007", "countryCode", "JP"),
        Map.of("name", "大船渡市", "geoCode", "032034", "countryCode", "JP"),
        Map.of("name", "陸前高田市", "geoCode", "032107", "countryCode", "JP"),
        Map.of("name", "気仙沼市", "geoCode", "042056", "countryCode", "JP")));
    assertThat(row4.get("locationScope")).isEqualTo("GLS040");
    // Row 8: 兵庫県 茨城県 岐阜県 全国.
    Map<String, Object> row8 = EXPORT.written(7);
    assertThat((List<?>) row8.get("beneficiaryLocation")).hasSize(4)
        .first().isEqualTo(Map.of("name", "全国", "countryCode", "JP"));
    assertThat(row8.get("locationScope")).isEqualTo("GLS030");
    assertThat(row8.get("recipientOrganization")).isEqualTo(List.of(Map.of("name", "公益財団法人 ひょうごコミュニティ財団")));
    assertThat(row8.get("grantProgramme")).isEqualTo(List.of(Map.of("title",
        "孤独・孤立対策推進交付金 孤独・孤立対策担い手育成支援事業")));
    assertThat(row8.get("fundingOrganization")).isEqualTo(List.of(Map.of("name", "交付元")));
    assertThat(row8).containsEntry("currency", "JPY").doesNotContainKeys("id", "awardDate", "amountAwarded");
  }

  @Test
  void theSchemasRefuseWhatCanBeWrittenOfASampleGrantForTheFactsItLacks() throws IOException {
    GivingSchemas.assumePresent();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonBinding.Output json = JsonBindings.get().output(out)) {
      json.startObject();
      json.name("grants");
      json.startArray();
      GivingTree.write(EXPORT.written(3), json);
      json.endArray();
      json.endObject();
    }
    String errors = String.join("\n", GivingSchemas.errors(GivingSchemas.packageSchema(),
        out.toString(StandardCharsets.UTF_8)));

    assertThat(errors).contains("id", "amountAwarded", "awardDate");
  }
}
