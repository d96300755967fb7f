package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.interchange.threesixtygiving.GivingSpreadsheet.Headers;
import io.github.tsunagari.tables.internal.CsvSink;
import io.github.tsunagari.tables.internal.TableSink;
import io.github.tsunagari.tables.internal.XlsxSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The grants of a 360Giving package laid out on sheets as flatten-tool lays them out with {@code --rollup}
 * (OpenDataServices/flatten-tool, {@code flattentool/json_input.py} and {@code schema.py}): the columns are the
 * {@link GivingField}s, so the sheets hold what the JSON package holds, field for field, read from the grants the
 * exporter built ({@link GivingTree}). Not thread-safe; made for one writing.
 */
final class GivingSheets {
  /** The grants' sheet: flatten-tool's {@code --main-sheet-name grants}, as 360Giving's guide to it gives it. */
  static final String GRANTS = "grants";

  private final Headers headers;
  private final List<List<String>> grants = new ArrayList<>();
  /** The rows of each sheet of items, by the array's path ({@code beneficiaryLocation}), in the fields' order. */
  private final Map<String, List<List<String>>> items = new LinkedHashMap<>();
  private String firstWithItems = "";

  private GivingSheets(Headers headers) {
    this.headers = headers;
  }

  /**
   * The title of a field in the 360Giving 1.4.3 grant schema, as flatten-tool's {@code --use-titles} heads its column:
   * the titles of the path's properties joined by {@code :}, array indexes left out. Said here only; a test checks
   * them against the schema.
   */
  static String title(GivingField field) {
    return switch (field) { // no default: a field added without its title does not compile
      case ID -> "Identifier";
      case TITLE -> "Title";
      case DESCRIPTION -> "Description";
      case CURRENCY -> "Currency";
      case AMOUNT_AWARDED -> "Amount Awarded";
      case AMOUNT_APPLIED_FOR -> "Amount Applied For";
      case AWARD_DATE -> "Award Date";
      case PLANNED_START -> "Planned Dates:Start Date";
      case PLANNED_END -> "Planned Dates:End Date";
      case RECIPIENT_ID -> "Recipient Org:Identifier";
      case RECIPIENT_NAME -> "Recipient Org:Name";
      case FUNDER_ID -> "Funding Org:Identifier";
      case FUNDER_NAME -> "Funding Org:Name";
      case PROGRAMME_CODE -> "Grant Programme:Code";
      case PROGRAMME_TITLE -> "Grant Programme:Title";
      case LOCATION_NAME -> "Beneficiary Location:Name";
      case LOCATION_CODE -> "Beneficiary Location:Geographic Code";
      case LOCATION_COUNTRY -> "Beneficiary Location:Country Code";
      case LOCATION_SCOPE -> "Location Scope";
    };
  }

  /** A field's column header: its path with the first item's index ({@code beneficiaryLocation/0/name}), or title. */
  static String header(GivingField field, Headers headers) {
    return headers == Headers.TITLES ? title(field) : field.getPath().replace("*", "0");
  }

  /**
   * The array of which the field is a property of each item, where a grant may have several items
   * ({@code beneficiaryLocation} for {@code beneficiaryLocation/}{@code *}{@code /name}); empty for a field a grant has
   * at most once, whose array, if any, always rolls up.
   */
  static Optional<String> repeated(GivingField field) {
    int star = field.getPath().indexOf("/*/");
    return star < 0 ? Optional.empty() : Optional.of(field.getPath().substring(0, star));
  }

  /**
   * The name of the sheet of an array's items, as flatten-tool's {@code make_sub_sheet_name} makes it: the path's
   * parents cut to three letters and joined by {@code _}, then the property's name ({@code beneficiaryLocation}); or,
   * with titles, from the titles ({@code Beneficiary Location}).
   */
  static String sheetName(String array, Headers headers) {
    if (headers == Headers.TITLES) {
      String title = title(fieldsOf(array).get(0));
      return title.substring(0, title.lastIndexOf(':')).replace(':', '-');
    }
    int slash = array.lastIndexOf('/');
    String parents = Stream.of(array.substring(0, Math.max(slash, 0)).split("/"))
        .filter(s -> !s.isEmpty() && !s.equals("0")).map(s -> s.substring(0, Math.min(3, s.length())))
        .collect(Collectors.joining("_"));
    return (parents + array.substring(slash + 1)).replace(':', '-');
  }

  private static List<GivingField> fieldsOf(String array) {
    return Stream.of(GivingField.values()).filter(f -> repeated(f).equals(Optional.of(array))).toList();
  }

  /**
   * Writes grants, as the exporter built them, as a spreadsheet of the form given; the stream is left open.
   *
   * @throws MultipleSheetsException if the form is CSV and the grants need more than one sheet: nothing is written
   */
  static void write(List<Map<String, Object>> grants, GivingSpreadsheet form, OutputStream out) throws IOException {
    GivingSheets sheets = new GivingSheets(form.getHeaders());
    grants.forEach(sheets::add);
    if (form.getFormat() == GivingSpreadsheet.Format.CSV) {
      if (!sheets.items.isEmpty()) {
        throw new MultipleSheetsException(sheets.sheetNames(), sheets.firstWithItems);
      }
      try (TableSink csv = new CsvSink(out, StandardCharsets.UTF_8, false)) {
        sheets.writeTo(csv);
      }
    } else {
      try (TableSink xlsx = new XlsxSink(out)) {
        sheets.writeTo(xlsx);
      }
    }
  }

  /** One grant: its row, and the rows of the items of each array of which it has several. */
  private void add(Map<String, Object> grant) {
    List<String> row = new ArrayList<>();
    for (GivingField f : GivingField.values()) {
      boolean rollsUp = repeated(f).map(array -> count(grant, array) == 1).orElse(true);
      row.add(rollsUp ? text(grant, f.getPath().replace("*", "0")) : "");
    }
    grants.add(row);
    String id = text(grant, GivingField.ID.getPath());
    for (String array : arrays()) {
      int n = count(grant, array);
      for (int i = 0; n > 1 && i < n; i++) {
        List<String> item = new ArrayList<>();
        item.add(id);
        for (GivingField f : fieldsOf(array)) {
          item.add(text(grant, f.getPath().replace("*", Integer.toString(i))));
        }
        items.computeIfAbsent(array, a -> new ArrayList<>()).add(item);
      }
      if (n > 1 && firstWithItems.isEmpty()) {
        firstWithItems = id;
      }
    }
  }

  private static List<String> arrays() {
    return Stream.of(GivingField.values()).map(GivingSheets::repeated).flatMap(Optional::stream).distinct().toList();
  }

  /** The sheets written: the grants', then those of items in the order of their names, as flatten-tool writes them. */
  private List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    names.add(GRANTS);
    items.keySet().stream().map(a -> sheetName(a, headers)).sorted().forEach(names::add);
    return names;
  }

  private void writeTo(TableSink sink) throws IOException {
    sink.startSheet(GRANTS, Stream.of(GivingField.values()).map(f -> header(f, headers)).toList());
    for (List<String> row : grants) {
      sink.row(row);
    }
    List<String> arrays = items.keySet().stream().sorted(Comparator.comparing(a -> sheetName(a, headers))).toList();
    for (String array : arrays) {
      List<String> header = new ArrayList<>();
      header.add(header(GivingField.ID, headers)); // flatten-tool's join of an item to its grant: the grant's id
      fieldsOf(array).forEach(f -> header.add(header(f, headers)));
      sink.startSheet(sheetName(array, headers), header);
      for (List<String> row : items.get(array)) {
        sink.row(row);
      }
    }
    sink.finish();
  }

  /** The number of items of the array at a path of a grant. */
  private static int count(Map<String, Object> grant, String array) {
    Object node = at(grant, array);
    return node instanceof List ? ((List<?>) node).size() : 0;
  }

  /** The text of the value at a path of a grant (a whole number in digits); empty where there is none. */
  private static String text(Map<String, Object> grant, String path) {
    Object node = at(grant, path);
    return node instanceof String || node instanceof Long ? node.toString() : "";
  }

  private static Object at(Object node, String path) {
    for (String segment : path.split("/")) {
      if (node instanceof Map) {
        node = ((Map<?, ?>) node).get(segment);
      } else if (node instanceof List && segment.chars().allMatch(Character::isDigit)) {
        List<?> list = (List<?>) node;
        int i = Integer.parseInt(segment);
        node = i < list.size() ? list.get(i) : null;
      } else {
        return null;
      }
    }
    return node;
  }
}
