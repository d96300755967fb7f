package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The exporter's API: the required prefix, the funder's identifier, and writing what can be written, saying so. */
class ExporterTest {
  @Test
  void thePrefixMustBeARegisteredForm() {
    Funder funder = Funder.of("交付元");
    for (String bad : List.of("", "360G-", "360G", "360g-x", "example", "360G-a b", "360G-x-", "GB-CHC-1")) {
      assertThatThrownBy(() -> ThreeSixtyGiving.exporter(bad, funder)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(ThreeSixtyGiving.exporter("360G-example", funder).withPrefix("360G-a.b_c-1").getPrefix())
        .isEqualTo("360G-a.b_c-1");
    assertThatThrownBy(() -> ThreeSixtyGiving.exporter("360G-x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Funder.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void grantIdsArePrefixedOnce() {
    GrantProgram program = SampleExportTest.SAMPLE;
    GrantProgram withIds = GrantProgram.builder().from(program).id(Identifier.of("kodoku-FY2024")).build();
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(withIds);
    assertThat(export.written(4).get("id")).isEqualTo("360G-example-kodoku-FY2024-5");
    assertThat(export.getReport().getFindings()).extracting(Finding::getRuleId)
        .doesNotContain("export.360giving.no-grant-id", "export.360giving.no-funder-id");

    Grant own = Grant.builder().from(program.getGrants().get(0)).id(Identifier.of("360G-example-A1")).build();
    GrantProgram ownId = GrantProgram.builder().from(program).grants(List.of(own)).build();
    assertThat(GivingExportSchemaTest.EXPORTER.export(ownId).written(0).get("id")).isEqualTo("360G-example-A1");
  }

  @Test
  void recipientsWithoutACorporateNumberGetALocalIdentifierOnlyOnRequest() {
    GrantProgram sample = SampleExportTest.SAMPLE;
    GivingExport strict = GivingExportSchemaTest.EXPORTER.export(sample);
    assertThat(strict.getReport().getFindings()).extracting(Finding::getRuleId)
        .contains("export.360giving.no-recipient-id").doesNotContain("export.360giving.local-recipient-id");

    GivingExporter local = GivingExportSchemaTest.EXPORTER.withLocalRecipientIds(true);
    assertThat(local.isLocalRecipientIds()).isTrue();
    assertThat(local.withPrefix("360G-other").withFunder(Funder.of("x")).isLocalRecipientIds()).isTrue();
    GivingExport export = local.export(sample);
    assertThat(export.getReport().getFindings()).extracting(Finding::getRuleId)
        .doesNotContain("export.360giving.no-recipient-id");
    for (int i = 0; i < sample.getGrants().size(); i++) {
      Grant g = sample.getGrants().get(i);
      @SuppressWarnings("unchecked")
      String id = (String) ((java.util.Map<String, Object>) ((List<Object>) export.written(i)
          .get("recipientOrganization")).get(0)).get("id");
      assertThat(id).matches("360G-example-ORG-[0-9a-f]{12}");
      assertThat(export.getReport(i).getFindings()).filteredOn(f -> f.getRuleId()
          .equals("export.360giving.local-recipient-id")).hasSize(1)
          .extracting(Finding::getPath).allSatisfy(p -> assertThat(p).startsWith("/grants/").endsWith("/corporateNumber"));
      // One name, one identifier: the same in another export, and another for another name.
      assertThat(local.export(sample).written(i)).isEqualTo(export.written(i));
      for (int j = 0; j < i; j++) {
        assertThat(export.written(j).get("recipientOrganization")).isNotEqualTo(
            export.written(i).get("recipientOrganization"));
      }
      assertThat(g.getGrantee().getRecipientCorporateNumber()).isEmpty();
    }
  }

  @Provide
  Arbitrary<GrantProgram> severalComplete() {
    return new GivingExportSchemaTest().severalComplete();
  }

  /** The program with its first grant's award date removed. */
  static GrantProgram withoutFirstAwardDate(GrantProgram complete) {
    List<Grant> grants = new ArrayList<>(complete.getGrants());
    grants.set(0, Grant.builder().from(grants.get(0)).awardDate(Optional.empty()).build());
    return GrantProgram.builder().from(complete).grants(grants).build();
  }

  @Property(tries = 100)
  void writesTheCompleteGrantsOnRequestAndSaysWhichItLeftOut(@ForAll("severalComplete") GrantProgram complete)
      throws IOException {
    GrantProgram program = withoutFirstAwardDate(complete);
    List<Grant> grants = program.getGrants();
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(program);

    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    assertThatThrownBy(() -> export.writeTo(whole)).isInstanceOf(IncompleteExportException.class);
    assertThat(whole.size()).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ValidationReport report = export.writeCompleteGrantsTo(out);
    assertThat(report.getFindings()).extracting(Finding::getRuleId, Finding::getPath, Finding::getSeverity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("export.360giving.no-award-date", "/grants/0/awardDate",
                Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("export.360giving.grant-left-out", "/grants/0", Severity.INFO));
    assertThat(export.getCompleteGrants()).isEqualTo(grants.subList(1, grants.size()));
    // Each grant written has its id once, and the package holds no other "360G-" text; the schema test validates it.
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json.split("\"360G-example-", -1)).hasSize(grants.size());
  }

  @Property(tries = 20)
  void aFunderWithoutItsCorporateNumberCannotBeWritten(@ForAll("severalComplete") GrantProgram program) {
    GivingExport export = ThreeSixtyGiving.exporter("360G-example", Funder.of("交付元")).export(program);
    assertThat(export.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("export.360giving.no-funder-id", ""));
    assertThat(export.getCompleteGrants()).isEmpty();
    assertThatThrownBy(() -> export.writeCompleteGrantsTo(new ByteArrayOutputStream()))
        .isInstanceOf(IncompleteExportException.class);
  }
}
