package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.Shared.VALIDATOR;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.sample.SampleData;
import org.junit.jupiter.api.Test;

class TestSamplesTest {

  @Test
  void fy2024IsTheBundledSample() {
    assertThat(TestSamples.fy2024()).isSameAs(SampleData.fy2024());
    assertThat(TestSamples.fy2024().getGrants()).hasSize(9);
  }

  @Test
  void fy2024IsValidWithItsOneWarning() {
    assertThat(VALIDATOR.validate(TestSamples.fy2024()))
        .isValid()
        .hasErrorCount(0)
        .hasWarningCount(1)
        .hasInfoCount(0)
        .hasOnlyRules("eligibility.single-prefecture-area")
        .hasWarning("eligibility.single-prefecture-area").at("/grants/0/project/serviceArea").withValue("北海道");
  }
}
