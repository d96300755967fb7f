package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernment;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValueShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The mapping of one package's 360Giving grants into the model: {@link GivingField} read backwards, each grant at a
 * time, with what the package has said so far (the fields without a place in the model, the funders, the programmes),
 * so that each is said once. For one package and one thread.
 */
final class GivingImport {
  /** The fields of a grant the mapping reads: the exporter's, path by path ({@code *} for any index). */
  private static final List<String[]> MAPPED = Stream.of(GivingField.values()).map(f -> f.getPath().split("/"))
      .toList();
  /** The properties of a package besides its grants that the model needs no place for. */
  private static final Set<String> PACKAGE_FIELDS = Set.of("grants", "version");
  /** The identifier of the currency of every amount the model holds. */
  private static final String YEN = ThreeSixtyGiving.CURRENCY;

  private final Set<String> unmapped = new HashSet<>();
  private final Set<String> funders = new HashSet<>();
  private final Set<String> programmes = new HashSet<>();

  /** The problems of the package's root, once it has been read: no grants, or fields the model has no place for. */
  List<Finding> root(JsonTree root) {
    List<Finding> found = new ArrayList<>();
    Optional<JsonTree> grants = root.get("grants");
    if (grants.isEmpty()) {
      found.add(ReadingFindings.missingProperty("", root.location().orElse(null), "grants"));
    } else if (grants.get().kind() != JsonTree.Kind.ARRAY) {
      found.add(ImportValues.wrongType(grants.get(), ValueShape.LIST));
    }
    for (String name : root.names()) {
      if (!PACKAGE_FIELDS.contains(name)) {
        unmapped(root.get(name).orElseThrow(), root.pointer(), found);
      }
    }
    return found;
  }

  /**
   * One grant of the package, where it can be carried over.
   *
   * @param item the grant as read
   * @param index its index in the package's grants
   * @param found where its findings go
   * @return the grant; empty where it cannot be read
   */
  Optional<Grant> grant(JsonTree item, int index, List<Finding> found) {
    if (item.kind() != JsonTree.Kind.OBJECT) {
      found.add(ImportValues.wrongType(item, ValueShape.PROPERTIES));
      return Optional.empty();
    }
    unmapped(item, item.pointer(), found);
    said(item, GivingField.FUNDER_NAME, GivingField.FUNDER_ID, funders, found,
        first -> first ? Rule.IMPORT_360_FUNDER : Rule.IMPORT_360_SEVERAL_FUNDERS);
    said(item, GivingField.PROGRAMME_TITLE, GivingField.PROGRAMME_CODE, programmes, found,
        first -> Rule.IMPORT_360_PROGRAMME);

    Optional<String> title = required(item, GivingField.TITLE, found);
    Optional<String> description = required(item, GivingField.DESCRIPTION, found);
    Optional<String> currency = required(item, GivingField.CURRENCY, found);
    Project.Builder project = Project.builder();
    if (currency.filter(YEN::equals).isPresent()) {
      amount(item, GivingField.AMOUNT_AWARDED, found).ifPresent(project::awardedAmount);
      amount(item, GivingField.AMOUNT_APPLIED_FOR, found).ifPresent(project::appliedAmount);
    } else if (currency.isPresent()) {
      found.add(ImportValues.at(Rule.IMPORT_360_CURRENCY, value(item, GivingField.CURRENCY, 0).orElseThrow(),
          currency.get()));
    }
    date(item, GivingField.PLANNED_START, found).ifPresent(project::startDate);
    date(item, GivingField.PLANNED_END, found).ifPresent(project::endDate);
    project.serviceArea(area(item, found));
    Optional<Grantee> grantee = grantee(item, found);
    if (title.isEmpty() || description.isEmpty() || grantee.isEmpty()) {
      return Optional.empty();
    }
    Grant.Builder grant = Grant.builder().position(index + 1).grantee(grantee.get())
        .project(project.title(title.get()).summary(description.get()).build());
    text(item, GivingField.ID, 0, found).ifPresent(id -> {
      try {
        grant.id(Identifier.of(id));
      } catch (InvalidValueException e) {
        found.add(ImportValues.at(Rule.IMPORT_360_GRANT_ID, value(item, GivingField.ID, 0).orElseThrow(), id));
      }
    });
    date(item, GivingField.AWARD_DATE, found).ifPresent(grant::awardDate);
    return Optional.of(grant.build());
  }

  /** Reports, once per package, each field under a value that the mapping does not read. */
  private void unmapped(JsonTree value, String base, List<Finding> found) {
    if (value.kind() == JsonTree.Kind.OBJECT || value.kind() == JsonTree.Kind.ARRAY) {
      for (String name : value.names()) {
        unmapped(value.get(name).orElseThrow(), base, found);
      }
      for (JsonTree item : value.items()) {
        unmapped(item, base, found);
      }
      return;
    }
    String path = value.pointer().substring(base.length() + 1);
    String[] segments = path.split("/");
    if (MAPPED.stream().noneMatch(mapped -> matches(mapped, segments))
        && unmapped.add(String.join("/", Stream.of(segments).map(s -> isIndex(s) ? "*" : s).toList()))) {
      found.add(ImportValues.at(Rule.IMPORT_360_UNMAPPED_FIELD, value, path));
    }
  }

  private static boolean matches(String[] mapped, String[] segments) {
    if (mapped.length != segments.length) {
      return false;
    }
    for (int i = 0; i < mapped.length; i++) {
      if (!mapped[i].equals(segments[i]) && !(mapped[i].equals("*") && isIndex(segments[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Says a funder or programme the grants do not hold, once each: the rule for the first and for each other. */
  private static void said(JsonTree item, GivingField name, GivingField id, Set<String> seen, List<Finding> found,
      Function<Boolean, Rule> rule) {
    Optional<String> named = text(item, name, 0, found);
    Optional<String> identified = text(item, id, 0, found);
    if (named.isEmpty() && identified.isEmpty()) {
      return;
    }
    String shown = named.orElse("") + identified.map(i -> named.isPresent() ? " (" + i + ")" : i).orElse("");
    boolean first = seen.isEmpty();
    if (seen.add(shown)) {
      JsonTree at = value(item, name, 0).or(() -> value(item, id, 0)).orElseThrow();
      found.add(ImportValues.at(rule.apply(first), at, shown));
    }
  }

  /** The value at a field's path, {@code *} standing for the index. */
  private static Optional<JsonTree> value(JsonTree item, GivingField field, int index) {
    return at(item, field.getPath().replace("*", Integer.toString(index)));
  }

  /** The value at a path of names and indices below a value. */
  private static Optional<JsonTree> at(JsonTree from, String path) {
    Optional<JsonTree> node = Optional.of(from);
    for (String s : path.split("/")) {
      node = node.flatMap(n -> isIndex(s) ? n.items().stream().skip(Integer.parseInt(s)).findFirst() : n.get(s));
    }
    return node;
  }

  /** The text at a field's path, where there is text; a finding where another value is. */
  private static Optional<String> text(JsonTree item, GivingField field, int index, List<Finding> found) {
    Optional<JsonTree> value = value(item, field, index);
    if (value.isPresent() && value.get().kind() != JsonTree.Kind.TEXT) {
      found.add(ImportValues.wrongType(value.get(), ValueShape.TEXT));
      return Optional.empty();
    }
    return value.flatMap(JsonTree::text);
  }

  /** The text of a field 360Giving requires; a finding where it is missing. */
  private static Optional<String> required(JsonTree item, GivingField field, List<Finding> found) {
    if (value(item, field, 0).isEmpty()) {
      found.add(ReadingFindings.missingProperty(item.pointer(), item.location().orElse(null), field.getPath()));
    }
    return text(item, field, 0, found);
  }

  /** An amount of whole yen. */
  private static Optional<Yen> amount(JsonTree item, GivingField field, List<Finding> found) {
    Optional<JsonTree> value = value(item, field, 0);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get().kind() != JsonTree.Kind.NUMBER) {
      found.add(ImportValues.wrongType(value.get(), ValueShape.WHOLE_NUMBER));
      return Optional.empty();
    }
    try {
      return Optional.of(ImportValues.wholeYen(value.get().text().orElseThrow()));
    } catch (InvalidValueException e) {
      found.add(invalid(value.get(), e));
      return Optional.empty();
    }
  }

  /** A date, written YYYY-MM-DD or as a date-time (360Giving allows both): its day as written. */
  private static Optional<LocalDate> date(JsonTree item, GivingField field, List<Finding> found) {
    Optional<String> text = text(item, field, 0, found);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ImportValues.day(text.get()));
    } catch (InvalidValueException e) {
      found.add(invalid(value(item, field, 0).orElseThrow(), e));
      return Optional.empty();
    }
  }

  /**
   * The area served: nationwide for {@code 全国}, each prefecture and municipality by its local-government code; every
   * other location said and left out, and a {@code locationScope} that disagrees with the locations said.
   */
  private static ServiceArea area(JsonTree item, List<Finding> found) {
    Set<Prefecture> prefectures = new LinkedHashSet<>();
    Set<Municipality> municipalities = new LinkedHashSet<>();
    boolean nationwide = false;
    Optional<JsonTree> locations = item.get(GivingField.LOCATION_NAME.getPath().split("/")[0]);
    if (locations.isPresent() && locations.get().kind() != JsonTree.Kind.ARRAY) {
      found.add(ImportValues.wrongType(locations.get(), ValueShape.LIST));
    }
    List<JsonTree> items = locations.map(JsonTree::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      JsonTree location = items.get(i);
      Optional<String> name = text(item, GivingField.LOCATION_NAME, i, found);
      Optional<String> code = text(item, GivingField.LOCATION_CODE, i, found);
      Optional<String> country = text(item, GivingField.LOCATION_COUNTRY, i, found);
      boolean japan = country.map(GivingExporter.JAPAN::equals).orElse(true) && location.get("geoCodeType").isEmpty();
      Optional<LocalGovernmentCode> lgc = code.filter(LocalGovernmentCode::isValid).map(LocalGovernmentCode::of);
      if (japan && code.isEmpty() && name.filter(GivingExporter.NATIONWIDE::equals).isPresent()) {
        nationwide = true;
      } else if (japan && lgc.isPresent() && lgc.get().isPrefecture()) {
        prefectures.add(lgc.get().getPrefecture());
      } else if (japan && lgc.isPresent() && name.or(() -> LocalGovernment.find(lgc.get())
          .map(LocalGovernment::getName)).isPresent()) {
        municipalities.add(Municipality.of(lgc.get(), name.or(() -> LocalGovernment.find(lgc.get())
            .map(LocalGovernment::getName)).orElseThrow()));
      } else if (location.kind() == JsonTree.Kind.OBJECT) {
        found.add(ImportValues.at(Rule.IMPORT_360_LOCATION, location, name.or(() -> code).orElse(location.pointer())));
      } else {
        found.add(ImportValues.wrongType(location, ValueShape.PROPERTIES));
      }
    }
    Optional<String> expected = GivingExporter.scopeOf(nationwide, !prefectures.isEmpty(), !municipalities.isEmpty());
    Optional<String> scope = text(item, GivingField.LOCATION_SCOPE, 0, found);
    if (scope.isPresent() && !scope.equals(expected)) {
      found.add(ImportValues.at(Rule.IMPORT_360_LOCATION, value(item, GivingField.LOCATION_SCOPE, 0).orElseThrow(),
          scope.get()));
    }
    ServiceArea.Builder area = ServiceArea.builder().nationwide(nationwide).addAllPrefectures(prefectures)
        .addAllMunicipalities(municipalities);
    if (!nationwide && prefectures.isEmpty() && municipalities.isEmpty()) {
      // No place the model knows: the area says it was not stated, as the other importers write it.
      area.text(ImportValues.AREA_NOT_STATED);
    }
    return area.build();
  }

  /**
   * The recipient: a local government where its corporate number is one (the check digit, {@code 000020} and its
   * code), else an organisation read from its name, with its corporate number where the id is {@code JP-JCN-…}, else a
   * local government by its name. Never a guessed legal form, never an invented number.
   */
  private static Optional<Grantee> grantee(JsonTree item, List<Finding> found) {
    Optional<String> name = text(item, GivingField.RECIPIENT_NAME, 0, found);
    Optional<String> id = text(item, GivingField.RECIPIENT_ID, 0, found);
    JsonTree at = parentOf(item, GivingField.RECIPIENT_NAME);
    if (name.isEmpty()) {
      found.add(ImportValues.at(Rule.IMPORT_360_RECIPIENT, at, item.get("recipientIndividual").isPresent()
          ? "recipientIndividual" : "recipientOrganization"));
      return Optional.empty();
    }
    Optional<CorporateNumber> number = Optional.empty();
    if (id.isPresent() && id.get().startsWith(CorporateNumber.IDENTIFIER_PREFIX)) {
      try {
        number = Optional.of(CorporateNumber.fromIdentifier(id.get()));
      } catch (InvalidValueException e) {
        found.add(invalid(value(item, GivingField.RECIPIENT_ID, 0).orElseThrow(), e));
        return Optional.empty();
      }
    } else if (id.isPresent()) {
      found.add(ImportValues.at(Rule.IMPORT_360_ORGANIZATION_ID, value(item, GivingField.RECIPIENT_ID, 0).orElseThrow(),
          id.get()));
    }
    Optional<LocalGovernmentCode> government = number.flatMap(LocalGovernmentCode::fromCorporateNumber);
    if (government.isPresent()) {
      return Optional.of(LocalGovernmentGrantee.builder().code(government.get()).name(name.get()).build());
    }
    try {
      Organization parsed = Organization.parse(name.get());
      return Optional.of(number.isEmpty() ? parsed
          : Organization.builder().from(parsed).corporateNumber(number.get()).build());
    } catch (InvalidValueException notAnOrganization) {
      if (number.isEmpty()) {
        try {
          return Optional.of(LocalGovernmentGrantee.parse(name.get()));
        } catch (InvalidValueException notALocalGovernment) {
          // neither: said below
        }
      }
      if (notAnOrganization.getReason() == InvalidValueException.Reason.CORPORATE_NUMBER_NEEDS_LEGAL_PERSONALITY) {
        found.add(ReadingFindings.invalidObject(at.pointer(), at.location().orElse(null), notAnOrganization));
      } else {
        found.add(ImportValues.at(Rule.IMPORT_360_RECIPIENT, value(item, GivingField.RECIPIENT_NAME, 0).orElseThrow(),
            name.get()));
      }
      return Optional.empty();
    }
  }

  /** The object that holds a field: {@code recipientOrganization/0} for {@code recipientOrganization/0/name}. */
  private static JsonTree parentOf(JsonTree item, GivingField field) {
    String path = field.getPath();
    return at(item, path.substring(0, path.lastIndexOf('/'))).orElse(item);
  }

  private static Finding invalid(JsonTree at, InvalidValueException e) {
    return ReadingFindings.invalidValue(at.pointer(), at.location().orElse(null), ImportValues.shown(at), e);
  }
}
