package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import io.github.tsunagari.activity.DeliveryMode;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.NpoCertification;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the model from a {@link JsonParser} token by token and collects every problem instead of stopping at the
 * first: each with a JSON Pointer and a line and column. A part with a problem is skipped (its tokens consumed) and
 * the object containing it is not built; reading goes on with the next part.
 *
 * <p>Values are read in the forms Japanese data comes in: a prefecture as {@code "13"}, {@code "東京都"},
 * {@code "東京"} or {@code "Tokyo"}; a legal form by full name, abbreviation or constant name; enums by constant or
 * Japanese name; codes and dates with full-width digits and surrounding spaces. Text fields are kept exactly as written.
 * Anything else is a problem, never a guess.
 *
 * <p>One instance reads one document or record; it is not thread-safe.
 */
final class Reading {
  static final String ORGANIZATION = "organization";
  static final String CONSORTIUM = "consortium";

  private static final List<String> PROGRAM = List.of("name", "strand", "granteeCategory", "fiscalYear",
      "legalBasis", "policyPlan", "aims", "eligibilityPrinciples", "statedGranteeCount", "grants");
  private static final List<String> LAW = List.of("title", "number", "promulgationDate", "effectiveDate");
  private static final List<String> PLAN = List.of("name", "decisionDate", "decidedBy");
  private static final List<String> GRANT = List.of("position", "grantee", "project", "awardDate");
  private static final List<String> ORG = List.of("name", "legalForm", "headOffice", "corporateNumber",
      "npoCertification");
  private static final List<String> TYPED_ORG = List.of("type", "name", "legalForm", "headOffice",
      "corporateNumber", "npoCertification");
  private static final List<String> TYPED_CONSORTIUM = List.of("type", "name", "representative", "members",
      "unnamedMembers");
  private static final List<String> GRANTEE = granteeNames();
  private static final List<String> PROJECT = List.of("title", "summary", "serviceArea", "activities",
      "targetGroups", "awardedAmount", "startDate", "endDate");
  private static final List<String> AREA = List.of("text", "prefectures", "nationwide", "center",
      "unnamedPrefectures", "municipalities", "namedAreas");
  private static final List<String> NAMED_AREA = List.of("name", "prefectures", "municipalities");
  private static final List<String> MUNICIPALITY = List.of("code", "name");
  private static final List<String> ACTIVITY = List.of("kind", "delivery", "description");

  private static final long PROGRAM_REQUIRED = required(PROGRAM, "name", "fiscalYear");
  private static final long LAW_REQUIRED = required(LAW, "title");
  private static final long PLAN_REQUIRED = required(PLAN, "name", "decisionDate", "decidedBy");
  private static final long GRANT_REQUIRED = required(GRANT, "position", "grantee", "project");
  private static final long GRANTEE_REQUIRED = required(GRANTEE, "type");
  private static final long ORG_REQUIRED = required(ORG, "name", "legalForm");
  private static final long PROJECT_REQUIRED = required(PROJECT, "title", "summary", "serviceArea");
  private static final long ACTIVITY_REQUIRED = required(ACTIVITY, "kind");
  private static final long AREA_REQUIRED = required(AREA, "text");
  private static final long NAMED_AREA_REQUIRED = required(NAMED_AREA, "name");
  private static final long MUNICIPALITY_REQUIRED = required(MUNICIPALITY, "code", "name");
  private static final List<String> ORG_TYPE_REQUIRED = List.of("name", "legalForm");
  private static final List<String> CONSORTIUM_TYPE_REQUIRED = List.of("representative");

  private static List<String> granteeNames() {
    Set<String> names = new LinkedHashSet<>(TYPED_ORG);
    names.addAll(TYPED_CONSORTIUM);
    return List.copyOf(names);
  }

  /** Reading stops after this many problems in one document or record: then one {@code json.limit} finding. */
  static final int MAX_PROBLEMS = 1000;

  /** Thrown to stop reading a document or record that exceeds a limit; carries the finding that says which. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Finding finding;

    Stop(Finding finding) {
      super(finding.getRuleId(), null, false, false);
      this.finding = finding;
    }
  }

  private final JsonParser p;
  private final List<Finding> problems;
  private long recordStart = -1;
  private long maxRecordChars = -1;
  private final String basePath;
  private final int lineOffset;

  /**
   * @param p the parser, positioned on the first token of the value to read
   * @param problems where problems go
   * @param basePath prepended to every pointer (the record's place in a stream), or empty
   * @param lineOffset added to every line (the record's line in a JSON Lines file, less one), or 0
   */
  Reading(JsonParser p, List<Finding> problems, String basePath, int lineOffset) {
    this.p = p;
    this.problems = problems;
    this.basePath = basePath;
    this.lineOffset = lineOffset;
  }

  /** A property handler: reads the current value of a known property; false if it had a problem. */
  private interface Field {
    boolean read(String name) throws IOException;
  }

  /** Reads one value at the current token; false if it had a problem. */
  private interface Value {
    boolean read() throws IOException;
  }

  /**
   * Bounds the record that starts at the parser's current token to the given number of characters: one record of a
   * stream is held in memory whole, so its size must be bounded.
   */
  Reading boundRecord(long maxChars) {
    if (p instanceof ParserBase) {
      recordStart = ((ParserBase) p).getTokenCharacterOffset();
      maxRecordChars = maxChars;
    }
    return this;
  }

  private void checkRecordSize() {
    if (maxRecordChars > 0 && ((ParserBase) p).getTokenCharacterOffset() - recordStart > maxRecordChars) {
      throw new Stop(Finding.limitExceeded(path(), location(), "record longer than " + maxRecordChars
          + " characters"));
    }
  }

  private void problem(Finding finding) {
    if (problems.size() >= MAX_PROBLEMS) {
      throw new Stop(Finding.limitExceeded(finding.getPath(), finding.getLocation(),
          "more than " + MAX_PROBLEMS + " problems; reading stopped"));
    }
    problems.add(finding);
  }

  // ---- places

  Optional<Finding.Location> location() {
    return location(p.currentTokenLocation());
  }

  Optional<Finding.Location> location(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1 || loc.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(Finding.Location.of(loc.getLineNr() + lineOffset, loc.getColumnNr()));
  }

  /** The pointer to the value at the current token. */
  String path() {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return basePath + ctx.pathAsPointer().toString();
  }

  // ---- problems

  /** The JSON type of a token, in the words of {@link Finding#wrongType}. */
  static String typeOf(JsonToken t) {
    if (t == JsonToken.START_OBJECT) {
      return "object";
    } else if (t == JsonToken.START_ARRAY) {
      return "array";
    } else if (t == JsonToken.VALUE_STRING) {
      return "string";
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      return "integer";
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return "number";
    } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return "boolean";
    }
    return "null";
  }

  private boolean wrongType(String expected) throws IOException {
    JsonToken t = p.currentToken();
    String found = typeOf(t);
    String value = t == JsonToken.START_OBJECT ? "{…}" : t == JsonToken.START_ARRAY ? "[…]"
        : t == JsonToken.VALUE_NULL ? "null" : p.getText();
    problem(Finding.wrongType(path(), location(), value, expected, found));
    p.skipChildren();
    return false;
  }

  private boolean invalid(String value, String kind, String reason) {
    problem(Finding.invalidValue(path(), location(), value, kind, reason));
    return false;
  }

  // ---- structure

  /** The bits of the required names among names, for {@link #object}. */
  private static long required(List<String> names, String... required) {
    long mask = 0;
    for (String name : required) {
      int index = names.indexOf(name);
      if (index < 0) {
        throw new AssertionError(name);
      }
      mask |= 1L << index;
    }
    return mask;
  }

  private boolean object(List<String> names, long required, Field field) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return wrongType("object");
    }
    JsonLocation start = p.currentTokenLocation();
    long seen = 0; // bit i: names.get(i) was read (every object of the format has fewer than 64 properties)
    boolean ok = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      checkRecordSize();
      String name = p.currentName();
      p.nextToken();
      int index = names.indexOf(name);
      if (index < 0) {
        problem(Finding.unknownProperty(path(), location(), name, names));
        p.skipChildren();
        ok = false;
      } else if ((seen & 1L << index) != 0) {
        problem(Finding.duplicateProperty(path(), location(), name));
        p.skipChildren();
        ok = false;
      } else {
        seen |= 1L << index;
        if (!field.read(name)) {
          ok = false;
        }
      }
    }
    long missing = required & ~seen;
    for (int i = 0; missing != 0; i++, missing >>>= 1) {
      if ((missing & 1) != 0) {
        // At the closing brace the context is the parent's again, at this object: path() is the object's path.
        problem(Finding.missingProperty(path() + "/" + names.get(i), location(start), names.get(i)));
        ok = false;
      }
    }
    return ok;
  }

  /** Reads an object's properties into a builder and builds it, reporting what is missing or cannot stand together. */
  private <T> Optional<T> object(List<String> names, long required, Field field, Supplier<T> build)
      throws IOException {
    JsonLocation start = p.currentTokenLocation();
    return build(object(names, required, field), start, build);
  }

  private boolean array(Value element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return wrongType("array");
    }
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkRecordSize();
      if (!element.read()) {
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Builds an object whose parts were read, the parser at its closing brace; a builder's refusal becomes a problem at
   * the object.
   */
  private <T> Optional<T> build(boolean ok, JsonLocation start, Supplier<T> build) {
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(Finding.invalidObject(path(), location(start), e.getMessage()));
      return Optional.empty();
    }
  }

  // ---- scalars

  private boolean text(Consumer<String> to) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType("string");
    }
    to.accept(p.getText());
    return true;
  }

  private <T> boolean code(String kind, Function<String, Optional<T>> find, Supplier<String> expected, Consumer<T> to)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType("string");
    }
    String text = p.getText();
    Optional<T> value = find.apply(text);
    if (value.isEmpty()) {
      return invalid(text, kind, expected.get());
    }
    to.accept(value.get());
    return true;
  }

  private <T> boolean parsed(String kind, Function<String, T> parse, Consumer<T> to) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType("string");
    }
    String text = p.getText();
    try {
      to.accept(parse.apply(text));
      return true;
    } catch (IllegalArgumentException e) {
      return invalid(text, kind, e.getMessage());
    }
  }

  private boolean date(Consumer<LocalDate> to) throws IOException {
    return parsed("date", Reading::parseDate, to);
  }

  /** A date written YYYY-MM-DD (full-width digits and surrounding spaces allowed); other forms are refused. */
  private static LocalDate parseDate(String text) {
    String s = isIsoDate(text) ? text : Text.normalize(text, "date");
    if (!isIsoDate(s)) {
      throw new IllegalArgumentException("expected a date written YYYY-MM-DD");
    }
    try {
      return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static boolean isIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private boolean integer(long min, long max, Consumer<Long> to) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongType("integer");
    }
    String text = p.getText();
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < min
        || p.getLongValue() > max) {
      return invalid(text, "number", "must be from " + min + " to " + max);
    }
    to.accept(p.getLongValue());
    return true;
  }

  private boolean flag(Consumer<Boolean> to) throws IOException {
    if (!p.currentToken().isBoolean()) {
      return wrongType("boolean");
    }
    to.accept(p.getBooleanValue());
    return true;
  }

  private boolean prefecture(Consumer<Prefecture> to) throws IOException {
    return code("prefecture", Prefecture::find, () -> "expected a code 01 to 47, or a name such as 東京都, 東京 or Tokyo",
        to);
  }

  /** The message of a code that is none of the enum's; built only when there is such a problem. */
  private static <E extends Enum<E>> Supplier<String> codes(Class<E> type) {
    return () -> codeList(type);
  }

  private static <E extends Enum<E>> String codeList(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return "expected one of " + String.join(", ", names);
  }

  // ---- the model

  Optional<GrantProgram> program() throws IOException {
    GrantProgram.Builder b = GrantProgram.builder();
    return object(PROGRAM, PROGRAM_REQUIRED, name -> {
      switch (name) {
        case "name":
          return text(b::name);
        case "strand":
          return text(b::strand);
        case "granteeCategory":
          return text(b::granteeCategory);
        case "fiscalYear":
          return parsed("fiscalYear", FiscalYear::parse, b::fiscalYear);
        case "legalBasis":
          return into(law(), b::legalBasis);
        case "policyPlan":
          return into(policyPlan(), b::policyPlan);
        case "aims":
          return array(() -> text(b::addAim));
        case "eligibilityPrinciples":
          return array(() -> text(b::addEligibilityPrinciple));
        case "statedGranteeCount":
          return integer(Integer.MIN_VALUE, Integer.MAX_VALUE, n -> b.statedGranteeCount(n.intValue()));
        default:
          return array(() -> into(grant(), b::addGrant));
      }
    }, b::build);
  }

  private static <T> boolean into(Optional<T> value, Consumer<T> to) {
    value.ifPresent(to);
    return value.isPresent();
  }

  Optional<Law> law() throws IOException {
    Law.Builder b = Law.builder();
    return object(LAW, LAW_REQUIRED, name -> {
      switch (name) {
        case "title":
          return text(b::title);
        case "number":
          return text(b::number);
        case "promulgationDate":
          return date(b::promulgationDate);
        default:
          return date(b::effectiveDate);
      }
    }, b::build);
  }

  Optional<PolicyPlan> policyPlan() throws IOException {
    PolicyPlan.Builder b = PolicyPlan.builder();
    return object(PLAN, PLAN_REQUIRED, name -> {
      switch (name) {
        case "name":
          return text(b::name);
        case "decisionDate":
          return date(b::decisionDate);
        default:
          return text(b::decidedBy);
      }
    }, b::build);
  }

  Optional<Grant> grant() throws IOException {
    Grant.Builder b = Grant.builder();
    return object(GRANT, GRANT_REQUIRED, name -> {
      switch (name) {
        case "position":
          return integer(1, Integer.MAX_VALUE, n -> b.position(n.intValue()));
        case "grantee":
          return into(grantee(), b::grantee);
        case "project":
          return into(project(), b::project);
        default:
          return date(b::awardDate);
      }
    }, b::build);
  }

  /**
   * Reads a grantee: {@code "type": "organization"} with an organisation's properties, or {@code "type": "consortium"}
   * with a consortium's. The type may come anywhere in the object, so the properties of both kinds are read, and those
   * that do not belong to the type are reported once it is known.
   */
  Optional<Grantee> grantee() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("object");
      return Optional.empty();
    }
    JsonLocation start = p.currentTokenLocation();
    Organization.Builder org = Organization.builder();
    Consortium.Builder consortium = Consortium.builder();
    String[] type = {null};
    List<String> present = new ArrayList<>();
    List<JsonLocation> presentAt = new ArrayList<>();
    boolean ok = object(GRANTEE, GRANTEE_REQUIRED, name -> {
      present.add(name);
      presentAt.add(p.currentTokenLocation());
      switch (name) {
        case "type":
          return code("granteeType", t -> Optional.of(Text.normalize(t, "type"))
              .filter(s -> s.equals(ORGANIZATION) || s.equals(CONSORTIUM)),
              () -> "expected \"organization\" or \"consortium\"", t -> type[0] = t);
        case "name":
          return text(s -> {
            org.name(s);
            consortium.name(s);
          });
        case "representative":
          return into(organization(), consortium::representative);
        case "members":
          return array(() -> into(organization(), consortium::addMember));
        case "unnamedMembers":
          return flag(consortium::unnamedMembers);
        default:
          return organizationField(name, org);
      }
    });
    if (type[0] == null) {
      return Optional.empty();
    }
    boolean isOrg = type[0].equals(ORGANIZATION);
    List<String> allowed = isOrg ? TYPED_ORG : TYPED_CONSORTIUM;
    for (int i = 0; i < present.size(); i++) {
      if (!allowed.contains(present.get(i))) {
        problem(Finding.unknownProperty(path() + "/" + present.get(i), location(presentAt.get(i)),
            present.get(i), allowed));
        ok = false;
      }
    }
    for (String required : isOrg ? ORG_TYPE_REQUIRED : CONSORTIUM_TYPE_REQUIRED) {
      if (!present.contains(required)) {
        problem(Finding.missingProperty(path() + "/" + required, location(start), required));
        ok = false;
      }
    }
    Supplier<Grantee> grantee = isOrg ? org::build : consortium::build;
    return build(ok, start, grantee);
  }

  /**
   * Reads a grantee that must be of one kind, as when a caller asks for an {@link Organization}: a grantee of the other
   * kind is a problem at its {@code type}.
   */
  <T extends Grantee> Optional<T> grantee(Class<T> kind) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Optional<Grantee> grantee = grantee();
    if (grantee.isPresent() && !kind.isInstance(grantee.get())) {
      String expected = kind == Organization.class ? ORGANIZATION : CONSORTIUM;
      problem(Finding.invalidValue(path() + "/type", location(start),
          expected.equals(ORGANIZATION) ? CONSORTIUM : ORGANIZATION, "granteeType",
          "expected \"" + expected + "\" here"));
      return Optional.empty();
    }
    return grantee.map(kind::cast);
  }

  private boolean organizationField(String name, Organization.Builder b) throws IOException {
    switch (name) {
      case "name":
        return text(b::name);
      case "legalForm":
        return code("legalForm", LegalForm::find,
            () -> "expected a legal form such as 特定非営利活動法人, NPO法人, 一般社団法人 or (公財)", b::legalForm);
      case "headOffice":
        return prefecture(b::headOffice);
      case "corporateNumber":
        return parsed("corporateNumber", CorporateNumber::parse, b::corporateNumber);
      default:
        return code("code", NpoCertification::find, codes(NpoCertification.class), b::npoCertification);
    }
  }

  Optional<Organization> organization() throws IOException {
    Organization.Builder b = Organization.builder();
    return object(ORG, ORG_REQUIRED, name -> organizationField(name, b), b::build);
  }

  Optional<Project> project() throws IOException {
    Project.Builder b = Project.builder();
    return object(PROJECT, PROJECT_REQUIRED, name -> {
      switch (name) {
        case "title":
          return text(b::title);
        case "summary":
          return text(b::summary);
        case "serviceArea":
          return into(serviceArea(), b::serviceArea);
        case "activities":
          return array(() -> into(activity(), b::addActivity));
        case "targetGroups":
          return array(() -> code("code", TargetGroup::find, codes(TargetGroup.class), b::addTargetGroup));
        case "awardedAmount":
          return integer(Long.MIN_VALUE, Long.MAX_VALUE, b::awardedAmount);
        case "startDate":
          return date(b::startDate);
        default:
          return date(b::endDate);
      }
    }, b::build);
  }

  Optional<SupportActivity> activity() throws IOException {
    SupportActivity.Builder b = SupportActivity.builder();
    return object(ACTIVITY, ACTIVITY_REQUIRED, name -> {
      switch (name) {
        case "kind":
          return code("code", SupportActivityKind::find, codes(SupportActivityKind.class), b::kind);
        case "delivery":
          return code("code", DeliveryMode::find, codes(DeliveryMode.class), b::delivery);
        default:
          return text(b::description);
      }
    }, b::build);
  }

  Optional<ServiceArea> serviceArea() throws IOException {
    ServiceArea.Builder b = ServiceArea.builder();
    return object(AREA, AREA_REQUIRED, name -> {
      switch (name) {
        case "text":
          return text(b::text);
        case "prefectures":
          return array(() -> prefecture(b::addPrefecture));
        case "nationwide":
          return flag(b::nationwide);
        case "center":
          return prefecture(b::center);
        case "unnamedPrefectures":
          return flag(b::unnamedPrefectures);
        case "municipalities":
          return array(() -> into(municipality(), b::addMunicipality));
        default:
          return array(() -> into(namedArea(), b::addNamedArea));
      }
    }, b::build);
  }

  Optional<NamedArea> namedArea() throws IOException {
    NamedArea.Builder b = NamedArea.builder();
    return object(NAMED_AREA, NAMED_AREA_REQUIRED, name -> {
      switch (name) {
        case "name":
          return text(b::name);
        case "prefectures":
          return array(() -> prefecture(b::addPrefecture));
        default:
          return array(() -> into(municipality(), b::addMunicipality));
      }
    }, b::build);
  }

  Optional<Municipality> municipality() throws IOException {
    Municipality.Builder b = Municipality.builder();
    return object(MUNICIPALITY, MUNICIPALITY_REQUIRED, name -> name.equals("code")
        ? parsed("localGovernmentCode", LocalGovernmentCode::parse, b::code)
        : text(b::name), b::build);
  }
}
