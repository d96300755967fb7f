package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.testkit.GrantArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Programs with every fact 360Giving requires export to packages the real 360Giving 1.4.3 schemas accept; skipped,
 * saying so, where the schemas are not there ({@link GivingSchemas}).
 */
@AddLifecycleHook(GivingSchemas.Present.class)
class GivingExportSchemaTest {
  /** 内閣官房's corporate number (domain notes, checked): a funder with a real identifier. */
  static final Funder FUNDER = Funder.of("内閣官房", CorporateNumber.of("3000012010001"));
  static final GivingExporter EXPORTER = ThreeSixtyGiving.exporter("360G-example", FUNDER);

  private Schema schema;

  @BeforeProperty
  void schemas() {
    schema = GivingSchemas.packageSchema();
  }

  @Provide
  Arbitrary<GrantProgram> complete() {
    return GrantArbitraries.completePrograms();
  }

  @Property(tries = 200)
  void aProgramWithEveryRequiredFactExportsToAValidPackage(@ForAll("complete") GrantProgram program)
      throws IOException {
    GivingExport export = EXPORTER.export(program);
    assertThat(export.getReport().getFindings()).isEmpty();
    assertThat(export.getCompleteGrants()).isEqualTo(program.getGrants());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeTo(out);
    String json = out.toString(StandardCharsets.UTF_8);

    assertThat(GivingSchemas.errors(schema, json)).as(json).isEmpty();
    assertThat(json).contains("\"currency\":\"JPY\"", "\"id\":\"JP-JCN-3000012010001\"",
        "\"version\":\"1.4\"");
  }

  @Property(tries = 50)
  void theSchemaRefusesAGrantWithoutItsAwardDate(@ForAll("complete") GrantProgram program) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EXPORTER.export(program).writeTo(out);
    String json = out.toString(StandardCharsets.UTF_8).replaceFirst("\"awardDate\":\"[0-9-]+\",?", "");

    assertThat(GivingSchemas.errors(schema, json)).as(json).isNotEmpty();
  }

  @Provide
  Arbitrary<GrantProgram> severalComplete() {
    return complete().filter(p -> p.getGrants().size() >= 2);
  }

  @Property(tries = 50)
  void thePackageOfTheCompleteGrantsIsValid(@ForAll("severalComplete") GrantProgram complete) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EXPORTER.export(ExporterTest.withoutFirstAwardDate(complete)).writeCompleteGrantsTo(out);
    String json = out.toString(StandardCharsets.UTF_8);

    assertThat(GivingSchemas.errors(schema, json)).as(json).isEmpty();
  }
  /**
   * The FY2024 sample, whose sheet gives no corporate number, amount or award date, with a program id and per grant an
   * amount and an award date added: with local recipient identifiers, a valid package; without, none.
   */
  @net.jqwik.api.Example
  void theSampleWithLocalRecipientIdsIsAValidPackage() throws IOException {
    GrantProgram sample = SampleExportTest.SAMPLE;
    java.util.List<io.github.tsunagari.program.Grant> grants = new java.util.ArrayList<>();
    for (io.github.tsunagari.program.Grant g : sample.getGrants()) {
      grants.add(io.github.tsunagari.program.Grant.builder().from(g).awardDate(sample.getFiscalYear().getStartDate())
          .project(io.github.tsunagari.program.Project.builder().from(g.getProject())
              .awardedAmount(io.github.tsunagari.money.Yen.of(1_000_000)).build())
          .build());
    }
    GrantProgram program = GrantProgram.builder().from(sample)
        .id(io.github.tsunagari.program.Identifier.of("kodoku-FY2024")).grants(grants).build();
    assertThat(EXPORTER.export(program).isComplete()).isFalse();

    GivingExport export = EXPORTER.withLocalRecipientIds(true).export(program);
    assertThat(export.isComplete()).isTrue();
    assertThat(export.getReport().getFindings()).extracting(f -> f.getRuleId()).containsOnly(
        "export.360giving.local-recipient-id").hasSize(grants.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeTo(out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(GivingSchemas.errors(schema, json)).as(json).isEmpty();
  }
}
