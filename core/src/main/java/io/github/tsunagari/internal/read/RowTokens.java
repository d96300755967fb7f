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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One row of a table as the tokens of an object, for the {@link io.github.tsunagari.internal.form.FormReader}: the
 * columns are named by paths into the object, as flatten-tool names them for 360Giving's spreadsheets
 * ({@code project/title}, {@code project/activities/0/kind}: the numbers order the elements of a list, they do not
 * fix their places), an empty cell is an absent value, and every token is located at its cell. A cell's text is a
 * whole number where the form wants one and the text is written so, {@code true} or {@code false} where it wants a
 * flag, and text everywhere else, so that the form reader reads it leniently (an amount of {@code 600万円}, a
 * prefecture of {@code 東京都}) or reports it: never guessed. Not part of the API.
 *
 * <p>A token's pointer and location are made only when asked for (where there is a finding, or a union's parts are
 * placed): a row is read for every record, and most rows have none.
 */
final class RowTokens implements Tokens {
  /** The pointer of a value, written out when first asked for: its container's and its own name or place. */
  private static final class Pointer {
    private final Pointer parent;
    /** The name of a property ({@link Path#append} escapes it), or null for an element of a list. */
    private final String name;
    private final int index;
    private String text;

    /** The pointer of the row's object. */
    Pointer(String text) {
      this.parent = null;
      this.name = null;
      this.index = -1;
      this.text = text;
    }

    Pointer(Pointer parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    String text() {
      if (text == null) {
        text = name != null ? Path.append(parent.text(), name) : parent.text() + "/" + index;
      }
      return text;
    }
  }

  /** A place in the object a row makes: an object of named parts, a list of ordered elements, or a cell. */
  private abstract static class Node {
    /** The cell (from 0) where the place starts: its first cell's. */
    abstract int first();
  }

  /** An object: its parts in the order their first cells come, as a {@code LinkedHashMap} would keep them. */
  private static final class ObjectNode extends Node {
    String[] names = new String[4];
    Node[] parts = new Node[4];
    int size;

    /** The place of a part, by its name: a column's segment, interned as every name an object holds is. */
    int indexOf(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i] == name) {
          return i;
        }
      }
      return -1;
    }

    void add(String name, Node part) {
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        parts = Arrays.copyOf(parts, size * 2);
      }
      names[size] = name;
      parts[size++] = part;
    }

    @Override
    int first() {
      return parts[0].first();
    }
  }

  /** A list: its elements by their numbers, kept in the numbers' order (as a {@code TreeMap} would keep them). */
  private static final class ListNode extends Node {
    int[] keys = new int[4];
    Node[] elements = new Node[4];
    int size;

    /** The element of a number, or null. */
    Node get(int key) {
      int i = find(key);
      return i < size && keys[i] == key ? elements[i] : null;
    }

    /** Sets the element of a number, in its place among the others. */
    void put(int key, Node element) {
      int i = find(key);
      if (i < size && keys[i] == key) {
        elements[i] = element;
        return;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        elements = Arrays.copyOf(elements, size * 2);
      }
      System.arraycopy(keys, i, keys, i + 1, size - i);
      System.arraycopy(elements, i, elements, i + 1, size - i);
      keys[i] = key;
      elements[i] = element;
      size++;
    }

    /** The place of the first number not less than key: columns mostly come in order, so from the end. */
    private int find(int key) {
      int i = size;
      while (i > 0 && keys[i - 1] >= key) {
        i--;
      }
      return i;
    }

    @Override
    int first() {
      return elements[0].first();
    }
  }

  private static final class Cell extends Node {
    final String text;
    final int at;
    final Column column;

    Cell(String text, int at, Column column) {
      this.text = text;
      this.at = at;
      this.column = column;
    }

    @Override
    int first() {
      return at;
    }
  }

  /**
   * A column that names a place in the form: its path, and the token its cells give, resolved once from its header
   * for all the rows.
   */
  static final class Column {
    final List<String> path;
    /** The path's segments, interned: the same name is the same string in every column. */
    private final String[] segments;
    /** For each segment, the element of a list it orders (its number), or -1 where it names a property. */
    private final int[] indexes;
    /** For each segment but the last, true where the place it names is a list (the next segment is a number). */
    private final boolean[] holdsList;
    /** True where the form wants a flag: {@code true} and {@code false} are flags, other text is text. */
    final boolean flag;
    /** True where the form wants a whole number (not an amount, whose text is read leniently). */
    final boolean number;
    /**
     * True where the form wants an amount: a cell of plain digits is given as the whole number it is, which the form
     * reader reads as {@link io.github.tsunagari.money.Yen#parse} reads its text.
     */
    final boolean amount;

    /** What the form wants: a code, text, or a value a spreadsheet's number or date stands for (null). */
    final SpreadsheetValue numberMeans;

    /** The kind of the property it names; null for a union's discriminator. */
    final Kind<?> kind;

    private Column(List<String> path, Kind<?> kind, boolean flag, boolean number, SpreadsheetValue numberMeans) {
      this.path = path;
      this.segments = new String[path.size()];
      this.indexes = new int[path.size()];
      this.holdsList = new boolean[path.size()];
      for (int i = 0; i < path.size(); i++) {
        segments[i] = path.get(i).intern();
        indexes[i] = isIndex(path.get(i)) ? Integer.parseInt(path.get(i)) : -1;
        holdsList[i] = i + 1 < path.size() && isIndex(path.get(i + 1));
      }
      this.kind = kind;
      this.flag = flag;
      this.number = number;
      this.amount = kind == Kinds.YEN;
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

  // The tokens, each with its property name, text, pointer and the cell (from 0) whose location is its own.
  private Token[] tokens;
  private String[] names;
  private String[] texts;
  private Pointer[] pointers;
  private int[] cells;
  private int size;
  private final IntFunction<SourceLocation> locate;
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
    this.locate = locate;
    ObjectNode root = new ObjectNode();
    List<String> texts = row.cells();
    int count = 2; // the tokens: the root's start and end, and what each put adds
    for (int c = 0; c < columns.size() && c < texts.size(); c++) {
      String text = texts.get(c);
      Column column = columns.get(c);
      if (column == null || text.isEmpty()) {
        continue;
      }
      count += put(root, column, 0, new Cell(text, c, column));
    }
    for (Derived d : derived) {
      count += put(root, d.column, 0, new Cell(d.text, d.cell, d.column));
    }
    this.tokens = new Token[count];
    this.names = new String[count];
    this.texts = new String[count];
    this.pointers = new Pointer[count];
    this.cells = new int[count];
    int start = root.size == 0 ? 0 : root.first();
    emit(root, new Pointer(basePath), null, start);
    assert size == count : size + " tokens, " + count + " counted";
  }

  /** True if the row has no value at all. */
  boolean isEmpty() {
    return size == 2;
  }

  private void add(Token token, String name, String text, Pointer pointer, int cell) {
    if (size == tokens.length) { // never, where the tokens were counted right
      int n = size * 2 + 2;
      tokens = Arrays.copyOf(tokens, n);
      names = Arrays.copyOf(names, n);
      texts = Arrays.copyOf(texts, n);
      pointers = Arrays.copyOf(pointers, n);
      cells = Arrays.copyOf(cells, n);
    }
    tokens[size] = token;
    names[size] = name;
    texts[size] = text;
    pointers[size] = pointer;
    cells[size++] = cell;
  }

  /**
   * Places a cell in the tree of the row's object, at its column's path from segment i.
   *
   * @return how many tokens the places it added take (a name, a start and an end, a scalar)
   */
  private static int put(Node node, Column column, int i, Cell cell) {
    String segment = column.segments[i];
    boolean last = i == column.segments.length - 1;
    Node child;
    int added = 0;
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      int found = object.indexOf(segment);
      if (found >= 0) {
        child = object.parts[found];
        if (last) {
          added -= tokens(child); // in the place of the first, as a map's put keeps it
          object.parts[found] = cell;
          added += 1;
        }
      } else {
        child = last ? cell : container(column, i);
        object.add(segment, child);
        added += 1 + (last ? 1 : 2); // its name, then the cell, or the start and end of the container
      }
    } else {
      ListNode elements = (ListNode) node;
      int index = column.indexes[i] >= 0 ? column.indexes[i] : Integer.parseInt(segment);
      child = elements.get(index);
      if (last) {
        elements.put(index, cell);
        added += child == null ? 1 : 1 - tokens(child);
      } else if (child == null) {
        child = container(column, i);
        elements.put(index, child);
        added += 2;
      }
    }
    if (!last) {
      added += put(child, column, i + 1, cell);
    }
    return added;
  }

  /** The tokens a place takes, its name not counted. */
  private static int tokens(Node node) {
    if (node instanceof Cell) {
      return 1;
    }
    int n = 2;
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      for (int i = 0; i < object.size; i++) {
        n += 1 + tokens(object.parts[i]);
      }
    } else {
      ListNode list = (ListNode) node;
      for (int i = 0; i < list.size; i++) {
        n += tokens(list.elements[i]);
      }
    }
    return n;
  }

  private static Node container(Column column, int i) {
    return column.holdsList[i] ? new ListNode() : new ObjectNode();
  }

  /** True for a segment that orders an element of a list: ASCII digits that {@link Integer#parseInt} reads. */
  static boolean isIndex(String segment) {
    int n = segment.length();
    if (n == 0 || n >= 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private void emit(Node node, Pointer pointer, String name, int start) {
    if (node instanceof Cell) {
      Cell cell = (Cell) node;
      add(scalar(cell), name, cell.text, pointer, cell.at);
    } else if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      add(Token.START_OBJECT, name, null, pointer, start);
      int last = start;
      for (int p = 0; p < object.size; p++) {
        String key = object.names[p];
        Node part = object.parts[p];
        Pointer path = new Pointer(pointer, key, -1);
        int first = part.first();
        add(Token.NAME, key, key, path, first);
        emit(part, path, key, first);
        last = cells[size - 1];
      }
      add(Token.END_OBJECT, name, null, pointer, last);
    } else {
      add(Token.START_ARRAY, name, null, pointer, start);
      int i = 0;
      int last = start;
      ListNode list = (ListNode) node;
      for (int e = 0; e < list.size; e++) {
        Node element = list.elements[e];
        emit(element, new Pointer(pointer, null, i++), name, element.first());
        last = cells[size - 1];
      }
      add(Token.END_ARRAY, name, null, pointer, last);
    }
  }

  private static Token scalar(Cell cell) {
    if (cell.column.flag) {
      String t = cell.text;
      return t.equals("true") || t.equalsIgnoreCase("true") ? Token.TRUE
          : t.equals("false") || t.equalsIgnoreCase("false") ? Token.FALSE : Token.TEXT;
    }
    return cell.column.number && isWholeNumber(cell.text) || cell.column.amount && isPlainAmount(cell.text)
        ? Token.WHOLE_NUMBER : Token.TEXT;
  }

  /**
   * True for an amount of plain ASCII digits, without a leading zero, of at most 18 digits (so it fits a long): the
   * form reader reads it as a whole number to the same amount {@link io.github.tsunagari.money.Yen#parse} reads from
   * its text, with no finding either way. Anything else (a sign, a comma, a unit, a leading zero) stays text.
   */
  static boolean isPlainAmount(String text) {
    int n = text.length();
    if (n == 0 || n > 18 || n > 1 && text.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** True for text as {@code -?[0-9]+} matches it: an optional minus, then one or more ASCII digits. */
  private static boolean isWholeNumber(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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

  @Override
  public Token next() {
    return ++at < size ? tokens[at] : null;
  }

  @Override
  public Token current() {
    return at >= 0 && at < size ? tokens[at] : null;
  }

  @Override
  public String name() {
    return names[at];
  }

  @Override
  public String text() {
    return texts[at];
  }

  @Override
  public boolean fitsLong() {
    try {
      Long.parseLong(texts[at]);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public long longValue() {
    return Long.parseLong(texts[at]);
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
    return pointers[at].text();
  }

  @Override
  public SourceLocation location() {
    return at >= 0 && at < size ? locate.apply(cells[at]) : null;
  }

  @Override
  public Object mark() {
    return at;
  }

  @Override
  public SourceLocation location(Object mark) {
    int i = (Integer) mark;
    return i >= 0 && i < size ? locate.apply(cells[i]) : null;
  }
}
