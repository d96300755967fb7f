package io.github.tsunagari.examples;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;

/** Builds a small program in code and validates it: one grant whose area stays inside one prefecture. */
public final class BuildAndValidate {
  private BuildAndValidate() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Organization org = Organization.builder()
        .legalForm(LegalForm.parse("NPO法人"))
        .name("つながりサポート")
        .headOffice(Prefecture.parse("宮城県"))
        .build();
    Project project = Project.builder()
        .title("地域の居場所づくり担い手育成事業")
        .summary("居場所づくりに取り組むNPO等に研修会と伴走型支援を行う。")
        .serviceArea(ServiceArea.parse("宮城県"))                 // one prefecture: an exception to the principle
        .addActivity(SupportActivity.of(SupportActivityKind.TRAINING))
        .addActivity(SupportActivity.of(SupportActivityKind.HANDS_ON_SUPPORT))
        .addTargetGroup(TargetGroup.NPOS)
        .build();
    GrantProgram program = GrantProgram.builder()
        .name("孤独・孤立対策推進交付金")
        .fiscalYear(FiscalYear.parse("令和6年度"))
        .addGrant(Grant.builder().position(1).grantee(org).project(project).build())
        .build();

    ValidationReport report = GrantValidator.create().validate(program);
    System.out.println(report.toText(Locale.ENGLISH));
  }
}
