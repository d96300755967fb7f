package io.github.tsunagari.internal.read;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kind;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.money.YenUnit;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.region.AreaNote;
import io.github.tsunagari.region.AreaReading;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table's header row, read once for all its rows: the column each header names (a path or a Japanese title,
 * {@link TableColumns}), and the columns that hold a fact as lists write it, from which the structured parts are
 * derived row by row with the model's own readers: a grantee's name with its legal form and head office in it
 * (「NPO法人サービスグラント（東京都）」, read by {@link Organization#parse}; a local government's name by
 * {@link LocalGovernmentGrantee#parse}) where the table has no column of the grantee's legal form (a column of its kind says which kind it is), and a service area
 * as free text (a column titled 事業区域, read by {@link ServiceArea#read}, its text kept as written, what it notices reported) where the table
 * has no column of its parts, and an amount whose header states its unit (「交付決定額(千円)」: a bare 1,500 is 1 500 000
 * yen, read by {@link Yen#parse(CharSequence, YenUnit)}). A part that the table gives in a column of its own is never derived over. What cannot be
 * derived is reported at its cell. Not part of the API.
 */
final class TableHeader {
  private static final List<String> GRANTEE = List.of(Forms.GRANT.property("grantee").name());
  private static final String TYPE = Forms.GRANTEE.discriminator();
  private static final String ORGANIZATION = tagOf(Forms.ORGANIZATION);
  private static final String LOCAL_GOVERNMENT = tagOf(Forms.LOCAL_GOVERNMENT_GRANTEE);

  /** The grantee's kind whose form is the given one: found by its form, not by its place among the kinds. */
  private static String tagOf(Form<?> form) {
    for (Kind.Variant<?> v : Forms.GRANTEE.variants()) {
      if (v.form() == form) {
        return v.tag();
      }
    }
    throw new IllegalStateException("no grantee of the form " + form.name());
  }

  private final Form<?> form;
  private final List<RowTokens.Column> columns;
  private final List<String> names;
  /** The column whose text is a grantee's name as lists write it (with its legal form), or -1. */
  private final int grantee;
  /** The column of the grantee's kind beside it, or -1. */
  private final int granteeKind;
  /** The columns of a union's kind, whose cells may name it in Japanese (コンソーシアム), by column. */
  private final Map<Integer, RowTokens.Column> kinds = new HashMap<>();
  /** The columns whose text is an object with a text of its own, read whole (a service area), by column. */
  private final Map<Integer, List<String>> areas = new HashMap<>();
  private final List<String> places = new ArrayList<>();
  /** The columns of amounts whose header states a unit, by column. */
  private final Map<Integer, Unit> units = new HashMap<>();

  /** A column of amounts and the unit its header states. */
  private static final class Unit {
    final RowTokens.Column column;
    final YenUnit unit;

    Unit(RowTokens.Column column, YenUnit unit) {
      this.column = column;
      this.unit = unit;
    }
  }
  private final Map<List<String>, Optional<RowTokens.Column>> derivedColumns = new HashMap<>();

  private TableHeader(Form<?> form, List<RowTokens.Column> columns, List<String> names, int grantee, int kind) {
    this.form = form;
    this.columns = columns;
    this.names = names;
    this.grantee = grantee;
    this.granteeKind = kind;
  }

  /**
   * Reads a header row; a column that names no place, or the same place as another (or a place inside another's), is
   * reported once at its header and not read.
   *
   * @param form the form of a row's object
   * @param header the headers as written
   * @param row the header's row number
   * @param sheet the sheet's name, or empty
   * @param problems receives the header's problems
   * @return the header
   */
  static TableHeader read(Form<?> form, List<String> header, int row, String sheet, List<Finding> problems) {
    List<RowTokens.Column> columns = new ArrayList<>();
    List<String> places = new ArrayList<>();
    Map<Integer, List<String>> wholes = new HashMap<>();
    Map<Integer, YenUnit> units = new HashMap<>();
    TableColumns titles = TableColumns.of(form);
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      SourceLocation at = SourceLocation.ofCell(sheet, row, c + 1, header.get(c));
      columns.add(null);
      places.add(null);
      if (name.isEmpty()) {
        continue;
      }
      List<String> path = titles.pathOf(name).orElse(List.of(name.split("/", -1)));
      Optional<RowTokens.Column> column = RowTokens.Column.of(form, path);
      Optional<YenUnit> unit = YenUnit.find(name);
      YenUnit stated = null;
      if (column.isEmpty() && unit.isPresent()) {
        // 「交付決定額(千円)」: the column of 交付決定額, whose bare numbers are thousands of yen.
        String bare = YenUnit.stripFrom(name).strip();
        List<String> unitPath = titles.pathOf(bare).orElse(List.of(bare.split("/", -1)));
        Optional<RowTokens.Column> amount = RowTokens.Column.of(form, unitPath);
        if (amount.isPresent() && amount.get().kind == Kinds.YEN) {
          path = unitPath;
          column = amount;
          stated = unit.get();
        }
      }
      boolean whole = column.isPresent() && isWholeText(column.get().kind);
      if (column.isEmpty() || column.get().kind instanceof Kind.ObjectKind && !whole
          || column.get().kind instanceof Kind.UnionKind) {
        problems.add(ReadingFindings.unknownProperty("/" + name, at, name, RowTokens.expected(form, path)));
        continue;
      }
      String place = place(path);
      if (overlaps(places, place)) {
        problems.add(ReadingFindings.duplicateProperty("/" + name, at, name));
        continue;
      }
      places.set(c, place);
      if (stated != null) {
        units.put(c, stated); // only a column that is read: a second of the same place was refused above
      } else if (whole) {
        wholes.put(c, path);
      } else {
        columns.set(c, column.get());
      }
    }
    int grantee = -1;
    int kind = -1;
    if (form == Forms.GRANT) {
      String name = place(plus(GRANTEE, "name"));
      String legalForm = place(plus(GRANTEE, "legalForm"));
      if (places.contains(name) && !places.contains(legalForm)) {
        grantee = places.indexOf(name);
        kind = places.indexOf(place(plus(GRANTEE, TYPE)));
        columns.set(grantee, null); // its parts are derived from its text
      }
    }
    TableHeader h = new TableHeader(form, columns, header, grantee, kind);
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c) != null && titles.isKind(columns.get(c).path)) {
        h.kinds.put(c, columns.get(c)); // 単独の団体, コンソーシアム: read as their tags
        columns.set(c, null);
      }
    }
    h.areas.putAll(wholes);
    for (Map.Entry<Integer, YenUnit> unit : units.entrySet()) {
      int c = unit.getKey();
      List<String> path = List.of(places.get(c).substring(1).split("/", -1));
      h.units.put(c, new Unit(RowTokens.Column.of(form, path).orElseThrow(), unit.getValue()));
    }
    h.places.addAll(places);
    return h;
  }

  /** True for an object read whole from its text: a service area. */
  private static boolean isWholeText(Kind<?> kind) {
    return kind instanceof Kind.ObjectKind && ((Kind.ObjectKind<?>) kind).form() == Forms.SERVICE_AREA;
  }

  private static boolean overlaps(List<String> places, String place) {
    for (String other : places) {
      if (overlaps(other, place)) {
        return true;
      }
    }
    return false;
  }

  /** True if two places are one, or one holds the other; a column that names no place overlaps none. */
  private static boolean overlaps(String other, String place) {
    return other != null && (other.equals(place) || other.startsWith(place + "/") || place.startsWith(other + "/"));
  }

  /** A path with its indices written as numbers ({@code 00} and {@code 0} are one place). */
  private static String place(List<String> path) {
    StringBuilder s = new StringBuilder();
    for (String segment : path) {
      s.append('/').append(RowTokens.isIndex(segment) ? String.valueOf(Integer.parseInt(segment)) : segment);
    }
    return s.toString();
  }

  private static List<String> plus(List<String> path, String... more) {
    List<String> p = new ArrayList<>(path);
    p.addAll(List.of(more));
    return p;
  }

  /** Each column: null where it is not read as it is. */
  List<RowTokens.Column> columns() {
    return columns;
  }

  /**
   * The values a row's cells hold as lists write them, derived with the model's readers; what cannot be derived is
   * reported at its cell and left out.
   *
   * @param row the row
   * @param sheet the sheet's name
   * @param base the path of the row's object
   * @param problems receives what cannot be derived
   * @return the derived values
   */
  List<RowTokens.Derived> derive(RowSource.Row row, String sheet, String base, List<Finding> problems) {
    if (kinds.isEmpty() && grantee < 0 && areas.isEmpty() && units.isEmpty()) {
      return List.of(); // a table that derives nothing: no list for every row
    }
    List<RowTokens.Derived> derived = new ArrayList<>();
    for (Map.Entry<Integer, RowTokens.Column> kind : kinds.entrySet()) {
      String text = cell(row, kind.getKey());
      if (!text.isEmpty()) {
        derived.add(new RowTokens.Derived(kind.getValue(), TableColumns.of(form).canonical(kind.getValue().path,
            text), kind.getKey()));
      }
    }
    if (!cell(row, grantee).isEmpty()) {
      deriveGrantee(row, sheet, base, problems, derived);
    }
    for (Map.Entry<Integer, List<String>> area : areas.entrySet()) {
      int c = area.getKey();
      if (c < row.cells().size() && !row.cells().get(c).isEmpty()) {
        String text = row.cells().get(c);
        try {
          AreaReading reading = ServiceArea.read(text);
          for (AreaNote note : reading.getNotes()) {
            problems.add(ReadingFindings.areaNote(base + "/" + String.join("/", area.getValue()), at(row, sheet, c),
                note));
          }
          add(area.getValue(), TableColumns.of(Forms.SERVICE_AREA).flatten(reading.getArea()), c, derived);
        } catch (InvalidValueException e) {
          problems.add(ReadingFindings.invalidValue(base + "/" + String.join("/", area.getValue()),
              at(row, sheet, c), text, e));
        }
      }
    }
    for (Map.Entry<Integer, Unit> amount : units.entrySet()) {
      int c = amount.getKey();
      if (c < row.cells().size() && !row.cells().get(c).isEmpty()) {
        String text = row.cells().get(c);
        try {
          Yen yen = Yen.parse(text, amount.getValue().unit);
          String canonical = yen.getTax().isPresent() ? yen.format() : Long.toString(yen.getAmount());
          derived.add(new RowTokens.Derived(amount.getValue().column, canonical, c));
        } catch (InvalidValueException e) {
          problems.add(ReadingFindings.invalidValue(base + "/" + String.join("/", amount.getValue().column.path),
              at(row, sheet, c), text, e));
        }
      }
    }
    return derived;
  }

  /**
   * The parts of a grantee's name as lists write it: an organisation's legal form, name and head office, or a local
   * government's code and name, as its kind's column says, or as the name reads where there is none. A consortium's
   * name is its own name, read as written.
   */
  private void deriveGrantee(RowSource.Row row, String sheet, String base, List<Finding> problems,
      List<RowTokens.Derived> derived) {
    String text = row.cells().get(grantee);
    String kind = granteeKind < 0 ? "" : TableColumns.of(form).canonical(plus(GRANTEE, TYPE), cell(row, granteeKind));
    Map<List<String>, String> parts;
    String tag;
    try {
      if (kind.equals(LOCAL_GOVERNMENT)) {
        parts = TableColumns.of(Forms.LOCAL_GOVERNMENT_GRANTEE).flatten(LocalGovernmentGrantee.parse(text));
        tag = LOCAL_GOVERNMENT;
      } else if (kind.isEmpty() || kind.equals(ORGANIZATION)) {
        Map.Entry<String, Map<List<String>, String>> read = organizationOrLocalGovernment(text, kind.isEmpty());
        tag = read.getKey();
        parts = read.getValue();
      } else {
        derive(plus(GRANTEE, "name"), text, grantee, derived); // a consortium's own name, or a kind unknown
        return;
      }
    } catch (InvalidValueException e) {
      problems.add(ReadingFindings.invalidValue(base + "/" + String.join("/", plus(GRANTEE, "name")),
          at(row, sheet, grantee), text, e));
      return;
    }
    derive(plus(GRANTEE, TYPE), tag, grantee, derived);
    add(GRANTEE, parts, grantee, derived);
  }

  /** An organisation's parts; where no kind is given and the name is no organisation's, a local government's. */
  private static Map.Entry<String, Map<List<String>, String>> organizationOrLocalGovernment(String text,
      boolean either) {
    try {
      return Map.entry(ORGANIZATION, TableColumns.of(Forms.ORGANIZATION).flatten(Organization.parse(text)));
    } catch (InvalidValueException notAnOrganization) {
      if (either) {
        try {
          return Map.entry(LOCAL_GOVERNMENT,
              TableColumns.of(Forms.LOCAL_GOVERNMENT_GRANTEE).flatten(LocalGovernmentGrantee.parse(text)));
        } catch (InvalidValueException notALocalGovernment) {
          throw notAnOrganization; // the organisation's reason: what lists mostly name
        }
      }
      throw notAnOrganization;
    }
  }

  private static String cell(RowSource.Row row, int c) {
    return c >= 0 && c < row.cells().size() ? row.cells().get(c) : "";
  }

  private void add(List<String> at, Map<List<String>, String> parts, int cell, List<RowTokens.Derived> derived) {
    for (Map.Entry<List<String>, String> part : parts.entrySet()) {
      List<String> path = new ArrayList<>(at);
      path.addAll(part.getKey());
      derive(path, part.getValue(), cell, derived);
    }
  }

  /** A derived value, unless the table gives its place a column of its own: a column is never derived over. */
  private void derive(List<String> path, String text, int cell, List<RowTokens.Derived> derived) {
    String place = place(path);
    for (int c = 0; c < places.size(); c++) {
      if (c != cell && overlaps(places.get(c), place)) {
        return;
      }
    }
    Optional<RowTokens.Column> column = derivedColumns.computeIfAbsent(path, p -> RowTokens.Column.of(form, p));
    column.ifPresent(c -> derived.add(new RowTokens.Derived(c, text, cell)));
  }

  /**
   * The cell of a row a finding's path belongs to: the column whose place shares the most leading parts with the path
   * ({@code /project/serviceArea} is the 事業区域 column's; {@code /grantee/legalForm}, derived from 団体名, that
   * column's), else the row's first cell. For the findings of the rules, which name paths, not cells.
   *
   * @param path the finding's path below the row's object, such as {@code /project/serviceArea}
   * @param sheet the sheet's name
   * @param row the row's number
   * @return the cell
   */
  SourceLocation locate(String path, String sheet, int row) {
    String[] parts = path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
    int best = -1;
    int shared = 0;
    for (int c = 0; c < places.size(); c++) {
      String place = places.get(c);
      if (place == null) {
        continue;
      }
      String[] of = place.substring(1).split("/", -1);
      int n = 0;
      while (n < of.length && n < parts.length && of[n].equals(parts[n])) {
        n++;
      }
      if (n > shared) {
        shared = n;
        best = c;
      }
    }
    int c = best < 0 ? 0 : best;
    return SourceLocation.ofCell(sheet, row, c + 1, c < names.size() ? names.get(c) : "");
  }

  /**
   * The column a place has, or the first column of a place inside it ({@code /project/serviceArea} has 事業区域).
   *
   * @param path a path below the row's object
   * @return the column, from 0, or -1 where the table has none
   */
  int columnOf(String path) {
    for (int c = 0; c < places.size(); c++) {
      String place = places.get(c);
      if (place != null && (place.equals(path) || place.startsWith(path + "/"))) {
        return c;
      }
    }
    return -1;
  }

  private SourceLocation at(RowSource.Row row, String sheet, int c) {
    return SourceLocation.ofCell(sheet, row.number(), c + 1, names.get(c));
  }
}
