package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.testkit.GrantArbitraries;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A package whose one value is of the wrong shape, wherever the mapping reads one: the reader says so at that value,
 * never throws, and never carries the value over silently.
 */
class BrokenPackageTest {
  /** The names of the values the mapping reads, as the last segment of each field's path. */
  static final List<String> NAMES = java.util.stream.Stream.of(GivingField.values())
      .map(f -> f.getPath().substring(f.getPath().lastIndexOf('/') + 1)).distinct().toList();
  /** Values of another shape than any the mapping reads where it wants text or a number. */
  static final List<String> WRONG = List.of("null", "true", "{}", "[]", "{\"a\":1}", "[\"x\"]");

  @Provide
  Arbitrary<GrantProgram> complete() {
    return GrantArbitraries.completePrograms();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(NAMES);
  }

  @Provide
  Arbitrary<String> wrong() {
    return Arbitraries.of(WRONG);
  }

  @Property(tries = 200)
  void aValueOfTheWrongShapeIsSaidAtItsPointer(@ForAll("complete") GrantProgram program,
      @ForAll("names") String name, @ForAll("wrong") String value) throws IOException {
    String json = new String(GivingRoundTripTest.written(GivingExportSchemaTest.EXPORTER.export(program)),
        StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"" + name + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+)").matcher(json);
    if (!m.find()) {
      return; // not written for this program (an optional field)
    }
    String broken = json.substring(0, m.start(1)) + value + json.substring(m.end(1));

    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = ThreeSixtyGiving.reader().read(
        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), records::add);

    assertThat(summary.getRecordCount()).isEqualTo(program.getGrants().size());
    List<Finding> findings = new ArrayList<>(summary.getStreamProblems().getFindings());
    records.forEach(r -> findings.addAll(r.getReport().getFindings()));
    assertThat(findings).as(broken).anySatisfy(f -> {
      assertThat(f.getPath()).matches("/grants/[0-9]+(/.*)?/" + name + "(/.*)?");
      assertThat(f.getLocation()).isPresent();
    });
  }
}
