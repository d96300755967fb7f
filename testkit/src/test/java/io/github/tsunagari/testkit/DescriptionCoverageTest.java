package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.Shared.VALIDATOR;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.internal.form.Edit;
import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.internal.form.Path;
import io.github.tsunagari.internal.form.Walk;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

/**
 * The generators and the rules against the description of the canonical form ({@code Forms}): every property of
 * every model type is generated, every text property is covered by the text rules, and the variants that break the
 * text rules reach every text property.
 */
class DescriptionCoverageTest {

  /** Every property of the description, as {@code form.property}. */
  static List<String> everyProperty() {
    List<String> all = new ArrayList<>();
    for (Form<?> form : Forms.ALL) {
      form.properties().forEach(p -> all.add(p.toString()));
    }
    return all;
  }

  /** Every text property of the description. */
  static Set<String> everyTextProperty() {
    Set<String> all = new TreeSet<>();
    for (Form<?> form : Forms.ALL) {
      form.properties().stream().filter(p -> p.kind() == Kinds.TEXT).forEach(p -> all.add(p.toString()));
    }
    return all;
  }

  /** The properties an object has values for, through all it holds. */
  @SuppressWarnings("unchecked")
  static Set<String> presentProperties(GrantProgram program) {
    Set<String> present = new TreeSet<>();
    Walk.walk(Forms.PROGRAM, program, Path.root(), new Walk.Visitor() {
      @Override
      public boolean object(Form<?> form, Object value, Path path) {
        for (io.github.tsunagari.internal.form.Property<?, ?> p : form.properties()) {
          if (((io.github.tsunagari.internal.form.Property<Object, ?>) p).isPresent(value)) {
            present.add(p.toString());
          }
        }
        return true;
      }

      @Override
      public void text(io.github.tsunagari.internal.form.Property<?, ?> property, String value, Path path) {}
    });
    return present;
  }

  @Property(tries = 400)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyPropertyOfTheDescriptionIsGenerated(@ForAll GrantProgram program) {
    for (String p : presentProperties(program)) {
      Statistics.label("property").collect(p);
    }
    Statistics.label("property").coverage(c -> {
      for (String p : everyProperty()) {
        c.check(p).count(n -> n > 0);
      }
    });
  }

  /**
   * A NUL or a tag put into any text value of any generated program, at every place a text value has, is found by the
   * text rules at that place: the text rules read the description, and no text property escapes them.
   */
  @Test
  void aNulOrATagInEveryTextPropertyIsFoundAtItsPath() {
    Set<String> covered = new TreeSet<>();
    List<GrantProgram> programs = GrantArbitraries.programs().sampleStream().limit(40).collect(Collectors.toList());
    programs.add(SampleData.fy2024());
    for (GrantProgram program : programs) {
      Edit.texts(Forms.PROGRAM, program).forEach((pointer, property) -> {
        ValidationReport nul = VALIDATOR.validate(Edit.replaceText(Forms.PROGRAM, program, pointer, t -> t + "\u0000"));
        ValidationReport tag = VALIDATOR.validate(Edit.replaceText(Forms.PROGRAM, program, pointer,
            t -> "<p>" + t));
        assertThat(nul).as("NUL at %s", pointer).hasError(Rule.CONTROL_CHARACTER_IN_TEXT.getId()).at(pointer);
        assertThat(tag).as("<p> at %s", pointer).hasError(Rule.MARKUP_IN_TEXT.getId()).at(pointer);
        covered.add(property.toString());
      });
    }
    org.assertj.core.api.Assertions.assertThat(covered).isEqualTo(everyTextProperty());
  }

  /** The law number, which the hand-written list of text fields once missed. */
  @Test
  void aNulOrATagInTheLawNumberIsFound() {
    GrantProgram sample = SampleData.fy2024();
    assertThat(VALIDATOR.validate(Edit.replaceText(Forms.PROGRAM, sample, "/legalBasis/number", t -> t + "\u0000")))
        .hasOnlyRules("eligibility.single-prefecture-area", "text.control-character")
        .hasError("text.control-character").at("/legalBasis/number");
    assertThat(VALIDATOR.validate(Edit.replaceText(Forms.PROGRAM, sample, "/legalBasis/number", t -> "<p>" + t)))
        .hasError("text.markup").at("/legalBasis/number");
  }

  /** The variants of the two text rules change every text property of the description, across their tries. */
  @Property(tries = 600)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void theTextVariantsReachEveryTextProperty(@ForAll("textVariants") GrantProgram program) {
    ValidationReport report = VALIDATOR.validate(program);
    String path = report.getFindings().get(0).getPath();
    Statistics.label("changed").collect(propertyAt(program, path));
    Statistics.label("changed").coverage(c -> {
      for (String p : everyTextProperty()) {
        c.check(p).count(n -> n > 0);
      }
    });
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<GrantProgram> textVariants() {
    return net.jqwik.api.Arbitraries.oneOf(GrantArbitraries.programsBreaking(Rule.MARKUP_IN_TEXT),
        GrantArbitraries.programsBreaking(Rule.CONTROL_CHARACTER_IN_TEXT));
  }

  private static String propertyAt(GrantProgram program, String pointer) {
    return String.valueOf(Edit.texts(Forms.PROGRAM, program).get(pointer));
  }
}
