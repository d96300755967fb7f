package io.github.tsunagari.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.internal.form.Edit;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValidationReport;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@link GrantValidator#create()} checks the model's constraints directly; {@link GrantValidator#using} leaves them to
 * Hibernate Validator. For valid programs, programs that break a constraint, and programs with any text value made
 * blank, too long or strange, both give the same report.
 */
class DirectChecksTest {
  static final GrantValidator DIRECT = GrantValidator.create();
  static final GrantValidator HIBERNATE = GrantValidator.using(hibernate());

  static Validator hibernate() {
    MessageInterpolator asIs = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return template;
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return template;
      }
    };
    return Validation.byDefaultProvider().configure().messageInterpolator(asIs).buildValidatorFactory()
        .getValidator();
  }

  static void assertSameReports(Object object) {
    ValidationReport direct = DIRECT.validate(object);
    ValidationReport hibernate = HIBERNATE.validate(object);
    assertThat(direct.getFindings()).as("direct:%n%s%nHibernate Validator:%n%s", direct, hibernate)
        .containsExactlyElementsOf(hibernate.getFindings());
  }

  @Property(tries = 200)
  void validProgramsGiveTheSameReport(@ForAll GrantProgram program) {
    assertSameReports(program);
  }

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void programsBreakingAConstraintGiveTheSameReport(@ForAll("breakingConstraints") GrantProgram program) {
    assertSameReports(program);
    Statistics.collect(DIRECT.validate(program).getFindings().get(0).getRuleId());
  }

  @Provide
  Arbitrary<GrantProgram> breakingConstraints() {
    return GrantArbitraries.programsBreaking(Rule.FIELD_CONSTRAINT);
  }

  /** Values that may break a text's constraints: blank in several ways, long, or made of characters beyond U+FFFF. */
  static final List<UnaryOperator<String>> TEXT_CHANGES = List.of(t -> "", t -> " ", t -> "\u3000", t -> "\t\n",
      t -> "あ".repeat(50), t -> "あ".repeat(101), t -> "あ".repeat(201), t -> "あ".repeat(301), t -> "あ".repeat(501),
      t -> "あ".repeat(1001), t -> "あ".repeat(2001), t -> "あ".repeat(5001), t -> "\uD842\uDFB7".repeat(300),
      t -> "\uD842\uDFB7".repeat(5000), t -> t + "\u0000");

  @Property(tries = 400)
  void anyTextMadeBlankLongOrStrangeGivesTheSameReport(@ForAll("changedTexts") GrantProgram program) {
    assertSameReports(program);
  }

  @Provide
  Arbitrary<GrantProgram> changedTexts() {
    return GrantArbitraries.programs().flatMap(program -> {
      Map<String, io.github.tsunagari.internal.form.Property<?, ?>> texts = Edit.texts(Forms.PROGRAM, program);
      return Combinators.combine(Arbitraries.of(List.copyOf(texts.keySet())), Arbitraries.of(TEXT_CHANGES))
          .as((pointer, change) -> Edit.replaceText(Forms.PROGRAM, program, pointer, change));
    });
  }

  @Property(tries = 100)
  void negativeNumbersGiveTheSameReport(@ForAll GrantProgram program, @ForAll("negatives") long count) {
    // Amounts of yen cannot be negative (Yen refuses them); a negative count is data that exists and is reported.
    assertSameReports(GrantProgram.builder().from(program).statedGranteeCount((int) Math.max(count,
        Integer.MIN_VALUE)).build());
  }

  @Provide
  Arbitrary<Long> negatives() {
    return Arbitraries.longs().between(Long.MIN_VALUE, 5);
  }

  @Property(tries = 100)
  void partsOnTheirOwnGiveTheSameReport(@ForAll("changedTexts") GrantProgram program) {
    for (io.github.tsunagari.program.Grant g : program.getGrants()) {
      assertSameReports(g);
      assertSameReports(g.getProject());
      assertSameReports(g.getProject().getServiceArea());
      assertSameReports(g.getGrantee());
    }
  }
}
