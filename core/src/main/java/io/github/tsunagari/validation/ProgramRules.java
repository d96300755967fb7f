package io.github.tsunagari.validation;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The program's rules, run in one pass over the data; {@link CrossGrantRules} compares grants through compact keys,
 * so the cost grows linearly with the number of grants.
 *
 * <p>An instance collects the findings of one validation; it is not shared between threads.
 */
final class ProgramRules {
  private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
  private static final List<String> LEGAL_FORM_PREFIXES = legalFormPrefixes();

  private final List<Finding> findings;

  /** Rules that add their findings to the given list. */
  ProgramRules(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Runs the rules that apply to an object of the model on its own: all of them for a program; for a grant, project,
   * consortium, organisation or service area those that need no fiscal year and no other grant.
   *
   * @return false if the object is not of the model, so that no rule applies
   */
  boolean apply(Object object) {
    if (object instanceof GrantProgram) {
      program((GrantProgram) object);
    } else if (object instanceof Grant) {
      grant("", (Grant) object, Optional.empty());
    } else if (object instanceof Project) {
      project("", (Project) object, Optional.empty());
    } else if (object instanceof Consortium) {
      consortium("", (Consortium) object);
    } else if (object instanceof Organization) {
      organization("", (Organization) object);
    } else if (object instanceof ServiceArea) {
      serviceArea("", (ServiceArea) object);
    } else {
      return false;
    }
    return true;
  }

  // ---- program

  void program(GrantProgram program) {
    FiscalYear fy = program.getFiscalYear();
    text("/name", program.getName());
    program.getStrand().ifPresent(s -> text("/strand", s));
    program.getGranteeCategory().ifPresent(s -> text("/granteeCategory", s));
    for (int i = 0; i < program.getAims().size(); i++) {
      text("/aims/" + i, program.getAims().get(i));
    }
    for (int i = 0; i < program.getEligibilityPrinciples().size(); i++) {
      text("/eligibilityPrinciples/" + i, program.getEligibilityPrinciples().get(i));
    }
    program.getLegalBasis().ifPresent(law -> law("/legalBasis", law, fy));
    program.getPolicyPlan().ifPresent(plan -> plan("/policyPlan", plan, fy));
    program.getStatedGranteeCount().ifPresent(stated -> {
      if (stated != program.getGrants().size()) {
        add(Finding.of(Rule.GRANTEE_COUNT_MISMATCH, "/statedGranteeCount", stated, program.getGrants().size()));
      }
    });
    List<Grant> grants = program.getGrants();
    CrossGrantRules crossGrant = new CrossGrantRules("/grants");
    for (int i = 0; i < grants.size(); i++) {
      grant("/grants/" + i, grants.get(i), Optional.of(fy));
      crossGrant.check(i, grants.get(i), findings);
    }
  }

  private void law(String path, Law law, FiscalYear fy) {
    text(path + "/title", law.getTitle());
    law.getEffectiveDate().ifPresent(d -> {
      if (d.isAfter(fy.getEndDate())) {
        add(Finding.of(Rule.LAW_AFTER_FISCAL_YEAR, path + "/effectiveDate", d, fy.getJapaneseLabel(),
            fy.getEndDate()));
      }
    });
  }

  private void plan(String path, PolicyPlan plan, FiscalYear fy) {
    text(path + "/name", plan.getName());
    text(path + "/decidedBy", plan.getDecidedBy());
    if (plan.getDecisionDate().isAfter(fy.getEndDate())) {
      add(Finding.of(Rule.PLAN_AFTER_FISCAL_YEAR, path + "/decisionDate", plan.getDecisionDate(),
          fy.getJapaneseLabel(), fy.getEndDate()));
    }
  }

  // ---- grant and its parts

  void grant(String path, Grant grant, Optional<FiscalYear> fy) {
    if (grant.getGrantee() instanceof Consortium) {
      consortium(path + "/grantee", (Consortium) grant.getGrantee());
    } else {
      organization(path + "/grantee", (Organization) grant.getGrantee());
    }
    fy.ifPresent(year -> grant.getAwardDate().ifPresent(d -> date(path + "/awardDate", d, year)));
    project(path + "/project", grant.getProject(), fy);
  }

  void consortium(String path, Consortium consortium) {
    consortium.getName().ifPresent(n -> text(path + "/name", n));
    organization(path + "/representative", consortium.getRepresentative());
    if (!consortium.getMembers().contains(consortium.getRepresentative())) {
      add(Finding.of(Rule.REPRESENTATIVE_NOT_MEMBER, path + "/members",
          consortium.getRepresentative().getDisplayName()));
    }
    if (consortium.getMembers().size() <= 1 && !consortium.hasUnnamedMembers()) {
      add(Finding.of(Rule.SINGLE_MEMBER_CONSORTIUM, path + "/members", consortium.getMembers().size()));
    }
    for (int i = 0; i < consortium.getMembers().size(); i++) {
      Organization member = consortium.getMembers().get(i);
      if (!member.equals(consortium.getRepresentative())) {
        organization(path + "/members/" + i, member);
      }
    }
  }

  void organization(String path, Organization org) {
    text(path + "/name", org.getName());
    // Full-width letters and brackets (ＮＰＯ法人, （公財）) are common in Japanese data: compare the normalised name.
    String name = Text.normalize(org.getName(), "name");
    for (String prefix : LEGAL_FORM_PREFIXES) {
      if (name.startsWith(prefix)) {
        add(Finding.of(Rule.LEGAL_FORM_IN_NAME, path + "/name", org.getName(), prefix));
        break;
      }
    }
  }

  private static List<String> legalFormPrefixes() {
    List<String> prefixes = new ArrayList<>();
    for (LegalForm form : LegalForm.values()) {
      prefixes.add(form.getJapaneseName());
      for (String s : form.getShortForms()) {
        // Short forms of two characters (一社, 公財 …) also begin ordinary names; only the bracketed ones are marks.
        if (s.length() > 2) {
          prefixes.add(s);
        }
      }
    }
    prefixes.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return List.copyOf(prefixes);
  }

  void project(String path, Project project, Optional<FiscalYear> fy) {
    String title = project.getTitle();
    text(path + "/title", title);
    text(path + "/summary", project.getSummary());
    if (title.codePointCount(0, title.length()) > Rule.LONG_TITLE_LENGTH) {
      add(Finding.of(Rule.LONG_TITLE, path + "/title", title, title.codePointCount(0, title.length()),
          Rule.LONG_TITLE_LENGTH));
    }
    if (!title.isBlank() && title.strip().equals(project.getSummary().strip())) {
      add(Finding.of(Rule.TITLE_EQUALS_SUMMARY, path + "/summary", title));
    }
    if (project.getActivities().isEmpty()) {
      add(Finding.of(Rule.NO_ACTIVITY, path + "/activities", null));
    }
    for (int i = 0; i < project.getActivities().size(); i++) {
      SupportActivity a = project.getActivities().get(i);
      int index = i;
      a.getDescription().ifPresent(d -> text(path + "/activities/" + index + "/description", d));
    }
    if (project.getTargetGroups().isEmpty()) {
      add(Finding.of(Rule.NO_TARGET_GROUP, path + "/targetGroups", null));
    }
    serviceArea(path + "/serviceArea", project.getServiceArea());
    Optional<LocalDate> start = project.getStartDate();
    Optional<LocalDate> end = project.getEndDate();
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      add(Finding.of(Rule.END_BEFORE_START, path + "/endDate", end.get(), start.get()));
    }
    fy.ifPresent(year -> {
      start.ifPresent(d -> date(path + "/startDate", d, year));
      end.ifPresent(d -> date(path + "/endDate", d, year));
    });
  }

  void serviceArea(String path, ServiceArea area) {
    text(path + "/text", area.getText());
    if (isWithinOnePrefectureAsListed(area)) {
      Prefecture only = area.getPrefectures().isEmpty() ? area.touchedPrefectures().iterator().next()
          : area.getPrefectures().get(0);
      add(Finding.of(Rule.SINGLE_PREFECTURE_AREA, path, area.getText(), only.getJapaneseName(),
          only.getEnglishName()));
    }
    if (area.isUnresolved()) {
      add(Finding.of(Rule.UNRESOLVED_AREA, path, area.getText()));
    }
    Set<Prefecture> listed = EnumSet.noneOf(Prefecture.class);
    for (int i = 0; i < area.getPrefectures().size(); i++) {
      Prefecture p = area.getPrefectures().get(i);
      if (!listed.add(p)) {
        add(Finding.of(Rule.DUPLICATE_PREFECTURE, path + "/prefectures/" + i, p.getJapaneseName()));
      }
    }
    boolean checkOutside = !area.isNationwide() && !area.hasUnnamedPrefectures() && !listed.isEmpty();
    for (int i = 0; i < area.getMunicipalities().size(); i++) {
      Municipality m = area.getMunicipalities().get(i);
      text(path + "/municipalities/" + i + "/name", m.getName());
      if (checkOutside && !listed.contains(m.getPrefecture())) {
        add(Finding.of(Rule.REGION_OUTSIDE_AREA, path + "/municipalities/" + i, m.getName(),
            m.getPrefecture().getJapaneseName(), area.getText()));
      }
    }
    for (int i = 0; i < area.getNamedAreas().size(); i++) {
      NamedArea a = area.getNamedAreas().get(i);
      String areaPath = path + "/namedAreas/" + i;
      text(areaPath + "/name", a.getName());
      for (int j = 0; j < a.getMunicipalities().size(); j++) {
        text(areaPath + "/municipalities/" + j + "/name", a.getMunicipalities().get(j).getName());
      }
      if (checkOutside && !listed.containsAll(a.touchedPrefectures())) {
        EnumSet<Prefecture> outside = EnumSet.copyOf(a.touchedPrefectures());
        outside.removeAll(listed);
        add(Finding.of(Rule.REGION_OUTSIDE_AREA, areaPath, a.getName(), names(outside), area.getText()));
      }
    }
  }

  /**
   * The eligibility principle is judged on the area as listed: where the area names prefectures, a municipality or
   * named area elsewhere (reported by its own rule) does not widen it; where it names none, its finer areas count.
   */
  private static boolean isWithinOnePrefectureAsListed(ServiceArea area) {
    if (area.isNationwide() || area.hasUnnamedPrefectures()) {
      return false;
    }
    if (!area.getPrefectures().isEmpty()) {
      return EnumSet.copyOf(area.getPrefectures()).size() == 1;
    }
    return area.isWithinOnePrefecture();
  }

  private static String names(Set<Prefecture> prefectures) {
    StringBuilder sb = new StringBuilder();
    for (Prefecture p : prefectures) {
      if (sb.length() > 0) {
        sb.append('・');
      }
      sb.append(p.getJapaneseName());
    }
    return sb.toString();
  }

  private void date(String path, LocalDate date, FiscalYear fy) {
    if (!fy.contains(date)) {
      add(Finding.of(Rule.DATE_OUTSIDE_FISCAL_YEAR, path, date, fy.getJapaneseLabel(), fy.getStartDate(),
          fy.getEndDate()));
    }
  }

  private void text(String path, String value) {
    if (value.indexOf('<') >= 0 && MARKUP.matcher(value).find()) {
      add(Finding.of(Rule.MARKUP_IN_TEXT, path, value));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        add(Finding.of(Rule.CONTROL_CHARACTER_IN_TEXT, path, value, String.format("U+%04X", (int) c), i));
        break;
      }
    }
  }

  private void add(Finding finding) {
    findings.add(finding);
  }
}
