package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.FormWriter;
import io.github.tsunagari.internal.form.Kind;
import io.github.tsunagari.internal.form.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The columns of a table of a form's objects, derived from the form description and nothing else: a column per place
 * a value can stand, named by its path in the convention of flatten-tool, which 360Giving's publishers use
 * ({@code grantee/name}, {@code project/activities/0/kind}), or by its Japanese title ({@code 団体名},
 * {@code 支援の取組:0:支援の種類}). Writers flatten objects into cells with {@link #flatten}; readers map either kind
 * of header back to a path with {@link #pathOf}. Not part of the API.
 *
 * <p>A Japanese title is the shortest ending of the chain of Japanese names along the path that no shallower place
 * took first, always from the first list on (a list's element is named by its list and its number), so that the
 * columns lists use read as lists write them ({@code 団体名}, {@code 事業名}, {@code 概要}) and deeper places say
 * whose they are ({@code 代表団体:団体名}). A union's {@code type} is titled {@code 種類}, after its union.
 */
public final class TableColumns {
  /** The segment that stands for any element of a list in a template. */
  private static final String ANY = "*";
  private static final String TYPE_TITLE = "種類";

  private final Form<?> form;
  /** Each template (a path with {@code *} for list indices) in order: depth first, then the form's order. */
  private final Map<List<String>, String> titles = new LinkedHashMap<>();
  /** Each title (and alias, from a union's other variants) to its template. */
  private final Map<String, List<String>> byTitle = new HashMap<>();
  /** The unions' discriminators, by template: their values are written by their variants' Japanese names. */
  private final Map<List<String>, Kind.UnionKind<?>> unions = new HashMap<>();
  /** The order of a template's segments, for sorting columns. */
  private final Map<List<String>, List<Integer>> order = new HashMap<>();

  private static final Map<Form<?>, TableColumns> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private TableColumns(Form<?> form) {
    this.form = form;
    List<Template> all = new ArrayList<>();
    collect(form, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), all);
    all.sort(Comparator.comparingInt((Template t) -> t.names.size()).thenComparing(t -> t.order,
        TableColumns::compareOrder));
    for (Template t : all) {
      order.putIfAbsent(t.path, t.order);
      String title = shortest(t);
      if (!titles.containsKey(t.path)) {
        titles.put(t.path, title);
      }
      byTitle.putIfAbsent(title, t.path);
    }
  }

  /**
   * The columns of a form.
   *
   * @param form the form of a row's object, such as the grant's
   * @return its columns
   */
  public static TableColumns of(Form<?> form) {
    return CACHE.computeIfAbsent(form, TableColumns::new);
  }

  /** A place a value can stand: its template path, the Japanese names along it and its order. */
  private static final class Template {
    final List<String> path;
    final List<String> names;
    final List<Integer> order;

    Template(List<String> path, List<String> names, List<Integer> order) {
      this.path = List.copyOf(path);
      this.names = List.copyOf(names);
      this.order = List.copyOf(order);
    }
  }

  private void collect(Form<?> form, List<String> path, List<String> names, List<Integer> order,
      List<Template> out) {
    List<? extends Property<?, ?>> properties = form.properties();
    for (int i = 0; i < properties.size(); i++) {
      Property<?, ?> p = properties.get(i);
      List<String> at = plus(path, p.name());
      List<String> named = plus(names, p.japaneseName());
      List<Integer> ordered = plus(order, i);
      if (p.cardinality() == Property.Cardinality.LIST) {
        at = plus(at, ANY);
        named = plus(named, ANY);
        ordered = plus(ordered, 0);
      }
      Kind<?> kind = p.kind();
      if ((kind instanceof Kind.ObjectKind || kind instanceof Kind.UnionKind)
          && p.cardinality() != Property.Cardinality.LIST) {
        // An object is no column of its own, but has a title: a table may hold it whole as text (事業区域).
        out.add(new Template(at, named, plus(ordered, -2)));
      }
      if (kind instanceof Kind.ObjectKind) {
        collect(((Kind.ObjectKind<?>) kind).form(), at, named, ordered, out);
      } else if (kind instanceof Kind.UnionKind) {
        Kind.UnionKind<?> union = (Kind.UnionKind<?>) kind;
        out.add(new Template(plus(at, union.discriminator()), plus(named, TYPE_TITLE), plus(ordered, -1)));
        unions.put(template(plus(at, union.discriminator())), union);
        int v = 0;
        for (Kind.Variant<?> variant : union.variants()) {
          List<Template> inner = new ArrayList<>();
          collect(variant.form(), at, named, ordered, inner);
          for (Template t : inner) {
            List<Integer> o = new ArrayList<>(t.order);
            o.set(ordered.size(), v * 1000 + o.get(ordered.size()));
            out.add(new Template(t.path, t.names, o));
          }
          v++;
        }
      } else {
        out.add(new Template(at, named, ordered));
      }
    }
  }

  private static <E> List<E> plus(List<E> list, E e) {
    List<E> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(e);
    return copy;
  }

  private static int compareOrder(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The shortest ending of the names, from the first list on, that no place took first. */
  private String shortest(Template t) {
    int list = t.names.indexOf(ANY);
    int least = list < 0 ? 1 : t.names.size() - list + 1; // from the first list's name on: every number is named
    for (int k = least; k <= t.names.size(); k++) {
      String candidate = String.join(":", t.names.subList(t.names.size() - k, t.names.size()));
      List<String> holder = byTitle.get(candidate);
      if (holder == null || holder.equals(t.path)) {
        return candidate;
      }
    }
    return String.join(":", t.names);
  }

  /**
   * The Japanese title of a column.
   *
   * @param path a path, such as {@code project/activities/0/kind} split at {@code /}
   * @return its title, such as {@code 支援の取組:0:支援の種類}
   * @throws IllegalArgumentException if the path names no place of the form
   */
  public String title(List<String> path) {
    List<String> template = template(path);
    String title = titles.get(template);
    if (title == null) {
      throw new IllegalArgumentException("no place of " + form.name() + ": " + String.join("/", path));
    }
    // The template's * are filled with the path's numbers, in order.
    List<String> numbers = new ArrayList<>();
    for (String segment : path) {
      if (RowTokens.isIndex(segment)) {
        numbers.add(segment);
      }
    }
    String[] parts = title.split(":", -1);
    int n = 0; // a title names every list of its path, in order
    StringBuilder s = new StringBuilder();
    for (String part : parts) {
      if (s.length() > 0) {
        s.append(':');
      }
      s.append(part.equals(ANY) ? numbers.get(n++) : part);
    }
    return s.toString();
  }

  /**
   * The path a header names: a path as flatten-tool writes it ({@code grantee/name}) or a Japanese title
   * ({@code 団体名}).
   *
   * @param header the header, stripped
   * @return its path split at {@code /}, or empty where it names no place
   */
  public Optional<List<String>> pathOf(String header) {
    if (header.contains("/") || titles.containsKey(List.of(header))) {
      return Optional.of(List.of(header.split("/", -1)));
    }
    String[] parts = header.split(":", -1);
    List<String> numbers = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      if (key.length() > 0) {
        key.append(':');
      }
      if (RowTokens.isIndex(part)) {
        numbers.add(part);
        key.append(ANY);
      } else {
        key.append(part);
      }
    }
    List<String> template = byTitle.get(key.toString());
    if (template == null) {
      return Optional.empty();
    }
    long stars = template.stream().filter(ANY::equals).count();
    if (stars != numbers.size()) {
      return Optional.empty(); // a title of a list's element names its number, and only a title of one does
    }
    List<String> path = new ArrayList<>(template.size());
    int n = 0;
    for (String segment : template) {
      path.add(segment.equals(ANY) ? numbers.get(n++) : segment);
    }
    return Optional.of(List.copyOf(path));
  }

  /** The template of a path: its list indices as {@code *}. */
  private static List<String> template(List<String> path) {
    List<String> t = new ArrayList<>(path.size());
    for (String segment : path) {
      t.add(RowTokens.isIndex(segment) ? ANY : segment);
    }
    return t;
  }

  /**
   * Orders paths as the form orders its places: a property before the next, a union's {@code type} before its
   * parts, list elements by their numbers.
   *
   * @return the order
   */
  public Comparator<List<String>> order() {
    return (a, b) -> {
      List<Integer> x = key(a);
      List<Integer> y = key(b);
      return compareOrder(x, y);
    };
  }

  private List<Integer> key(List<String> path) {
    List<Integer> base = order.getOrDefault(template(path), List.of(Integer.MAX_VALUE));
    List<Integer> key = new ArrayList<>(base);
    for (int i = 0; i < path.size() && i < key.size(); i++) {
      if (RowTokens.isIndex(path.get(i))) {
        key.set(i, Integer.parseInt(path.get(i)));
      }
    }
    return key;
  }

  /**
   * The cells of an object: each value's text by its path, in the form's order. Codes are written as their canonical
   * text, whole numbers and amounts in digits, flags as {@code true}.
   *
   * @param value the object, of this columns' form
   * @return its cells, by path
   */
  @SuppressWarnings("unchecked")
  public <T> Map<List<String>, String> flatten(T value) {
    Flattener sink = new Flattener();
    try {
      FormWriter.write((Form<T>) form, value, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the flattener writes to memory
    }
    return Collections.unmodifiableMap(sink.cells);
  }

  /**
   * The columns that the objects' cells fill, in the form's order.
   *
   * @param cells the cells of each object, from {@link #flatten}
   * @return the paths
   */
  public List<List<String>> columns(Iterable<Map<List<String>, String>> cells) {
    TreeSet<List<String>> paths = new TreeSet<>(order().thenComparing(Object::toString));
    required(form, new ArrayList<>(), paths); // so that a table of no rows still has its header
    for (Map<List<String>, String> row : cells) {
      paths.addAll(row.keySet());
    }
    return List.copyOf(paths);
  }

  /**
   * A cell's text as Japanese lists write it: a code by its Japanese name ({@code 東京都} for {@code 13},
   * {@code 一般社団法人} for {@code GENERAL_INCORPORATED_ASSOCIATION}) where every value of its kind reads back from
   * its Japanese name as itself; any other text as it is.
   *
   * @param path the cell's path
   * @param canonical its canonical text, from {@link #flatten}
   * @return the text to write
   */
  public String japanese(List<String> path, String canonical) {
    Kind.UnionKind<?> union = unions.get(template(path));
    if (union != null) {
      return union.variant(canonical).map(Kind.Variant::japaneseName).orElse(canonical); // 単独の団体, コンソーシアム
    }
    Optional<RowTokens.Column> column = RowTokens.Column.of(form, path);
    if (column.isEmpty() || !(column.get().kind instanceof Kind.CodeKind)) {
      return canonical;
    }
    Kind.CodeKind<?> kind = (Kind.CodeKind<?>) column.get().kind;
    if (!JAPANESE.computeIfAbsent(kind, TableColumns::readsBackInJapanese)) {
      return canonical;
    }
    return ((io.github.tsunagari.Bilingual) kind.parse(canonical)).getJapaneseName();
  }

  /**
   * A cell's text as the form reads it: a union's kind written by its variant's Japanese name ({@code コンソーシアム})
   * as its tag ({@code consortium}); any other text as it is. The inverse of {@link #japanese} for a union's kind;
   * codes need none, since their readers read their Japanese names.
   *
   * @param path the cell's path
   * @param text the cell's text
   * @return the text to read
   */
  public String canonical(List<String> path, String text) {
    Kind.UnionKind<?> union = unions.get(template(path));
    if (union != null && union.variant(text).isEmpty()) {
      for (Kind.Variant<?> v : union.variants()) {
        if (v.japaneseName().equals(text.strip())) {
          return v.tag();
        }
      }
    }
    return text;
  }

  /** True if the path is a union's kind ({@code grantee/type}). */
  public boolean isKind(List<String> path) {
    return unions.containsKey(template(path));
  }

  private static final Map<Kind.CodeKind<?>, Boolean> JAPANESE = new java.util.concurrent.ConcurrentHashMap<>();

  /** True if every value of a kind has a Japanese name that its reader reads back as the same value. */
  private static <V> boolean readsBackInJapanese(Kind.CodeKind<V> kind) {
    List<V> values = kind.values().isEmpty() && kind.type().isEnum() ? List.of(kind.type().getEnumConstants())
        : kind.values();
    if (values.isEmpty()) {
      return false;
    }
    for (V value : values) {
      if (!(value instanceof io.github.tsunagari.Bilingual)) {
        return false;
      }
      try {
        if (!kind.parse(((io.github.tsunagari.Bilingual) value).getJapaneseName()).equals(value)) {
          return false;
        }
      } catch (RuntimeException e) {
        return false;
      }
    }
    return true;
  }

  /** The places every object of a form fills: its required properties, down required objects (a union's first kind). */
  private static void required(Form<?> form, List<String> at, java.util.Set<List<String>> out) {
    for (Property<?, ?> p : form.properties()) {
      if (p.cardinality() != Property.Cardinality.REQUIRED) {
        continue;
      }
      List<String> path = plus(at, p.name());
      if (p.kind() instanceof Kind.ObjectKind) {
        required(((Kind.ObjectKind<?>) p.kind()).form(), path, out);
      } else if (p.kind() instanceof Kind.UnionKind) {
        Kind.UnionKind<?> union = (Kind.UnionKind<?>) p.kind();
        out.add(plus(path, union.discriminator()));
        required(union.variants().get(0).form(), path, out);
      } else {
        out.add(List.copyOf(path));
      }
    }
  }

  /** A sink that writes each scalar at its path. */
  private static final class Flattener implements FormWriter.Sink {
    final Map<List<String>, String> cells = new LinkedHashMap<>();
    /** The path of the value being written. */
    final Deque<String> path = new ArrayDeque<>();
    /** For each open list, the number of its next element; null for an open object. */
    final Deque<int[]> open = new ArrayDeque<>();
    String name;

    private void enter() {
      int[] list = open.peek();
      if (list != null && list.length == 1) {
        path.addLast(String.valueOf(list[0]++));
      } else if (name != null) {
        path.addLast(name);
        name = null;
      }
    }

    private void leave() {
      if (!path.isEmpty()) {
        path.removeLast();
      }
    }

    private void scalar(String text) {
      boolean root = open.isEmpty();
      enter();
      cells.put(List.copyOf(path), text);
      if (!root) {
        leave();
      }
    }

    @Override
    public void startObject() {
      if (!open.isEmpty()) {
        enter();
      }
      open.push(new int[0]);
    }

    @Override
    public void endObject() {
      open.pop();
      if (!open.isEmpty()) {
        leave();
      }
    }

    @Override
    public void startArray() {
      enter();
      open.push(new int[1]);
    }

    @Override
    public void endArray() {
      open.pop();
      leave();
    }

    @Override
    public void name(String name) {
      this.name = name;
    }

    @Override
    public void text(String text) {
      scalar(text);
    }

    @Override
    public void number(long number) {
      scalar(Long.toString(number));
    }

    @Override
    public void flag(boolean flag) {
      scalar(Boolean.toString(flag));
    }
  }
}
