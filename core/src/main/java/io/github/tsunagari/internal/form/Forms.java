package io.github.tsunagari.internal.form;

import static io.github.tsunagari.internal.form.Kinds.CORPORATE_NUMBER;
import static io.github.tsunagari.internal.form.Kinds.DATE;
import static io.github.tsunagari.internal.form.Kinds.FISCAL_YEAR;
import static io.github.tsunagari.internal.form.Kinds.LEGAL_FORM;
import static io.github.tsunagari.internal.form.Kinds.LOCAL_GOVERNMENT_CODE;
import static io.github.tsunagari.internal.form.Kinds.PREFECTURE;
import static io.github.tsunagari.internal.form.Kinds.TEXT;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.activity.DeliveryMode;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.NpoCertification;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Applicant;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.ServiceArea;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of every model type, once: each property's name, Japanese name, description, kind, cardinality,
 * getter and builder method, in canonical order. The JSON reader and writer, the rules' paths and text checks, the
 * JSON Schema and the testkit's completeness checks are derived from these. Adding a property to the model means the
 * model and one line here. Not part of the API.
 */
public final class Forms {
  private Forms() {}

  // ---- codes of the model's enums

  /** NPO certification, by constant name. */
  public static final CodeKind<NpoCertification> NPO_CERTIFICATION = Kinds.constants("npoCertification", "認定の状況",
      "NPO certification", NpoCertification.class, NpoCertification::parse);
  /** Kind of support activity, by constant name. */
  public static final CodeKind<SupportActivityKind> SUPPORT_ACTIVITY_KIND = Kinds.constants("supportActivityKind",
      "支援の種類", "Support activity kind", SupportActivityKind.class, SupportActivityKind::parse);
  /** Delivery mode, by constant name. */
  public static final CodeKind<DeliveryMode> DELIVERY_MODE = Kinds.constants("deliveryMode", "実施方法",
      "Delivery mode", DeliveryMode.class, DeliveryMode::parse);
  /** Target group, by constant name. */
  public static final CodeKind<TargetGroup> TARGET_GROUP = Kinds.constants("targetGroup", "支援の対象", "Target group",
      TargetGroup.class, TargetGroup::parse);

  // ---- regions

  /** A municipality (市区町村). */
  public static final Form<Municipality> MUNICIPALITY = Form.define("municipality", Municipality.class, "市区町村",
      "Municipality", "A city, ward, town or village: its local government code and name.", Municipality::builder,
      Municipality.Builder::build)
      .required("code", "地方公共団体コード", "The local government code; a prefecture's own code is not a municipality's.",
          LOCAL_GOVERNMENT_CODE, Municipality::getCode, Municipality.Builder::code)
      .required("name", "名称", "The name as written, such as 大船渡市.", TEXT, Municipality::getName,
          Municipality.Builder::name)
      .form();

  /** A named area (気仙地区, 北摂エリア, 十勝管内). */
  public static final Form<NamedArea> NAMED_AREA = Form.define("namedArea", NamedArea.class, "名前のある地域",
      "Named area", "An area known by a name rather than one administrative unit, made of at least one prefecture or"
          + " municipality.", NamedArea::builder, NamedArea.Builder::build)
      .required("name", "地域の名前", "The name as written, such as 気仙地区.", TEXT, NamedArea::getName,
          NamedArea.Builder::name)
      .list("prefectures", "都道府県", "The whole prefectures the area is made of, or lies in.", PREFECTURE,
          NamedArea::getPrefectures, NamedArea.Builder::addPrefecture)
      .list("municipalities", "市区町村", "The municipalities the area is made of.", Kinds.object(MUNICIPALITY),
          NamedArea::getMunicipalities, NamedArea.Builder::addMunicipality)
      .form();

  /** The area a project serves (事業区域). */
  public static final Form<ServiceArea> SERVICE_AREA = Form.define("serviceArea", ServiceArea.class, "事業区域",
      "Service area", "The area a project serves: the text as the source wrote it, and the regions it resolves to.",
      ServiceArea::builder, ServiceArea.Builder::build)
      .required("text", "事業区域の記載", "The area as written, such as 宮城県 岩手県 or 神奈川県を中心とした複数県.", TEXT,
          ServiceArea::getText, ServiceArea.Builder::text)
      .list("prefectures", "都道府県", "The prefectures the area names, in the order written.", PREFECTURE,
          ServiceArea::getPrefectures, ServiceArea.Builder::addPrefecture)
      .flag("nationwide", "全国", "True if the area is nationwide (全国); written only when true.",
          ServiceArea::isNationwide, ServiceArea.Builder::nationwide)
      .optional("center", "中心の都道府県", "The prefecture the area is centred on; it must be one of prefectures.",
          PREFECTURE, ServiceArea::getCenter, ServiceArea.Builder::center)
      .flag("unnamedPrefectures", "名前の挙がっていない都道府県",
          "True if the area includes further prefectures that are not named; written only when true.",
          ServiceArea::hasUnnamedPrefectures, ServiceArea.Builder::unnamedPrefectures)
      .list("municipalities", "市区町村", "Municipalities the area names.", Kinds.object(MUNICIPALITY),
          ServiceArea::getMunicipalities, ServiceArea.Builder::addMunicipality)
      .list("namedAreas", "名前のある地域", "Named areas within the area, such as 気仙地区.", Kinds.object(NAMED_AREA),
          ServiceArea::getNamedAreas, ServiceArea.Builder::addNamedArea)
      .form();

  // ---- organisations

  /** An organisation (団体), without the grantee's {@code type}. */
  public static final Form<Organization> ORGANIZATION = Form.define("organization", Organization.class, "団体",
      "Organization", "An organisation: its registered name, legal form, head office and identifiers.",
      Organization::builder, Organization.Builder::build)
      .required("name", "団体名", "The registered name without the legal form, such as サービスグラント.", TEXT,
          Organization::getName, Organization.Builder::name)
      .required("legalForm", "法人格", "The legal form; UNINCORPORATED (任意団体) for a group without one.", LEGAL_FORM, Organization::getLegalForm,
          Organization.Builder::legalForm)
      .optional("headOffice", "所在地", "The prefecture of the head office.", PREFECTURE, Organization::getHeadOffice,
          Organization.Builder::headOffice)
      .optional("corporateNumber", "法人番号",
          "The corporate number; a group without legal personality (UNINCORPORATED, 任意団体) has none.", CORPORATE_NUMBER,
          Organization::getCorporateNumber, Organization.Builder::corporateNumber)
      .optional("npoCertification", "認定の状況",
          "The NPO certification status; only a SPECIFIED_NONPROFIT_CORPORATION has one.", NPO_CERTIFICATION,
          Organization::getNpoCertification, Organization.Builder::npoCertification)
      .form();

  /** A consortium (コンソーシアム). */
  public static final Form<Consortium> CONSORTIUM = Form.define("consortium", Consortium.class, "コンソーシアム",
      "Consortium", "Organisations that carry out a project together; the representative receives the grant.",
      Consortium::builder, Consortium.Builder::build)
      .optional("name", "コンソーシアムの名称", "The consortium's name, where it has one.", TEXT, Consortium::getName,
          Consortium.Builder::name)
      .required("representative", "代表団体", "The representative, which receives the grant.",
          Kinds.object(ORGANIZATION), Consortium::getRepresentative, Consortium.Builder::representative)
      .list("members", "構成団体", "The members the source names, including the representative.",
          Kinds.object(ORGANIZATION), Consortium::getMembers, Consortium.Builder::addMember)
      .flag("unnamedMembers", "名前の挙がっていない構成団体",
          "True if further members exist that are not named; written only when true.", Consortium::hasUnnamedMembers,
          Consortium.Builder::unnamedMembers)
      .form();

  /** A local government that receives a grant (交付先の地方公共団体). */
  public static final Form<LocalGovernmentGrantee> LOCAL_GOVERNMENT_GRANTEE = Form.define("localGovernmentGrantee",
      LocalGovernmentGrantee.class, "交付先の地方公共団体", "Local government grantee",
      "A prefecture or municipality that receives a grant: its code and its name as written; its corporate number"
          + " follows from the code.", LocalGovernmentGrantee::builder, LocalGovernmentGrantee.Builder::build)
      .required("code", "地方公共団体コード", "The local government code, such as 130001 for 東京都.",
          LOCAL_GOVERNMENT_CODE, LocalGovernmentGrantee::getCode, LocalGovernmentGrantee.Builder::code)
      .required("name", "名称", "The name as written, such as 東京都 or 千葉県市原市.", TEXT, LocalGovernmentGrantee::getName,
          LocalGovernmentGrantee.Builder::name)
      .optional("corporateNumber", "法人番号", "The corporate number where the source prints it; it must be the one the"
          + " code gives.", CORPORATE_NUMBER, LocalGovernmentGrantee::getCorporateNumber,
          LocalGovernmentGrantee.Builder::corporateNumber)
      .form();

  /** Who receives a grant (交付団体): an organisation, a consortium or a local government, told apart by {@code type}. */
  public static final UnionKind<Grantee> GRANTEE = Kinds.<Grantee>union("grantee", "交付団体", "Grantee",
      "Who receives a grant: a single organisation (\"type\": \"organization\"), a consortium (\"type\":"
          + " \"consortium\"), which receives it through its representative, or a local government (\"type\":"
          + " \"localGovernment\").", "type",
      InvalidValueException.Subject.GRANTEE_TYPE,
      Kinds.variant("organization", "単独の団体", "Organization grantee", ORGANIZATION),
      Kinds.variant("consortium", "コンソーシアム", "Consortium grantee", CONSORTIUM),
      Kinds.variant("localGovernment", "地方公共団体", "Local government grantee", LOCAL_GOVERNMENT_GRANTEE));

  // ---- the program

  /** A support activity (支援の取組). */
  public static final Form<SupportActivity> ACTIVITY = Form.define("activity", SupportActivity.class, "支援の取組",
      "Support activity", "One kind of support a project gives: its kind, how it is delivered where the source says,"
          + " and the source's words for it.", SupportActivity::builder, SupportActivity.Builder::build)
      .required("kind", "支援の種類", "The kind of support.", SUPPORT_ACTIVITY_KIND, SupportActivity::getKind,
          SupportActivity.Builder::kind)
      .optional("delivery", "実施方法", "How the support is delivered, where the source says.", DELIVERY_MODE,
          SupportActivity::getDelivery, SupportActivity.Builder::delivery)
      .optional("description", "取組の記述", "The source's own words for the activity.", TEXT,
          SupportActivity::getDescription, SupportActivity.Builder::description)
      .form();

  /** Support passed on to other organisations (再助成). */
  public static final Form<Regrant> REGRANT = Form.define("regrant", Regrant.class, "再助成", "Regrant",
      "Support or money a grantee passes on to other organisations: the organisation as written, or how many, and the"
          + " amount where given.", Regrant::builder, Regrant.Builder::build)
      .optional("recipient", "支援先団体", "The organisation supported, as the source writes it.", TEXT,
          Regrant::getRecipient, Regrant.Builder::recipient)
      .optional("corporateNumber", "法人番号", "The corporate number of the organisation supported.", CORPORATE_NUMBER,
          Regrant::getCorporateNumber, Regrant.Builder::corporateNumber)
      .optional("count", "団体数", "How many organisations, where the source gives a number rather than names.",
          Kinds.integer("regrantCount", 1, Integer.MAX_VALUE),
          r -> r.getCount().isPresent() ? Optional.of(r.getCount().getAsInt()) : Optional.empty(),
          Regrant.Builder::count)
      .optional("amount", "金額", "The amount passed on, in all.", Kinds.YEN, Regrant::getAmount,
          Regrant.Builder::amount)
      .optional("description", "支援の内容", "What the support is, in the source's words.", TEXT,
          Regrant::getDescription, Regrant.Builder::description)
      .form();

  /** A funded project (事業). */
  public static final Form<Project> PROJECT = Form.define("project", Project.class, "事業", "Project",
      "A funded project: its title, summary, service area, support activities, target groups, and the amount and"
          + " dates where given.", Project::builder, Project.Builder::build)
      .required("title", "事業名", "The project's title as written.", TEXT, Project::getTitle, Project.Builder::title)
      .required("summary", "概要", "The summary as written.", TEXT, Project::getSummary, Project.Builder::summary)
      .required("serviceArea", "事業区域", "The area the project serves.", Kinds.object(SERVICE_AREA),
          Project::getServiceArea, Project.Builder::serviceArea)
      .list("activities", "支援の取組", "The support activities, in the order the summary names them.",
          Kinds.object(ACTIVITY), Project::getActivities, Project.Builder::addActivity)
      .list("targetGroups", "支援の対象", "The groups the support is for, in the order the summary names them.",
          TARGET_GROUP, Project::getTargetGroups, Project.Builder::addTargetGroup)
      .optional("awardedAmount", "交付決定額", "The amount awarded.", Kinds.YEN, Project::getAwardedAmount,
          Project.Builder::awardedAmount)
      .optional("eligibleCost", "補助対象経費", "The eligible cost the amount was awarded for.", Kinds.YEN,
          Project::getEligibleCost, Project.Builder::eligibleCost)
      .optional("appliedAmount", "申請額", "The amount applied for.", Kinds.YEN, Project::getAppliedAmount,
          Project.Builder::appliedAmount)
      .list("regrants", "再助成", "What the project passes on to other organisations.", Kinds.object(REGRANT),
          Project::getRegrants, Project.Builder::addRegrant)
      .optional("startDate", "開始予定日", "The planned first day of the project.", DATE, Project::getStartDate,
          Project.Builder::startDate)
      .optional("endDate", "終了予定日", "The planned last day of the project.", DATE, Project::getEndDate,
          Project.Builder::endDate)
      .form();

  /** An identifier of a program or grant, as written: ASCII letters, digits and - _ . : only. */
  public static final CodeKind<Identifier> IDENTIFIER = Kinds.code(Identifier.class, "identifier", "識別子",
      "Identifier", "A 360Giving-style id: ASCII letters, digits and - _ . : only, no spaces or slashes, at most 200"
          + " characters.", Identifier::parse, Identifier::toString, "^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$");

  /** A grant (交付決定): a row of the published list. */
  public static final Form<Grant> GRANT = Form.define("grant", Grant.class, "交付決定", "Grant",
      "One row of the published list of grantees: its position, the grantee and the project.", Grant::builder,
      Grant.Builder::build)
      .optional("id", "識別子", "The grant's own identifier, where the source gives one.", IDENTIFIER, Grant::getId,
          Grant.Builder::id)
      .required("position", "番号", "The grant's position in the published list, counted from 1.",
          Kinds.integer("position", 1, Integer.MAX_VALUE), Grant::getPosition, Grant.Builder::position)
      .required("grantee", "交付団体", "Who receives the grant.", GRANTEE, Grant::getGrantee, Grant.Builder::grantee)
      .required("project", "事業", "The funded project.", Kinds.object(PROJECT), Grant::getProject,
          Grant.Builder::project)
      .optional("awardDate", "交付決定日", "The day the grant was awarded.", DATE, Grant::getAwardDate,
          Grant.Builder::awardDate)
      .optional("menu", "事業メニュー", "The name of the program's menu the grant belongs to.", TEXT, Grant::getMenu,
          Grant.Builder::menu)
      .form();

  /** Who may apply to a menu, by constant name. */
  public static final CodeKind<Applicant> APPLICANT = Kinds.constants("applicant", "交付対象", "Applicant",
      Applicant.class, Applicant::parse);

  /** A subsidy rate, as written: 2/3, 3分の2, 20%, with 以内 where it is "at most". */
  public static final CodeKind<SubsidyRate> SUBSIDY_RATE = Kinds.code(SubsidyRate.class, "subsidyRate", "補助率",
      "Subsidy rate", "A share of the eligible cost as written: 2/3, 3分の2 or 20%, followed by 以内 where it is at most"
          + " that share.", SubsidyRate::parse, SubsidyRate::toString,
      "^([0-9]+/[0-9]+|[0-9]+分の[0-9]+|[0-9]+%)(以内)?$");

  /** A menu of the program (事業メニュー). */
  public static final Form<Menu> MENU = Form.define("menu", Menu.class, "事業メニュー", "Menu",
      "A menu of the program in the year: its name as published, who may apply, the ceiling per grant and the rate.",
      Menu::builder, Menu.Builder::build)
      .required("name", "メニューの名称", "The menu's name as published for the year.", TEXT, Menu::getName,
          Menu.Builder::name)
      .list("applicants", "交付対象", "Who may apply.", APPLICANT, Menu::getApplicants, Menu.Builder::addApplicant)
      .optional("ceiling", "上限額", "The most a grant of the menu may be.", Kinds.YEN, Menu::getCeiling,
          Menu.Builder::ceiling)
      .optional("rate", "補助率", "The share of the eligible cost a grant may pay.", SUBSIDY_RATE, Menu::getRate,
          Menu.Builder::rate)
      .form();

  /** An Act of the Diet (根拠法). */
  public static final Form<Law> LAW = Form.define("law", Law.class, "根拠法", "Law",
      "An Act of the Diet that a program rests on, such as 孤独・孤立対策推進法.", Law::builder, Law.Builder::build)
      .required("title", "法令名", "The title of the Act.", TEXT, Law::getTitle, Law.Builder::title)
      .optional("number", "法令番号", "The law number, such as 令和5年法律第45号.", TEXT, Law::getNumber,
          Law.Builder::number)
      .optional("promulgationDate", "公布日", "The day the Act was promulgated.", DATE, Law::getPromulgationDate,
          Law.Builder::promulgationDate)
      .optional("effectiveDate", "施行日", "The day the Act came into force.", DATE, Law::getEffectiveDate,
          Law.Builder::effectiveDate)
      .form();

  /** A policy plan (重点計画). */
  public static final Form<PolicyPlan> POLICY_PLAN = Form.define("policyPlan", PolicyPlan.class, "重点計画",
      "Policy plan", "The policy plan a program implements.", PolicyPlan::builder, PolicyPlan.Builder::build)
      .required("name", "計画の名称", "The plan's name.", TEXT, PolicyPlan::getName, PolicyPlan.Builder::name)
      .required("decisionDate", "決定日", "The day the plan was decided.", DATE, PolicyPlan::getDecisionDate,
          PolicyPlan.Builder::decisionDate)
      .required("decidedBy", "決定主体", "The body that decided it, such as 孤独・孤立対策推進本部.", TEXT,
          PolicyPlan::getDecidedBy, PolicyPlan.Builder::decidedBy)
      .form();

  /** A grant program in one fiscal year (交付金事業). */
  public static final Form<GrantProgram> PROGRAM = Form.define("grantProgram", GrantProgram.class, "交付金事業",
      "Grant program", "A grant program in one fiscal year: its name, strand, legal basis, policy plan, aims and the"
          + " grants it made.", GrantProgram::builder, GrantProgram.Builder::build)
      .optional("id", "識別子", "The program's identifier; a grant without its own is the program's and its position.",
          IDENTIFIER, GrantProgram::getId, GrantProgram.Builder::id)
      .required("name", "事業名", "The program's name, such as 孤独・孤立対策推進交付金.", TEXT, GrantProgram::getName,
          GrantProgram.Builder::name)
      .optional("strand", "事業区分", "The strand within the program, such as 孤独・孤立対策担い手育成支援事業.", TEXT,
          GrantProgram::getStrand, GrantProgram.Builder::strand)
      .optional("granteeCategory", "交付対象", "The category of grantees, such as 中間支援組織.", TEXT,
          GrantProgram::getGranteeCategory, GrantProgram.Builder::granteeCategory)
      .required("fiscalYear", "年度", "The fiscal year.", FISCAL_YEAR, GrantProgram::getFiscalYear,
          GrantProgram.Builder::fiscalYear)
      .optional("legalBasis", "根拠法", "The Act the program rests on.", Kinds.object(LAW), GrantProgram::getLegalBasis,
          GrantProgram.Builder::legalBasis)
      .optional("policyPlan", "重点計画", "The policy plan the program implements.", Kinds.object(POLICY_PLAN),
          GrantProgram::getPolicyPlan, GrantProgram.Builder::policyPlan)
      .list("aims", "概要", "The program's aims, each as written.", TEXT, GrantProgram::getAims,
          GrantProgram.Builder::addAim)
      .list("eligibilityPrinciples", "交付対象の原則", "The eligibility principles, each as written.", TEXT,
          GrantProgram::getEligibilityPrinciples, GrantProgram.Builder::addEligibilityPrinciple)
      .optional("statedGranteeCount", "交付団体数", "The number of grantees the program's own text states.",
          Kinds.count("count"),
          p -> p.getStatedGranteeCount().isPresent() ? Optional.of(p.getStatedGranteeCount().getAsInt())
              : Optional.empty(),
          GrantProgram.Builder::statedGranteeCount)
      .optional("budget", "予算額", "The program's budget for the year.", Kinds.YEN, GrantProgram::getBudget,
          GrantProgram.Builder::budget)
      .list("menus", "事業メニュー", "The program's menus in the year; grants name theirs.", Kinds.object(MENU),
          GrantProgram::getMenus, GrantProgram.Builder::addMenu)
      .list("grants", "交付決定", "The grants (rows of the published list of grantees), in the list's order.",
          Kinds.object(GRANT), GrantProgram::getGrants, GrantProgram.Builder::addGrant)
      .form();

  /** Every form, found from the root in the order of its properties: the root first, each where it is first held. */
  public static final List<Form<?>> ALL;

  /** Every code kind, in the order the forms first hold one. */
  public static final List<CodeKind<?>> CODES;

  static {
    Set<Form<?>> forms = new LinkedHashSet<>();
    Set<CodeKind<?>> codes = new LinkedHashSet<>();
    reach(PROGRAM, forms, codes);
    ALL = List.copyOf(forms);
    CODES = List.copyOf(codes);
  }

  private static void reach(Form<?> form, Set<Form<?>> forms, Set<CodeKind<?>> codes) {
    if (!forms.add(form)) {
      return;
    }
    for (Property<?, ?> p : form.properties()) {
      Kind<?> kind = p.kind();
      if (kind instanceof CodeKind) {
        codes.add((CodeKind<?>) kind);
      } else if (kind instanceof Kind.ObjectKind) {
        reach(((Kind.ObjectKind<?>) kind).form(), forms, codes);
      } else if (kind instanceof UnionKind) {
        for (Kind.Variant<?> v : ((UnionKind<?>) kind).variants()) {
          reach(v.form(), forms, codes);
        }
      }
    }
  }

  /**
   * The form of a model type.
   *
   * @param type a model type, such as {@code Project.class}
   * @return its form, if it has one
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<Form<T>> of(Class<T> type) {
    for (Form<?> f : ALL) {
      if (f.type() == type) {
        return Optional.of((Form<T>) f);
      }
    }
    return Optional.empty();
  }
}
