package io.github.tsunagari.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.internal.read.JsonBindings;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.sample.SampleData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module is found as Jackson 3 finds modules, added as Spring Boot 4 adds them, and its binding is the one the
 * library's readers read through where Jackson 2's binding is on the class path too (as it is in these tests).
 */
class ModuleRegistrationTest {
  private static final String SAMPLE = GrantJson.write(SampleData.fy2024());

  @Test
  void findAndAddModulesFindsTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("TsunagariModule");
    assertThat(mapper.readValue(SAMPLE, GrantProgram.class)).isEqualTo(SampleData.fy2024());
  }

  @Test
  void aBuilderTakesTheModuleAsABootApplicationGivesIt() {
    JsonMapper mapper = JsonMapper.builder().addModule(new TsunagariModule()).build();
    assertThat(mapper.readValue(SAMPLE, GrantProgram.class)).isEqualTo(SampleData.fy2024());
    assertThat(new TsunagariModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("tsunagari-jackson3");
  }

  @Test
  void theReadersReadThroughJackson3WhereBothBindingsAreThere() {
    assertThat(JsonBindings.get()).isInstanceOf(JacksonBinding.class);
    assertThat(GrantJsonReader.create().readProgram(SAMPLE).getValue()).contains(SampleData.fy2024());
  }

  @Test
  void theMapperOfABuilderReadsAsNewMapperDoes() {
    JsonMapper mapper = GrantJson.newMapperBuilder().build();
    assertThat(mapper.readValue(SAMPLE, GrantProgram.class)).isEqualTo(SampleData.fy2024());
    assertThat(mapper.rebuild().build().tokenStreamFactory()).isInstanceOf(StrictFactory.class);
  }
}
