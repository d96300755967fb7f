package io.github.tsunagari.validation;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Applicant;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A small program that breaks no rule at all, and ways to change one part of it. */
final class Fixtures {
  private Fixtures() {}

  static final Organization ALPHA = Organization.builder()
      .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
      .name("つながりアルファ")
      .headOffice(Prefecture.TOKYO)
      .corporateNumber(CorporateNumber.of("7000012050002"))
      .build();

  static final Organization BETA = Organization.builder()
      .legalForm(LegalForm.PUBLIC_INTEREST_INCORPORATED_FOUNDATION)
      .name("ベータ財団")
      .headOffice(Prefecture.HYOGO)
      .build();

  static final Organization GAMMA = Organization.builder()
      .legalForm(LegalForm.GENERAL_INCORPORATED_ASSOCIATION)
      .name("ガンマ")
      .headOffice(Prefecture.OSAKA)
      .build();

  static final NamedArea KESEN = NamedArea.builder()
      .name("気仙地区")
      .addMunicipality(Municipality.of("032034", "大船渡市"))
      .addMunicipality(Municipality.of("032107", "陸前高田市"))
      .addMunicipality(Municipality.of("042056", "気仙沼市"))
      .build();

  /** The FY2025 call's terms for private groups: at most 600万円, at most 2/3 of the eligible cost. */
  static final Menu MENU = Menu.builder()
      .name("孤独・孤立対策担い手育成支援事業(民間団体)")
      .addApplicant(Applicant.PRIVATE_GROUP)
      .ceiling(Yen.parse("600万円"))
      .rate(SubsidyRate.parse("2/3"))
      .build();

  static Project project(String title, ServiceArea area) {
    return Project.builder()
        .title(title)
        .summary(title + "のため、研修会とネットワーク会議を開催する。")
        .serviceArea(area)
        .addActivity(SupportActivity.of(SupportActivityKind.TRAINING))
        .addTargetGroup(TargetGroup.NPOS)
        .startDate(LocalDate.of(2024, 7, 1))
        .endDate(LocalDate.of(2025, 3, 31))
        .awardedAmount(Yen.parse("600万円"))
        .eligibleCost(Yen.parse("900万円"))
        .build();
  }

  static GrantProgram valid() {
    return GrantProgram.builder()
        .name("孤独・孤立対策推進交付金")
        .strand("孤独・孤立対策担い手育成支援事業")
        .granteeCategory("中間支援組織")
        .fiscalYear(FiscalYear.of(2024))
        .legalBasis(Law.builder().title("孤独・孤立対策推進法").number("令和5年法律第45号")
            .effectiveDate(LocalDate.of(2024, 4, 1)).build())
        .policyPlan(PolicyPlan.builder().name("重点計画").decisionDate(LocalDate.of(2024, 6, 11))
            .decidedBy("孤独・孤立対策推進本部").build())
        .addAim("地域の実情に応じた孤独・孤立対策を推進")
        .addEligibilityPrinciple("原則、一つの都道府県を超えた区域の事業が対象")
        .statedGranteeCount(2)
        .id(Identifier.of("kodoku-FY2024"))
        .budget(Yen.parse("1,300万円"))
        .addMenu(MENU)
        .addGrant(Grant.builder()
            .position(1)
            .grantee(ALPHA)
            .project(project("気仙地域ネットワーク化事業",
                ServiceArea.parse("宮城県 岩手県").withNamedArea(KESEN)))
            .awardDate(LocalDate.of(2024, 6, 20))
            .menu(MENU.getName())
            .build())
        .addGrant(Grant.builder()
            .position(2)
            .grantee(Consortium.builder().representative(BETA).addMember(BETA).unnamedMembers(true).build())
            .project(Project.builder().from(project("ひょうごモデル推進事業", ServiceArea.parse("兵庫県 茨城県 岐阜県 全国")))
                .addRegrant(Regrant.builder().count(18).amount(Yen.parse("100万円")).description("伴走支援").build())
                .build())
            .menu(MENU.getName())
            .build())
        .build();
  }

  static GrantProgram withGrant(GrantProgram program, int index, UnaryOperator<Grant> change) {
    List<Grant> grants = new ArrayList<>(program.getGrants());
    grants.set(index, change.apply(grants.get(index)));
    return GrantProgram.builder().from(program).grants(grants).build();
  }

  static GrantProgram withProject(GrantProgram program, int index, UnaryOperator<Project.Builder> change) {
    return withGrant(program, index, g -> Grant.builder().from(g)
        .project(change.apply(Project.builder().from(g.getProject())).build()).build());
  }

  static GrantProgram withGrantee(GrantProgram program, int index, Object grantee) {
    return withGrant(program, index, g -> Grant.builder().from(g)
        .grantee((io.github.tsunagari.organization.Grantee) grantee).build());
  }
}
