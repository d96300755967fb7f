package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.testkit.GrantArbitraries;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.RuleCategory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Model → 360Giving → model: the grants read back from a program's package are the program's, for everything
 * 360Giving carries. What it carries is said once, by the mapping ({@link GivingField}): two grants are equal for it
 * when the exporter writes the same 360Giving grant of both. So the grants read back, put in the program in place of
 * its own, export to the same package, field for field.
 */
class GivingRoundTripTest {
  @Provide
  Arbitrary<GrantProgram> complete() {
    return GrantArbitraries.completePrograms();
  }

  @Property(tries = 200)
  void theGrantsReadBackExportAsTheOriginalsDid(@ForAll("complete") GrantProgram program) throws IOException {
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(program);
    ReadResult<List<Grant>> read = ThreeSixtyGiving.reader().read(new ByteArrayInputStream(written(export)));

    assertThat(read.getValue()).as(read.getReport().toString()).isPresent();
    List<Grant> back = read.getValue().get();
    assertThat(back).hasSameSizeAs(program.getGrants());
    GivingExport again = GivingExportSchemaTest.EXPORTER.export(GrantProgram.builder().from(program).grants(back)
        .build());
    for (int i = 0; i < back.size(); i++) {
      assertThat(again.written(i)).as("grant %d", i).isEqualTo(export.written(i));
    }
    // The package's funder and programme are said once each, as not carried over; nothing else is.
    assertThat(read.getReport().getFindings()).filteredOn(f -> f.getCategory() == RuleCategory.INTERCHANGE)
        .extracting(Finding::getRuleId)
        .containsExactlyInAnyOrder("import.360giving.funder", "import.360giving.programme");
  }

  static byte[] written(GivingExport export) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeTo(out);
    return out.toByteArray();
  }
}
