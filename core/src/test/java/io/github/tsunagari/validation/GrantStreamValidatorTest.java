package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GrantStreamValidatorTest {
  private final GrantValidator validator = GrantValidator.create();

  /** The findings of the grants of a program, validated one at a time, with /grants/i written as /i. */
  private List<String> streamed(GrantProgram program) {
    GrantStreamValidator stream = validator.openStream(program.getFiscalYear());
    List<Finding> findings = new ArrayList<>();
    for (Grant grant : program.getGrants()) {
      findings.addAll(stream.validate(grant).getFindings());
    }
    assertThat(stream.getCount()).isEqualTo(program.getGrants().size());
    return findings.stream().map(f -> f.getRuleId() + " " + f.getPath() + " " + f.getMessage(Locale.ENGLISH))
        .sorted().collect(Collectors.toList());
  }

  /** The grant findings of validating the whole program, in the same form. */
  private List<String> whole(GrantProgram program) {
    return validator.validate(program).getFindings().stream()
        .filter(f -> f.getPath().startsWith("/grants/"))
        .map(f -> f.getRuleId() + " " + f.getPath().substring("/grants".length()) + " "
            + f.getMessage(Locale.ENGLISH).replace("/grants/", "/"))
        .sorted().collect(Collectors.toList());
  }

  @Test
  void aStreamFindsWhatTheWholeProgramFinds() {
    List<GrantProgram> programs = List.of(
        SampleData.fy2024(),
        Fixtures.valid(),
        Fixtures.withGrantee(Fixtures.valid(), 1, Fixtures.ALPHA),
        Fixtures.withGrant(Fixtures.valid(), 1, g -> Grant.builder().from(g).position(1).build()),
        Fixtures.withProject(Fixtures.valid(), 0, b -> b.title("").endDate(java.time.LocalDate.of(2026, 1, 1))));
    for (GrantProgram program : programs) {
      assertThat(streamed(program)).isEqualTo(whole(program));
    }
  }

  @Test
  void duplicatesAcrossTheStreamPointAtTheEarlierRecord() {
    GrantStreamValidator stream = validator.openStream(Fixtures.valid().getFiscalYear());
    Grant first = Fixtures.valid().getGrants().get(0);

    assertThat(stream.validate(first).getFindings()).isEmpty();
    stream.skip();
    ValidationReport third = stream.validate(first);

    assertThat(third.getFindings()).extracting(Finding::getRuleId, Finding::getPath).containsExactly(
        org.assertj.core.groups.Tuple.tuple("consistency.duplicate-organization", "/2/grantee"),
        org.assertj.core.groups.Tuple.tuple("consistency.duplicate-position", "/2/position"));
    assertThat(third.getFindings().get(1).getMessage(Locale.ENGLISH))
        .isEqualTo("Position 1 is already used by the grant at /0.");
  }
}
