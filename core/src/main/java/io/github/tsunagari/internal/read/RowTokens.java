package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Kind;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.internal.form.Path;
import io.github.tsunagari.internal.form.Property;
import io.github.tsunagari.internal.form.Tokens;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SpreadsheetValue;
import io.github.tsunagari.validation.ValueShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * One row of a table as the tokens of an object, for the {@link io.github.tsunagari.internal.form.FormReader}: the
 * columns are named by paths into the object, as flatten-tool names them for 360Giving's spreadsheets
 * ({@code project/title}, {@code project/activities/0/kind}: the numbers order the elements of a list, they do not
 * fix their places), an empty cell is an absent value, and every token is located at its cell. A cell's text is a
 * whole number where the form wants one and the text is written so, {@code true} or {@code false} where it wants a
 * flag, and text everywhere else, so that the form reader reads it leniently (an amount of {@code 600万円}, a
 * prefecture of {@code 東京都}) or reports it: never guessed. Not part of the API.
 */
final class RowTokens implements Tokens {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

  /** A token of the row, with what the reader asks of it. */
  private static final class Entry {
    final Token token;
    final String name;
    final String text;
    final String pointer;
    final SourceLocation location;

    Entry(Token token, String name, String text, String pointer, SourceLocation location) {
      this.token = token;
      this.name = name;
      this.text = text;
      this.pointer = pointer;
      this.location = location;
    }
  }

  /** A place in the object a row makes: an object of named parts, a list of ordered elements, or a cell. */
  private abstract static class Node {
    abstract SourceLocation first();
  }

  private static final class ObjectNode extends Node {
    final Map<String, Node> parts = new LinkedHashMap<>();

    @Override
    SourceLocation first() {
      return parts.values().iterator().next().first();
    }
  }

  private static final class ListNode extends Node {
    final TreeMap<Integer, Node> elements = new TreeMap<>();

    @Override
    SourceLocation first() {
      return elements.firstEntry().getValue().first();
    }
  }

  private static final class Cell extends Node {
    final String text;
    final SourceLocation at;
    final Column column;

    Cell(String text, SourceLocation at, Column column) {
      this.text = text;
      this.at = at;
      this.column = column;
    }

    @Override
    SourceLocation first() {
      return at;
    }
  }

  /**
   * A column that names a place in the form: its path, and the token its cells give, resolved once from its header
   * for all the rows.
   */
  static final class Column {
    final List<String> path;
    /** True where the form wants a flag: {@code true} and {@code false} are flags, other text is text. */
    final boolean flag;
    /** True where the form wants a whole number (not an amount, whose text is read leniently). */
    final boolean number;

    /** What the form wants: a code, text, or a value a spreadsheet's number or date stands for (null). */
    final SpreadsheetValue numberMeans;

    /** The kind of the property it names; null for a union's discriminator. */
    final Kind<?> kind;

    private Column(List<String> path, Kind<?> kind, boolean flag, boolean number, SpreadsheetValue numberMeans) {
      this.path = path;
      this.kind = kind;
      this.flag = flag;
      this.number = number;
      this.numberMeans = numberMeans;
    }

    /**
     * What a spreadsheet's way of storing a cell of this column says: nothing where the form wants a number, an
     * amount or a date (as Excel stores them), otherwise that a number or date stands where text or a code belongs.
     *
     * @param stored how the cell was stored
     * @return the note, if any
     */
    Optional<SpreadsheetValue> note(RowSource.Stored stored) {
      if (numberMeans == null) {
        return Optional.empty();
      }
      switch (stored) {
        case DATE:
          return Optional.of(SpreadsheetValue.DATE_SERIAL);
        case NUMBER_AS_TEXT:
          return Optional.empty(); // text where text belongs
        default:
          return Optional.of(numberMeans);
      }
    }

    /**
     * The column of a header, where it names a property of a form, an element of one of its lists, or the kind of a
     * union's object.
     *
     * @param form the form of a row's object
     * @param path the header, split at {@code /}
     * @return the column, or empty where the header names nothing
     */
    static Optional<Column> of(Form<?> form, List<String> path) {
      return resolve(form, path, 0).map(found -> {
        if (!(found instanceof Property)) {
          return new Column(path, null, false, false, SpreadsheetValue.NUMBER_FOR_TEXT); // a union's discriminator
        }
        Property<?, ?> p = (Property<?, ?>) found;
        Kind<?> kind = p.kind();
        SpreadsheetValue means = kind == Kinds.DATE ? null // a date as Excel stores it is a date
            : kind instanceof Kind.CodeKind ? SpreadsheetValue.NUMBER_FOR_CODE
            : kind == Kinds.TEXT ? SpreadsheetValue.NUMBER_FOR_TEXT : null; // numbers, amounts, flags
        return new Column(path, kind, p.cardinality() == Property.Cardinality.FLAG,
            kind.shape() == ValueShape.WHOLE_NUMBER && kind != Kinds.YEN, means);
      });
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private int at = -1;

  /**
   * The tokens of one row.
   *
   * @param columns each column (null for a column that names no place, which is not read)
   * @param row the row
   * @param locate the location of a cell of the row, by column (from 0)
   * @param basePath the path of the row's object, such as {@code /3}
   */
  RowTokens(List<Column> columns, RowSource.Row row, IntFunction<SourceLocation> locate, String basePath) {
    this(columns, row, List.of(), locate, basePath);
  }

  /** A value derived from a cell's text, such as the legal form in 「NPO法人サービスグラント」: its column, text and cell. */
  static final class Derived {
    final Column column;
    final String text;
    final int cell;

    Derived(Column column, String text, int cell) {
      this.column = column;
      this.text = text;
      this.cell = cell;
    }
  }

  /**
   * The tokens of one row, with values derived from some of its cells, which stand for them.
   *
   * @param columns each column (null for a column that is not read: one that names no place, or whose cells the
   *     derived values stand for)
   * @param row the row
   * @param derived the values derived from cells, each located at its cell
   * @param locate the location of a cell of the row, by column (from 0)
   * @param basePath the path of the row's object, such as {@code /3}
   */
  RowTokens(List<Column> columns, RowSource.Row row, List<Derived> derived, IntFunction<SourceLocation> locate,
      String basePath) {
    ObjectNode root = new ObjectNode();
    for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
      String text = row.cells().get(c);
      Column column = columns.get(c);
      if (column == null || text.isEmpty()) {
        continue;
      }
      put(root, column.path, 0, new Cell(text, locate.apply(c), column));
    }
    for (Derived d : derived) {
      put(root, d.column.path, 0, new Cell(d.text, locate.apply(d.cell), d.column));
    }
    SourceLocation start = root.parts.isEmpty() ? locate.apply(0) : root.first();
    emit(root, basePath, null, start);
  }

  /** True if the row has no value at all. */
  boolean isEmpty() {
    return entries.size() == 2;
  }

  private static void put(Node node, List<String> path, int i, Cell cell) {
    String segment = path.get(i);
    boolean last = i == path.size() - 1;
    Node child;
    if (node instanceof ObjectNode) {
      Map<String, Node> parts = ((ObjectNode) node).parts;
      child = last ? parts.put(segment, cell) : parts.computeIfAbsent(segment, k -> container(path, i));
    } else {
      TreeMap<Integer, Node> elements = ((ListNode) node).elements;
      int index = Integer.parseInt(segment);
      child = last ? elements.put(index, cell) : elements.computeIfAbsent(index, k -> container(path, i));
    }
    if (!last) {
      put(child, path, i + 1, cell);
    }
  }

  private static Node container(List<String> path, int i) {
    return isIndex(path.get(i + 1)) ? new ListNode() : new ObjectNode();
  }

  /** True for a segment that orders an element of a list: ASCII digits that {@link Integer#parseInt} reads. */
  static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private void emit(Node node, String pointer, String name, SourceLocation start) {
    if (node instanceof Cell) {
      Cell cell = (Cell) node;
      entries.add(new Entry(scalar(cell), name, cell.text, pointer, cell.at));
    } else if (node instanceof ObjectNode) {
      entries.add(new Entry(Token.START_OBJECT, name, null, pointer, start));
      SourceLocation last = start;
      for (Map.Entry<String, Node> part : ((ObjectNode) node).parts.entrySet()) {
        String path = Path.append(pointer, part.getKey());
        SourceLocation first = part.getValue().first();
        entries.add(new Entry(Token.NAME, part.getKey(), part.getKey(), path, first));
        emit(part.getValue(), path, part.getKey(), first);
        last = entries.get(entries.size() - 1).location;
      }
      entries.add(new Entry(Token.END_OBJECT, name, null, pointer, last));
    } else {
      entries.add(new Entry(Token.START_ARRAY, name, null, pointer, start));
      int i = 0;
      SourceLocation last = start;
      for (Node element : ((ListNode) node).elements.values()) {
        emit(element, pointer + "/" + i++, name, element.first());
        last = entries.get(entries.size() - 1).location;
      }
      entries.add(new Entry(Token.END_ARRAY, name, null, pointer, last));
    }
  }

  private static Token scalar(Cell cell) {
    if (cell.column.flag) {
      return cell.text.equalsIgnoreCase("true") ? Token.TRUE : cell.text.equalsIgnoreCase("false") ? Token.FALSE
          : Token.TEXT;
    }
    return cell.column.number && WHOLE_NUMBER.matcher(cell.text).matches() ? Token.WHOLE_NUMBER : Token.TEXT;
  }

  /** The names a form defines where a path stops naming anything, for a finding of an unknown column. */
  static List<String> expected(Form<?> form, List<String> path) {
    Form<?> at = form;
    for (int i = 0; i < path.size(); i++) {
      Optional<? extends Property<?, ?>> p = at.findProperty(path.get(i));
      if (p.isEmpty() || !(p.get().kind() instanceof Kind.ObjectKind)) {
        if (p.isPresent() && p.get().kind() instanceof Kind.UnionKind) {
          return ((Kind.UnionKind<?>) p.get().kind()).allNames();
        }
        return at.propertyNames();
      }
      at = ((Kind.ObjectKind<?>) p.get().kind()).form();
      if (p.get().cardinality() == Property.Cardinality.LIST && i + 1 < path.size() && isIndex(path.get(i + 1))) {
        i++;
      }
    }
    return at.propertyNames();
  }

  /**
   * What a path names from its segment i on: a {@link Property}, or the name of a union's discriminator (its
   * {@code type}); empty if it names nothing.
   */
  private static Optional<Object> resolve(Form<?> form, List<String> path, int i) {
    Optional<? extends Property<?, ?>> p = form.findProperty(path.get(i));
    if (p.isEmpty()) {
      return Optional.empty();
    }
    int next = i + 1;
    if (p.get().cardinality() == Property.Cardinality.LIST && next < path.size()) {
      if (!isIndex(path.get(next))) {
        return Optional.empty(); // the elements of a list are named by their order: activities/0/kind
      }
      next++;
    }
    if (next >= path.size()) {
      return Optional.of(p.get());
    }
    Kind<?> kind = p.get().kind();
    if (kind instanceof Kind.ObjectKind) {
      return resolve(((Kind.ObjectKind<?>) kind).form(), path, next);
    }
    if (kind instanceof Kind.UnionKind) {
      Kind.UnionKind<?> union = (Kind.UnionKind<?>) kind;
      if (next == path.size() - 1 && path.get(next).equals(union.discriminator())) {
        return Optional.of(union.discriminator());
      }
      for (Kind.Variant<?> v : union.variants()) {
        Optional<Object> found = resolve(v.form(), path, next);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Entry entry() {
    return entries.get(at);
  }

  @Override
  public Token next() {
    return ++at < entries.size() ? entry().token : null;
  }

  @Override
  public Token current() {
    return at >= 0 && at < entries.size() ? entry().token : null;
  }

  @Override
  public String name() {
    return entry().name;
  }

  @Override
  public String text() {
    return entry().text;
  }

  @Override
  public boolean fitsLong() {
    try {
      Long.parseLong(entry().text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public long longValue() {
    return Long.parseLong(entry().text);
  }

  @Override
  public void skipChildren() {
    Token t = current();
    if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0 && next() != null) {
      Token n = current();
      open += n == Token.START_OBJECT || n == Token.START_ARRAY ? 1
          : n == Token.END_OBJECT || n == Token.END_ARRAY ? -1 : 0;
    }
  }

  @Override
  public String pointer() {
    return entry().pointer;
  }

  @Override
  public SourceLocation location() {
    return at >= 0 && at < entries.size() ? entry().location : null;
  }

  @Override
  public Object mark() {
    return at;
  }

  @Override
  public SourceLocation location(Object mark) {
    int i = (Integer) mark;
    return i >= 0 && i < entries.size() ? entries.get(i).location : null;
  }
}
