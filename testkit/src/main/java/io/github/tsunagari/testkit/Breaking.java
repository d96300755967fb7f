package io.github.tsunagari.testkit;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.internal.LegalFormNames;
import io.github.tsunagari.internal.form.Edit;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Property;
import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Applicant;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.region.LocalGovernment;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid programs changed in one place so that exactly one rule fires. Each variant names the rule's trigger in
 * {@code ProgramRules}/{@code CrossGrantRules} of the core module and what keeps every other rule quiet.
 */
final class Breaking {
  private Breaking() {}

  static Arbitrary<GrantProgram> programsBreaking(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    if (!rule.getCategory().isValidation()) {
      throw new IllegalArgumentException("rule " + rule.getId() + " is found by readers of serialized documents or"
          + " by exporters to other systems; no program object breaks it. Breakable rules: "
          + GrantArbitraries.breakableRules());
    }
    switch (rule) {
      case FIELD_CONSTRAINT:
        return fieldConstraint();
      case SINGLE_PREFECTURE_AREA:
        // A single-prefecture area (with finer areas inside it, if any): nothing outside, nothing listed twice.
        return onProject(1, (p, fy) -> Areas.singlePrefectureAreas().map(a -> b(p).serviceArea(a).build()));
      case UNRESOLVED_AREA:
        // Text alone: not within one prefecture (it touches none), so only the unresolved rule speaks.
        return onProject(1, (p, fy) -> Areas.unresolvedAreas().map(a -> b(p).serviceArea(a).build()));
      case DUPLICATE_POSITION:
        return onTwoGrants((program, i, j) -> Arbitraries.just(replaceGrant(program, j,
            Grant.builder().from(program.getGrants().get(j)).position(program.getGrants().get(i).getPosition())
                .build())));
      case DUPLICATE_ORGANIZATION:
        return duplicateOrganization();
      case REPRESENTATIVE_NOT_MEMBER:
        return representativeNotMember();
      case SINGLE_MEMBER_CONSORTIUM:
        // The representative alone, no unnamed members: a consortium of one (and the representative is a member).
        return onGrant(1, (program, i) -> {
          Grant g = program.getGrants().get(i);
          Organization rep = recipient(g);
          Optional<String> name = g.getGrantee() instanceof Consortium
              ? ((Consortium) g.getGrantee()).getName() : Optional.empty();
          Consortium single = Consortium.builder().name(name).representative(rep).addMember(rep)
              .unnamedMembers(false).build();
          return Arbitraries.just(replaceGrant(program, i, Grant.builder().from(g).grantee(single).build()));
        });
      case GRANTEE_COUNT_MISMATCH:
        return GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS).flatMap(program -> {
          int n = program.getGrants().size();
          Arbitrary<Integer> stated = n == 0 ? Arbitraries.integers().between(1, 9)
              : Arbitraries.oneOf(Arbitraries.integers().between(n + 1, n + 3),
                  Arbitraries.integers().between(Math.max(0, n - 3), n - 1));
          return stated.map(s -> GrantProgram.builder().from(program).statedGranteeCount(s).build());
        });
      case REGION_OUTSIDE_AREA:
        // Two or three listed prefectures (so not one prefecture), a finer area in another one.
        return onProject(1, (p, fy) -> Areas.areasWithRegionOutside().map(a -> b(p).serviceArea(a).build()));
      case DUPLICATE_PREFECTURE:
        // One of two or three different prefectures written twice: still beyond one prefecture.
        return onProject(1, (p, fy) -> Areas.areasWithDuplicatePrefecture().map(a -> b(p).serviceArea(a).build()));
      case DATE_OUTSIDE_FISCAL_YEAR:
        return dateOutsideFiscalYear();
      case END_BEFORE_START:
        // Both days inside the fiscal year, the end at least one day before the start.
        return onProject(1, (p, fy) -> {
          long days = fy.getEndDate().toEpochDay() - fy.getStartDate().toEpochDay();
          return Arbitraries.longs().between(0, days - 1).flatMap(end -> Arbitraries.longs().between(end + 1, days)
              .map(start -> b(p).startDate(fy.getStartDate().plusDays(start))
                  .endDate(fy.getStartDate().plusDays(end)).build()));
        });
      case PLAN_AFTER_FISCAL_YEAR:
        return GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS).flatMap(program -> daysAfter(program)
            .map(d -> GrantProgram.builder().from(program).policyPlan(GrantArbitraries.plan(d)).build()));
      case LAW_AFTER_FISCAL_YEAR:
        // The Act in force only after the fiscal year ends; its promulgation, if given, before that.
        return GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS).flatMap(program -> Combinators.combine(
                daysAfter(program), Arbitraries.integers().between(30, 400).optional(0.5))
            .as((effective, before) -> GrantProgram.builder().from(program).legalBasis(Law.builder()
                .title(Pools.ACT_TITLE)
                .effectiveDate(effective)
                .promulgationDate(before.map(effective::minusDays))
                .build()).build()));
      case MARKUP_IN_TEXT:
        return markup();
      case CONTROL_CHARACTER_IN_TEXT:
        // A control character such as NUL or ESC inside any text value; tab and line breaks are allowed text.
        return inAnyText(Arbitraries.of('\u0000', '\u0007', '\u001B', '\u007F').flatMap(c ->
            Arbitraries.integers().between(0, 1000).map(at -> (UnaryOperator<String>) text -> {
              int i = Math.min(at, text.length());
              return text.substring(0, i) + c + text.substring(i);
            })));
      case UNPAIRED_SURROGATE_IN_TEXT:
        // Half a character at either end of any text value: a high surrogate with nothing after it, or a low one
        // with nothing before it.
        return inAnyText(Arbitraries.<UnaryOperator<String>>of(t -> t + "\uD800", t -> "\uDFFF" + t,
            t -> t + "\uDBFF"));
      case AREA_TEXT_DISAGREES:
        // The area text names one more prefecture than the area lists; the regions themselves are unchanged.
        return onProject(1, (p, fy) -> {
          ServiceArea area = p.getServiceArea();
          List<Prefecture> others = new ArrayList<>(List.of(Prefecture.values()));
          others.removeAll(area.getPrefectures());
          return Arbitraries.of(others).map(other -> b(p).serviceArea(ServiceArea.builder().from(area)
              .text(area.getText() + " " + other.getJapaneseName()).build()).build());
        });
      case LEGAL_FORM_IN_NAME:
        return legalFormInName();
      case LONG_TITLE:
        // 101 to about 150 characters, no 。, so it is neither too long for the field nor equal to the summary.
        return onProject(1, (p, fy) -> Arbitraries.of(Pools.THEMES).list().ofMinSize(1).ofMaxSize(4)
            .map(themes -> {
              StringBuilder title = new StringBuilder();
              for (int k = 0; title.codePointCount(0, title.length()) <= Rule.LONG_TITLE_LENGTH; k++) {
                title.append(k == 0 ? "" : "及び").append(themes.get(k % themes.size()))
                    .append(Pools.TITLE_ENDINGS.get(k % Pools.TITLE_ENDINGS.size()));
              }
              return b(p).title(title.toString()).build();
            }));
      case TITLE_EQUALS_SUMMARY:
        // The summary is the title, or the title with a trailing space (the rule compares stripped text).
        return onProject(1, (p, fy) -> Arbitraries.of("", " ", "\u3000")
            .map(space -> b(p).summary(p.getTitle() + space).build()));
      case NO_ACTIVITY:
        return onProject(1, (p, fy) -> Arbitraries.just(b(p).activities(List.of()).build()));
      case NO_TARGET_GROUP:
        return onProject(1, (p, fy) -> Arbitraries.just(b(p).targetGroups(List.of()).build()));
      case ZERO_AMOUNT:
        // Zero yen, and nothing passed on (which zero yen could not pay for).
        return onProject(1, (p, fy) -> Arbitraries.just(b(p).awardedAmount(Yen.ZERO).regrants(List.of()).build()));
      case OVER_CEILING:
        // One menu with a ceiling above every other grant's amount and no rate; one grant's amount just over it.
        return onMenu((program, i, menu) -> Arbitraries.longs().between(1, 10_000_000L).map(over -> {
          Yen ceiling = Yen.parse("1億円");
          GrantProgram p = withMenu(program, Menu.builder().from(menu).ceiling(ceiling).rate(Optional.empty()).build());
          return withProject(p, i, b -> b.awardedAmount(ceiling.plus(Yen.of(over))));
        }));
      case OVER_RATE:
        // One menu with a rate and no ceiling; one grant's amount a little over that rate of its eligible cost.
        return onMenu((program, i, menu) -> Combinators.combine(Arbitraries.of(Pools.RATES),
                Arbitraries.longs().between(100, 100_000).map(k -> Yen.of(k * 1_000)),
                Arbitraries.longs().between(1, 100_000L))
            .as((rate, cost, over) -> {
              SubsidyRate r = SubsidyRate.parse(rate);
              GrantProgram p = withMenu(program, Menu.builder().from(menu).ceiling(Optional.empty()).rate(r).build());
              // Nothing passed on: the new amount may be smaller than what the project passed on before.
              return withProject(p, i, b -> b.eligibleCost(cost).awardedAmount(r.applyTo(cost).plus(Yen.of(over)))
                  .regrants(List.of()));
            }));
      case OVER_BUDGET:
        // A budget short of the grants' sum by 1 yen or more; a grant without an amount is given one first.
        return onGrant(1, (program, i) -> Arbitraries.longs().between(1, 100_000L).map(short_ -> {
          GrantProgram p = program.getGrants().get(i).getProject().getAwardedAmount().isPresent() ? program
              : withProject(program, i, b -> b.awardedAmount(Yen.parse("100万円")));
          long sum = 0;
          for (Grant g : p.getGrants()) {
            sum += g.getProject().getAwardedAmount().map(Yen::getAmount).orElse(0L);
          }
          return GrantProgram.builder().from(p).budget(Yen.of(Math.max(0, sum - short_))).build();
        }));
      case UNKNOWN_MENU:
        // The program lists a menu; one grant names another.
        return onMenu((program, i, menu) -> Arbitraries.of("孤独・孤立対策推進事業", "担い手育成支援事業(地方公共団体)",
                menu.getName() + " ")
            .map(other -> replaceGrant(program, i, Grant.builder().from(program.getGrants().get(i)).menu(other)
                .build())));
      case DUPLICATE_GRANT_ID:
        // Two grants given the same identifier.
        return onTwoGrants((program, i, j) -> Arbitraries.of("G-1", "kodoku-FY2024-7", "360G-example-1").map(id -> {
          GrantProgram p = replaceGrant(program, i, Grant.builder().from(program.getGrants().get(i))
              .id(Identifier.of(id)).build());
          return replaceGrant(p, j, Grant.builder().from(p.getGrants().get(j)).id(Identifier.of(id)).build());
        }));
      case REGRANTS_OVER_GRANT:
        // Regrants passing on more than the awarded amount (given one of 100万円 where the project has none).
        return onProject(1, (p, fy) -> Arbitraries.longs().between(1, 1_000_000L).map(over -> {
          Yen awarded = p.getAwardedAmount().orElse(Yen.parse("100万円"));
          Project.Builder b = b(p).awardedAmount(awarded).regrants(List.of());
          return b.addRegrant(Regrant.builder().count(2).amount(awarded.plus(Yen.of(over))).build()).build();
        }));
      case APPLICANT_NOT_IN_MENU:
        // A local government under a menu for private groups, or an organisation under one for local governments
        // (every other grantee made a local government).
        return onMenu((program, i, menu) -> Arbitraries.integers().between(0, 1_000_000).flatMap(choice -> {
          GrantProgram forGroups = withMenu(program, Menu.builder().from(menu)
              .applicants(List.of(Applicant.PRIVATE_GROUP)).build());
          GrantProgram governmentInGroups = replaceGrant(forGroups, i, Grant.builder()
              .from(forGroups.getGrants().get(i)).grantee(GrantArbitraries.localGovernment(choice)).build());
          GrantProgram forGovernments = withMenu(program, Menu.builder().from(menu)
              .applicants(List.of(Applicant.LOCAL_GOVERNMENT)).build());
          for (int k = 0; k < forGovernments.getGrants().size(); k++) {
            if (k != i) {
              forGovernments = replaceGrant(forGovernments, k, Grant.builder().from(forGovernments.getGrants().get(k))
                  .grantee(GrantArbitraries.localGovernment(choice + 1 + k)).build());
            }
          }
          return Arbitraries.of(governmentInGroups, forGovernments);
        }));
      case LOCAL_GOVERNMENT_CORPORATE_NUMBER:
        // A local government grantee with a corporate number other than the one its code gives.
        return onMenu((program, i, menu) -> Combinators.combine(Arbitraries.integers().between(0, 1_000_000),
                GrantArbitraries.corporateNumbers())
            .as((choice, number) -> {
              GrantProgram p = withMenu(program, Menu.builder().from(menu).applicants(List.of()).build());
              LocalGovernmentGrantee g = GrantArbitraries.localGovernment(choice);
              return replaceGrant(p, i, Grant.builder().from(p.getGrants().get(i)).grantee(
                  LocalGovernmentGrantee.builder().from(g).corporateNumber(number).build()).build());
            }));
      case DUPLICATE_MENU:
        // The program's menu listed again under the same name, with other terms (no ceiling, no rate).
        return onMenu((program, i, menu) -> Arbitraries.just(GrantProgram.builder().from(program)
            .addMenu(Menu.builder().name(menu.getName()).build()).build()));
      case LOCAL_GOVERNMENT_NAME_MISMATCH:
        // A municipality of the area's first prefecture, with the name of another municipality of it.
        return onProject(1, (p, fy) -> {
          ServiceArea area = p.getServiceArea();
          Prefecture in = area.getPrefectures().isEmpty() ? area.touchedPrefectures().stream().findFirst()
              .orElse(Prefecture.TOKYO) : area.getPrefectures().get(0);
          List<LocalGovernment> municipalities = LocalGovernment.all().stream().filter(g -> g.getPrefecture() == in
              && g.getKind() != LocalGovernment.Kind.PREFECTURE && g.getKind() != LocalGovernment.Kind.WARD).toList();
          return Combinators.combine(Arbitraries.of(municipalities), Arbitraries.of(municipalities))
              .filter((code, name) -> !LocalGovernment.isNameOf(name.getName(), code.getCode()))
              .as((code, name) -> b(p).serviceArea(ServiceArea.builder().from(area)
                  .addMunicipality(Municipality.of(code.getCode(), name.getName())).build()).build());
        });
      case WARD_GRANTEE:
        // A ward of a designated city as the grantee, under a menu open to local governments.
        return onMenu((program, i, menu) -> Arbitraries.of(Wards.ALL).map(ward -> {
          GrantProgram p = withMenu(program, Menu.builder().from(menu).applicants(List.of()).build());
          return replaceGrant(p, i, Grant.builder().from(p.getGrants().get(i))
              .grantee(LocalGovernmentGrantee.of(ward)).build());
        }));
      case UNKNOWN_LOCAL_GOVERNMENT:
        return onProject(1, (p, fy) -> unusedCode(p.getServiceArea()).map(m -> b(p).serviceArea(
            ServiceArea.builder().from(p.getServiceArea()).addMunicipality(m).build()).build()));
      case AWARD_DATE_IN_FUTURE:
        // A program of a fiscal year to come (FY2100 on): award dates in it, and no project dates, which would be far
        // in the future as well.
        return inFiscalYears(FUTURE_YEARS, false, true, Breaking::awardedInYear);
      case FAR_FUTURE_DATE:
        // A program of a fiscal year to come, more than 12 years away: project dates in it, and no award dates, which
        // would be in the future as well.
        return inFiscalYears(FUTURE_YEARS, true, false, (program, i) -> Combinators.combine(DAY_IN_YEAR, DAY_IN_YEAR)
            .as((a, b) -> withProject(program, i, p -> p.startDate(day(program, Math.min(a, b)))
                .endDate(day(program, Math.max(a, b))))));
      case FAR_PAST_DATE:
        // A program of a fiscal year more than 25 years ago (FY1950 to FY1999, before the Act and the plan): one
        // grant's award date in it, besides the dates the grants have.
        return inFiscalYears(PAST_YEARS, true, true, Breaking::awardedInYear);
      default:
        throw new IllegalArgumentException("no variant breaks rule " + rule.getId() + " yet");
    }
  }

  // ---- the variants that need more than a line

  /** Fiscal years to come, whatever the day the tests run on (until 2100). */
  private static final Arbitrary<FiscalYear> FUTURE_YEARS = Arbitraries.integers().between(2100, 2200)
      .map(FiscalYear::of);
  /** Fiscal years more than 25 years before any day the tests run on. */
  private static final Arbitrary<FiscalYear> PAST_YEARS = Arbitraries.integers().between(1950, 1999)
      .map(FiscalYear::of);
  /** A day of a fiscal year, as an offset from its first day. */
  private static final Arbitrary<Integer> DAY_IN_YEAR = Arbitraries.integers().between(0, 365);

  private static LocalDate day(GrantProgram program, int offset) {
    return GrantArbitraries.day(program.getFiscalYear(), offset);
  }

  /** The program with its grant {@code i} awarded on a day of the program's fiscal year. */
  private static Arbitrary<GrantProgram> awardedInYear(GrantProgram program, int i) {
    return DAY_IN_YEAR.map(day -> replaceGrant(program, i,
        Grant.builder().from(program.getGrants().get(i)).awardDate(day(program, day)).build()));
  }

  /**
   * Programs of at least one grant in one of the given fiscal years, with the grants' project dates and award dates
   * kept or removed, one grant changed by the function.
   */
  private static Arbitrary<GrantProgram> inFiscalYears(Arbitrary<FiscalYear> years, boolean projectDates,
      boolean awardDates, BiFunction<GrantProgram, Integer, Arbitrary<GrantProgram>> change) {
    return GrantArbitraries.programs(years, 1, GrantArbitraries.MAX_GRANTS, true).map(program -> {
      List<Grant> grants = new ArrayList<>();
      for (Grant g : program.getGrants()) {
        Grant.Builder b = Grant.builder().from(g);
        if (!awardDates) {
          b.awardDate(Optional.empty());
        }
        if (!projectDates) {
          b.project(b(g.getProject()).startDate(Optional.empty()).endDate(Optional.empty()).build());
        }
        grants.add(b.build());
      }
      return GrantProgram.builder().from(program).grants(grants).build();
    }).flatMap(program -> Arbitraries.integers().between(0, program.getGrants().size() - 1)
        .flatMap(i -> change.apply(program, i)));
  }

  private static Arbitrary<GrantProgram> fieldConstraint() {
    Arbitrary<String> blanks = Arbitraries.of("", " ", "  ");
    Arbitrary<GrantProgram> blankTitle = onProject(1, (p, fy) -> blanks.map(s -> b(p).title(s).build()));
    Arbitrary<GrantProgram> blankSummary = onProject(1, (p, fy) -> blanks.map(s -> b(p).summary(s).build()));
    // A second menu with a blank name, beside the one the grants may name (the generator's, where it lists none).
    Arbitrary<GrantProgram> blankMenuName = GrantArbitraries.programs().flatMap(program -> blanks.map(s -> {
      GrantProgram.Builder b = GrantProgram.builder().from(program);
      if (program.getMenus().isEmpty()) {
        b.addMenu(Menu.builder().name(Pools.MENU).build());
      }
      return b.addMenu(Menu.builder().name(s).build()).build();
    }));
    Arbitrary<GrantProgram> blankDescription = onProject(1, (p, fy) -> Combinators.combine(
            Arbitraries.integers().between(0, p.getActivities().size() - 1), blanks)
        .as((k, s) -> {
          List<SupportActivity> activities = new ArrayList<>(p.getActivities());
          activities.set(k, SupportActivity.builder().from(activities.get(k)).description(s).build());
          return b(p).activities(activities).build();
        }));
    Arbitrary<GrantProgram> blankOrganizationName = onGrant(1, (program, i) -> blanks.map(s ->
        replaceGrant(program, i, withRecipient(program.getGrants().get(i),
            o -> Organization.builder().from(o).name(s).build()))));
    Arbitrary<GrantProgram> blankName = GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS)
        .flatMap(program -> blanks.map(s -> GrantProgram.builder().from(program).name(s).build()));
    Arbitrary<GrantProgram> blankStrand = GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS)
        .flatMap(program -> blanks.map(s -> GrantProgram.builder().from(program).strand(s).build()));
    Arbitrary<GrantProgram> longAim = GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS)
        .flatMap(program -> Arbitraries.of(Pools.AIMS).map(aim -> {
          StringBuilder text = new StringBuilder();
          while (text.length() <= 2000) {
            text.append(aim);
          }
          return GrantProgram.builder().from(program).addAim(text.toString()).build();
        }));
    return Arbitraries.oneOf(blankTitle, blankSummary, blankMenuName, blankDescription, blankOrganizationName,
        blankName, blankStrand, longAim);
  }

  private static Arbitrary<GrantProgram> duplicateOrganization() {
    // The same organisation again (its own position kept), or another one with the same corporate number.
    return onTwoGrants((program, i, j) -> {
      Organization first = recipient(program.getGrants().get(i));
      Grant second = program.getGrants().get(j);
      Arbitrary<GrantProgram> same = Arbitraries.just(replaceGrant(program, j,
          Grant.builder().from(second).grantee(first).build()));
      if (first.getCorporateNumber().isEmpty() || !recipient(second).getLegalForm().isIncorporated()) {
        return same; // a group without legal personality (任意団体) cannot be given a corporate number
      }
      Arbitrary<GrantProgram> sameNumber = Arbitraries.just(replaceGrant(program, j, withRecipient(second,
          o -> Organization.builder().from(o).corporateNumber(first.getCorporateNumber()).build())));
      return Arbitraries.oneOf(same, sameNumber);
    });
  }

  private static Arbitrary<GrantProgram> representativeNotMember() {
    // The members lack the representative: none but unnamed ones, the others alone, or a copy of the representative
    // that differs in one detail (a copy error). Unnamed members stay, so it is not a single-member consortium either.
    return onGrant(1, (program, i) -> {
      Grant g = program.getGrants().get(i);
      Organization rep = recipient(g);
      List<Organization> others = new ArrayList<>();
      Optional<String> name = Optional.empty();
      if (g.getGrantee() instanceof Consortium) {
        Consortium c = (Consortium) g.getGrantee();
        name = c.getName();
        for (Organization m : c.getMembers()) {
          if (!m.equals(rep)) {
            others.add(m);
          }
        }
      }
      Organization.Builder copy = Organization.builder().from(rep);
      if (rep.getCorporateNumber().isPresent()) {
        copy.corporateNumber(Optional.empty());
      } else if (rep.getHeadOffice().isPresent()) {
        copy.headOffice(Optional.empty());
      } else {
        copy.headOffice(Prefecture.TOKYO);
      }
      List<Organization> withCopy = new ArrayList<>(others);
      withCopy.add(0, copy.build());
      Optional<String> consortiumName = name;
      return Arbitraries.of(others, withCopy).map(members -> replaceGrant(program, i, Grant.builder().from(g)
          .grantee(Consortium.builder()
              .name(consortiumName)
              .representative(rep)
              .members(members)
              .unnamedMembers(true)
              .build())
          .build()));
    });
  }

  private static Arbitrary<GrantProgram> dateOutsideFiscalYear() {
    // One day outside the year: the award date, or the project's end after it (a start stays before the end), or its
    // start before it (an end stays after the start). An award date after the last year generated (FY2025) could be
    // after today (dates.award-in-future): there it is before the year.
    Arbitrary<GrantProgram> award = onGrant(1, (program, i) -> Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.integers().between(1, 400))
        .as((before, days) -> {
          FiscalYear fy = program.getFiscalYear();
          LocalDate d = before || fy.getStartYear() >= GrantArbitraries.LAST_FISCAL_YEAR
              ? fy.getStartDate().minusDays(days) : fy.getEndDate().plusDays(days);
          return replaceGrant(program, i, Grant.builder().from(program.getGrants().get(i)).awardDate(d).build());
        }));
    Arbitrary<GrantProgram> end = onProject(1, (p, fy) -> Arbitraries.integers().between(1, 400)
        .map(days -> b(p).endDate(fy.getEndDate().plusDays(days)).build()));
    Arbitrary<GrantProgram> start = onProject(1, (p, fy) -> Arbitraries.integers().between(1, 400)
        .map(days -> b(p).startDate(fy.getStartDate().minusDays(days)).build()));
    return Arbitraries.oneOf(award, end, start);
  }

  private static Arbitrary<GrantProgram> markup() {
    // Tags around or after any text value: seven characters more keep every text within its length.
    return inAnyText(Arbitraries.<UnaryOperator<String>>of(t -> "<p>" + t + "</p>", t -> t + "<br>",
        t -> "<p>" + t));
  }

  /**
   * A program with one text value changed, any text property of the description (each as likely as another), at any
   * place it has in the program. A consortium's representative and the member that is the representative are left
   * alone: changing one of the two would make them differ.
   */
  private static Arbitrary<GrantProgram> inAnyText(Arbitrary<UnaryOperator<String>> changes) {
    return GrantArbitraries.programs(0, GrantArbitraries.MAX_GRANTS, true).flatMap(program -> {
      Map<Property<?, ?>, List<String>> places = textPlaces(program);
      return Arbitraries.of(List.copyOf(places.keySet()))
          .flatMap(property -> Arbitraries.of(places.get(property)))
          .flatMap(pointer -> changes.map(change -> Edit.replaceText(Forms.PROGRAM, program, pointer, change)));
    });
  }

  /** The places of text values in a program that a variant may change, by property. */
  static Map<Property<?, ?>, List<String>> textPlaces(GrantProgram program) {
    List<String> leftAlone = new ArrayList<>();
    for (int i = 0; i < program.getGrants().size(); i++) {
      Grantee grantee = program.getGrants().get(i).getGrantee();
      if (grantee instanceof Consortium) {
        Consortium c = (Consortium) grantee;
        leftAlone.add("/grants/" + i + "/grantee/representative/");
        int member = c.getMembers().indexOf(c.getRepresentative());
        if (member >= 0) {
          leftAlone.add("/grants/" + i + "/grantee/members/" + member + "/");
        }
      }
    }
    // A menu's name is what grants refer to it by: a change of either side would break the reference as well.
    if (!program.getMenus().isEmpty()) {
      for (int i = 0; i < program.getGrants().size(); i++) {
        leftAlone.add("/grants/" + i + "/menu");
      }
      for (int m = 0; m < program.getMenus().size(); m++) {
        String name = program.getMenus().get(m).getName();
        if (program.getGrants().stream().anyMatch(g -> g.getMenu().filter(name::equals).isPresent())) {
          leftAlone.add("/menus/" + m + "/name");
        }
      }
    }
    Map<Property<?, ?>, List<String>> places = new LinkedHashMap<>();
    Edit.texts(Forms.PROGRAM, program).forEach((pointer, property) -> {
      if (leftAlone.stream().noneMatch(pointer::startsWith)) {
        places.computeIfAbsent(property, p -> new ArrayList<>()).add(pointer);
      }
    });
    return places;
  }

  private static Arbitrary<GrantProgram> legalFormInName() {
    // The recipient's own legal form, in full or a short form the rule knows, written before its name as in the
    // source table (特定非営利活動法人 イシュープラスデザイン).
    return onGrant(1, (program, i) -> {
      Grant g = program.getGrants().get(i);
      Organization rep = recipient(g);
      return Combinators.combine(Arbitraries.of(LegalFormNames.marks(rep.getLegalForm())), Arbitraries.of("", " ", "\u3000"))
          .as((prefix, space) -> replaceGrant(program, i, withRecipient(g,
              o -> Organization.builder().from(o).name(prefix + space + o.getName()).build())));
    });
  }

  // ---- helpers

  /** The wards of the designated cities in the registry. */
  private static final class Wards {
    static final List<LocalGovernment> ALL = LocalGovernment.all().stream()
        .filter(g -> g.getKind() == LocalGovernment.Kind.WARD).toList();
  }

  /** The organisation that receives a grant of a program of organisations and consortia only. */
  private static Organization recipient(Grant grant) {
    Grantee g = grant.getGrantee();
    return g instanceof Consortium ? ((Consortium) g).recipient() : (Organization) g;
  }

  /** Changes of one grant of a program whose grants all name one menu of it (added where the program has none). */
  private interface OneMenu {
    Arbitrary<GrantProgram> apply(GrantProgram program, int i, Menu menu);
  }

  private static Arbitrary<GrantProgram> onMenu(OneMenu change) {
    return onGrant(1, (program, i) -> {
      Menu menu = program.getMenus().isEmpty() ? Menu.builder().name(Pools.MENU).build() : program.getMenus().get(0);
      return change.apply(withMenu(program, menu), i, menu);
    });
  }

  /** The program with only this menu, every grant naming it, and no budget. */
  private static GrantProgram withMenu(GrantProgram program, Menu menu) {
    List<Grant> grants = new ArrayList<>();
    for (Grant g : program.getGrants()) {
      grants.add(Grant.builder().from(g).menu(menu.getName()).build());
    }
    // No budget: an amount changed for another rule must not break it as well.
    return GrantProgram.builder().from(program).menus(List.of(menu)).grants(grants).budget(Optional.empty()).build();
  }

  private static GrantProgram withProject(GrantProgram program, int i, UnaryOperator<Project.Builder> change) {
    Grant g = program.getGrants().get(i);
    return replaceGrant(program, i, Grant.builder().from(g).project(change.apply(b(g.getProject())).build()).build());
  }

  /**
   * A municipality whose code passes its check digit but names no local government: in the first prefecture the
   * area lists (東京都 where it lists none), the first code from 201 up that the registry does not know.
   */
  private static Arbitrary<Municipality> unusedCode(ServiceArea area) {
    Prefecture p = area.getPrefectures().isEmpty() ? area.touchedPrefectures().stream().findFirst()
        .orElse(Prefecture.TOKYO) : area.getPrefectures().get(0);
    List<LocalGovernmentCode> unused = new ArrayList<>();
    for (int n = 201; n <= 999 && unused.size() < 20; n++) {
      LocalGovernmentCode code = LocalGovernmentCode.fromJisCode(p.getCode() + n);
      if (LocalGovernment.find(code).isEmpty()) {
        unused.add(code);
      }
    }
    return Arbitraries.of(unused).map(code -> Municipality.of(code, "みどり市"));
  }

  /** A program of at least {@code minGrants} grants, one of them changed by the function. */
  private static Arbitrary<GrantProgram> onGrant(int minGrants,
      BiFunction<GrantProgram, Integer, Arbitrary<GrantProgram>> change) {
    return GrantArbitraries.programs(minGrants, GrantArbitraries.MAX_GRANTS).flatMap(program -> Arbitraries.integers()
        .between(0, program.getGrants().size() - 1).flatMap(i -> change.apply(program, i)));
  }

  /** A program with one grant's project changed; the function gets the project and the program's fiscal year. */
  private static Arbitrary<GrantProgram> onProject(int minGrants,
      BiFunction<Project, FiscalYear, Arbitrary<Project>> change) {
    return onGrant(minGrants, (program, i) -> {
      Grant g = program.getGrants().get(i);
      return change.apply(g.getProject(), program.getFiscalYear())
          .map(p -> replaceGrant(program, i, Grant.builder().from(g).project(p).build()));
    });
  }

  /** Changes of two different grants, {@code i} and {@code j}. */
  private interface TwoGrants {
    Arbitrary<GrantProgram> apply(GrantProgram program, int i, int j);
  }

  private static Arbitrary<GrantProgram> onTwoGrants(TwoGrants change) {
    return GrantArbitraries.programs(2, GrantArbitraries.MAX_GRANTS).flatMap(program -> {
      int n = program.getGrants().size();
      return Combinators.combine(Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(1, n - 1))
          .flatAs((i, step) -> change.apply(program, i, (i + step) % n));
    });
  }

  private static Project.Builder b(Project p) {
    return Project.builder().from(p);
  }

  private static GrantProgram replaceGrant(GrantProgram program, int index, Grant grant) {
    List<Grant> grants = new ArrayList<>(program.getGrants());
    grants.set(index, grant);
    return GrantProgram.builder().from(program).grants(grants).build();
  }

  /** The grant with its recipient changed; in a consortium the representative changes in the member list too. */
  private static Grant withRecipient(Grant grant, UnaryOperator<Organization> change) {
    Grantee grantee = grant.getGrantee();
    Grantee changed;
    if (grantee instanceof Consortium) {
      Consortium c = (Consortium) grantee;
      Organization rep = change.apply(c.getRepresentative());
      List<Organization> members = new ArrayList<>();
      for (Organization m : c.getMembers()) {
        members.add(m.equals(c.getRepresentative()) ? rep : m);
      }
      changed = Consortium.builder().from(c).representative(rep).members(members).build();
    } else {
      changed = change.apply((Organization) grantee);
    }
    return Grant.builder().from(grant).grantee(changed).build();
  }

  /** One day to two years after the program's fiscal year ends. */
  private static Arbitrary<LocalDate> daysAfter(GrantProgram program) {
    LocalDate end = program.getFiscalYear().getEndDate();
    return Arbitraries.integers().between(1, 730).map(end::plusDays);
  }
}
