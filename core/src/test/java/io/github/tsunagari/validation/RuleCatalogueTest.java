package io.github.tsunagari.validation;

import static io.github.tsunagari.validation.Fixtures.ALPHA;
import static io.github.tsunagari.validation.Fixtures.BETA;
import static io.github.tsunagari.validation.Fixtures.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Applicant;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the catalogue: a change of the valid fixture where it fires, at the expected path, and only it. */
class RuleCatalogueTest {
  private static GrantValidator validator;

  /** The reference date of the validator: the date rules compare with it, so the cases hold on any day. */
  static final LocalDate REFERENCE = LocalDate.of(2026, 12, 7);

  @BeforeAll
  static void createValidator() {
    ZoneId japan = ZoneId.of("Asia/Tokyo");
    validator = GrantValidator.create().withClock(Clock.fixed(REFERENCE.atStartOfDay(japan).toInstant(), japan));
  }

  /**
   * The program moved to another fiscal year: no dates on its grants, and no Act or plan (which would come after an
   * early year); the rules of dates against the reference date can then fire alone.
   */
  static GrantProgram inFiscalYear(GrantProgram program, int year) {
    List<Grant> grants = new ArrayList<>();
    for (Grant g : program.getGrants()) {
      grants.add(Grant.builder().from(g).awardDate(Optional.empty()).project(
          io.github.tsunagari.program.Project.builder().from(g.getProject()).startDate(Optional.empty())
              .endDate(Optional.empty()).build()).build());
    }
    return GrantProgram.builder().from(program).fiscalYear(FiscalYear.of(year)).legalBasis(Optional.empty())
        .policyPlan(Optional.empty()).id(Identifier.of("kodoku-FY" + year)).grants(grants).build();
  }

  record Case(Rule rule, String ruleId, String path, UnaryOperator<GrantProgram> change) {
    @Override
    public String toString() {
      return ruleId + " at " + path;
    }
  }

  private static Case fires(Rule rule, String path, UnaryOperator<GrantProgram> change) {
    return new Case(rule, rule.getId(), path, change);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(Rule.FIELD_CONSTRAINT, "field.NotBlank", "/grants/0/project/title",
            p -> Fixtures.withProject(p, 0, b -> b.title(" "))),
        new Case(Rule.FIELD_CONSTRAINT, "field.TextLength", "/grants/1/project/summary",
            p -> Fixtures.withProject(p, 1, b -> b.summary("あ".repeat(5001)))),
        new Case(Rule.FIELD_CONSTRAINT, "field.NotBlank", "/menus/1/name",
            p -> GrantProgram.builder().from(p).addMenu(Menu.builder().from(Fixtures.MENU).name(" ").build()).build()),
        new Case(Rule.FIELD_CONSTRAINT, "field.NotBlank", "/grants/1/grantee/members/1/name",
            p -> Fixtures.withGrantee(p, 1, Consortium.builder()
                .representative(BETA)
                .addMember(BETA)
                .addMember(Organization.builder().from(GAMMA).name("").build())
                .build())),
        new Case(Rule.FIELD_CONSTRAINT, "field.NullOrNotBlank", "/strand",
            p -> GrantProgram.builder().from(p).strand(" ").build()),
        new Case(Rule.FIELD_CONSTRAINT, "field.NotBlank", "/aims/0", p -> GrantProgram.builder().from(p)
            .aims(List.of("")).build()),
        fires(Rule.SINGLE_PREFECTURE_AREA, "/grants/0/project/serviceArea",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.parse("北海道")))),
        fires(Rule.UNRESOLVED_AREA, "/grants/0/project/serviceArea",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.builder().text("未定").build()))),
        fires(Rule.DUPLICATE_POSITION, "/grants/1/position",
            p -> Fixtures.withGrant(p, 1, g -> Grant.builder().from(g).position(1).build())),
        fires(Rule.DUPLICATE_ORGANIZATION, "/grants/1/grantee",
            p -> Fixtures.withGrantee(p, 1, ALPHA)),
        fires(Rule.REPRESENTATIVE_NOT_MEMBER, "/grants/1/grantee/members",
            p -> Fixtures.withGrantee(p, 1, Consortium.builder().representative(BETA).addMember(GAMMA)
                .unnamedMembers(true).build())),
        fires(Rule.SINGLE_MEMBER_CONSORTIUM, "/grants/1/grantee/members",
            p -> Fixtures.withGrantee(p, 1, Consortium.builder().representative(BETA).addMember(BETA).build())),
        fires(Rule.GRANTEE_COUNT_MISMATCH, "/statedGranteeCount",
            p -> GrantProgram.builder().from(p).statedGranteeCount(9).build()),
        fires(Rule.REGION_OUTSIDE_AREA, "/grants/0/project/serviceArea/municipalities/0",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.parse("宮城県 岩手県")
                .withMunicipality(Municipality.of("272051", "吹田市"))))),
        fires(Rule.REGION_OUTSIDE_AREA, "/grants/0/project/serviceArea/namedAreas/0",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.parse("宮城県 秋田県")
                .withNamedArea(Fixtures.KESEN)))),
        fires(Rule.DUPLICATE_PREFECTURE, "/grants/0/project/serviceArea/prefectures/2",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.parse("宮城県 岩手県 宮城県")
                .withNamedArea(Fixtures.KESEN)))),
        fires(Rule.DATE_OUTSIDE_FISCAL_YEAR, "/grants/0/awardDate",
            p -> Fixtures.withGrant(p, 0, g -> Grant.builder().from(g).awardDate(LocalDate.of(2024, 3, 31))
                .build())),
        fires(Rule.DATE_OUTSIDE_FISCAL_YEAR, "/grants/1/project/endDate",
            p -> Fixtures.withProject(p, 1, b -> b.endDate(LocalDate.of(2025, 4, 1)))),
        fires(Rule.END_BEFORE_START, "/grants/0/project/endDate",
            p -> Fixtures.withProject(p, 0, b -> b.startDate(LocalDate.of(2024, 9, 1))
                .endDate(LocalDate.of(2024, 8, 31)))),
        fires(Rule.PLAN_AFTER_FISCAL_YEAR, "/policyPlan/decisionDate",
            p -> GrantProgram.builder().from(p).policyPlan(PolicyPlan.builder().from(p.getPolicyPlan().get())
                .decisionDate(LocalDate.of(2025, 4, 1)).build()).build()),
        fires(Rule.LAW_AFTER_FISCAL_YEAR, "/legalBasis/effectiveDate",
            p -> GrantProgram.builder().from(p).legalBasis(Law.builder().from(p.getLegalBasis().get())
                .effectiveDate(LocalDate.of(2025, 4, 1)).build()).build()),
        fires(Rule.MARKUP_IN_TEXT, "/grants/0/project/summary",
            p -> Fixtures.withProject(p, 0, b -> b.summary("<p>研修会を実施する。</p>"))),
        fires(Rule.MARKUP_IN_TEXT, "/grants/0/grantee/name",
            p -> Fixtures.withGrantee(p, 0, Organization.builder().from(ALPHA).name("<b>アルファ</b>").build())),
        fires(Rule.CONTROL_CHARACTER_IN_TEXT, "/grants/1/project/title",
            p -> Fixtures.withProject(p, 1, b -> b.title("研修\u0000事業"))),
        fires(Rule.MARKUP_IN_TEXT, "/grants/1/project/summary",
            p -> Fixtures.withProject(p, 1, b -> b.summary("研修会を実施する。<!-- 要確認 -->"))),
        fires(Rule.UNPAIRED_SURROGATE_IN_TEXT, "/grants/1/project/title",
            p -> Fixtures.withProject(p, 1, b -> b.title("研修\uD800事業"))),
        fires(Rule.UNPAIRED_SURROGATE_IN_TEXT, "/grants/0/project/summary",
            p -> Fixtures.withProject(p, 0, b -> b.summary("\uDC00研修会を実施する。"))),
        fires(Rule.AREA_TEXT_DISAGREES, "/grants/0/project/serviceArea",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.builder()
                .text("東京都 大阪府 兵庫県 神奈川県").addPrefecture(Prefecture.TOKYO).addPrefecture(Prefecture.OSAKA)
                .build()))),
        fires(Rule.AREA_TEXT_DISAGREES, "/grants/1/project/serviceArea",
            p -> Fixtures.withProject(p, 1, b -> b.serviceArea(ServiceArea.builder()
                .text("宮城県 岩手県").nationwide(true).build()))),
        fires(Rule.LEGAL_FORM_IN_NAME, "/grants/0/grantee/name",
            p -> Fixtures.withGrantee(p, 0, Organization.builder().from(ALPHA).name("NPO法人 アルファ").build())),
        fires(Rule.LEGAL_FORM_IN_NAME, "/grants/1/grantee/representative/name",
            p -> Fixtures.withGrantee(p, 1, Consortium.builder()
                .representative(Organization.builder().from(BETA).name("公益財団法人ベータ財団").build())
                .addMember(Organization.builder().from(BETA).name("公益財団法人ベータ財団").build())
                .unnamedMembers(true).build())),
        fires(Rule.LEGAL_FORM_IN_NAME, "/grants/0/grantee/name",
            p -> Fixtures.withGrantee(p, 0, Organization.builder().from(ALPHA).name("ＮＰＯ法人　アルファ").build())),
        fires(Rule.LONG_TITLE, "/grants/0/project/title",
            p -> Fixtures.withProject(p, 0, b -> b.title("あ".repeat(Rule.LONG_TITLE_LENGTH + 1)))),
        fires(Rule.TITLE_EQUALS_SUMMARY, "/grants/0/project/summary",
            p -> Fixtures.withProject(p, 0, b -> b.title("研修事業").summary(" 研修事業 "))),
        fires(Rule.NO_ACTIVITY, "/grants/0/project/activities",
            p -> Fixtures.withProject(p, 0, b -> b.activities(List.of()))),
        fires(Rule.NO_TARGET_GROUP, "/grants/1/project/targetGroups",
            p -> Fixtures.withProject(p, 1, b -> b.targetGroups(List.of()))),
        fires(Rule.ZERO_AMOUNT, "/grants/0/project/awardedAmount",
            p -> Fixtures.withProject(p, 0, b -> b.awardedAmount(Yen.ZERO))),
        fires(Rule.OVER_CEILING, "/grants/0/project/awardedAmount", // 600万1円, 2/3 of 900万2円 being 600万1円
            p -> Fixtures.withProject(p, 0, b -> b.awardedAmount(Yen.of(6_000_001)).eligibleCost(Yen.of(9_000_002)))),
        fires(Rule.OVER_RATE, "/grants/1/project/awardedAmount", // 2/3 of 899万9,999円 is 599万9,999円
            p -> Fixtures.withProject(p, 1, b -> b.eligibleCost(Yen.of(8_999_999)))),
        fires(Rule.OVER_BUDGET, "/budget",
            p -> GrantProgram.builder().from(p).budget(Yen.of(11_999_999)).build()),
        fires(Rule.UNKNOWN_MENU, "/grants/0/menu",
            p -> Fixtures.withGrant(p, 0, g -> Grant.builder().from(g).menu("孤独・孤立対策推進事業").build())),
        fires(Rule.DUPLICATE_GRANT_ID, "/grants/1/id",
            p -> Fixtures.withGrant(Fixtures.withGrant(p, 0, g -> Grant.builder().from(g).id(Identifier.of("G-1")).build()),
                1, g -> Grant.builder().from(g).id(Identifier.of("G-1")).build())),
        fires(Rule.DUPLICATE_GRANT_ID, "/grants/1", // grant 0's own id is the one the program's gives grant 1
            p -> Fixtures.withGrant(p, 0, g -> Grant.builder().from(g).id(Identifier.of("kodoku-FY2024-2")).build())),
        fires(Rule.DUPLICATE_MENU, "/menus/1/name", // the same name with other terms
            p -> GrantProgram.builder().from(p).addMenu(Menu.builder().from(Fixtures.MENU).ceiling(Yen.parse("1億円"))
                .build()).build()),
        fires(Rule.LOCAL_GOVERNMENT_NAME_MISMATCH, // 大船渡市's code with 気仙沼市's name
            "/grants/0/project/serviceArea/namedAreas/0/municipalities/0/name",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.parse("宮城県 岩手県").withNamedArea(
                NamedArea.builder().from(Fixtures.KESEN).municipalities(List.of(
                    Municipality.of("032034", "気仙沼市"), Municipality.of("032107", "陸前高田市"))).build())))),
        fires(Rule.WARD_GRANTEE, "/grants/1/grantee/code",
            p -> Fixtures.withGrantee(GrantProgram.builder().from(p).menus(List.of(Menu.builder().from(Fixtures.MENU)
                .addApplicant(Applicant.LOCAL_GOVERNMENT).build())).build(), 1,
                LocalGovernmentGrantee.parse("札幌市中央区"))),
        fires(Rule.REGRANTS_OVER_GRANT, "/grants/0/project/regrants", // 600万円 awarded, 300万円 + 300万1円 passed on
            p -> Fixtures.withProject(p, 0, b -> b.addRegrant(Regrant.builder().recipient("NPO法人あおば")
                .amount(Yen.parse("300万円")).build()).addRegrant(Regrant.builder().recipient("NPO法人わかば")
                .amount(Yen.of(3_000_001)).build()))),
        fires(Rule.APPLICANT_NOT_IN_MENU, "/grants/1/grantee", // 東京都 under the menu for private groups
            p -> Fixtures.withGrantee(p, 1, LocalGovernmentGrantee.parse("東京都"))),
        fires(Rule.APPLICANT_NOT_IN_MENU, "/grants/0/grantee", // an NPO under a menu for local governments
            p -> GrantProgram.builder().from(p).menus(List.of(Menu.builder().from(Fixtures.MENU)
                .applicants(List.of(Applicant.LOCAL_GOVERNMENT)).build()))
                .grants(List.of(p.getGrants().get(0), Grant.builder().from(p.getGrants().get(1))
                    .grantee(LocalGovernmentGrantee.parse("千葉県 市原市")).build())).build()),
        fires(Rule.LOCAL_GOVERNMENT_CORPORATE_NUMBER, "/grants/1/grantee/corporateNumber",
            p -> Fixtures.withGrantee(GrantProgram.builder().from(p).menus(List.of(Menu.builder().from(Fixtures.MENU)
                .addApplicant(Applicant.LOCAL_GOVERNMENT).build())).build(), 1, LocalGovernmentGrantee.builder()
                .from(LocalGovernmentGrantee.parse("東京都")).corporateNumber(CorporateNumber.of("7000012050002"))
                .build())),
        fires(Rule.UNKNOWN_LOCAL_GOVERNMENT, "/grants/1/grantee/code",
            p -> Fixtures.withGrantee(GrantProgram.builder().from(p).menus(List.of(Menu.builder().from(Fixtures.MENU)
                .addApplicant(Applicant.LOCAL_GOVERNMENT).build())).build(), 1, LocalGovernmentGrantee.builder()
                .code(LocalGovernmentCode.fromJisCode("03204")).name("架空市").build())),
        fires(Rule.UNKNOWN_LOCAL_GOVERNMENT, "/grants/0/project/serviceArea/namedAreas/0/municipalities/0/code",
            p -> Fixtures.withProject(p, 0, b -> b.serviceArea(ServiceArea.parse("宮城県 岩手県").withNamedArea(
                NamedArea.builder().from(Fixtures.KESEN).municipalities(List.of(
                    Municipality.of(LocalGovernmentCode.fromJisCode("03204"), "大船渡市"),
                    Municipality.of("032107", "陸前高田市"))).build())))),
        fires(Rule.AWARD_DATE_IN_FUTURE, "/grants/1/awardDate", // the day after the reference date
            p -> Fixtures.withGrant(inFiscalYear(p, 2026), 1, g -> Grant.builder().from(g)
                .awardDate(REFERENCE.plusDays(1)).build())),
        fires(Rule.FAR_FUTURE_DATE, "/grants/0/project/startDate", // 12 years and a day after it
            p -> Fixtures.withProject(inFiscalYear(p, 2038), 0, b -> b.startDate(LocalDate.of(2038, 12, 8)))),
        fires(Rule.FAR_FUTURE_DATE, "/grants/1/project/endDate",
            p -> Fixtures.withProject(inFiscalYear(p, 2060), 1, b -> b.endDate(LocalDate.of(2061, 3, 31)))),
        fires(Rule.FAR_PAST_DATE, "/grants/0/awardDate", // 25 years and a day before it
            p -> Fixtures.withGrant(inFiscalYear(p, 2001), 0, g -> Grant.builder().from(g)
                .awardDate(LocalDate.of(2001, 12, 6)).build())),
        fires(Rule.FAR_PAST_DATE, "/grants/1/project/startDate",
            p -> Fixtures.withProject(inFiscalYear(p, 1995), 1, b -> b.startDate(LocalDate.of(1995, 4, 1)))));
  }

  @Test
  void theFixtureBreaksNoRule() {
    ValidationReport report = validator.validate(Fixtures.valid());
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fires_onlyWhereItShould(Case c) {
    ValidationReport report = validator.validate(c.change().apply(Fixtures.valid()));

    assertThat(report.getFindings())
        .as("report:%n%s", report)
        .singleElement()
        .satisfies(f -> {
          assertThat(f.getRuleId()).isEqualTo(c.ruleId());
          assertThat(f.getRule()).isEqualTo(c.rule());
          assertThat(f.getPath()).isEqualTo(c.path());
          assertThat(f.getSeverity()).isEqualTo(c.rule().getSeverity());
          assertThat(f.getCategory()).isEqualTo(c.rule().getCategory());
          assertThat(f.getMessage(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
          assertThat(f.getMessage(Locale.JAPANESE)).isNotBlank().doesNotContain("{")
              .isNotEqualTo(f.getMessage(Locale.ENGLISH));
        });
    assertThat(report.hasErrors()).isEqualTo(c.rule().getSeverity() == Severity.ERROR);
  }

  @Test
  void everyValidationRuleHasACaseThatFiresIt() {
    // Rules of reading a document fire in the reader's own tests (jackson-module).
    Set<Rule> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    Set<Rule> validationRules = EnumSet.noneOf(Rule.class);
    for (Rule rule : Rule.values()) {
      if (rule.getCategory().isValidation()) {
        validationRules.add(rule);
      }
    }
    assertThat(covered).isEqualTo(validationRules);
  }

  @Test
  void ruleIdsAreUniqueAndStable() {
    // Ids are published: users filter and suppress findings by them. Renaming one breaks them: add, do not rename
    // (json.* became read.* once, in 0.4, with the reading layer; CHANGELOG.md says so).
    assertThat(Stream.of(Rule.values()).map(Rule::getId)).containsExactly(
        "field", "read.syntax", "read.limit", "read.unknown-property", "read.duplicate-property",
        "read.missing-property", "read.wrong-type", "read.invalid-value", "read.invalid-object",
        "eligibility.single-prefecture-area", "eligibility.unresolved-area", "consistency.duplicate-position",
        "consistency.duplicate-organization", "consistency.representative-not-member",
        "consistency.single-member-consortium", "consistency.grantee-count-mismatch",
        "area.region-outside-listed-prefectures", "area.duplicate-prefecture", "dates.outside-fiscal-year",
        "dates.end-before-start", "dates.plan-after-fiscal-year", "dates.law-after-fiscal-year", "text.markup",
        "text.control-character", "text.legal-form-in-name", "usefulness.long-title", "usefulness.title-equals-summary",
        "usefulness.no-activity", "usefulness.no-target-group", "area.text-disagrees", "text.unpaired-surrogate",
        "amount.zero", "amount.over-ceiling", "amount.over-rate", "amount.over-budget", "consistency.unknown-menu",
        "area.unknown-local-government", "consistency.duplicate-grant-id", "amount.regrants-over-grant",
        "eligibility.applicant-not-in-menu", "consistency.local-government-corporate-number",
        "eligibility.ward-grantee", "consistency.duplicate-menu",
        "consistency.local-government-name",
        // 0.5: reading tables
        "read.encoding", "read.no-header", "read.ragged-row", "read.markup-removed", "read.spreadsheet-value",
        "read.area.label-or-mark", "read.area.place-within-municipality",
        "read.area.regional-block", "read.area.bracketed-place-not-prefecture",
        "read.area.named-area-without-members", "read.area.ambiguous-municipality", "read.area.unknown-part",
        // 0.7: exchanging data
        "export.360giving.no-grant-id", "export.360giving.no-amount", "export.360giving.no-award-date",
        "export.360giving.no-recipient-id", "export.360giving.no-funder-id", "export.360giving.grant-left-out",
        "export.360giving.local-recipient-id",
        // 0.7: importing gBizINFO
        "import.gbizinfo.other-subsidy", "import.gbizinfo.no-value", "import.gbizinfo.not-carried",
        "import.gbizinfo.no-legal-form", "import.gbizinfo.unread-co-recipient",
        // 0.7: importing jGrants
        "import.jgrants.unread-rate", "import.jgrants.unknown-area", "import.jgrants.not-carried",
        "import.jgrants.acceptance-end-before-start",
        // 0.7: importing the RS system's spending table
        "import.rs.missing-column", "import.rs.unknown-column", "import.rs.columns-not-carried",
        "import.rs.no-spending-table", "import.rs.project-not-found", "import.rs.ambiguous-project-name",
        "import.rs.other-project-rows", "import.rs.invalid-corporate-number", "import.rs.invalid-amount",
        "import.rs.recipient-not-carried", "import.rs.block-total-mismatch", "import.rs.regrant-source-unknown",
        "import.rs.no-fiscal-year", "import.rs.invalid-review-year", "import.rs.conflicting-value",
        // 0.7: dates against the reference date (360Giving's quality checks)
        "dates.award-in-future", "dates.far-future", "dates.far-past",
        // 0.7: reading a 360Giving package
        "import.360giving.currency", "import.360giving.organization-id", "import.360giving.recipient",
        "import.360giving.grant-id", "import.360giving.location", "import.360giving.unmapped-field",
        "import.360giving.funder", "import.360giving.several-funders", "import.360giving.programme");
  }

  @Test
  void everyRuleHasAMessageAndBothBundlesHaveTheSameKeys() {
    for (Rule rule : Rule.values()) {
      if (rule != Rule.FIELD_CONSTRAINT) {
        assertThat(Messages.has(rule.getId())).as(rule.getId()).isTrue();
      }
    }
    assertThat(Messages.keys(Locale.JAPANESE)).isEqualTo(Messages.keys(Locale.ENGLISH));
  }

  @Test
  void sameNameWithDifferentCorporateNumbersIsAnotherOrganization() {
    Organization sameNameOtherNumber = Organization.builder().from(ALPHA)
        .corporateNumber(io.github.tsunagari.organization.CorporateNumber.of("4000012090001")).build();
    GrantProgram program = Fixtures.withGrantee(Fixtures.valid(), 1, sameNameOtherNumber);
    assertThat(validator.validate(program).getFindings()).isEmpty();
  }

  @Test
  void sameNameWhereOneHasNoCorporateNumberIsTheSameOrganization() {
    Organization sameNameNoNumber = Organization.builder().from(ALPHA)
        .corporateNumber(java.util.Optional.empty()).build();
    GrantProgram program = Fixtures.withGrantee(Fixtures.valid(), 1, sameNameNoNumber);
    assertThat(validator.validate(program).getFindings()).extracting(Finding::getRuleId)
        .containsExactly("consistency.duplicate-organization");
  }

  @Test
  void eligibilityIsJudgedOnTheListedPrefecturesNotOnARegionOutsideThem() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.serviceArea(
        ServiceArea.parse("東京都").withMunicipality(Municipality.of("272051", "吹田市"))));
    assertThat(validator.validate(program).getFindings()).extracting(Finding::getRuleId).containsExactly(
        "eligibility.single-prefecture-area", "area.region-outside-listed-prefectures");
  }

  @Test
  void nearMissesDoNotFire() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b
        .title("あ".repeat(Rule.LONG_TITLE_LENGTH - 1) + "𠮷")         // 100 code points, 101 UTF-16 units
        .startDate(LocalDate.of(2024, 4, 1))                          // first day of FY2024
        .endDate(LocalDate.of(2024, 4, 1)));                          // same day: not before
    program = Fixtures.withGrant(program, 1, g -> Grant.builder().from(g).awardDate(LocalDate.of(2025, 3, 31))
        .build());                                                    // last day of FY2024
    program = GrantProgram.builder().from(program)
        .policyPlan(PolicyPlan.builder().from(program.getPolicyPlan().get())
            .decisionDate(LocalDate.of(2025, 3, 31)).build())         // decided on the last day
        .legalBasis(Law.builder().from(program.getLegalBasis().get())
            .effectiveDate(LocalDate.of(2025, 3, 31)).build())
        .build();
    assertThat(validator.validate(program).getFindings()).isEmpty();
  }

  @Test
  void aNationwideAreaOrOneWithUnnamedPrefecturesIsNotCheckedForOutsideRegions() {
    NamedArea hokusetsu = NamedArea.builder().name("北摂エリア").addPrefecture(Prefecture.OSAKA)
        .addPrefecture(Prefecture.HYOGO).build();
    GrantProgram nationwide = Fixtures.withProject(Fixtures.valid(), 1,
        b -> b.serviceArea(ServiceArea.parse("兵庫県 全国").withNamedArea(hokusetsu)));
    GrantProgram centred = Fixtures.withProject(Fixtures.valid(), 1,
        b -> b.serviceArea(ServiceArea.parse("神奈川県を中心とした複数県").withNamedArea(hokusetsu)));

    assertThat(validator.validate(nationwide).getFindings()).isEmpty();
    assertThat(validator.validate(centred).getFindings()).isEmpty();
  }

  @Test
  void sameNameWithOtherLegalFormIsAnotherOrganization() {
    Organization otherForm = Organization.builder().from(ALPHA)
        .legalForm(LegalForm.GENERAL_INCORPORATED_ASSOCIATION)
        .corporateNumber(java.util.Optional.empty())
        .build();
    GrantProgram program = Fixtures.withGrantee(Fixtures.valid(), 1, otherForm);
    assertThat(validator.validate(program).getFindings()).isEmpty();
  }

  @Test
  void sameNameWrittenWithFullWidthSpaceIsTheSameOrganization() {
    Organization alphaWithoutNumber = Organization.builder().from(ALPHA).name("つながり　アルファ")
        .corporateNumber(java.util.Optional.empty()).build();
    GrantProgram program = Fixtures.withGrantee(Fixtures.valid(), 1, alphaWithoutNumber);
    assertThat(validator.validate(program).getFindings()).extracting(Finding::getRuleId)
        .containsExactly(Rule.DUPLICATE_ORGANIZATION.getId());
  }

  @Test
  void aSingleGrantIsCheckedWithoutProgramContext() {
    Grant grant = Fixtures.withProject(Fixtures.valid(), 0,
        b -> b.serviceArea(ServiceArea.parse("北海道")).startDate(LocalDate.of(2030, 1, 1))
            .endDate(LocalDate.of(2030, 2, 1))).getGrants().get(0);
    ValidationReport report = validator.validate(grant);
    // No fiscal year without the program: the dates are not reported; the area is.
    assertThat(report.getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.SINGLE_PREFECTURE_AREA.getId(),
            "/project/serviceArea"));
  }

  @Test
  void activitiesWithDescriptionsAreCheckedForMarkup() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.activities(List.of(
        SupportActivity.builder().kind(SupportActivityKind.TRAINING).description("<p>研修会</p>").build())));
    assertThat(validator.validate(program).getFindings()).extracting(Finding::getPath)
        .containsExactly("/grants/0/project/activities/0/description");
  }
}
