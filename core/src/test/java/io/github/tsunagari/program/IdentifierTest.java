package io.github.tsunagari.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

  @Test
  void isA360GivingStyleIdWithAPrefix() {
    Identifier program = Identifier.of("kodoku-FY2024");
    assertThat(program.child("5")).hasToString("kodoku-FY2024-5");
    assertThat(program.withPrefix("360G-example-")).hasToString("360G-example-kodoku-FY2024");
    assertThat(program.withPrefix("360G-example-").withPrefix("360G-example-")).hasToString("360G-example-kodoku-FY2024");
    assertThat(Identifier.parse(" ３６０G-ab_c.d:e ")).hasToString("360G-ab_c.d:e");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "'' | BLANK",
      "360G example | MALFORMED",   // no spaces
      "360G/example | MALFORMED",   // no slashes
      "-360G | MALFORMED",
      "交付金-1 | MALFORMED",
  })
  void refusesWhatIsNoIdentifier(String text, Reason reason) {
    assertThatThrownBy(() -> Identifier.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(reason));
    assertThatThrownBy(() -> Identifier.of("a".repeat(201))).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(Reason.OUT_OF_RANGE));
  }

  @Test
  void aGrantWithoutAnIdOfItsOwnIsTheProgramsAndItsPosition() {
    GrantProgram sample = SampleData.fy2024();
    Grant fifth = sample.getGrants().get(4);
    assertThat(sample.identifierOf(fifth)).isEmpty(); // the sheet gives no identifiers
    GrantProgram identified = GrantProgram.builder().from(sample).id(Identifier.of("kodoku-FY2024")).build();
    assertThat(identified.identifierOf(fifth)).contains(Identifier.of("kodoku-FY2024-5"));
    Grant own = Grant.builder().from(fifth).id(Identifier.of("G-5")).build();
    assertThat(identified.identifierOf(own)).contains(Identifier.of("G-5"));
  }
}
