package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.sample.SampleData;
import org.junit.jupiter.api.Test;

/**
 * Municipalities an area's own text names (宮城県、岩手県大船渡市) are listed by it: no finding says they lie outside the
 * area, and the area goes beyond one prefecture; a municipality only a summary names is still checked.
 */
class AreaTextRegionsTest {
  private static ValidationReport validate(ServiceArea area) {
    Grant g = SampleData.fy2024().getGrants().get(3);
    Grant grant = Grant.builder().from(g).project(Project.builder().from(g.getProject()).serviceArea(area).build())
        .build();
    return GrantValidator.create().validate(grant);
  }

  @Test
  void aMunicipalityTheTextNamesIsListedByIt() {
    ServiceArea area = ServiceArea.parse("宮城県、岩手県大船渡市");
    assertThat(validate(area).getFindings()).extracting(Finding::getRuleId)
        .doesNotContain(Rule.REGION_OUTSIDE_AREA.getId(), Rule.SINGLE_PREFECTURE_AREA.getId());
  }

  @Test
  void aMunicipalityOnlyASummaryNamesIsStillChecked() {
    ServiceArea area = ServiceArea.parse("宮城県")
        .withMunicipality(io.github.tsunagari.region.Municipality.parse("岩手県大船渡市"));
    assertThat(validate(area).getFindings()).extracting(Finding::getRuleId)
        .contains(Rule.REGION_OUTSIDE_AREA.getId(), Rule.SINGLE_PREFECTURE_AREA.getId());
  }
}
