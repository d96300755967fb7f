package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.tables.internal.CsvRows;
import io.github.tsunagari.tables.internal.XlsxWorkbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small test-side reader of 360Giving spreadsheets following flatten-tool's {@code unflatten --schema
 * 360-giving-schema.json [--convert-titles] --root-list-path grants} (OpenDataServices/flatten-tool at
 * f3f16ca687b8685565ddc197ff5ce18b69a117a6, {@code flattentool/input.py}: {@code unflatten_main_with_parser},
 * {@code merge}, {@code TemporaryDict}; {@code flattentool/schema.py}: {@code TitleLookup}, the {@code flattened} types)
 * through tables' readers: every row of every sheet becomes an object along its headers (blank cells skipped; a number
 * in the path is an array's item, a column the schema types {@code number} a number), and rows with the same
 * {@code id} are merged into one grant, items with an {@code id} of their own by it, the others appended in row order.
 * The types and titles come from the real grant schema ({@link GivingSchemas}), as flatten-tool takes them.
 */
final class FlattenToolReader {
  /** A sheet as read: its name, its header row, its rows. */
  record Sheet(String name, List<String> header, List<List<String>> rows) {}

  /** The schema's properties by title, case and spaces ignored, each with its own (flatten-tool's TitleLookup). */
  private static final class Titles {
    final String property;
    final String title;
    final Map<String, Titles> children = new HashMap<>();
    final Map<String, Titles> byProperty = new HashMap<>();

    Titles(String property, String title) {
      this.property = property;
      this.title = title;
    }
  }

  private final JsonTree schema;
  /** flatten-tool's {@code flattened}: a type per path of properties, indexes left out. */
  private final Map<String, String> types = new HashMap<>();
  private final Titles titles = new Titles("", "");

  private FlattenToolReader(JsonTree schema) {
    this.schema = schema;
    walk("", schema, titles);
  }

  /** The reader along the real grant schema; call {@link GivingSchemas#assumePresent()} first (or skip by hook). */
  static FlattenToolReader fromSchema() throws IOException {
    return new FlattenToolReader(json(Files.readAllBytes(GivingSchemas.folder().resolve("360giving-schema.json"))));
  }

  /** A JSON document as a tree, through core's reader and the binding on the test class path. */
  static JsonTree json(byte[] bytes) throws IOException {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return JsonTree.read(in, Long.MAX_VALUE).value().orElseThrow();
    }
  }

  /** A JSON value as plain Java: maps, lists, texts and numbers ({@code BigDecimal}), for comparing. */
  static Object plain(JsonTree tree) {
    switch (tree.kind()) {
      case OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        tree.names().forEach(n -> map.put(n, plain(tree.get(n).orElseThrow())));
        return map;
      }
      case ARRAY:
        return tree.items().stream().map(FlattenToolReader::plain).toList();
      case NUMBER:
        return tree.number().orElseThrow();
      default:
        return tree.text().orElseThrow();
    }
  }

  /** A grant as the exporter built it, as plain Java as {@link #plain} gives it. */
  static Object plain(Object built) {
    if (built instanceof Map) {
      Map<String, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) built).forEach((k, v) -> map.put((String) k, plain(v)));
      return map;
    }
    if (built instanceof List) {
      return ((List<?>) built).stream().map(FlattenToolReader::plain).toList();
    }
    return built instanceof Long ? BigDecimal.valueOf((Long) built) : built;
  }

  private JsonTree resolve(JsonTree node) {
    Optional<String> ref = node.get("$ref").flatMap(JsonTree::text);
    if (ref.isEmpty()) {
      return node;
    }
    JsonTree target = schema;
    for (String segment : ref.get().substring(2).split("/")) {
      target = target.get(segment).orElseThrow();
    }
    return target;
  }

  /** flatten-tool's {@code parse_schema_dict}: the types and titles of the properties under a path. */
  private void walk(String parent, JsonTree object, Titles lookup) {
    JsonTree properties = resolve(object).get("properties").orElse(null);
    if (properties == null) {
      return;
    }
    for (String name : properties.names()) {
      JsonTree declared = properties.get(name).orElseThrow();
      JsonTree property = resolve(declared);
      // The title on the reference itself, else the one referred to (jsonref's __reference__, then the value's).
      Optional<String> title = declared.get("title").or(() -> property.get("title")).flatMap(JsonTree::text);
      Titles own = new Titles(name, title.orElse(""));
      title.ifPresent(t -> lookup.children.put(key(t), own));
      lookup.byProperty.put(name, own);
      String path = parent + name;
      List<String> kinds = kinds(property);
      if (kinds.contains("object")) {
        types.put(path, "object");
        walk(path + "/", property, own);
      } else if (kinds.contains("array")) {
        JsonTree items = resolve(property.get("items").orElseThrow());
        boolean objects = kinds(items).contains("object") || items.get("properties").isPresent();
        types.put(path, objects ? "array" : "string_array");
        if (objects) {
          walk(path + "/", items, own);
        }
      } else if (kinds.contains("number")) {
        types.put(path, "number");
      } else if (kinds.contains("integer")) {
        types.put(path, "integer");
      } else {
        types.put(path, "string");
      }
    }
  }

  private static List<String> kinds(JsonTree node) {
    Optional<JsonTree> type = node.get("type");
    if (type.isEmpty()) {
      return List.of();
    }
    return type.get().kind() == JsonTree.Kind.ARRAY
        ? type.get().items().stream().map(t -> t.text().orElseThrow()).toList()
        : List.of(type.get().text().orElseThrow());
  }

  private static String key(String title) {
    return title.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /** The schema's titles of a path's properties joined by {@code :}, indexes left out, as {@code --use-titles}. */
  String title(String path) {
    List<String> parts = new ArrayList<>();
    Titles node = titles;
    for (String segment : path.split("/")) {
      if (!isIndex(segment) && !segment.equals("*")) {
        node = Objects.requireNonNull(node.byProperty.get(segment), () -> "not in the schema: " + path);
        parts.add(node.title);
      }
    }
    return String.join(":", parts);
  }

  /** flatten-tool's {@code TitleLookup.lookup_header}: a title header as a path. */
  String path(String titleHeader) {
    return path(List.of(titleHeader.split(":")), titles);
  }

  private static String path(List<String> parts, Titles lookup) {
    String first = parts.get(0);
    List<String> rest = parts.subList(1, parts.size());
    if (isIndex(first)) {
      return first + (rest.isEmpty() ? "" : "/" + path(rest, lookup));
    }
    Titles found = lookup == null ? null : lookup.children.get(key(first));
    if (found == null) {
      return String.join("/", parts.stream().map(String::strip).toList());
    }
    return found.property + (rest.isEmpty() ? "" : "/" + path(rest, found));
  }

  /** The sheets of a workbook, in its order. */
  static List<Sheet> xlsx(byte[] bytes) throws IOException {
    List<Sheet> sheets = new ArrayList<>();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(bytes))) {
      for (String name : workbook.sheetNames()) {
        try (RowSource rows = workbook.rows(name)) {
          sheets.add(sheet(name, rows));
        }
      }
    }
    return sheets;
  }

  /** The one sheet of a CSV file, named as flatten-tool names it after the file ({@code grants.csv}). */
  static Sheet csv(byte[] bytes, String name) throws IOException {
    try (RowSource rows = CsvRows.open(new ByteArrayInputStream(bytes), Optional.empty())) {
      return sheet(name, rows);
    }
  }

  private static Sheet sheet(String name, RowSource source) throws IOException {
    RowSource.Row header = source.next();
    List<List<String>> rows = new ArrayList<>();
    for (RowSource.Row row = source.next(); row != null; row = source.next()) {
      rows.add(row.cells());
    }
    return new Sheet(name, header == null ? List.of() : header.cells(), rows);
  }

  /**
   * The grants of the sheets, unflattened and merged by their {@code id}, in the order first met.
   *
   * @param sheets the sheets, in the order flatten-tool reads them
   * @param titleHeaders whether the headers are titles ({@code --convert-titles})
   */
  List<Object> grants(List<Sheet> sheets, boolean titleHeaders) {
    Items grants = new Items();
    for (Sheet sheet : sheets) {
      for (List<String> cells : sheet.rows()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < cells.size() && c < sheet.header().size(); c++) {
          if (!cells.get(c).isEmpty()) {
            String header = sheet.header().get(c);
            put(row, titleHeaders ? path(header) : header, cells.get(c));
          }
        }
        if (!row.isEmpty()) {
          grants.append(items(row));
        }
      }
    }
    return grants.toList();
  }

  /** One cell into a row's object, as {@code unflatten_main_with_parser}: arrays as items by index. */
  @SuppressWarnings("unchecked")
  private void put(Map<String, Object> row, String header, String cell) {
    String[] segments = header.split("/");
    Map<String, Object> node = row;
    List<String> named = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (isIndex(segment)) {
        continue;
      }
      named.add(segment);
      String type = types.get(String.join("/", named));
      String next = i + 1 < segments.length ? segments[i + 1] : "";
      if (isIndex(next) || "array".equals(type)) {
        int index = isIndex(next) ? Integer.parseInt(next) : -1;
        TreeMap<Integer, Map<String, Object>> list =
            (TreeMap<Integer, Map<String, Object>>) node.computeIfAbsent(segment, k -> new TreeMap<>());
        node = list.computeIfAbsent(index, k -> new LinkedHashMap<>());
      } else if ("object".equals(type) || type == null && !next.isEmpty()) {
        node = (Map<String, Object>) node.computeIfAbsent(segment, k -> new LinkedHashMap<>());
      } else {
        node.put(segment, "number".equals(type) ? new BigDecimal(cell) : cell);
      }
    }
  }

  /** A row's arrays as flatten-tool's TemporaryDicts: items keyed by their {@code id}, the others in order. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> items(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> {
      if (v instanceof TreeMap) {
        Items items = new Items();
        ((TreeMap<Integer, Map<String, Object>>) v).values().forEach(item -> items.append(items(item)));
        out.put(k, items);
      } else if (v instanceof Map) {
        out.put(k, items((Map<String, Object>) v));
      } else {
        out.put(k, v);
      }
    });
    return out;
  }

  /** flatten-tool's {@code TemporaryDict}, with {@code merge} for an item whose {@code id} was met before. */
  private static final class Items {
    final Map<Object, Map<String, Object>> keyed = new LinkedHashMap<>();
    final List<Map<String, Object>> unkeyed = new ArrayList<>();

    void append(Map<String, Object> item) {
      Object id = item.get("id");
      if (id == null) {
        unkeyed.add(item);
      } else if (keyed.containsKey(id)) {
        merge(keyed.get(id), item);
      } else {
        keyed.put(id, item);
      }
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> base, Map<String, Object> mergee) {
      mergee.forEach((k, v) -> {
        Object old = base.get(k);
        if (old == null) {
          base.put(k, v);
        } else if (v instanceof Items && old instanceof Items) {
          ((Items) v).keyed.values().forEach(((Items) old)::append);
          ((Items) old).unkeyed.addAll(((Items) v).unkeyed);
        } else if (v instanceof Map && old instanceof Map) {
          merge((Map<String, Object>) old, (Map<String, Object>) v);
        } else if (!Objects.equals(old, v)) {
          throw new AssertionError("flatten-tool could not merge the rows of id " + base.get("id") + ": " + k
              + " is " + old + " and " + v);
        }
      });
    }

    List<Object> toList() {
      List<Object> list = new ArrayList<>();
      keyed.values().forEach(item -> list.add(lists(item)));
      unkeyed.forEach(item -> list.add(lists(item)));
      return list;
    }

    private static Map<String, Object> lists(Map<String, Object> item) {
      Map<String, Object> out = new LinkedHashMap<>();
      item.forEach((k, v) -> out.put(k, v instanceof Items ? ((Items) v).toList()
          : v instanceof Map ? lists(castMap(v)) : v));
      return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object v) {
      return (Map<String, Object>) v;
    }
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
