package io.github.tsunagari.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper as Spring Boot 4 builds one (Jackson 3's defaults, the module added, not {@link GrantJson#newMapper()})
 * writes the canonical form: the form's property order, not Jackson 3's alphabetical one, no {@code null}, and
 * {@code /} unescaped. The module writes every property itself; how a string's characters are escaped is the
 * generator's, a feature of the mapper ({@link JsonWriteFeature}), which a module cannot set.
 */
class PlainMapperTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new TsunagariModule()).build();
  private static final GrantProgram SAMPLE = SampleData.fy2024();
  /** The sample's report: its finding's path, {@code /grants/0/project/serviceArea}, has slashes. */
  private static final ValidationReport REPORT = GrantValidator.create().validate(SAMPLE);

  /** The canonical form without white space: the text of a line of JSON Lines without its line break. */
  private static String compact(Object value) {
    String line = GrantJson.writeLine(value);
    return line.substring(0, line.length() - 1);
  }

  @Test
  void writesTheSampleAsTheCanonicalFormDoes() {
    assertThat(PLAIN.writeValueAsString(SAMPLE)).isEqualTo(compact(SAMPLE));
    assertThat(new String(PLAIN.writeValueAsBytes(SAMPLE), StandardCharsets.UTF_8)).isEqualTo(compact(SAMPLE));
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(SAMPLE), GrantProgram.class)).isEqualTo(SAMPLE);
  }

  @Test
  void writesSlashesUnescapedAsJackson3DoesByDefault() {
    assertThat(JsonWriteFeature.ESCAPE_FORWARD_SLASHES.enabledByDefault()).isFalse();
    String report = PLAIN.writeValueAsString(REPORT);
    assertThat(report).contains("\"/grants/0/project/serviceArea\"").doesNotContain("\\/");
    assertThat(report).isEqualTo(compact(REPORT));
  }

  @Test
  void aMapperThatEscapesSlashesWritesTheSameValuesInOtherText() {
    JsonMapper escaping = PLAIN.rebuild().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();
    String report = escaping.writeValueAsString(REPORT);
    assertThat(report).contains("\"\\/grants\\/0\\/project\\/serviceArea\"").isNotEqualTo(compact(REPORT));
    assertThat(escaping.readTree(report)).isEqualTo(PLAIN.readTree(compact(REPORT)));
    assertThat(escaping.rebuild().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build()
        .writeValueAsString(REPORT)).isEqualTo(compact(REPORT));
  }

  @Test
  void theStrictMapperWritesSlashesUnescapedWhateverTheDefault() {
    assertThat(GrantJson.newMapper().writeValueAsString(REPORT)).isEqualTo(compact(REPORT));
    assertThat(GrantJson.newFactory().isEnabled(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)).isFalse();
  }
}
