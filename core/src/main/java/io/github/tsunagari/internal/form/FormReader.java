package io.github.tsunagari.internal.form;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.NumberKind;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.internal.form.Kind.ObjectKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import io.github.tsunagari.internal.form.Property.Cardinality;
import io.github.tsunagari.internal.form.Tokens.Token;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.ValueShape;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads objects of the model from {@link Tokens} along their {@link Form}s, one generic loop for every type, and
 * collects every problem instead of stopping at the first: each with the path in the canonical form and the source
 * location. A part with a problem is skipped (its tokens consumed) and the object holding it is not built; reading
 * goes on with the next part. Values are read in the lenient forms their {@link Kind} accepts; text is kept exactly.
 * Not part of the API; one reader reads one document or record, on one thread.
 */
public final class FormReader {
  private static final int MAX_PROBLEMS = ReadingLimits.MAX_PROBLEMS;
  private static final int MAX_VALUES = ReadingLimits.MAX_VALUES;

  /**
   * Thrown to stop reading a document or record; carries the finding that says why: the input is malformed there (its
   * parser failed), or a record is over a bound of the reader's own (its length, its problems), which ends a stream.
   */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;
    private final boolean overBound;

    /**
     * @param finding why reading stops: the input is malformed, or over a limit of its parser
     */
    public Stop(Finding finding) {
      this(finding, false);
    }

    /**
     * @param finding why reading stops
     * @param overBound true if a record is over a bound of the reader's own, in input that is well-formed so far
     */
    public Stop(Finding finding, boolean overBound) {
      super(finding.getRuleId(), null, false, false);
      this.finding = finding;
      this.overBound = overBound;
    }

    /** Why reading stopped. */
    public Finding finding() {
      return finding;
    }

    /** True if a record is over a bound of the reader's own (its length, its problems), not malformed. */
    public boolean isOverBound() {
      return overBound;
    }
  }

  /** An element of a list of the root object that was read, with its index in the document. */
  public static final class Element {
    private final int index;
    private final Object value;

    Element(int index, Object value) {
      this.index = index;
      this.value = value;
    }

    /** The element's index in the document's list. */
    public int index() {
      return index;
    }

    /** The element. */
    public Object value() {
      return value;
    }
  }

  private final Tokens t;
  private final List<Finding> problems;
  private Object salvagedBuilder;
  private boolean partsLost;
  private int values;
  private Map<String, List<Element>> rootLists;
  private Map<String, Integer> rootListSizes;

  /**
   * A reader.
   *
   * @param tokens the tokens, positioned on the first token of the value to read
   * @param problems where problems go
   */
  public FormReader(Tokens tokens, List<Finding> problems) {
    this.t = tokens;
    this.problems = problems;
  }

  /**
   * Reads an object of a form at the current token.
   *
   * @param form the form
   * @param <T> the model type
   * @return the object, or empty if it had a problem (then at least one is reported)
   * @throws IOException from the tokens
   */
  public <T> Optional<T> read(Form<T> form) throws IOException {
    return Optional.ofNullable(object(form, null));
  }

  /**
   * Reads the root object of a document and keeps what could be read of it even where it has problems: the elements
   * of its lists that were read (with their indices), and the object built from its readable parts where its builder
   * allows, so that they can still be validated.
   *
   * @param form the root's form
   * @param <T> the model type
   * @return the object, or empty if it had a problem
   * @throws IOException from the tokens
   */
  public <T> Optional<T> readRoot(Form<T> form) throws IOException {
    rootLists = new LinkedHashMap<>();
    rootListSizes = new LinkedHashMap<>();
    return Optional.ofNullable(object(form, rootLists));
  }

  /** The readable elements of the root's lists, by property name (after {@link #readRoot}). */
  public List<Element> readableElements(String property) {
    return rootLists == null ? List.of() : rootLists.getOrDefault(property, List.of());
  }

  /** How many elements a list of the root had in the document, read or not (after {@link #readRoot}). */
  public int listSize(String property) {
    return rootListSizes == null ? 0 : rootListSizes.getOrDefault(property, 0);
  }

  /**
   * The root built from the parts that could be read, where the root itself could not be read (after
   * {@link #readRoot}) only because elements of its lists of objects could not: those lists hold their readable
   * elements, whose places {@link #readableElements} gives. Empty if any other part of the root could not be read,
   * or the root cannot be built.
   *
   * @param form the root's form
   * @param <T> the model type
   * @return the partial root
   */
  public <T> Optional<T> salvage(Form<T> form) {
    if (salvagedBuilder == null || partsLost) {
      return Optional.empty();
    }
    try {
      return Optional.of(form.build(salvagedBuilder));
    } catch (RuntimeException e) {
      return Optional.empty(); // a required part is missing, or the parts cannot stand together
    }
  }

  // ---- problems

  private void problem(Finding finding) {
    if (problems.size() >= MAX_PROBLEMS) {
      throw new Stop(ReadingFindings.limit(finding.getPath(), finding.getLocation().orElse(null),
          ReadingLimit.PROBLEMS, MAX_PROBLEMS), true);
    }
    problems.add(finding);
  }

  /** The shape of a token, in the words of a finding. */
  public static ValueShape shapeOf(Token token) {
    if (token == null) {
      return ValueShape.NOTHING;
    }
    switch (token) {
      case START_OBJECT:
        return ValueShape.PROPERTIES;
      case START_ARRAY:
        return ValueShape.LIST;
      case TEXT:
        return ValueShape.TEXT;
      case WHOLE_NUMBER:
        return ValueShape.WHOLE_NUMBER;
      case NUMBER:
        return ValueShape.NUMBER;
      case TRUE:
      case FALSE:
        return ValueShape.FLAG;
      default:
        return ValueShape.NOTHING;
    }
  }

  /** The current token as a finding's value: the text of a scalar, {@code {…}} or {@code […]} for a structure. */
  public static String valueOf(Tokens t) throws IOException {
    Token token = t.current();
    return token == Token.START_OBJECT ? "{…}" : token == Token.START_ARRAY ? "[…]"
        : token == Token.NULL ? "null" : t.text();
  }

  private boolean wrongShape(ValueShape expected) throws IOException {
    problem(ReadingFindings.wrongType(t.pointer(), t.location(), valueOf(t), expected, shapeOf(t.current())));
    t.skipChildren();
    return false;
  }

  private boolean invalid(String value, InvalidValueException e) {
    problem(ReadingFindings.invalidValue(t.pointer(), t.location(), value, e));
    return false;
  }

  // ---- objects

  /** The names of a form's properties, for a finding of an unknown one. */
  private static List<String> names(Form<?> form) {
    return form.propertyNames();
  }

  /** The object, or null if it had a problem (reported): inside the reader, no Optional per value read. */
  private <T> T object(Form<T> form, Map<String, List<Element>> keepLists) throws IOException {
    if (t.current() != Token.START_OBJECT) {
      wrongShape(ValueShape.PROPERTIES);
      return null;
    }
    Object start = t.mark();
    Object builder = form.newBuilder();
    boolean ok = properties(form, builder, keepLists, null, null, start);
    if (keepLists != null) {
      salvagedBuilder = builder;
    }
    return build(ok, form, builder, start);
  }

  /**
   * Reads the properties of an object into a builder, up to the object's end, and reports the missing ones; false if
   * any had a problem. In a union's variant, a name of another variant is unknown with the variant's names, and the
   * discriminator again is a duplicate.
   */
  private boolean properties(Form<?> form, Object builder, Map<String, List<Element>> keepLists,
      UnionKind<?> union, Variant<?> variant, Object start) throws IOException {
    long seen = 0;
    boolean ok = true;
    while (t.next() == Token.NAME) {
      t.checkpoint();
      String name = t.name();
      t.next();
      int index = form.indexOf(name);
      if (index < 0) {
        if (union != null && name.equals(union.discriminator())) {
          problem(ReadingFindings.duplicateProperty(t.pointer(), t.location(), name));
        } else {
          problem(ReadingFindings.unknownProperty(t.pointer(), t.location(), name, union == null ? names(form)
              : union.isPropertyName(name) ? union.namesOf(variant) : union.allNames()));
        }
        t.skipChildren();
        ok = false;
      } else if ((seen & 1L << index) != 0) {
        problem(ReadingFindings.duplicateProperty(t.pointer(), t.location(), name));
        t.skipChildren();
        ok = false;
      } else {
        seen |= 1L << index;
        Property<?, ?> p = form.properties().get(index);
        if (!property(p, builder, keepLists)) {
          ok = false;
          if (keepLists != null && !keepLists.containsKey(p.name())) {
            partsLost = true; // not an element of a kept list: the root built from its parts would lack it
          }
        }
      }
    }
    return missing(form, form.requiredMask() & ~seen, start) && ok;
  }

  /** Reports the missing required properties of the bits given; false if there are any. */
  private boolean missing(Form<?> form, long missing, Object start) {
    boolean none = missing == 0;
    for (int i = 0; missing != 0; i++, missing >>>= 1) {
      if ((missing & 1) != 0) {
        // At the closing brace the pointer is the object's own.
        String name = form.properties().get(i).name();
        problem(ReadingFindings.missingProperty(t.pointer() + "/" + name, t.location(start), name));
      }
    }
    return none;
  }

  private <T> T build(boolean ok, Form<T> form, Object builder, Object start) {
    if (!ok) {
      return null;
    }
    try {
      return form.build(builder);
    } catch (InvalidValueException e) {
      problem(ReadingFindings.invalidObject(t.pointer(), t.location(start), e));
      return null;
    }
  }

  private <V> boolean property(Property<?, V> p, Object builder, Map<String, List<Element>> keepLists)
      throws IOException {
    switch (p.cardinality()) {
      case LIST:
        if (t.current() != Token.START_ARRAY) {
          return wrongShape(ValueShape.LIST);
        }
        boolean ok = true;
        List<Element> kept = keepLists != null && p.kind() instanceof ObjectKind ? new ArrayList<>() : null;
        if (kept != null) {
          keepLists.put(p.name(), kept); // kept as it is read: what was read before a stop can still be validated
        }
        int index = 0;
        while (t.next() != Token.END_ARRAY) {
          t.checkpoint();
          V v = value(p.kind());
          if (v != null) {
            give(p, builder, v);
            if (kept != null) {
              kept.add(new Element(index, v));
            }
          } else {
            ok = false;
          }
          index++;
        }
        if (kept != null) {
          rootListSizes.put(p.name(), index);
        }
        return ok;
      case FLAG:
        if (t.current() != Token.TRUE && t.current() != Token.FALSE) {
          return wrongShape(ValueShape.FLAG);
        }
        @SuppressWarnings("unchecked")
        V flag = (V) Boolean.valueOf(t.current() == Token.TRUE);
        give(p, builder, flag);
        return true;
      default:
        V v = value(p.kind());
        if (v != null) {
          give(p, builder, v);
        }
        return v != null;
    }
  }

  /** Gives a value to a builder, and counts it: the model of one document is bounded, whatever its bytes. */
  private <V> void give(Property<?, V> p, Object builder, V value) {
    if (++values > MAX_VALUES) {
      throw new Stop(ReadingFindings.limit(t.pointer(), t.location(), ReadingLimit.VALUE_COUNT, MAX_VALUES), true);
    }
    if (builder instanceof Collecting) {
      ((Collecting) builder).values.add(value);
    } else {
      p.give(builder, value);
    }
  }

  /**
   * Reads a value of a kind at the current token: a code, a number, an object, a union.
   *
   * @param kind the kind
   * @param <V> the value type
   * @return the value, or empty if it had a problem
   * @throws IOException from the tokens
   */
  public <V> Optional<V> read(Kind<V> kind) throws IOException {
    return Optional.ofNullable(value(kind));
  }

  /**
   * Reads an object of a union that must be of one variant, as when a caller asks for an organisation: one of
   * another variant is a problem at its discriminator.
   *
   * @param union the union
   * @param expected the variant asked for
   * @param <V> the union's type
   * @return the object, or empty if it had a problem
   * @throws IOException from the tokens
   */
  public <V> Optional<V> read(UnionKind<V> union, Variant<? extends V> expected) throws IOException {
    Object start = t.mark();
    V value = union(union);
    if (value != null && !expected.form().type().isInstance(value)) {
      Variant<? extends V> found = union.variantOf(value);
      problem(ReadingFindings.invalidValue(t.pointer() + "/" + union.discriminator(), t.location(start), found.tag(),
          union.notAllowed(found.tag(), expected)));
      return Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  @SuppressWarnings("unchecked")
  private <V> V value(Kind<V> kind) throws IOException {
    if (kind == Kinds.TEXT) {
      if (t.current() != Token.TEXT) {
        wrongShape(ValueShape.TEXT);
        return null;
      }
      return (V) t.text();
    } else if (kind instanceof CodeKind) {
      if (t.current() != Token.TEXT) {
        wrongShape(ValueShape.TEXT);
        return null;
      }
      String text = t.text();
      try {
        return ((CodeKind<V>) kind).parse(text);
      } catch (InvalidValueException e) {
        invalid(text, e);
        return null;
      }
    } else if (kind instanceof NumberKind) {
      if (t.current() != Token.WHOLE_NUMBER) {
        wrongShape(ValueShape.WHOLE_NUMBER);
        return null;
      }
      NumberKind<?> number = (NumberKind<?>) kind;
      String text = t.text();
      try {
        if (!t.fitsLong()) {
          throw number.tooLarge(text);
        }
        return (V) number.of(t.longValue());
      } catch (InvalidValueException e) {
        invalid(text, e);
        return null;
      }
    } else if (kind == Kinds.YEN) {
      return (V) yen();
    } else if (kind instanceof ObjectKind) {
      return object(((ObjectKind<V>) kind).form(), null);
    } else if (kind instanceof UnionKind) {
      return union((UnionKind<V>) kind);
    }
    throw new AssertionError(kind);
  }

  /** An amount of yen: a whole number, or text in any form {@link Yen#parse} reads. */
  private Yen yen() throws IOException {
    String text;
    try {
      if (t.current() == Token.WHOLE_NUMBER) {
        text = t.text();
        if (!t.fitsLong()) {
          throw InvalidValueException.of(InvalidValueException.Subject.YEN, InvalidValueException.Reason.OUT_OF_RANGE,
              text, 0, Long.MAX_VALUE);
        }
        return Yen.of(t.longValue());
      } else if (t.current() == Token.TEXT) {
        text = t.text();
        return Yen.parse(text);
      }
    } catch (InvalidValueException e) {
      invalid(t.text(), e);
      return null;
    }
    wrongShape(ValueShape.WHOLE_NUMBER);
    return null;
  }

  // ---- unions

  /**
   * Reads an object of a union: the discriminator may come anywhere in the object, so the properties of every variant
   * are read (each once, given to every variant that has it), and those that do not belong to the variant are
   * reported once it is known.
   */
  private <V> V union(UnionKind<V> union) throws IOException {
    if (t.current() != Token.START_OBJECT) {
      wrongShape(ValueShape.PROPERTIES);
      return null;
    }
    Object start = t.mark();
    if (t.next() == Token.NAME && t.name().equals(union.discriminator())) {
      // The canonical form writes the discriminator first: the variant is known before its properties.
      t.checkpoint();
      t.next();
      Optional<Variant<? extends V>> variant = discriminator(union);
      if (variant.isEmpty()) {
        unionInAnyOrder(union, start, true); // the problems of the other properties, all the same
        return null;
      }
      return variant(union, variant.get(), start);
    }
    return unionInAnyOrder(union, start, false);
  }

  /** Reads the properties after the discriminator into its variant; the parser is at the discriminator's value. */
  @SuppressWarnings("unchecked")
  private <V> V variant(UnionKind<V> union, Variant<? extends V> variant, Object start)
      throws IOException {
    Form<V> form = (Form<V>) variant.form();
    Object builder = form.newBuilder();
    boolean ok = properties(form, builder, null, union, variant, start);
    return build(ok, form, builder, start);
  }

  /**
   * Reads an object of a union whose discriminator is not first: the properties of every variant are read (each
   * once, given to every variant that has it), and those that do not belong to the variant are reported once it is
   * known. The parser is at the first property name or the end of the object, or, after a discriminator that names
   * no variant, at its value.
   */
  private <V> V unionInAnyOrder(UnionKind<V> union, Object start, boolean afterBadDiscriminator)
      throws IOException {
    List<Variant<? extends V>> variants = union.variants();
    Object[] builders = new Object[variants.size()];
    for (int i = 0; i < builders.length; i++) {
      builders[i] = variants.get(i).form().newBuilder();
    }
    List<String> all = union.allNames();
    Variant<? extends V> chosen = null;
    boolean typeSeen = false;
    List<String> present = new ArrayList<>();
    List<SourceLocation> presentAt = new ArrayList<>(); // rare: a union whose discriminator is not first
    long seen = afterBadDiscriminator ? 1 : 0;
    boolean ok = !afterBadDiscriminator;
    typeSeen = afterBadDiscriminator;
    for (Token token = afterBadDiscriminator ? t.next() : t.current(); token == Token.NAME; token = t.next()) {
      t.checkpoint();
      String name = t.name();
      t.next();
      int index = all.indexOf(name);
      if (index < 0) {
        problem(ReadingFindings.unknownProperty(t.pointer(), t.location(), name, all));
        t.skipChildren();
        ok = false;
        continue;
      } else if ((seen & 1L << index) != 0) {
        problem(ReadingFindings.duplicateProperty(t.pointer(), t.location(), name));
        t.skipChildren();
        ok = false;
        continue;
      }
      seen |= 1L << index;
      present.add(name);
      presentAt.add(t.location());
      if (index == 0) {
        typeSeen = true;
        Optional<Variant<? extends V>> v = discriminator(union);
        if (v.isPresent()) {
          chosen = v.get();
        } else {
          ok = false;
        }
      } else if (!unionProperty(variants, builders, name)) {
        ok = false;
      }
    }
    if (!typeSeen) {
      problem(ReadingFindings.missingProperty(t.pointer() + "/" + union.discriminator(), t.location(start),
          union.discriminator()));
      return null;
    }
    if (chosen == null) {
      return null;
    }
    Form<? extends V> form = chosen.form();
    List<String> allowed = union.namesOf(chosen);
    long given = 0;
    for (int i = 0; i < present.size(); i++) {
      String name = present.get(i);
      int index = form.indexOf(name);
      if (index >= 0) {
        given |= 1L << index;
      } else if (!name.equals(union.discriminator())) {
        problem(ReadingFindings.unknownProperty(t.pointer() + "/" + name, presentAt.get(i), name, allowed));
        ok = false;
      }
    }
    if (!missing(form, form.requiredMask() & ~given, start)) {
      ok = false;
    }
    @SuppressWarnings("unchecked")
    V built = (V) build(ok, form, builders[variants.indexOf(chosen)], start);
    return built;
  }

  private <V> Optional<Variant<? extends V>> discriminator(UnionKind<V> union) throws IOException {
    if (t.current() != Token.TEXT) {
      wrongShape(ValueShape.TEXT);
      return Optional.empty();
    }
    String text = t.text();
    Optional<Variant<? extends V>> v = union.variant(text);
    if (v.isEmpty()) {
      v = union.variant(io.github.tsunagari.internal.Text.normalize(text, "type"));
    }
    if (v.isEmpty()) {
      invalid(text, union.unknown(text));
    }
    return v;
  }

  /** Reads a property of a union's object with the first variant that has it, and gives it to every one that has. */
  @SuppressWarnings("unchecked")
  private <V> boolean unionProperty(List<Variant<? extends V>> variants, Object[] builders, String name)
      throws IOException {
    Property<?, Object> first = null;
    for (Variant<? extends V> v : variants) {
      Optional<? extends Property<?, ?>> p = v.form().findProperty(name);
      if (p.isPresent()) {
        first = (Property<?, Object>) p.get();
        break;
      }
    }
    Object[] giveTo = new Object[builders.length];
    for (int i = 0; i < builders.length; i++) {
      if (variants.get(i).form().indexOf(name) >= 0) {
        giveTo[i] = builders[i];
      }
    }
    Collecting collecting = new Collecting();
    if (!property(first, collecting, null)) {
      return false;
    }
    for (int i = 0; i < builders.length; i++) {
      if (giveTo[i] != null) {
        Property<?, Object> p = (Property<?, Object>) variants.get(i).form().property(name);
        for (Object value : collecting.values) {
          p.give(giveTo[i], value);
        }
      }
    }
    return true;
  }

  /** Takes the values read for one property, to give them to several builders. */
  private static final class Collecting {
    final List<Object> values = new ArrayList<>();
  }
}
