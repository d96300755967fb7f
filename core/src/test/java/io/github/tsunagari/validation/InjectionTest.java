package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.region.ServiceArea;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text fields holding EL, message parameters or HTML come out verbatim in every message, in both languages, whether the
 * grant validator bootstraps its own provider or uses an application's EL-enabled one.
 */
class InjectionTest {
  static Stream<String> payloads() {
    return Stream.of("${1+1}", "#{1+1}", "{jakarta.validation.constraints.NotNull.message}", "{0}{1}'quoted'",
        "<script>alert(1)</script>", "${''.getClass().forName('java.lang.Runtime')}", "\\{escaped\\}");
  }

  static List<GrantValidator> validators() {
    return List.of(GrantValidator.create(),
        GrantValidator.using(Validation.buildDefaultValidatorFactory().getValidator()));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void payloadsComeOutVerbatim(String payload) {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0,
        b -> b.title(payload + "あ".repeat(Rule.LONG_TITLE_LENGTH))              // usefulness.long-title
            .summary(payload + "あ".repeat(5000))                               // field.TextLength
            .serviceArea(ServiceArea.builder().text(payload).build()));         // eligibility.unresolved-area
    program = Fixtures.withGrantee(program, 1,
        Organization.builder().from(Fixtures.GAMMA).name("NPO法人" + payload).build()); // text.legal-form-in-name

    for (GrantValidator validator : validators()) {
      ValidationReport report = validator.validate(program);
      assertThat(report.getFindings()).extracting(Finding::getRuleId).contains(
          "usefulness.long-title", "field.TextLength", "eligibility.unresolved-area", "text.legal-form-in-name");
      // HTML is also reported as markup, in each of the four fields; nothing else fires.
      assertThat(report.getFindings()).hasSize(payload.contains("<script>") ? 8 : 4);
      for (Finding f : report.getFindings()) {
        // Every offending value begins with the payload (or NPO法人 and the payload), well within the 120 kept characters.
        assertThat(f.getValue()).hasValueSatisfying(v -> assertThat(v).contains(payload));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
          String message = f.getMessage(locale);
          if (!f.getRuleId().equals("usefulness.long-title")) {
            assertThat(message).as("%s in %s", f.getRuleId(), locale).contains(payload);
          }
          assertThat(message).doesNotContain("must not be null").doesNotContain("null である");
        }
      }
      assertThat(report.toText(Locale.JAPANESE)).contains(payload);
      assertThat(report.toText(Locale.ENGLISH)).contains(payload);
    }
  }
}
