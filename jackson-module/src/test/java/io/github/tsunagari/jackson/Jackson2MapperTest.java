package io.github.tsunagari.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is Jackson 2's own and so not in the binding suite (tsunagari-json-suite, which this module runs through
 * {@link Jackson2UnderTest}): the module found by Jackson's {@code findAndRegisterModules()}, mappers and factories a
 * user builds with Jackson 2's features, the module's version, and the schema this module bundles.
 */
class Jackson2MapperTest {
  private static String sampleJson() throws IOException {
    try (InputStream in = GrantJson.openSampleFy2024()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPlainMapperFindsTheModuleThroughServiceLoader() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    GrantProgram program = mapper.readValue(sampleJson(), GrantProgram.class);

    assertThat(program).isEqualTo(SampleData.fy2024());
    assertThat(mapper.readTree(mapper.writeValueAsString(program)))
        .isEqualTo(mapper.readTree(sampleJson()));
  }

  @Test
  void aParserOfTighterConstraintsOfItsOwnGivesItsLimitNotMalformedJson() throws IOException {
    ObjectMapper tight = JsonMapper.builder(GrantJson.newFactory().rebuild()
        .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(5).build()).build())
        .addModule(new TsunagariModule()).build();
    assertThatThrownBy(() -> tight.readValue("{\"statedGranteeCount\": 12345678}", GrantProgram.class))
        .isInstanceOfSatisfying(InvalidGrantJsonException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId).doesNotContain("read.syntax"));
  }

  @Test
  void aFileAMapperOpenedIsClosedWhateverItsSettings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sample.json");
    try (InputStream in = GrantJson.openSampleFy2024()) {
      Files.write(file, in.readAllBytes());
    }
    ObjectMapper mapper = GrantJson.newMapper().disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
    Path fds = Path.of("/proc/self/fd");
    long before = Files.isDirectory(fds) ? Files.list(fds).count() : 0;
    for (int i = 0; i < 50; i++) {
      mapper.readValue(file.toFile(), GrantProgram.class);
    }
    if (Files.isDirectory(fds)) {
      assertThat(Files.list(fds).count()).isLessThan(before + 10);
    }
  }

  /** A class of one's own that holds a grant, such as a service's request. */
  public record Request(Grant grant, String note) {}

  @Test
  void aGrantAbsentFromOnesOwnClassOrNullInItIsNull() throws IOException {
    // Public access alone, as in a module whose package is exported to Jackson but not opened.
    ObjectMapper own = GrantJson.newMapper().copy().configure(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS, false);
    ObjectMapper plain = JsonMapper.builder().addModule(new TsunagariModule())
        .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS).build();
    for (ObjectMapper mapper : List.of(own, plain)) {
      assertThat(mapper.readValue("{\"note\": \"x\"}", Request.class)).isEqualTo(new Request(null, "x"));
      assertThat(mapper.readValue("{\"grant\": null, \"note\": \"x\"}", Request.class))
          .isEqualTo(new Request(null, "x"));
    }
  }

  @Test
  void theModulesVersionComesFromTheBuild() {
    assertThat(new TsunagariModule().version().toString()).isEqualTo(System.getProperty("tsunagari.version"));
    assertThat(new TsunagariModule().version().getArtifactId()).isEqualTo("tsunagari-jackson");
  }

  /**
   * The bundled schema is the one the description of the canonical form gives, byte for byte. After a change to the
   * forms, {@code mvn -pl jackson-module -am test -Dtest=Jackson2MapperTest -Dtsunagari.writeSchema=true
   * -Dsurefire.failIfNoSpecifiedTests=false} writes it anew.
   */
  @Test
  void theBundledSchemaIsTheOneTheFormsGive() throws IOException {
    String bundled;
    try (InputStream in = GrantJson.openSchema()) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String generated = GrantJson.write(SchemaWriting.schema());
    if (!generated.equals(bundled) && Boolean.getBoolean("tsunagari.writeSchema")) {
      java.nio.file.Path readme = java.nio.file.Path.of(System.getProperty("tsunagari.readme"));
      java.nio.file.Files.writeString(readme.resolveSibling(
          "core/src/main/resources" + GrantJson.SCHEMA_RESOURCE), generated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(bundled).as("the bundled schema; write it anew with -Dtsunagari.writeSchema=true")
        .isEqualTo(generated);
  }
}
