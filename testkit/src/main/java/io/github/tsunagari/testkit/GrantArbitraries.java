package io.github.tsunagari.testkit;

import io.github.tsunagari.activity.DeliveryMode;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.NpoCertification;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Applicant;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.region.LocalGovernment;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.RuleCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of Tsunagari grant data, for property tests: every value is valid by construction and looks like
 * the real data — Japanese organisation names such as {@code つながりサポート} or {@code ひまわり会}, project titles such
 * as {@code 地域の居場所づくり担い手育成事業}, summaries of one to three sentences ending in {@code 。}, all 47
 * prefectures, municipalities with valid local government codes, corporate numbers with valid check digits, and service
 * areas of every shape of the FY2024 source.
 *
 * <pre>{@code
 * @Property
 * void everyProgramIsValid(@ForAll("programs") GrantProgram program) {
 *   assertThat(validator.validate(program)).hasNoFindings();
 * }
 *
 * @Provide
 * Arbitrary<GrantProgram> programs() {
 *   return GrantArbitraries.programs();
 * }
 * }</pre>
 *
 * <p>The same generators are registered with jqwik through {@link TsunagariArbitraryProvider}, so
 * {@code @ForAll GrantProgram program} works without a {@code @Provide} method.
 *
 * <p>"Valid" means more than "passes the field constraints": a generated {@link GrantProgram} gives a validation report
 * without any finding at all — no error, no warning, no info. In particular every generated {@link ServiceArea} goes
 * beyond one prefecture (the program's eligibility principle), finer areas lie inside the prefectures the area lists,
 * no text carries markup or starts with a legal form, titles are at most {@value Rule#LONG_TITLE_LENGTH} characters and
 * differ from their summaries, and every project names at least one support activity and one target group. For data
 * that breaks exactly one rule, see {@link #programsBreaking(Rule)}.
 *
 * <p>Names of organisations, municipalities and areas are made up from small pools of everyday words, apart from the
 * few places the source names (気仙地区 with 大船渡市, 陸前高田市 and 気仙沼市; 北摂エリア; 十勝管内; 吹田市; 帯広市).
 * Corporate numbers and municipality codes have correct check digits but need not exist. The Act and policy plan are
 * the real 孤独・孤立対策推進法 and 重点計画 with their real dates, so they appear only in programs of fiscal years in
 * which they existed (FY2024 on).
 *
 * <p>All methods return new, immutable arbitraries; they may be shared and combined freely.
 */
public final class GrantArbitraries {
  /** The first fiscal year generated: 令和元年度. */
  static final int FIRST_FISCAL_YEAR = 2019;
  /**
   * The last fiscal year generated: one that has ended, so that no generated award date lies after today
   * ({@code dates.award-in-future}) whenever the data is validated.
   */
  static final int LAST_FISCAL_YEAR = 2025;
  /** The most grants a generated program has. */
  static final int MAX_GRANTS = 8;

  /** The day 孤独・孤立対策推進法 was promulgated. */
  static final LocalDate ACT_PROMULGATED = LocalDate.of(2023, 6, 7);
  /** The day it came into force. */
  static final LocalDate ACT_EFFECTIVE = LocalDate.of(2024, 4, 1);
  /** The days the 重点計画 was decided and first revised. */
  static final List<LocalDate> PLAN_DECISIONS = List.of(LocalDate.of(2024, 6, 11), LocalDate.of(2025, 5, 27));

  private GrantArbitraries() {}

  // ---- values

  /**
   * All 47 prefectures.
   *
   * @return an arbitrary of prefectures
   */
  public static Arbitrary<Prefecture> prefectures() {
    return Areas.prefectures();
  }

  /**
   * Municipalities of the bundled registry ({@link io.github.tsunagari.region.LocalGovernment#all()}), with their
   * codes and names; now and then one of the municipalities the source names (大船渡市 {@code 032034}, 陸前高田市,
   * 気仙沼市, 吹田市, 帯広市).
   *
   * @return an arbitrary of municipalities, never a prefecture's own code
   */
  public static Arbitrary<Municipality> municipalities() {
    return Areas.municipalities();
  }

  /**
   * Valid local government codes: mostly municipalities' codes, sometimes a prefecture's own code ({@code PP000} and
   * the check digit, such as {@code 130001} for 東京都).
   *
   * @return an arbitrary of local government codes
   */
  public static Arbitrary<LocalGovernmentCode> localGovernmentCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, municipalities().map(Municipality::getCode)),
        Tuple.of(1, prefectures().map(Prefecture::getLocalGovernmentCode)));
  }

  /**
   * Corporate numbers with a correct check digit ({@link CorporateNumber#checkDigit(String)}) over a twelve-digit base
   * number whose first four digits are 0100…9999, as those of registered corporations are. They need not exist.
   *
   * @return an arbitrary of corporate numbers
   */
  public static Arbitrary<CorporateNumber> corporateNumbers() {
    return Combinators.combine(Arbitraries.integers().between(100, 9999),
            Arbitraries.longs().between(0, 99_999_999L))
        .as((office, serial) -> {
          String base = String.format("%04d%08d", office, serial);
          return CorporateNumber.of(CorporateNumber.checkDigit(base) + base);
        });
  }

  /**
   * Fiscal years from FY2019 (令和元年度) to FY2025: years that have ended, so that no date of a valid program lies
   * in the future.
   *
   * @return an arbitrary of fiscal years
   */
  public static Arbitrary<FiscalYear> fiscalYears() {
    return Arbitraries.integers().between(FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR).map(FiscalYear::of);
  }

  /**
   * All legal forms.
   *
   * @return an arbitrary of legal forms
   */
  public static Arbitrary<LegalForm> legalForms() {
    return Arbitraries.of(LegalForm.class);
  }

  /**
   * All target groups.
   *
   * @return an arbitrary of target groups
   */
  public static Arbitrary<TargetGroup> targetGroups() {
    return Arbitraries.of(TargetGroup.class);
  }

  // ---- organisations

  private static final Arbitrary<String> ORGANIZATION_NAMES = Combinators.combine(
          Arbitraries.of(Pools.NAME_STEMS), Arbitraries.of(Pools.NAME_SUFFIXES))
      .as(String::concat);

  private static final Arbitrary<Organization> ORGANIZATIONS = Combinators.combine(
          Arbitraries.of(LegalForm.class), ORGANIZATION_NAMES, Areas.prefectures().optional(0.9),
          corporateNumbers().optional(0.5), Arbitraries.of(NpoCertification.class).optional(0.3))
      .as((form, name, office, number, certification) -> Organization.builder()
          .name(name)
          .legalForm(form)
          .headOffice(office)
          // A group without legal personality (任意団体) has no corporate number.
          .corporateNumber(form.isIncorporated() ? number : Optional.empty())
          // Only a 特定非営利活動法人 can be certified.
          .npoCertification(form == LegalForm.SPECIFIED_NONPROFIT_CORPORATION ? certification : Optional.empty())
          .build());

  /**
   * Organisations: a name such as {@code つながりサポート} or {@code ひまわり会} (without a legal form), any legal form,
   * usually a head office, sometimes a corporate number, and for a 特定非営利活動法人 sometimes an NPO certification.
   *
   * @return an arbitrary of organisations
   */
  public static Arbitrary<Organization> organizations() {
    return ORGANIZATIONS;
  }

  /**
   * {@code count} organisations with pairwise different names and different corporate numbers, where they have one.
   */
  static Arbitrary<List<Organization>> distinctOrganizations(int count) {
    return Combinators.combine(
            organizations().list().ofSize(count).uniqueElements(Organization::getName),
            corporateNumbers().list().ofSize(count).uniqueElements())
        .as((orgs, numbers) -> {
          List<Organization> result = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            Organization o = orgs.get(i);
            result.add(o.getCorporateNumber().isPresent()
                ? Organization.builder().from(o).corporateNumber(numbers.get(i)).build()
                : o);
          }
          return result;
        });
  }

  /** How a grantee is made: an organisation alone, or a consortium with {@code extras} named members besides. */
  private static final class Shape {
    final int extras;
    final boolean unnamedMembers;
    final int representativeIndex;
    final Optional<String> name;

    Shape(int extras, boolean unnamedMembers, int representativeIndex, Optional<String> name) {
      this.extras = extras;
      // With the representative alone named, the other members are unnamed (as row 8 of the source).
      this.unnamedMembers = extras == 0 || unnamedMembers;
      this.representativeIndex = extras < 0 ? 0 : representativeIndex % (extras + 1);
      this.name = name;
    }

    int organizations() {
      return extras < 0 ? 1 : extras + 1;
    }

    /** The grantee made of the given organisations (as many as {@link #organizations()}). */
    Grantee of(List<Organization> organizations) {
      if (extras < 0) {
        return organizations.get(0);
      }
      Organization representative = organizations.get(0);
      List<Organization> members = new ArrayList<>(organizations.subList(1, organizations.size()));
      members.add(representativeIndex, representative);
      return Consortium.builder()
          .name(name)
          .representative(representative)
          .members(members)
          .unnamedMembers(unnamedMembers)
          .build();
    }
  }

  private static Arbitrary<Shape> shapes(Arbitrary<Integer> extras) {
    return Combinators.combine(extras, Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
            Arbitraries.of(Pools.CONSORTIUM_NAMES).optional(0.3))
        .as(Shape::new);
  }

  /**
   * Mostly an organisation alone (-1: four in five), sometimes a consortium, most often with only its representative
   * named (0 extras), as in the source (one consortium among nine grantees).
   */
  private static final Arbitrary<Shape> GRANTEE_SHAPES = shapes(Arbitraries.frequency(
      Tuple.of(16, -1), Tuple.of(2, 0), Tuple.of(1, 1), Tuple.of(1, 2)));

  /** The most organisations the grantees of one program are made of. */
  private static final int MAX_ORGANIZATIONS = MAX_GRANTS * 3;

  /**
   * Consortia of one to three named organisations (different names), the representative among them. A consortium with
   * only its representative named has {@linkplain Consortium#hasUnnamedMembers() unnamed members}, as row 8 of the
   * source; with more it may or may not. Sometimes it has a name such as {@code つながりづくりコンソーシアム}.
   *
   * @return an arbitrary of consortia
   */
  public static Arbitrary<Consortium> consortia() {
    return Combinators.combine(distinctOrganizations(3), shapes(Arbitraries.integers().between(0, 2)))
        .as((orgs, shape) -> (Consortium) shape.of(orgs.subList(0, shape.organizations())));
  }

  /**
   * Grantees: mostly organisations, sometimes consortia.
   *
   * @return an arbitrary of grantees
   */
  public static Arbitrary<Grantee> grantees() {
    return Combinators.combine(distinctOrganizations(3), GRANTEE_SHAPES)
        .as((orgs, shape) -> shape.of(orgs.subList(0, shape.organizations())));
  }

  // ---- areas

  /**
   * Named areas: the source's 気仙地区 (three municipalities in two prefectures), 北摂エリア and 十勝管内, or a made-up
   * area of one prefecture such as {@code 岩手沿岸地域}, made of the prefecture or of one to three of its municipalities.
   *
   * @return an arbitrary of named areas
   */
  public static Arbitrary<NamedArea> namedAreas() {
    return Areas.namedAreas();
  }

  /**
   * Service areas that go beyond one prefecture, in every such shape of the source: two to four prefectures in the
   * order written ({@code 宮城県 岩手県}), {@code 全国}, prefectures and {@code 全国} ({@code 兵庫県 茨城県 岐阜県 全国}),
   * and {@code 〇〇県を中心とした複数県}. Some carry named areas or municipalities, always inside the prefectures the area
   * lists (anywhere for {@code 全国} alone, inside the centre for a centred area). No prefecture is listed twice.
   *
   * <p>The source's one-prefecture shape ({@code 北海道}) is left out on purpose: the program's eligibility principle
   * makes it an exception that validation warns about. {@code programsBreaking(Rule.SINGLE_PREFECTURE_AREA)} generates
   * it.
   *
   * @return an arbitrary of service areas beyond one prefecture
   */
  public static Arbitrary<ServiceArea> serviceAreas() {
    return Areas.serviceAreas();
  }

  // ---- projects

  private static final Arbitrary<SupportActivity> ACTIVITIES = Combinators.combine(
          Arbitraries.of(SupportActivityKind.class), Arbitraries.of(DeliveryMode.class).optional(0.3),
          Arbitraries.of(true, true, false))
      .as((kind, delivery, described) -> {
        SupportActivity.Builder b = SupportActivity.builder().kind(kind).delivery(delivery);
        if (described) {
          b.description(Pools.ACTIVITY_DESCRIPTIONS.getOrDefault(kind, kind.getJapaneseName()));
        }
        return b.build();
      });

  /**
   * Support activities: any kind, sometimes with a delivery mode, usually described in the source's style (such as
   * {@code ネットワーク会議を定期開催}).
   *
   * @return an arbitrary of support activities
   */
  public static Arbitrary<SupportActivity> activities() {
    return ACTIVITIES;
  }

  /** Titles such as {@code 地域の居場所づくり担い手育成事業}: at most about 45 characters, no 。. */
  static final Arbitrary<String> TITLES = Combinators.combine(Arbitraries.of(Pools.TITLE_OPENINGS),
          Arbitraries.of(Pools.THEMES), Arbitraries.of(Pools.TITLE_ENDINGS))
      .as((opening, theme, ending) -> opening + theme + ending);

  /** Summaries of one to three different sentences, each ending in 。. */
  static final Arbitrary<String> SUMMARIES = Arbitraries.of(Pools.SUMMARY_SENTENCES).list().ofMinSize(1).ofMaxSize(3)
      .uniqueElements().map(sentences -> String.join("", sentences));

  /** A day of a fiscal year as an offset from 1 April; 365 is the last day also in a year of 365 days. */
  private static final Arbitrary<Integer> DAY_OFFSETS = Arbitraries.integers().between(0, 365);

  static LocalDate day(FiscalYear fy, int offset) {
    LocalDate d = fy.getStartDate().plusDays(offset);
    return d.isAfter(fy.getEndDate()) ? fy.getEndDate() : d;
  }

  /** A project whose dates are offsets into a fiscal year, not yet known. */
  private static final class ProjectSeed {
    final Project undated;
    final int first;
    final int second;
    final int dates;

    ProjectSeed(Project undated, int first, int second, int dates) {
      this.undated = undated;
      this.first = first;
      this.second = second;
      this.dates = dates;
    }

    /** The project, with a start and/or end in the fiscal year (the earlier day the start) or none. */
    Project in(FiscalYear fy) {
      if (dates == 0) {
        return undated;
      }
      LocalDate a = day(fy, Math.min(first, second));
      LocalDate b = day(fy, Math.max(first, second));
      Project.Builder p = Project.builder().from(undated);
      if (dates == 1 || dates == 3) {
        p.startDate(a);
      }
      if (dates == 2 || dates == 3) {
        p.endDate(b);
      }
      return p.build();
    }
  }

  private static final Arbitrary<Project> UNDATED_PROJECTS = Combinators.combine(TITLES, SUMMARIES,
          serviceAreas(),
          activities().list().ofMinSize(1).ofMaxSize(4).uniqueElements(SupportActivity::getKind),
          targetGroups().list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
          Combinators.combine(Arbitraries.longs().between(100, 100_000).map(k -> Yen.of(k * 1_000)),
              Arbitraries.of(false, true)).as(Amounts::new).optional(0.4))
      .as((title, summary, area, acts, targets, amounts) -> {
        Project.Builder b = Project.builder()
            .title(title)
            .summary(summary)
            .serviceArea(area)
            .activities(acts)
            .targetGroups(targets);
        amounts.ifPresent(a -> {
          b.awardedAmount(a.awarded);
          if (a.withCost) {
            b.eligibleCost(a.awarded.times(2)); // within every rate of Pools.RATES
            b.appliedAmount(a.awarded.plus(a.awarded.times(a.awarded.getAmount() % 2))); // as much, or twice
          }
          // An intermediary passes on a part: a tenth to named organisations, or a count of them.
          Yen part = Yen.of(a.awarded.getAmount() / 10);
          switch ((int) (a.awarded.getAmount() / 1_000 % 4)) {
            case 1:
              b.addRegrant(Regrant.builder().recipient(Pools.REGRANT_RECIPIENT).amount(part).build());
              break;
            case 2:
              b.addRegrant(Regrant.builder().count(18).description(Pools.REGRANT_DESCRIPTION).build());
              break;
            case 3:
              b.addRegrant(Regrant.builder().recipient(Pools.REGRANT_RECIPIENT).amount(part.withTax(Yen.Tax.INCLUDED))
                  .corporateNumber(madeUpNumber(a.awarded.getAmount() / 1_000)).build())
                  .addRegrant(Regrant.builder().count(5).amount(part).build());
              break;
            default:
              break;
          }
        });
        return b.build();
      });

  /** A corporate number with a correct check digit over {@code 1000} and eight digits of n; it need not exist. */
  private static CorporateNumber madeUpNumber(long n) {
    String base = String.format("1000%08d", n % 100_000_000L);
    return CorporateNumber.of(CorporateNumber.checkDigit(base) + base);
  }

  /** An awarded amount of 10万円 to 1億円 in thousands of yen, and whether the eligible cost is given too. */
  private static final class Amounts {
    final Yen awarded;
    final boolean withCost;

    Amounts(Yen awarded, boolean withCost) {
      this.awarded = awarded;
      this.withCost = withCost;
    }
  }

  private static final Arbitrary<ProjectSeed> PROJECT_SEEDS = Combinators.combine(UNDATED_PROJECTS, DAY_OFFSETS,
          DAY_OFFSETS, Arbitraries.of(0, 0, 1, 2, 3))
      .as(ProjectSeed::new);

  /**
   * Projects: a title (at most {@value Rule#LONG_TITLE_LENGTH} characters) and a different summary, a service area
   * beyond one prefecture, one to four activities of different kinds, one to three target groups, sometimes an amount
   * awarded, and sometimes a planned start and end inside one fiscal year, the end not before the start.
   *
   * @return an arbitrary of projects
   */
  public static Arbitrary<Project> projects() {
    return Combinators.combine(fiscalYears(), PROJECT_SEEDS).as((fy, seed) -> seed.in(fy));
  }

  // ---- grants and programs

  /**
   * Grants: a position from 1 to 50, a grantee, a project (dates inside one fiscal year) and sometimes an award date in
   * the same fiscal year.
   *
   * @return an arbitrary of grants
   */
  public static Arbitrary<Grant> grants() {
    return Combinators.combine(fiscalYears(), Arbitraries.integers().between(1, 50), grantees(), PROJECT_SEEDS,
            DAY_OFFSETS.optional(0.3))
        .as((fy, position, grantee, project, award) -> Grant.builder()
            .position(position)
            .grantee(grantee)
            .project(project.in(fy))
            .awardDate(award.map(offset -> day(fy, offset)))
            .build());
  }

  /**
   * 孤独・孤立対策推進法 as the Act a program rests on, with its number, promulgation and effective dates each present
   * or not.
   *
   * @return an arbitrary of the Act
   */
  public static Arbitrary<Law> laws() {
    return Combinators.combine(Arbitraries.just(Pools.ACT_NUMBER).optional(0.7),
            Arbitraries.just(ACT_PROMULGATED).optional(0.5), Arbitraries.just(ACT_EFFECTIVE).optional(0.7))
        .as((number, promulgated, effective) -> Law.builder()
            .title(Pools.ACT_TITLE)
            .number(number)
            .promulgationDate(promulgated)
            .effectiveDate(effective)
            .build());
  }

  /**
   * The 重点計画 (孤独・孤立対策に関する施策の推進を図るための重点計画) as decided on 2024-06-11 or revised on 2025-05-27
   * by 孤独・孤立対策推進本部.
   *
   * @return an arbitrary of the policy plan
   */
  public static Arbitrary<PolicyPlan> policyPlans() {
    return Arbitraries.of(PLAN_DECISIONS).map(GrantArbitraries::plan);
  }

  static PolicyPlan plan(LocalDate decided) {
    return PolicyPlan.builder().name(Pools.PLAN_NAME).decisionDate(decided).decidedBy(Pools.PLAN_DECIDED_BY).build();
  }

  /**
   * Grant programs that validate without any finding: {@code 孤独・孤立対策推進交付金} in a fiscal year from FY2019 to
   * FY2025, with 0 to 8 grants at positions 1 to n, given to organisations with pairwise different names and corporate
   * numbers (consortium members included); dates inside the fiscal year; a stated grantee count equal to the number of
   * grants or none; the Act and policy plan only where they existed by the end of the fiscal year (the plan decided
   * inside or before it, the Act in force before it ends).
   *
   * @return an arbitrary of valid programs
   */
  public static Arbitrary<GrantProgram> programs() {
    return programs(0, MAX_GRANTS, true);
  }

  /**
   * Valid programs ({@link #programs()}, at least one grant) that also state every fact a published grant record can
   * hold and 360Giving requires: the program has an identifier, and every grant an award date (交付決定日), an awarded
   * amount (交付決定額) and a recipient with a corporate number (an unincorporated group is made an NPO法人 to have one).
   *
   * @return an arbitrary of complete programs
   */
  public static Arbitrary<GrantProgram> completePrograms() {
    return Combinators.combine(programs(1, MAX_GRANTS, true), corporateNumbers().list().uniqueElements()
            .ofMinSize(2 * MAX_GRANTS).ofMaxSize(2 * MAX_GRANTS))
        .as(GrantArbitraries::withEveryFact);
  }

  /**
   * A program with every fact {@link #completePrograms()} promises, the missing ones filled with stand-ins: a program id
   * {@code kodoku-FY<year>}, the fiscal year's first day as an award date, ¥1,000,000 as an awarded amount, and the
   * corporate numbers given, in turn, skipping those the program has (an unincorporated group is made an NPO法人 to
   * have one). For tests that need a complete program from one they have, such as the sample; the stand-ins are no
   * facts of it.
   *
   * @param program the program
   * @param numbers corporate numbers, at least as many as grants lacking one, none of them the program's
   * @return the program with every fact
   * @throws java.util.NoSuchElementException if too few numbers are given
   */
  public static GrantProgram withEveryFact(GrantProgram program, List<CorporateNumber> numbers) {
    java.util.Set<CorporateNumber> used = new java.util.HashSet<>();
    for (Grant g : program.getGrants()) {
      Grantee grantee = g.getGrantee();
      grantee.getRecipientCorporateNumber().ifPresent(used::add);
      if (grantee instanceof Consortium) {
        ((Consortium) grantee).getMembers().forEach(m -> m.getCorporateNumber().ifPresent(used::add));
      }
    }
    java.util.Iterator<CorporateNumber> unused = numbers.stream().filter(n -> !used.contains(n)).iterator();
    List<Grant> grants = new ArrayList<>();
    for (Grant g : program.getGrants()) {
      Project p = g.getProject();
      grants.add(Grant.builder().from(g)
          .awardDate(g.getAwardDate().orElse(program.getFiscalYear().getStartDate()))
          .project(Project.builder().from(p).awardedAmount(p.getAwardedAmount().orElse(Yen.of(1_000_000))).build())
          .grantee(withCorporateNumber(g.getGrantee(), unused.next()))
          .build());
    }
    return GrantProgram.builder().from(program)
        .id(program.getId().orElse(Identifier.of("kodoku-FY" + program.getFiscalYear().getStartYear())))
        .grants(grants).build();
  }

  private static Grantee withCorporateNumber(Grantee grantee, CorporateNumber number) {
    if (grantee instanceof Organization) {
      Organization o = (Organization) grantee;
      return o.getCorporateNumber().isPresent() ? o : Organization.builder().from(o)
          .legalForm(o.getLegalForm().isIncorporated() ? o.getLegalForm() : LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
          .npoCertification(Optional.empty())
          .corporateNumber(number).build();
    }
    if (grantee instanceof Consortium) {
      Consortium c = (Consortium) grantee;
      Organization old = c.getRepresentative();
      Organization representative = (Organization) withCorporateNumber(old, number);
      List<Organization> members = new ArrayList<>();
      c.getMembers().forEach(m -> members.add(m.equals(old) ? representative : m));
      return Consortium.builder().from(c).representative(representative).members(members).build();
    }
    return grantee;
  }

  /** The parts of a grant that do not depend on the program: its grantee's shape, project and award day. */
  private static final class GrantSeed {
    final Shape shape;
    final ProjectSeed project;
    final Optional<Integer> award;
    final Optional<Integer> localGovernment;

    GrantSeed(Shape shape, ProjectSeed project, Optional<Integer> award, Optional<Integer> localGovernment) {
      this.shape = shape;
      this.project = project;
      this.award = award;
      this.localGovernment = localGovernment;
    }
  }

  /** One grantee in about seven is a local government (where the program's menu lets it apply). */
  private static final Arbitrary<GrantSeed> GRANT_SEEDS = Combinators.combine(GRANTEE_SHAPES, PROJECT_SEEDS,
          DAY_OFFSETS.optional(0.3), Arbitraries.integers().between(0, 1_000_000).optional(0.15))
      .as(GrantSeed::new);

  /** The local governments a grant may go to: prefectures and municipalities (wards have no corporate number). */
  private static final class Governments {
    static final List<LocalGovernment> ALL = LocalGovernment.all().stream()
        .filter(g -> g.getKind() != LocalGovernment.Kind.WARD).toList();
  }

  /**
   * A local government grantee of the registry, named by its full name, now and then with the corporate number its
   * code gives typed in as well.
   */
  static LocalGovernmentGrantee localGovernment(int choice) {
    LocalGovernment g = Governments.ALL.get(choice % Governments.ALL.size());
    LocalGovernmentGrantee grantee = LocalGovernmentGrantee.of(g);
    return choice % 2 == 0 ? grantee : LocalGovernmentGrantee.builder().from(grantee)
        .corporateNumber(grantee.getDerivedCorporateNumber()).build();
  }

  /** The program's own parts; the Act and plan are kept only where they existed by the end of the fiscal year. */
  private static final class HeaderSeed {
    final Optional<String> strand;
    final Optional<String> category;
    final Optional<Law> law;
    final Optional<Integer> plan;
    final List<String> aims;
    final Optional<String> principle;
    final boolean stated;
    final Optional<Menu> menu;
    final boolean budget;

    HeaderSeed(Optional<String> strand, Optional<String> category, Optional<Law> law, Optional<Integer> plan,
        List<String> aims, Optional<String> principle, boolean stated,
        net.jqwik.api.Tuple.Tuple2<Optional<Menu>, Boolean> terms) {
      this.strand = strand;
      this.category = category;
      this.law = law;
      this.plan = plan;
      this.aims = aims;
      this.principle = principle;
      this.stated = stated;
      this.menu = terms.get1();
      this.budget = terms.get2();
    }

    GrantProgram.Builder in(FiscalYear fy, int grantCount) {
      List<LocalDate> decisions = new ArrayList<>();
      for (LocalDate d : PLAN_DECISIONS) {
        if (!d.isAfter(fy.getEndDate())) {
          decisions.add(d);
        }
      }
      GrantProgram.Builder b = GrantProgram.builder()
          .name(Pools.PROGRAM_NAME)
          .strand(strand)
          .granteeCategory(category)
          .fiscalYear(fy)
          .aims(aims);
      if (!ACT_EFFECTIVE.isAfter(fy.getEndDate())) {
        b.legalBasis(law);
      }
      if (!decisions.isEmpty()) {
        plan.ifPresent(i -> b.policyPlan(plan(decisions.get(i % decisions.size()))));
      }
      principle.ifPresent(b::addEligibilityPrinciple);
      if (stated) {
        b.statedGranteeCount(grantCount);
      }
      menu.ifPresent(b::addMenu);
      return b;
    }
  }

  private static final Arbitrary<HeaderSeed> HEADER_SEEDS = Combinators.combine(
          Arbitraries.just(Pools.STRAND).optional(0.8),
          Arbitraries.just(Pools.GRANTEE_CATEGORY).optional(0.8),
          laws().optional(0.7),
          Arbitraries.integers().between(0, 1).optional(0.7),
          Arbitraries.of(Pools.AIMS).list().ofMinSize(0).ofMaxSize(2).uniqueElements(),
          Arbitraries.just(Pools.ELIGIBILITY_PRINCIPLE).optional(0.8),
          Arbitraries.of(true, false),
          Combinators.combine(menus().optional(0.5), Arbitraries.of(true, false)).as(Tuple::of))
      .as(HeaderSeed::new);

  /**
   * Menus as the FY2025 call for private groups publishes them: its name, private groups as applicants, and sometimes
   * a ceiling (1億円, above every generated amount) and a rate from those calls write (1/2 … 10/10, 3分の2, 1/2以内).
   *
   * @return an arbitrary of menus
   */
  public static Arbitrary<Menu> menus() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(Pools.RATES).optional(0.7),
            Arbitraries.of(List.of(Applicant.PRIVATE_GROUP), List.of(Applicant.PRIVATE_GROUP,
                Applicant.LOCAL_GOVERNMENT), List.<Applicant>of()))
        .as((ceiling, rate, applicants) -> {
          Menu.Builder b = Menu.builder().name(Pools.MENU).applicants(applicants);
          if (ceiling) {
            b.ceiling(Yen.parse("1億円"));
          }
          rate.ifPresent(r -> b.rate(SubsidyRate.parse(r)));
          return b.build();
        });
  }

  /** Programs whose grantees are organisations and consortia only: for changes that need an organisation. */
  static Arbitrary<GrantProgram> programs(int minGrants, int maxGrants) {
    return programs(minGrants, maxGrants, false);
  }

  static Arbitrary<GrantProgram> programs(int minGrants, int maxGrants, boolean localGovernments) {
    return programs(fiscalYears(), minGrants, maxGrants, localGovernments);
  }

  /** Programs as {@link #programs()} makes them, in one of the given fiscal years. */
  static Arbitrary<GrantProgram> programs(Arbitrary<FiscalYear> years, int minGrants, int maxGrants,
      boolean localGovernments) {
    return Combinators.combine(years, HEADER_SEEDS,
            GRANT_SEEDS.list().ofMinSize(minGrants).ofMaxSize(maxGrants),
            distinctOrganizations(MAX_ORGANIZATIONS))
        .as((fy, header, seeds, orgs) -> {
          List<Grant> grants = new ArrayList<>(seeds.size());
          boolean governmentsMayApply = header.menu.map(m -> m.getApplicants().isEmpty()
              || m.getApplicants().contains(Applicant.LOCAL_GOVERNMENT)).orElse(true);
          java.util.Set<LocalGovernmentCode> governments = new java.util.HashSet<>();
          int next = 0;
          for (int i = 0; i < seeds.size(); i++) {
            GrantSeed seed = seeds.get(i);
            Optional<LocalGovernmentGrantee> government = localGovernments && governmentsMayApply
                ? seed.localGovernment.map(GrantArbitraries::localGovernment)
                    .filter(g -> governments.add(g.getCode())) : Optional.empty();
            int count = government.isPresent() ? 0 : seed.shape.organizations();
            grants.add(Grant.builder()
                .id(seed.award.isPresent() && i % 3 == 0 ? Optional.of(Identifier.of("G-" + (i + 1))) : Optional.empty())
                .position(i + 1)
                .grantee(government.isPresent() ? government.get() : seed.shape.of(orgs.subList(next, next + count)))
                .project(seed.project.in(fy))
                .awardDate(seed.award.map(offset -> day(fy, offset)))
                // Where the program lists no menus, a grant may still name one, as lists of grants do.
                .menu(header.menu.isPresent() ? header.menu.map(Menu::getName)
                    : seed.award.isPresent() ? Optional.of(Pools.MENU) : Optional.empty())
                .build());
            next += count;
          }
          GrantProgram.Builder b = header.in(fy, grants.size()).grants(grants);
          if (header.budget) {
            b.id(Identifier.of("kodoku-" + fy));
          }
          if (header.budget) {
            long sum = 0;
            for (Grant g : grants) {
              sum += g.getProject().getAwardedAmount().map(Yen::getAmount).orElse(0L);
            }
            b.budget(Yen.of(sum + 100_000_000L)); // the grants' sum and a margin, as budgets are
          }
          return b.build();
        });
  }

  // ---- invalid variants

  /**
   * The rules {@link #programsBreaking(Rule)} can break: the rules of validation ({@link RuleCategory#isValidation()}),
   * that is every rule except those of reading a serialized document and of exchanging data with another system.
   *
   * @return the rules, in catalogue order
   */
  public static List<Rule> breakableRules() {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : Rule.values()) {
      if (r.getCategory().isValidation()) {
        rules.add(r);
      }
    }
    return List.copyOf(rules);
  }

  /**
   * Valid programs changed in exactly one place so that validation reports findings of that one rule and no other: for
   * users' tests of error handling, and for ours of the rules.
   *
   * <p>For {@link Rule#FIELD_CONSTRAINT} the change breaks one field constraint, so the findings all have one id
   * starting with {@code field.}: a blank title, summary, program name or organisation name ({@code field.NotBlank}),
   * a blank strand or activity description ({@code field.NullOrNotBlank}), a negative amount
   * ({@code field.PositiveOrZero}), or an aim over 2000 characters ({@code field.TextLength}). For every other rule the change
   * is the one the rule's description names, made so that nothing else fires: a duplicate organisation keeps its own
   * position, a consortium without its representative keeps unnamed members so that it is not also a single-member
   * consortium, an end before the start stays inside the fiscal year, and so on. A change to one grant may give more
   * than one finding of the rule (a blank representative name is also blank in the member list), never a finding of
   * another rule.
   *
   * @param rule a rule of {@link #breakableRules()}
   * @return an arbitrary of programs breaking exactly that rule
   * @throws IllegalArgumentException if the rule is a rule of reading a serialized document ({@code read.*}), which no
   *     program object can break
   * @throws NullPointerException if rule is null
   */
  public static Arbitrary<GrantProgram> programsBreaking(Rule rule) {
    return Breaking.programsBreaking(rule);
  }
}
