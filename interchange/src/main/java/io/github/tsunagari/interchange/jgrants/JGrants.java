package io.github.tsunagari.interchange.jgrants;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValidationReport;
import io.github.tsunagari.validation.ValueShape;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * <a href="https://www.jgrants-portal.go.jp/">jGrants</a> (Jグランツ, the Digital Agency's subsidy portal), which
 * publishes calls for applications (公募), not awards: the entry to this library's import of its calls as the model's
 * menus with their terms.
 *
 * <pre>{@code
 * ReadResult<List<JGrantsCall>> read = JGrants.readCalls(in); // the list's result[] or a detail
 * Menu menu = read.orElseThrow().get(0).getMenu();             // ceiling 上限額, rate 補助率
 * JGrants.reader().withValidator(validator).readCalls(in);     // validated with another validator
 * }</pre>
 *
 * <p>The mapping ({@link JGrantsField}): {@code title} (or else {@code name}) is the menu's name; {@code name}, a
 * management number, is kept ({@link JGrantsCall#getName()}); {@code subsidy_max_limit}, a number of yen, its ceiling
 * (a number exactly whole yen however written, such as {@code 6e6}; one that is not is {@code read.invalid-value});
 * {@code subsidy_rate} its rate, where the model reads it ({@code 1/2以内}, {@code 2/3},
 * {@code 3分の2}, {@code 20%}); anything else, such as a rate with conditions in brackets, is
 * {@code import.jgrants.unread-rate} and no rate, never guessed. {@code target_area_search} ({@code 東京都 / 大阪府})
 * is the target area: each part a prefecture by its name, or 全国; another part is {@code import.jgrants.unknown-area}.
 * The acceptance period is carried as written, with its offset; one that ends before it starts is
 * {@code import.jgrants.acceptance-end-before-start}. The fields the model has no place for are said
 * ({@code import.jgrants.not-carried}). Each menu is validated with the model's constraints. Stateless.
 */
public final class JGrants {
  private static final String RESULT = "result";
  private static final String NATIONWIDE = "全国";
  private static final String AREA_SEPARATOR = "/";
  /** The properties of the API's answer around its results: not about a call. */
  private static final List<String> ENVELOPE = List.of("metadata", RESULT);

  private JGrants() {}

  /**
   * A reader of calls that validates their menus with {@link GrantValidator#create()}.
   *
   * @return the reader
   */
  public static JGrantsReader reader() {
    return JGrantsReader.of(GrantValidator.create());
  }

  /**
   * Reads calls as jGrants' API returns them, validated with {@link GrantValidator#create()}: the shortcut of
   * {@code reader().readCalls(in)} ({@link JGrantsReader#readCalls}).
   *
   * @param in the bytes, UTF-8; not closed
   * @return the calls, in order, with every finding (reading, import, the menus' validation); the value is empty only
   *     where the document cannot be read
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static ReadResult<List<JGrantsCall>> readCalls(InputStream in) throws IOException {
    return reader().readCalls(in);
  }

  /** Reads calls, validating their menus with a validator: {@link JGrantsReader#readCalls}. */
  static ReadResult<List<JGrantsCall>> readCalls(InputStream in, GrantValidator validator) throws IOException {
    Documents.Outcome<JsonTree> read = JsonTree.read(Objects.requireNonNull(in, "in"), -1);
    List<Finding> findings = new ArrayList<>(read.problems());
    if (read.value().isEmpty()) {
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
    JsonTree root = read.value().get();
    List<JGrantsCall> calls = new ArrayList<>();
    if (root.kind() != JsonTree.Kind.OBJECT) {
      findings.add(ImportValues.wrongType(root, ValueShape.PROPERTIES));
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
    Optional<JsonTree> result = root.get(RESULT);
    List<JsonTree> items = result.isPresent() ? result.get().items() : List.of(root);
    if (result.isPresent() && result.get().kind() != JsonTree.Kind.ARRAY) {
      findings.add(ImportValues.wrongType(result.get(), ValueShape.LIST));
    }
    for (JsonTree item : items) {
      if (item.kind() != JsonTree.Kind.OBJECT) {
        findings.add(ImportValues.wrongType(item, ValueShape.PROPERTIES));
        continue;
      }
      call(item, result.isPresent() ? List.of() : ENVELOPE, findings).ifPresent(call -> {
        calls.add(call);
        validator.validate(call.getMenu()).getFindings()
            .forEach(f -> findings.add(ImportValues.locatedAt(f.withPathPrefix(item.pointer() + "/menu"),
                item.location())));
      });
    }
    return ReadResult.of(Optional.of(List.copyOf(calls)), ValidationReport.of(findings));
  }

  private static Optional<JGrantsCall> call(JsonTree item, List<String> ignored, List<Finding> findings) {
    Map<JGrantsField, String> values = new LinkedHashMap<>();
    Map<JGrantsField, JsonTree> at = new LinkedHashMap<>();
    for (String name : item.names()) {
      JsonTree v = item.get(name).orElseThrow();
      Optional<JGrantsField> field = fieldOf(name);
      if (field.isEmpty()) {
        if (!ignored.contains(name) && !v.isNull()) {
          findings.add(ImportValues.at(Rule.IMPORT_JGRANTS_NOT_CARRIED, v, ImportValues.shown(v), name));
        }
        continue;
      }
      at.put(field.get(), v);
      Optional<String> text = ImportValues.text(v, findings);
      if (text.isEmpty()) {
        continue;
      }
      if (field.get().isCarried()) {
        values.put(field.get(), text.get());
      } else {
        findings.add(ImportValues.at(Rule.IMPORT_JGRANTS_NOT_CARRIED, v, text.get(), name));
      }
    }
    Optional<String> managementNumber = Optional.ofNullable(values.get(JGrantsField.NAME));
    Optional<String> name = Optional.ofNullable(values.get(JGrantsField.TITLE)).or(() -> managementNumber);
    if (name.isEmpty()) {
      findings.add(ReadingFindings.missingProperty(item.pointer(), item.location().orElse(null),
          JGrantsField.TITLE.getJsonName()));
      return Optional.empty();
    }
    Menu.Builder menu = Menu.builder().name(name.get());
    JsonTree ceiling = at.get(JGrantsField.SUBSIDY_MAX_LIMIT);
    read(JGrantsField.SUBSIDY_MAX_LIMIT, values, at, findings,
        ceiling != null && ceiling.kind() == JsonTree.Kind.NUMBER ? ImportValues::wholeYen : Yen::parse)
        .ifPresent(menu::ceiling);
    Optional.ofNullable(values.get(JGrantsField.SUBSIDY_RATE)).ifPresent(text -> {
      try {
        menu.rate(SubsidyRate.parse(text));
      } catch (InvalidValueException e) {
        JsonTree v = at.get(JGrantsField.SUBSIDY_RATE);
        findings.add(ImportValues.at(Rule.IMPORT_JGRANTS_UNREAD_RATE, v, text));
      }
    });
    Optional<ServiceArea> area = Optional.ofNullable(values.get(JGrantsField.TARGET_AREA_SEARCH))
        .flatMap(text -> area(text, at.get(JGrantsField.TARGET_AREA_SEARCH), findings));
    Optional<OffsetDateTime> start = read(JGrantsField.ACCEPTANCE_START_DATETIME, values, at, findings,
        JGrants::dateTime);
    Optional<OffsetDateTime> end = read(JGrantsField.ACCEPTANCE_END_DATETIME, values, at, findings, JGrants::dateTime);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      JsonTree v = at.get(JGrantsField.ACCEPTANCE_END_DATETIME);
      findings.add(ImportValues.at(Rule.IMPORT_JGRANTS_ACCEPTANCE_END_BEFORE_START, v,
          values.get(JGrantsField.ACCEPTANCE_END_DATETIME), values.get(JGrantsField.ACCEPTANCE_START_DATETIME)));
    }
    return Optional.of(new JGrantsCall(item.pointer(), Optional.ofNullable(values.get(JGrantsField.ID)),
        managementNumber, menu.build(), area, start, end));
  }

  /** The prefectures and 全国 an area text names, " / " between them; other parts said and left out. */
  private static Optional<ServiceArea> area(String text, JsonTree at, List<Finding> findings) {
    ServiceArea.Builder area = ServiceArea.builder().text(text);
    boolean any = false;
    for (String part : text.split(AREA_SEPARATOR)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Optional<Prefecture> prefecture = prefectureNamed(p);
      if (p.equals(NATIONWIDE)) {
        area.nationwide(true);
        any = true;
      } else if (prefecture.isPresent()) {
        area.addPrefectures(prefecture.get());
        any = true;
      } else {
        findings.add(ImportValues.at(Rule.IMPORT_JGRANTS_UNKNOWN_AREA, at, p));
      }
    }
    return any ? Optional.of(area.build()) : Optional.empty();
  }

  /** The prefecture a name names as written in full (東京都), never a guess from a part of it. */
  private static Optional<Prefecture> prefectureNamed(String name) {
    for (Prefecture p : Prefecture.values()) {
      if (p.getJapaneseName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static OffsetDateTime dateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidValueException.of(InvalidValueException.Subject.DATE, InvalidValueException.Reason.MALFORMED, text,
          "2025-05-21T00:00:00Z");
    }
  }

  private static <T> Optional<T> read(JGrantsField field, Map<JGrantsField, String> values,
      Map<JGrantsField, JsonTree> at, List<Finding> findings, Function<String, T> reader) {
    String text = values.get(field);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.apply(text));
    } catch (InvalidValueException e) {
      JsonTree v = at.get(field);
      findings.add(ReadingFindings.invalidValue(v.pointer(), v.location().orElse(null), text, e));
      return Optional.empty();
    }
  }

  private static Optional<JGrantsField> fieldOf(String name) {
    for (JGrantsField f : JGrantsField.values()) {
      if (f.getJsonName().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
