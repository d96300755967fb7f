package io.github.tsunagari.validation;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.AreaColumn;
import io.github.tsunagari.internal.LegalFormNames;
import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Path;
import io.github.tsunagari.internal.form.Property;
import io.github.tsunagari.internal.form.Walk;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Applicant;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernment;
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
 * The program's rules, run in one walk over the data along its {@linkplain Forms forms}: the paths they report and
 * the text properties the text rules look at come from the forms. {@link CrossGrantRules} compares grants through
 * compact keys, so the cost grows linearly with the number of grants.
 *
 * <p>An instance collects the findings of one validation; it is not shared between threads.
 */
final class ProgramRules implements Walk.Visitor {
  private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>|<!--");
  private static final String[] LEGAL_FORM_PREFIXES = legalFormPrefixes().toArray(new String[0]);

  // The names of the properties the rules point at, read from the forms.
  static final String GRANTS = name(Forms.PROGRAM, "grants");
  private static final String STATED_COUNT = name(Forms.PROGRAM, "statedGranteeCount");
  private static final String EFFECTIVE_DATE = name(Forms.LAW, "effectiveDate");
  private static final String DECISION_DATE = name(Forms.POLICY_PLAN, "decisionDate");
  private static final String AWARD_DATE = name(Forms.GRANT, "awardDate");
  private static final String MEMBERS = name(Forms.CONSORTIUM, "members");
  private static final String ORGANIZATION_NAME = name(Forms.ORGANIZATION, "name");
  private static final String TITLE = name(Forms.PROJECT, "title");
  private static final String SUMMARY = name(Forms.PROJECT, "summary");
  private static final String ACTIVITIES = name(Forms.PROJECT, "activities");
  private static final String TARGET_GROUPS = name(Forms.PROJECT, "targetGroups");
  private static final String START_DATE = name(Forms.PROJECT, "startDate");
  private static final String END_DATE = name(Forms.PROJECT, "endDate");
  private static final String PREFECTURES = name(Forms.SERVICE_AREA, "prefectures");
  private static final String MUNICIPALITIES = name(Forms.SERVICE_AREA, "municipalities");
  private static final String NAMED_AREAS = name(Forms.SERVICE_AREA, "namedAreas");
  private static final String AWARDED_AMOUNT = name(Forms.PROJECT, "awardedAmount");
  private static final String MENU = name(Forms.GRANT, "menu");
  private static final String MENUS = name(Forms.PROGRAM, "menus");
  private static final String MENU_NAME = name(Forms.MENU, "name");
  private static final String REGRANTS = name(Forms.PROJECT, "regrants");
  private static final String BUDGET = name(Forms.PROGRAM, "budget");
  private static final String MUNICIPALITY_CODE = name(Forms.MUNICIPALITY, "code");
  private static final String MUNICIPALITY_NAME = name(Forms.MUNICIPALITY, "name");
  private static final String LOCAL_GOVERNMENT_NAME = name(Forms.LOCAL_GOVERNMENT_GRANTEE, "name");
  private static final String GRANTEE = name(Forms.GRANT, "grantee");
  private static final String LOCAL_GOVERNMENT_CODE = name(Forms.LOCAL_GOVERNMENT_GRANTEE, "code");
  private static final String LOCAL_GOVERNMENT_NUMBER = name(Forms.LOCAL_GOVERNMENT_GRANTEE, "corporateNumber");

  private final List<Finding> findings;
  private final FieldChecks checks;
  /** The reference date ("today") and the limits the date rules derive from it. */
  private final LocalDate referenceDate;
  private final LocalDate farFuture;
  private final LocalDate farPast;
  private Optional<FiscalYear> fiscalYear = Optional.empty();
  /** Where the rules are off (a consortium member that is its representative): from this depth down; or -1. */
  private int rulesOffBelow = -1;
  private Organization representative; // of the consortium being walked
  private int listedGrants;
  private List<Menu> menus = List.of(); // the program's, where a program is validated
  private Menu menu; // the menu of the grant being walked, if it names one the program has
  private boolean walkingGrants = true; // false while a program's own parts are walked: its grants come one by one

  /**
   * Rules that add their findings to the given list.
   *
   * @param checks the direct checks of the model's constraints to run in the same walk, or null where a Jakarta
   *     validator checks them
   * @param referenceDate the day the dates are checked against: an award after it is in the future
   */
  ProgramRules(List<Finding> findings, FieldChecks checks, LocalDate referenceDate) {
    this.findings = findings;
    this.checks = checks;
    this.referenceDate = referenceDate;
    this.farFuture = referenceDate.plusYears(Rule.FAR_FUTURE_YEARS);
    this.farPast = referenceDate.minusYears(Rule.FAR_PAST_YEARS);
  }

  private static String name(Form<?> form, String property) {
    return form.property(property).name();
  }

  /**
   * Runs the rules that apply to an object of the model on its own: all of them for a program; for any other object
   * of the forms, those that need no fiscal year and no other grant.
   *
   * @return false if the object is not of the model, so that no rule applies
   */
  boolean apply(Object object) {
    if (object instanceof GrantProgram) {
      program((GrantProgram) object);
      return true;
    }
    Optional<Form<Object>> form = Walk.formOf(object);
    form.ifPresent(f -> Walk.walk(f, object, Path.root(), this));
    return form.isPresent();
  }

  /** All the rules of a program. */
  void program(GrantProgram program) {
    program(program, null, program.getGrants().size());
  }

  /**
   * All the rules of a program, whose grants may be those of a document that could be read only in part.
   *
   * @param documentIndex the index of each grant in the document, or null where they are the same
   * @param listedGrants how many grants the document lists, readable or not
   */
  void program(GrantProgram program, int[] documentIndex, int listedGrants) {
    fiscalYear = Optional.of(program.getFiscalYear());
    this.listedGrants = listedGrants;
    menus = program.getMenus();
    walkingGrants = false;
    Walk.walk(Forms.PROGRAM, program, Path.root(), this);
    walkingGrants = true;
    List<Grant> grants = program.getGrants();
    String collection = Path.append("", GRANTS);
    CrossGrantRules crossGrant = new CrossGrantRules(collection, program.getId().orElse(null));
    for (int i = 0; i < grants.size(); i++) {
      int index = documentIndex == null ? i : documentIndex[i];
      Walk.walk(Forms.GRANT, grants.get(i), Path.under(Path.append(collection, index)), this);
      crossGrant.check(index, grants.get(i), findings);
    }
    program.getBudget().ifPresent(budget -> budget(budget, grants));
  }

  /** The awards against the budget; a sum beyond any amount of yen is beyond the budget too. */
  private void budget(Yen budget, List<Grant> grants) {
    long sum = 0;
    for (int k = 0; k < grants.size(); k++) {
      Optional<Yen> amount = grants.get(k).getProject().getAwardedAmount();
      if (amount.isPresent()) {
        sum += amount.get().getAmount();
        if (sum < 0) {
          sum = Long.MAX_VALUE;
          break;
        }
      }
    }
    if (sum > budget.getAmount()) {
      add(Finding.of(Rule.OVER_BUDGET, Path.root().pointer(BUDGET), Long.toString(sum), money(Yen.of(sum)),
          money(budget)));
    }
  }

  /** A rate in each language's form: 1/2以内, at most 1/2; 3分の2, 2/3. */
  private static Messages.Names rate(io.github.tsunagari.money.SubsidyRate rate) {
    String share = rate.getNotation() == io.github.tsunagari.money.SubsidyRate.Notation.PERCENT
        ? rate.getNumerator() + "%" : rate.getNumerator() + "/" + rate.getDenominator();
    return new Messages.Names(rate.toString(), rate.isAtMost() ? "at most " + share : share);
  }

  /** An amount in each language's form: 600万円, ¥6,000,000. */
  private static Messages.Names money(Yen yen) {
    String grouped = String.format(java.util.Locale.ROOT, "¥%,d", yen.getAmount());
    String tax = yen.getTax().map(t -> " (" + t.getEnglishName() + ")").orElse("");
    return new Messages.Names(yen.format(), grouped + tax);
  }

  /** The rules of one grant of a stream, at the given path, with the stream's fiscal year where it is known. */
  void grant(String path, Grant grant, Optional<FiscalYear> fy) {
    fiscalYear = fy;
    menus = List.of();
    Walk.walk(Forms.GRANT, grant, Path.under(path), this);
  }

  // ---- the walk

  @Override
  public boolean object(Form<?> form, Object value, Path path) {
    if (rulesOffBelow >= 0 && path.depth() <= rulesOffBelow) {
      rulesOffBelow = -1; // out of the part the rules leave alone
    }
    if (form == Forms.GRANT && !walkingGrants) {
      return false; // a program's grants are walked one by one
    }
    if (checks != null) {
      checks.object(form, value, path, findings);
    }
    if (rulesOffBelow >= 0) {
      return true;
    }
    if (form == Forms.PROGRAM) {
      program((GrantProgram) value, path);
    } else if (form == Forms.LAW) {
      law((Law) value, path);
    } else if (form == Forms.POLICY_PLAN) {
      plan((PolicyPlan) value, path);
    } else if (form == Forms.GRANT) {
      grant((Grant) value, path);
    } else if (form == Forms.CONSORTIUM) {
      consortium((Consortium) value, path);
    } else if (form == Forms.ORGANIZATION) {
      if (path.lastName().equals(MEMBERS) && value.equals(representative)) {
        // The representative as a member: the rules' findings are the representative's, but its constraints are
        // checked here too, as a Jakarta validator checks every element of the members.
        rulesOffBelow = path.depth();
        return checks != null;
      }
      organization((Organization) value, path);
    } else if (form == Forms.PROJECT) {
      project((Project) value, path);
    } else if (form == Forms.SERVICE_AREA) {
      serviceArea((ServiceArea) value, path);
    } else if (form == Forms.LOCAL_GOVERNMENT_GRANTEE) {
      localGovernment((LocalGovernmentGrantee) value, path);
    } else if (form == Forms.MUNICIPALITY) {
      Municipality m = (Municipality) value;
      if (!LocalGovernment.isRegistered(m.getCode())) {
        add(Finding.of(Rule.UNKNOWN_LOCAL_GOVERNMENT, path.pointer(MUNICIPALITY_CODE), m.getCode(), m.getName(),
            LocalGovernment.registryVersion()));
      } else if (isPlainName(m.getName()) && !LocalGovernment.isNameOf(m.getName(), m.getCode())) {
        add(Finding.of(Rule.LOCAL_GOVERNMENT_NAME_MISMATCH, path.pointer(MUNICIPALITY_NAME), m.getName(), m.getCode(),
            LocalGovernment.of(m.getCode()).getFullName()));
      }
    }
    return true;
  }

  @Override
  public void text(Property<?, ?> property, String value, Path path) {
    if (checks != null) {
      checks.text(property, value, path, findings);
    }
    if (rulesOffBelow >= 0 && path.depth() > rulesOffBelow) {
      return;
    }
    if (value.indexOf('<') >= 0 && MARKUP.matcher(value).find()) {
      add(Finding.of(Rule.MARKUP_IN_TEXT, path.pointer(), value));
    }
    boolean control = false;
    boolean surrogate = false;
    for (int i = 0; i < value.length() && !(control && surrogate); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 || c >= 0xE000) {
        continue; // printable ASCII, kana, kanji and the rest of the BMP: nearly every character
      }
      if (c < 0xD800) {
        if (!control && c != '\t' && c != '\n' && c != '\r') {
          control = true;
          add(Finding.of(Rule.CONTROL_CHARACTER_IN_TEXT, path.pointer(), value, String.format("U+%04X", (int) c),
              value.codePointCount(0, i) + 1));
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a character beyond U+FFFF, whole
      } else if (!surrogate) {
        surrogate = true;
        add(Finding.of(Rule.UNPAIRED_SURROGATE_IN_TEXT, path.pointer(), value, String.format("U+%04X", (int) c),
            value.codePointCount(0, i) + 1));
      }
    }
  }

  // ---- the rules, object by object

  private void program(GrantProgram program, Path path) {
    Set<String> menuNames = new java.util.HashSet<>();
    for (int i = 0; i < program.getMenus().size(); i++) {
      String name = program.getMenus().get(i).getName();
      if (!menuNames.add(name)) {
        add(Finding.of(Rule.DUPLICATE_MENU, Path.append(path.pointer(MENUS, i), MENU_NAME), name));
      }
    }
    program.getStatedGranteeCount().ifPresent(stated -> {
      if (stated != listedGrants) {
        add(Finding.of(Rule.GRANTEE_COUNT_MISMATCH, path.pointer(STATED_COUNT), stated, listedGrants));
      }
    });
  }

  private void grant(Grant grant, Path path) {
    grant.getAwardDate().ifPresent(d -> {
      date(path, AWARD_DATE, d);
      if (d.isAfter(referenceDate)) {
        add(Finding.of(Rule.AWARD_DATE_IN_FUTURE, path.pointer(AWARD_DATE), d, referenceDate));
      }
    });
    menu = null;
    Optional<String> named = grant.getMenu();
    if (named.isPresent() && !menus.isEmpty()) {
      String name = named.get();
      for (int k = 0; k < menus.size(); k++) {
        if (menus.get(k).getName().equals(name)) {
          menu = menus.get(k);
          break;
        }
      }
      if (menu == null) {
        List<String> names = new ArrayList<>();
        menus.forEach(m -> names.add(m.getName()));
        add(Finding.of(Rule.UNKNOWN_MENU, path.pointer(MENU), name, Messages.data(names)));
      } else if (!menu.getApplicants().isEmpty()) {
        Applicant applicant = grant.getGrantee() instanceof LocalGovernmentGrantee ? Applicant.LOCAL_GOVERNMENT
            : Applicant.PRIVATE_GROUP;
        if (!menu.getApplicants().contains(applicant)) {
          add(Finding.of(Rule.APPLICANT_NOT_IN_MENU, path.pointer(GRANTEE), grant.getGrantee().getRecipientName(),
              applicant, menu.getName(), Messages.list(menu.getApplicants())));
        }
      }
    }
  }

  /**
   * Whether a name is plain text that can be compared with the registry's: not blank, not over 100 characters, no
   * markup, control character or half character. A name that is not is reported by the text and field rules, once.
   */
  private static boolean isPlainName(String name) {
    if (name.isBlank() || name.codePointCount(0, name.length()) > 100) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++; // a whole character beyond U+FFFF
      } else if (c < 0x20 || c == '<' || c == 0x7F || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A local government grantee: a registered code, and the corporate number its code gives. */
  private void localGovernment(LocalGovernmentGrantee grantee, Path path) {
    Optional<LocalGovernment.Kind> kind = LocalGovernment.kindOf(grantee.getCode());
    if (kind.isEmpty()) {
      add(Finding.of(Rule.UNKNOWN_LOCAL_GOVERNMENT, path.pointer(LOCAL_GOVERNMENT_CODE), grantee.getCode(),
          grantee.getName(), LocalGovernment.registryVersion()));
    } else if (isPlainName(grantee.getName()) && !LocalGovernment.isNameOf(grantee.getName(), grantee.getCode())) {
      add(Finding.of(Rule.LOCAL_GOVERNMENT_NAME_MISMATCH, path.pointer(LOCAL_GOVERNMENT_NAME), grantee.getName(),
          grantee.getCode(), LocalGovernment.of(grantee.getCode()).getFullName()));
    }
    if (kind.isPresent() && kind.get() == LocalGovernment.Kind.WARD) {
      add(Finding.of(Rule.WARD_GRANTEE, path.pointer(LOCAL_GOVERNMENT_CODE), grantee.getCode(), grantee.getName()));
      return; // a ward has no corporate number to compare with
    }
    grantee.getCorporateNumber().ifPresent(given -> {
      CorporateNumber derived = grantee.getDerivedCorporateNumber().orElseThrow();
      if (!derived.equals(given)) {
        add(Finding.of(Rule.LOCAL_GOVERNMENT_CORPORATE_NUMBER, path.pointer(LOCAL_GOVERNMENT_NUMBER), given,
            grantee.getCode(), derived));
      }
    });
  }

  /**
   * The awarded amount: not zero, not less than what the project passes on, within the menu's ceiling and within its
   * rate of the eligible cost.
   */
  private void amounts(Project project, Path path) {
    Optional<Yen> amount = project.getAwardedAmount();
    if (amount.isEmpty()) {
      return;
    }
    Yen awarded = amount.get();
    String pointer = path.pointer(AWARDED_AMOUNT);
    if (awarded.isZero()) {
      add(Finding.of(Rule.ZERO_AMOUNT, pointer, awarded.toPlainString()));
    }
    long passedOn = 0;
    List<io.github.tsunagari.program.Regrant> regrants = project.getRegrants();
    for (int k = 0; k < regrants.size(); k++) {
      Optional<Yen> part = regrants.get(k).getAmount();
      passedOn += part.isPresent() ? part.get().getAmount() : 0;
      if (passedOn < 0) {
        passedOn = Long.MAX_VALUE; // beyond any amount of yen, so beyond the grant too
        break;
      }
    }
    if (passedOn > awarded.getAmount()) {
      add(Finding.of(Rule.REGRANTS_OVER_GRANT, path.pointer(REGRANTS), Long.toString(passedOn),
          money(Yen.of(passedOn)), money(awarded)));
    }
    if (menu == null) {
      return;
    }
    Menu m = menu;
    m.getCeiling().ifPresent(ceiling -> {
      if (awarded.compareTo(ceiling) > 0) {
        add(Finding.of(Rule.OVER_CEILING, pointer, awarded.toPlainString(), money(awarded), money(ceiling),
            m.getName()));
      }
    });
    m.getRate().ifPresent(rate -> project.getEligibleCost().ifPresent(cost -> {
      Yen most = rate.applyTo(cost);
      if (awarded.compareTo(most) > 0) {
        add(Finding.of(Rule.OVER_RATE, pointer, awarded.toPlainString(), money(awarded), rate(rate), money(cost),
            money(most)));
      }
    }));
  }

  private void law(Law law, Path path) {
    fiscalYear.ifPresent(fy -> law.getEffectiveDate().ifPresent(d -> {
      if (d.isAfter(fy.getEndDate())) {
        add(Finding.of(Rule.LAW_AFTER_FISCAL_YEAR, path.pointer(EFFECTIVE_DATE), d, fy,
            fy.getEndDate()));
      }
    }));
  }

  private void plan(PolicyPlan plan, Path path) {
    fiscalYear.ifPresent(fy -> {
      if (plan.getDecisionDate().isAfter(fy.getEndDate())) {
        add(Finding.of(Rule.PLAN_AFTER_FISCAL_YEAR, path.pointer(DECISION_DATE), plan.getDecisionDate(),
            fy, fy.getEndDate()));
      }
    });
  }

  private void consortium(Consortium consortium, Path path) {
    representative = consortium.getRepresentative();
    if (!consortium.getMembers().contains(consortium.getRepresentative())) {
      add(Finding.of(Rule.REPRESENTATIVE_NOT_MEMBER, path.pointer(MEMBERS),
          consortium.getRepresentative().getDisplayName()));
    }
    if (consortium.getMembers().size() <= 1 && !consortium.hasUnnamedMembers()) {
      add(Finding.of(Rule.SINGLE_MEMBER_CONSORTIUM, path.pointer(MEMBERS), consortium.getMembers().size()));
    }
  }

  private void organization(Organization org, Path path) {
    // Full-width letters and brackets (ＮＰＯ法人, （公財）) are common in Japanese data: compare folded names.
    String name = Text.fold(org.getName());
    for (String prefix : LEGAL_FORM_PREFIXES) { // an array: no iterator per organisation
      if (name.startsWith(prefix)) {
        add(Finding.of(Rule.LEGAL_FORM_IN_NAME, path.pointer(ORGANIZATION_NAME), org.getName(), prefix));
        break;
      }
    }
  }

  /** The legal forms' marks, folded as names are, longest first. */
  private static List<String> legalFormPrefixes() {
    List<String> prefixes = new ArrayList<>();
    for (String mark : LegalFormNames.marks()) {
      prefixes.add(Text.fold(mark));
    }
    prefixes.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return List.copyOf(prefixes);
  }

  private void project(Project project, Path path) {
    String title = project.getTitle();
    int length = title.codePointCount(0, title.length());
    if (length > Rule.LONG_TITLE_LENGTH) {
      add(Finding.of(Rule.LONG_TITLE, path.pointer(TITLE), title, length, Rule.LONG_TITLE_LENGTH));
    }
    if (!title.isBlank() && title.strip().equals(project.getSummary().strip())) {
      add(Finding.of(Rule.TITLE_EQUALS_SUMMARY, path.pointer(SUMMARY), title));
    }
    if (project.getActivities().isEmpty()) {
      add(Finding.of(Rule.NO_ACTIVITY, path.pointer(ACTIVITIES), null));
    }
    if (project.getTargetGroups().isEmpty()) {
      add(Finding.of(Rule.NO_TARGET_GROUP, path.pointer(TARGET_GROUPS), null));
    }
    Optional<LocalDate> start = project.getStartDate();
    Optional<LocalDate> end = project.getEndDate();
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      add(Finding.of(Rule.END_BEFORE_START, path.pointer(END_DATE), end.get(), start.get()));
    }
    start.ifPresent(d -> projectDate(path, START_DATE, d));
    end.ifPresent(d -> projectDate(path, END_DATE, d));
    amounts(project, path);
  }

  private void serviceArea(ServiceArea area, Path path) {
    if (isWithinOnePrefectureAsListed(area)) {
      Prefecture only = area.getPrefectures().isEmpty() ? area.touchedPrefectures().iterator().next()
          : area.getPrefectures().get(0);
      add(Finding.of(Rule.SINGLE_PREFECTURE_AREA, path.pointer(), area.getText(), only.getJapaneseName(),
          only.getEnglishName()));
    }
    if (area.isUnresolved()) {
      add(Finding.of(Rule.UNRESOLVED_AREA, path.pointer(), area.getText()));
    }
    textAgainstArea(area, path);
    Set<Prefecture> listed = EnumSet.noneOf(Prefecture.class);
    for (int i = 0; i < area.getPrefectures().size(); i++) {
      Prefecture p = area.getPrefectures().get(i);
      if (!listed.add(p)) {
        add(Finding.of(Rule.DUPLICATE_PREFECTURE, path.pointer(PREFECTURES, i), p.getJapaneseName(), p));
      }
    }
    if (area.isNationwide() || area.hasUnnamedPrefectures() || listed.isEmpty()) {
      return;
    }
    if (!listed.containsAll(area.touchedPrefectures())) {
      listed.addAll(namedByText(area)); // 宮城県、岩手県大船渡市: the text itself names 大船渡市 and so 岩手県
    }
    for (int i = 0; i < area.getMunicipalities().size(); i++) {
      Municipality m = area.getMunicipalities().get(i);
      if (!listed.contains(m.getPrefecture())) {
        add(Finding.of(Rule.REGION_OUTSIDE_AREA, path.pointer(MUNICIPALITIES, i), m.getName(), m.getPrefecture(),
            area.getText()));
      }
    }
    for (int i = 0; i < area.getNamedAreas().size(); i++) {
      NamedArea a = area.getNamedAreas().get(i);
      if (!listed.containsAll(a.touchedPrefectures())) {
        EnumSet<Prefecture> outside = EnumSet.copyOf(a.touchedPrefectures());
        outside.removeAll(listed);
        add(Finding.of(Rule.REGION_OUTSIDE_AREA, path.pointer(NAMED_AREAS, i), a.getName(), Messages.list(outside),
            area.getText()));
      }
    }
  }

  /**
   * The area text against the regions the area lists: where the text is an area column (prefecture names, 全国,
   * 〇〇県を中心とした複数県), it must name the same prefectures and 全国 as the area lists; where it is free text (北海道北部地域),
   * every prefecture it names in full must be one the area touches, and 全国 must be nationwide.
   */
  private void textAgainstArea(ServiceArea area, Path path) {
    Set<Prefecture> listed = EnumSet.noneOf(Prefecture.class);
    listed.addAll(area.getPrefectures());
    Set<Prefecture> named;
    boolean nationwideNamed;
    boolean disagrees;
    AreaColumn asWritten = AreaColumn.read(area.getText());
    if (asWritten.isAreaColumn()) {
      named = EnumSet.noneOf(Prefecture.class);
      named.addAll(asWritten.prefectures());
      nationwideNamed = asWritten.isNationwide();
      disagrees = !named.equals(listed) || nationwideNamed != area.isNationwide();
    } else {
      named = AreaColumn.namedIn(area.getText());
      nationwideNamed = area.getText().contains("全国");
      disagrees = !area.touchedPrefectures().containsAll(named) || nationwideNamed && !area.isNationwide();
    }
    if (disagrees) {
      add(Finding.of(Rule.AREA_TEXT_DISAGREES, path.pointer(), area.getText(), regions(named, nationwideNamed),
          regions(listed, area.isNationwide())));
    }
  }

  /** Prefectures and 全国 for a message, or the message's word for none. */
  private static Object regions(Set<Prefecture> prefectures, boolean nationwide) {
    if (prefectures.isEmpty() && !nationwide) {
      return new Messages.Message("area.none");
    }
    List<io.github.tsunagari.Bilingual> regions = new ArrayList<>(prefectures);
    if (nationwide) {
      regions.add(NATIONWIDE);
    }
    return Messages.list(regions);
  }

  private static final io.github.tsunagari.Bilingual NATIONWIDE = new Messages.Names("全国", "nationwide");

  /**
   * The eligibility principle is judged on the area as listed: where the area names prefectures, a municipality or
   * named area elsewhere (reported by its own rule) does not widen it; where it names none, its finer areas count.
   */
  private static boolean isWithinOnePrefectureAsListed(ServiceArea area) {
    if (area.isNationwide() || area.hasUnnamedPrefectures()) {
      return false;
    }
    if (!area.getPrefectures().isEmpty()) {
      EnumSet<Prefecture> listed = EnumSet.copyOf(area.getPrefectures());
      if (listed.size() == 1 && !listed.containsAll(area.touchedPrefectures())) {
        listed.addAll(namedByText(area)); // the regions the text itself names are listed, not from a summary
      }
      return listed.size() == 1;
    }
    return area.isWithinOnePrefecture();
  }

  /**
   * The prefectures of the regions an area's own text names (宮城県、岩手県大船渡市 names 大船渡市, in 岩手県): they are
   * listed by the area column, not added from a project's summary. Read only where the area touches more than it
   * lists, so that most areas are never read twice.
   */
  private static Set<Prefecture> namedByText(ServiceArea area) {
    try {
      ServiceArea asWritten = ServiceArea.read(area.getText()).getArea();
      if (asWritten.isNationwide() || asWritten.hasUnnamedPrefectures()) {
        return EnumSet.noneOf(Prefecture.class);
      }
      return asWritten.touchedPrefectures();
    } catch (io.github.tsunagari.InvalidValueException blank) {
      return EnumSet.noneOf(Prefecture.class);
    }
  }

  /**
   * A date of the object at {@code path}, in its property {@code name}, against the fiscal year and far in the past
   * (an award date in the future at all is its own rule; a project's date far in the future is {@link #projectDate}).
   */
  private void date(Path path, String name, LocalDate date) {
    fiscalYear.ifPresent(fy -> {
      if (!fy.contains(date)) {
        add(Finding.of(Rule.DATE_OUTSIDE_FISCAL_YEAR, path.pointer(name), date, fy, fy.getStartDate(),
            fy.getEndDate()));
      }
    });
    if (date.isBefore(farPast)) {
      add(Finding.of(Rule.FAR_PAST_DATE, path.pointer(name), date, referenceDate, Rule.FAR_PAST_YEARS));
    }
  }

  /** A project's date: as every {@link #date}, and also far in the future. */
  private void projectDate(Path path, String name, LocalDate date) {
    date(path, name, date);
    if (date.isAfter(farFuture)) {
      add(Finding.of(Rule.FAR_FUTURE_DATE, path.pointer(name), date, referenceDate, Rule.FAR_FUTURE_YEARS));
    }
  }

  private void add(Finding finding) {
    findings.add(finding);
  }
}
