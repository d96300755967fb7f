package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.Shared.VALIDATOR;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.ServiceArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Generated valid data validates without any finding, through the provider ({@code @ForAll} without setup), and keeps
 * the promises of {@link GrantArbitraries#programs()}.
 */
class ValidDataTest {

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyGeneratedProgramValidatesWithoutAnyFinding(@ForAll GrantProgram program) {
    assertThat(VALIDATOR.validate(program)).isValid().hasNoFindings();

    Statistics.label("grants").collect(program.getGrants().size());
    Statistics.label("grants").coverage(c -> {
      c.check(0).count(n -> n > 0);
      c.check(GrantArbitraries.MAX_GRANTS).count(n -> n > 0);
    });
  }

  @Property(tries = 200)
  void completeProgramsValidateWithoutAnyFindingAndStateEveryFact(
      @ForAll("complete") GrantProgram program) {
    assertThat(VALIDATOR.validate(program)).isValid().hasNoFindings();
    assertThat(program.getId()).isPresent();
    assertThat(program.getGrants()).isNotEmpty().allSatisfy(g -> {
      assertThat(g.getAwardDate()).isPresent();
      assertThat(g.getProject().getAwardedAmount()).isPresent();
      assertThat(g.getGrantee().getRecipientCorporateNumber()).isPresent();
    });
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<GrantProgram> complete() {
    return GrantArbitraries.completePrograms();
  }

  @Property(tries = 200)
  void everyGeneratedPartValidatesWithoutAnyFindingOnItsOwn(@ForAll Organization organization,
      @ForAll Consortium consortium, @ForAll ServiceArea area, @ForAll Project project, @ForAll Grant grant) {
    assertThat(VALIDATOR.validate(organization)).hasNoFindings();
    assertThat(VALIDATOR.validate(consortium)).hasNoFindings();
    assertThat(VALIDATOR.validate(area)).hasNoFindings();
    assertThat(VALIDATOR.validate(project)).hasNoFindings();
    assertThat(VALIDATOR.validate(grant)).hasNoFindings();
  }

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void programsKeepTheirPromises(@ForAll GrantProgram program) {
    FiscalYear fy = program.getFiscalYear();
    List<Grant> grants = program.getGrants();
    assertThat(grants).hasSizeBetween(0, GrantArbitraries.MAX_GRANTS);
    assertThat(fy.getStartYear()).isBetween(2019, 2030);

    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < grants.size(); i++) {
      Grant g = grants.get(i);
      assertThat(g.getPosition()).isEqualTo(i + 1);
      List<Organization> organizations = new ArrayList<>();
      if (g.getGrantee() instanceof Consortium) {
        organizations.addAll(((Consortium) g.getGrantee()).getMembers());
      } else if (g.getGrantee() instanceof Organization) {
        organizations.add((Organization) g.getGrantee());
      } else {
        // A local government: once in the program, by the corporate number its code gives.
        assertThat(numbers.add(g.getGrantee().getRecipientCorporateNumber().orElseThrow().toString())).isTrue();
      }
      for (Organization o : organizations) {
        assertThat(names.add(o.getName())).as("name %s once in the program", o.getName()).isTrue();
        o.getCorporateNumber().ifPresent(n ->
            assertThat(numbers.add(n.toString())).as("corporate number %s once", n).isTrue());
      }
      g.getAwardDate().ifPresent(d -> assertThat(fy.contains(d)).isTrue());
      Project p = g.getProject();
      p.getStartDate().ifPresent(d -> assertThat(fy.contains(d)).isTrue());
      p.getEndDate().ifPresent(d -> assertThat(fy.contains(d)).isTrue());
    }
    program.getStatedGranteeCount().ifPresent(n -> assertThat(n).isEqualTo(grants.size()));
    program.getPolicyPlan().ifPresent(plan -> assertThat(plan.getDecisionDate()).isBeforeOrEqualTo(fy.getEndDate()));
    Optional<LocalDate> effective = program.getLegalBasis().flatMap(law -> law.getEffectiveDate());
    effective.ifPresent(d -> assertThat(d).isBeforeOrEqualTo(fy.getEndDate()));

    // Every kind of program part turns up: consortia among the grantees, the Act and plan, dates.
    Statistics.label("consortium").collect(grants.stream().anyMatch(g -> g.getGrantee() instanceof Consortium));
    Statistics.label("act and plan").collect(program.getLegalBasis().isPresent(), program.getPolicyPlan().isPresent());
    Statistics.label("consortium").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("act and plan").coverage(c -> {
      c.check(true, true).count(n -> n > 0);
      c.check(false, false).count(n -> n > 0);
    });
  }
}
