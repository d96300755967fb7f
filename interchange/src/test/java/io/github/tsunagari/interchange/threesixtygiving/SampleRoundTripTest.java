package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.testkit.GrantArbitraries;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.RuleCategory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The FY2024 sample through 360Giving and back. The published sheet lacks what 360Giving requires (ids, amounts, award
 * dates, corporate numbers: {@link SampleExportTest}), so the test gives each grant stand-ins for those four facts, as
 * {@link GivingExportSchemaTest} does: numbers of a valid form that stand for the unknown ones, never the sample's data.
 * The consortium of row 8 is left without its representative's, so {@code writeCompleteGrantsTo} leaves it out; the
 * other eight come back with what 360Giving carries, and without what it does not.
 */
class SampleRoundTripTest {
  /** Stand-ins for the unknown corporate numbers: valid check digits on made-up base numbers. */
  static final List<CorporateNumber> STAND_INS = IntStream.rangeClosed(1, 9)
      .mapToObj(i -> String.format("90000000000%d", i))
      .map(base -> CorporateNumber.of(CorporateNumber.checkDigit(base) + base)).toList();

  @Test
  void theCompleteGrantsComeBackWithWhat360GivingCarries() throws IOException {
    GrantProgram complete = GrantArbitraries.withEveryFact(SampleExportTest.SAMPLE, STAND_INS);
    List<Grant> grants = new ArrayList<>(complete.getGrants());
    Consortium row8 = (Consortium) SampleExportTest.SAMPLE.getGrants().get(7).getGrantee();
    grants.set(7, Grant.builder().from(grants.get(7)).grantee(row8).build());
    GrantProgram program = GrantProgram.builder().from(complete).grants(grants).build();
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(program);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(export.writeCompleteGrantsTo(out).getFindings()).extracting(Finding::getRuleId)
        .containsExactlyInAnyOrder("export.360giving.no-recipient-id", "export.360giving.grant-left-out");

    ReadResult<List<Grant>> read = ThreeSixtyGiving.reader().withFiscalYear(program.getFiscalYear())
        .read(new ByteArrayInputStream(out.toByteArray()));
    List<Grant> back = read.getValue().orElseThrow();

    // Eight grants, in order; the ninth comes back at position 8, its id keeping the position it had.
    assertThat(back).hasSize(8);
    List<Grant> written = new ArrayList<>(grants);
    written.remove(7);
    assertThat(back.get(7).getPosition()).isEqualTo(8);
    assertThat(back.get(7).getId().map(Object::toString)).contains("360G-example-kodoku-FY2024-9");
    for (int i = 0; i < back.size(); i++) {
      Grant original = written.get(i);
      Grant grant = back.get(i);
      Project p = grant.getProject();
      assertThat(p.getTitle()).isEqualTo(original.getProject().getTitle());
      assertThat(p.getSummary()).isEqualTo(original.getProject().getSummary());
      assertThat(p.getAwardedAmount()).isEqualTo(original.getProject().getAwardedAmount());
      assertThat(grant.getAwardDate()).isEqualTo(original.getAwardDate());
      assertThat(grant.getGrantee().getRecipientName()).isEqualTo(original.getGrantee().getRecipientName());
      assertThat(grant.getGrantee().getRecipientCorporateNumber())
          .isEqualTo(original.getGrantee().getRecipientCorporateNumber());
      // Not carried: what the project does and for whom, which 360Giving has no field for here.
      assertThat(p.getActivities()).isEmpty();
      assertThat(p.getTargetGroups()).isEmpty();
      assertThat(p.getServiceArea().getNamedAreas()).isEmpty();
    }
    // Row 4, 宮城県 岩手県 with 気仙地区: the named area comes back as the places it is made of, and its text as theirs.
    ServiceArea row4 = back.get(3).getProject().getServiceArea();
    assertThat(row4.getText()).isEqualTo("宮城県 岩手県 大船渡市 陸前高田市 気仙沼市");
    assertThat(row4.touchedPrefectures())
        .isEqualTo(written.get(3).getProject().getServiceArea().touchedPrefectures());

    // What 360Giving carries is the same: exported again, each grant is the package's, field for field.
    GivingExport again = GivingExportSchemaTest.EXPORTER.export(GrantProgram.builder().from(program).grants(back)
        .build());
    for (int i = 0; i < back.size(); i++) {
      assertThat(again.written(i)).isEqualTo(export.written(i < 7 ? i : i + 1));
    }
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getCategory() == RuleCategory.INTERCHANGE)
        .extracting(Finding::getRuleId, Finding::getPath).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("import.360giving.funder", "/grants/0/fundingOrganization/0/name"),
            org.assertj.core.groups.Tuple.tuple("import.360giving.programme", "/grants/0/grantProgramme/0/title"));
  }
}
