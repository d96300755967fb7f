package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The generated values are valid and realistic, type by type. */
class GeneratedValuesTest {

  @Property(tries = 500)
  void corporateNumbersHaveACorrectCheckDigit(@ForAll CorporateNumber number) {
    String digits = number.toString();
    assertThat(CorporateNumber.isValid(digits)).isTrue();
    assertThat(CorporateNumber.of(digits)).isEqualTo(number);
    assertThat(number.getCheckDigit()).isEqualTo(CorporateNumber.checkDigit(number.getBaseNumber())).isBetween(1, 9);
    // The shape of a registered corporation's number, not of a national body or local government (0000…).
    assertThat(digits.substring(1, 5)).isNotEqualTo("0000");
  }

  @Property(tries = 500)
  void localGovernmentCodesAreValid(@ForAll LocalGovernmentCode code) {
    assertThat(LocalGovernmentCode.isValid(code.toString())).isTrue();
    assertThat(LocalGovernmentCode.of(code.toString())).isEqualTo(code);
    assertThat(LocalGovernmentCode.fromJisCode(code.getJisCode())).isEqualTo(code);
  }

  @Property(tries = 500)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void municipalitiesAreNotPrefecturesAndBelongToTheirCodesPrefecture(@ForAll Municipality m) {
    LocalGovernmentCode code = m.getCode();
    assertThat(LocalGovernmentCode.isValid(code.toString())).isTrue();
    assertThat(code.isPrefecture()).isFalse();
    assertThat(code.getJisCode().substring(2)).isNotEqualTo("000");
    assertThat(m.getPrefecture().getCode()).isEqualTo(code.toString().substring(0, 2));
    assertThat(m.getName()).matches(".+[市区町村]");
    assertThat(m.getLocalGovernment()).isPresent();

    boolean real = Areas.REAL_MUNICIPALITIES.contains(m);
    Statistics.collect(real ? "named in the source" : "made up");
    Statistics.coverage(c -> c.check("named in the source").count(n -> n > 0));
  }

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void serviceAreasGoBeyondOnePrefectureWithFinerAreasInside(@ForAll ServiceArea area) {
    assertThat(area.goesBeyondOnePrefecture()).isTrue();
    assertThat(area.isWithinOnePrefecture()).isFalse();
    assertThat(area.isUnresolved()).isFalse();
    assertThat(area.getPrefectures()).doesNotHaveDuplicates();
    assertThat(area.getText()).doesNotContain("<", ">");

    // Finer areas lie inside what the column lists: its prefectures, its centre, or anywhere for 全国 alone.
    Set<Prefecture> inside = area.getPrefectures().isEmpty() && area.isNationwide()
        ? EnumSet.allOf(Prefecture.class) : EnumSet.copyOf(area.getPrefectures());
    for (Municipality m : area.getMunicipalities()) {
      assertThat(inside).contains(m.getPrefecture());
    }
    for (NamedArea a : area.getNamedAreas()) {
      assertThat(inside).containsAll(a.touchedPrefectures());
    }
    assertThat(area.getMunicipalities()).extracting(Municipality::getCode).doesNotHaveDuplicates();
    assertThat(area.getNamedAreas()).extracting(NamedArea::getName).doesNotHaveDuplicates();

    // The column's text reads back as the column: the finer areas come from summaries, not from the text.
    ServiceArea read = ServiceArea.parse(area.getText());
    assertThat(read.getPrefectures()).isEqualTo(area.getPrefectures());
    assertThat(read.isNationwide()).isEqualTo(area.isNationwide());
    assertThat(read.getCenter()).isEqualTo(area.getCenter());
    assertThat(read.hasUnnamedPrefectures()).isEqualTo(area.hasUnnamedPrefectures());

    String shape = area.getCenter().isPresent() ? "centred"
        : area.isNationwide() ? (area.getPrefectures().isEmpty() ? "nationwide" : "prefectures and nationwide")
        : "several prefectures";
    Statistics.label("shape").collect(shape);
    Statistics.label("finer").collect(!area.getNamedAreas().isEmpty(), !area.getMunicipalities().isEmpty());
    Statistics.label("shape").coverage(c -> {
      for (String s : List.of("centred", "nationwide", "prefectures and nationwide", "several prefectures")) {
        c.check(s).count(n -> n > 0);
      }
    });
    Statistics.label("finer").coverage(c -> {
      c.check(true, false).count(n -> n > 0);
      c.check(false, true).count(n -> n > 0);
      c.check(false, false).count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void namedAreasAreMadeOfSomething(@ForAll NamedArea area) {
    assertThat(area.touchedPrefectures()).isNotEmpty();
    assertThat(area.getName()).isNotBlank().doesNotContain("<");
    for (Municipality m : area.getMunicipalities()) {
      assertThat(m.getCode().isPrefecture()).isFalse();
    }
  }

  @Property(tries = 500)
  void organizationNamesDoNotStartWithALegalForm(@ForAll Organization org) {
    String name = org.getName();
    assertThat(name).isNotBlank().doesNotContain("<", ">");
    for (LegalForm form : LegalForm.values()) {
      assertThat(name).doesNotStartWith(form.getJapaneseName());
      for (String s : form.getShortForms()) {
        assertThat(name).doesNotStartWith(s);
      }
    }
    if (org.getNpoCertification().isPresent()) {
      assertThat(org.getLegalForm()).isEqualTo(LegalForm.SPECIFIED_NONPROFIT_CORPORATION);
    }
    org.getCorporateNumber().ifPresent(n -> assertThat(CorporateNumber.isValid(n.toString())).isTrue());
  }

  @Property(tries = 300)
  void consortiaHaveTheirRepresentativeAmongTheirMembers(@ForAll Consortium c) {
    assertThat(c.getMembers()).contains(c.getRepresentative());
    assertThat(c.getMembers()).extracting(Organization::getName).doesNotHaveDuplicates();
    if (c.getMembers().size() == 1) {
      assertThat(c.hasUnnamedMembers()).isTrue();
    }
    assertThat(c.recipient()).isSameAs(c.getRepresentative());
  }

  @Property(tries = 300)
  void projectsAreRealistic(@ForAll Project p) {
    String title = p.getTitle();
    assertThat(title.codePointCount(0, title.length())).isBetween(1, Rule.LONG_TITLE_LENGTH);
    assertThat(title).doesNotContain("。", "<");
    String summary = p.getSummary();
    assertThat(summary).endsWith("。").doesNotContain("<");
    assertThat(summary.split("。", -1).length - 1).isBetween(1, 3);
    assertThat(summary.strip()).isNotEqualTo(title.strip());
    assertThat(p.getActivities()).isNotEmpty().extracting(SupportActivity::getKind).doesNotHaveDuplicates();
    assertThat(p.getTargetGroups()).isNotEmpty().doesNotHaveDuplicates();
    if (p.getStartDate().isPresent() && p.getEndDate().isPresent()) {
      assertThat(p.getEndDate().get()).isAfterOrEqualTo(p.getStartDate().get());
      assertThat(FiscalYear.from(p.getStartDate().get())).isEqualTo(FiscalYear.from(p.getEndDate().get()));
    }
    p.getAwardedAmount().ifPresent(a -> assertThat(a.getAmount()).isBetween(100_000L, 100_000_000L));
    p.getEligibleCost().ifPresent(c -> assertThat(p.getAwardedAmount()).isPresent());
    assertThat(p.getServiceArea().goesBeyondOnePrefecture()).isTrue();
  }

  @Property(tries = 200)
  void fiscalYearsActsAndPlansAreTheRealOnes(@ForAll FiscalYear fy, @ForAll Law law, @ForAll PolicyPlan plan) {
    assertThat(fy.getStartYear()).isBetween(2019, 2030);
    assertThat(law.getTitle()).isEqualTo("孤独・孤立対策推進法");
    law.getNumber().ifPresent(n -> assertThat(n).isEqualTo("令和5年法律第45号"));
    assertThat(plan.getDecidedBy()).isEqualTo("孤独・孤立対策推進本部");
    assertThat(plan.getDecisionDate()).isIn(GrantArbitraries.PLAN_DECISIONS);
  }

  @Property(tries = 200)
  void programsHaveDistinctOrganisationsAcrossAllGrants(@ForAll io.github.tsunagari.program.GrantProgram program) {
    List<String> names = new ArrayList<>();
    Set<CorporateNumber> numbers = new HashSet<>();
    program.getGrants().forEach(g -> {
      List<Organization> orgs = g.getGrantee() instanceof Consortium ? ((Consortium) g.getGrantee()).getMembers()
          : g.getGrantee() instanceof Organization ? List.of((Organization) g.getGrantee()) : List.of();
      for (Organization o : orgs) {
        names.add(o.getName());
        o.getCorporateNumber().ifPresent(n -> assertThat(numbers.add(n)).isTrue());
      }
    });
    assertThat(names).doesNotHaveDuplicates();
  }

  @Property(tries = 200)
  void someGranteesAreLocalGovernmentsOfTheRegistry(@ForAll io.github.tsunagari.program.GrantProgram program) {
    for (io.github.tsunagari.program.Grant g : program.getGrants()) {
      if (g.getGrantee() instanceof io.github.tsunagari.organization.LocalGovernmentGrantee) {
        io.github.tsunagari.organization.LocalGovernmentGrantee lg =
            (io.github.tsunagari.organization.LocalGovernmentGrantee) g.getGrantee();
        assertThat(lg.getLocalGovernment()).isPresent();
        lg.getCorporateNumber().ifPresent(n -> assertThat(lg.getDerivedCorporateNumber()).contains(n));
        Statistics.label("grantee").collect("local government");
      } else {
        Statistics.label("grantee").collect("organisation or consortium");
      }
    }
    Statistics.label("grantee").coverage(c -> c.check("local government").count(n -> n > 0));
  }
}
