package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.Shared.VALIDATOR;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThatThrownBy;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.RuleCategory;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

/** Every variant of {@link GrantArbitraries#programsBreaking(Rule)} yields findings of exactly its rule. */
class BreakingRulesTest {

  /** Every rule except those of reading a document, in catalogue order. */
  static List<Rule> nonReadingRules() {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : Rule.values()) {
      if (r.getCategory().isValidation()) {
        rules.add(r);
      }
    }
    return rules;
  }

  @Provide
  Arbitrary<Tuple2<Rule, GrantProgram>> variants() {
    List<Arbitrary<Tuple2<Rule, GrantProgram>>> perRule = new ArrayList<>();
    for (Rule r : nonReadingRules()) {
      perRule.add(GrantArbitraries.programsBreaking(r).map(p -> Tuple.of(r, p)));
    }
    return Arbitraries.oneOf(perRule);
  }

  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyVariantYieldsFindingsOfExactlyItsRule(@ForAll("variants") Tuple2<Rule, GrantProgram> variant) {
    Rule rule = variant.get1();
    ValidationReport report = VALIDATOR.validate(variant.get2());

    Set<String> ids = new TreeSet<>();
    for (Finding f : report.getFindings()) {
      ids.add(f.getRuleId());
    }
    assertThat(ids).as("rule ids of the report for %s:%n%s", rule, report.toText(Locale.ENGLISH)).hasSize(1);
    String id = ids.iterator().next();
    if (rule == Rule.FIELD_CONSTRAINT) {
      assertThat(id).startsWith("field.");
    } else {
      assertThat(report).hasOnlyRules(rule.getId());
    }
    for (Finding f : report.getFindings()) {
      assertThat(f.getRule()).isEqualTo(rule);
      assertThat(f.getSeverity()).isEqualTo(rule.getSeverity());
    }

    Statistics.collect(rule);
    Statistics.coverage(c -> {
      for (Rule r : nonReadingRules()) {
        c.check(r).count(n -> n >= 30);
      }
    });
  }

  @Property(tries = 400)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void fieldConstraintVariantsBreakSeveralKindsOfConstraint(
      @ForAll("fieldVariants") GrantProgram program) {
    ValidationReport report = VALIDATOR.validate(program);
    String id = report.getFindings().get(0).getRuleId();
    Statistics.collect(id);
    Statistics.coverage(c -> {
      c.check("field.NotBlank").count(n -> n > 0);
      c.check("field.NullOrNotBlank").count(n -> n > 0);
      c.check("field.TextLength").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<GrantProgram> fieldVariants() {
    return GrantArbitraries.programsBreaking(Rule.FIELD_CONSTRAINT);
  }

  @Test
  void breakableRulesAreEveryRuleButThoseOfReading() {
    assertThat(GrantArbitraries.breakableRules()).containsExactlyElementsOf(nonReadingRules());
  }

  @Test
  void readingRulesCannotBeBrokenByAProgram() {
    for (Rule r : Rule.values()) {
      if (r.getCategory() == RuleCategory.READING) {
        assertThatThrownBy(() -> GrantArbitraries.programsBreaking(r))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(r.getId());
      }
    }
    assertThatThrownBy(() -> GrantArbitraries.programsBreaking(null)).isInstanceOf(NullPointerException.class);
  }
}
