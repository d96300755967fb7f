package io.github.tsunagari.internal.form;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.validation.ValueShape;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What the values of a property are, in the canonical form: text kept exactly, a code read from text (codes, names,
 * dates), a whole number, a flag, a nested object of a {@link Form}, or a union of forms told apart by a discriminator.
 * Not part of the API.
 *
 * @param <V> the model type of the values
 */
public abstract class Kind<V> {
  Kind() {}

  /** The shape the canonical form gives a value of this kind, for a problem of reading. */
  public abstract ValueShape shape();

  /** Text, kept exactly as written. */
  public static final class TextKind extends Kind<String> {
    static final TextKind INSTANCE = new TextKind();

    private TextKind() {}

    @Override
    public ValueShape shape() {
      return ValueShape.TEXT;
    }

    @Override
    public String toString() {
      return "text";
    }
  }

  /**
   * A value written as text in a canonical form, read leniently (names for codes, full-width digits): codes, names of
   * constants, identifiers and dates.
   *
   * @param <V> the value type
   */
  public static final class CodeKind<V> extends Kind<V> {
    private final Class<V> type;
    private final String name;
    private final String japaneseName;
    private final String englishName;
    private final String description;
    private final Function<String, V> parse;
    private final Function<V, String> canonical;
    private final String pattern;
    private final List<V> values;
    private final String format;

    CodeKind(Class<V> type, String name, String japaneseName, String englishName, String description,
        Function<String, V> parse, Function<V, String> canonical, String pattern, List<V> values, String format) {
      this.type = type;
      this.name = name;
      this.japaneseName = japaneseName;
      this.englishName = englishName;
      this.description = description;
      this.parse = parse;
      this.canonical = canonical;
      this.pattern = pattern;
      this.values = values;
      this.format = format;
    }

    /** The type of the values. */
    public Class<V> type() {
      return type;
    }

    /** The name of the kind in the form, such as {@code prefectureCode}. */
    public String name() {
      return name;
    }

    /** The Japanese name, such as {@code 都道府県コード}. */
    public String japaneseName() {
      return japaneseName;
    }

    /** The English name, such as {@code Prefecture code}. */
    public String englishName() {
      return englishName;
    }

    /** What the canonical text is, in English. */
    public String description() {
      return description;
    }

    /**
     * Reads a value from text in any accepted form.
     *
     * @param text the text as written
     * @return the value
     * @throws InvalidValueException if the text names no value
     */
    public V parse(String text) {
      return parse.apply(text);
    }

    /** The canonical text of a value. */
    public String canonical(V value) {
      return canonical.apply(value);
    }

    /**
     * The regular expression (anchored, in the dialect of JSON Schema and {@code java.util.regex}) every canonical text
     * matches, where the values are not listed.
     */
    public java.util.Optional<String> pattern() {
      return java.util.Optional.ofNullable(pattern);
    }

    /** Every value, in order, where they can be listed (the constants of an enum). */
    public List<V> values() {
      return values;
    }

    /** A JSON Schema {@code format} the canonical text has, such as {@code date}. */
    public java.util.Optional<String> format() {
      return java.util.Optional.ofNullable(format);
    }

    @Override
    public ValueShape shape() {
      return ValueShape.TEXT;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A whole number within bounds.
   *
   * @param <V> the value type ({@code Integer} or {@code Long})
   */
  public static final class NumberKind<V extends Number> extends Kind<V> {
    private final String name;
    private final long min;
    private final long validMin;
    private final long max;
    private final Function<Long, V> of;

    NumberKind(String name, long min, long validMin, long max, Function<Long, V> of) {
      this.name = name;
      this.min = min;
      this.validMin = validMin;
      this.max = max;
      this.of = of;
    }

    /** The least value that can be read. */
    public long min() {
      return min;
    }

    /**
     * The least value that is valid: where it is above {@link #min()}, smaller values are read and reported by
     * validation (a negative amount is a value of the wrong sign, not text that is no number).
     */
    public long validMin() {
      return validMin;
    }

    /** The greatest value that can be read. */
    public long max() {
      return max;
    }

    /**
     * The value of a number within bounds.
     *
     * @param n the number
     * @return the value
     * @throws InvalidValueException if the number is outside the bounds
     */
    public V of(long n) {
      if (n < min || n > max) {
        throw InvalidValueException.of(InvalidValueException.Subject.NUMBER, InvalidValueException.Reason.OUT_OF_RANGE,
            Long.toString(n), min, max);
      }
      return of.apply(n);
    }

    /** The refusal of a number too large for a {@code long}. */
    public InvalidValueException tooLarge(String text) {
      return InvalidValueException.of(InvalidValueException.Subject.NUMBER, InvalidValueException.Reason.OUT_OF_RANGE,
          text, min, max);
    }

    @Override
    public ValueShape shape() {
      return ValueShape.WHOLE_NUMBER;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * An amount of yen ({@link io.github.tsunagari.money.Yen}): a whole number of yen from 0 in the canonical form, or,
   * where the source states whether tax is included, the Japanese form as text ({@code "75万円(税込)"}). Read also from
   * text in any form {@link io.github.tsunagari.money.Yen#parse} reads, such as gBizINFO's {@code "1781931"}.
   */
  public static final class MoneyKind extends Kind<io.github.tsunagari.money.Yen> {
    static final MoneyKind INSTANCE = new MoneyKind();

    /**
     * The pattern of amounts as text: bare digits (as gBizINFO writes amounts), or the Japanese form with a tax
     * statement, which the canonical form writes where the source states it.
     */
    public static final String TEXT_PATTERN = "^([0-9]+|(([0-9]{1,3}(,[0-9]{3})*[京兆億万])+([0-9]{1,3}(,[0-9]{3})*)?"
        + "|[0-9]{1,3}(,[0-9]{3})*)円\\((税込|税抜)\\))$";

    private MoneyKind() {}

    /** The kind's name in the form. */
    public String name() {
      return "yen";
    }

    @Override
    public ValueShape shape() {
      return ValueShape.WHOLE_NUMBER;
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** A flag: true or false; the canonical form writes it only when true. */
  public static final class FlagKind extends Kind<Boolean> {
    static final FlagKind INSTANCE = new FlagKind();

    private FlagKind() {}

    @Override
    public ValueShape shape() {
      return ValueShape.FLAG;
    }

    @Override
    public String toString() {
      return "flag";
    }
  }

  /**
   * An object of a form.
   *
   * @param <V> the model type
   */
  public static final class ObjectKind<V> extends Kind<V> {
    private final Form<V> form;

    ObjectKind(Form<V> form) {
      this.form = Objects.requireNonNull(form);
    }

    /** The object's form. */
    public Form<V> form() {
      return form;
    }

    @Override
    public ValueShape shape() {
      return ValueShape.PROPERTIES;
    }

    @Override
    public String toString() {
      return form.name();
    }
  }

  /**
   * One of several forms, told apart by the text of a discriminator property that comes first in the canonical form,
   * such as a grantee: {@code "type": "organization"} or {@code "type": "consortium"}.
   *
   * @param <V> the common model type
   */
  public static final class UnionKind<V> extends Kind<V> {
    private final String name;
    private final String japaneseName;
    private final String englishName;
    private final String description;
    private final String discriminator;
    private final InvalidValueException.Subject subject;
    private final List<Variant<? extends V>> variants;
    private final List<String> allNames;
    private final List<List<String>> namesOf;

    UnionKind(String name, String japaneseName, String englishName, String description, String discriminator,
        InvalidValueException.Subject subject, List<Variant<? extends V>> variants) {
      this.name = name;
      this.japaneseName = japaneseName;
      this.englishName = englishName;
      this.description = description;
      this.discriminator = discriminator;
      this.subject = subject;
      this.variants = List.copyOf(variants);
      java.util.Set<String> all = new java.util.LinkedHashSet<>();
      all.add(discriminator);
      java.util.List<List<String>> each = new java.util.ArrayList<>();
      for (Variant<? extends V> v : this.variants) {
        all.addAll(v.form().propertyNames());
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(discriminator);
        names.addAll(v.form().propertyNames());
        each.add(List.copyOf(names));
      }
      this.allNames = List.copyOf(all);
      if (allNames.size() > 63) {
        throw new IllegalStateException(name + " has more than 63 property names");
      }
      this.namesOf = List.copyOf(each);
      for (Variant<? extends V> a : this.variants) {
        for (Variant<? extends V> b : this.variants) {
          for (Property<?, ?> p : a.form().properties()) {
            b.form().findProperty(p.name()).ifPresent(q -> {
              if (q.kind() != p.kind() && !(q.kind() instanceof ObjectKind && p.kind() instanceof ObjectKind
                  && ((ObjectKind<?>) q.kind()).form() == ((ObjectKind<?>) p.kind()).form())) {
                throw new IllegalStateException(name + ": " + p + " and " + q + " share a name but not a kind");
              }
            });
          }
        }
      }
    }

    /** The discriminator, then every variant's property names, each once, in order. */
    public List<String> allNames() {
      return allNames;
    }

    /** True if a variant has a property of the name. */
    public boolean isPropertyName(String name) {
      return allNames.indexOf(name) > 0;
    }

    /** The discriminator, then a variant's property names. */
    public List<String> namesOf(Variant<?> variant) {
      return namesOf.get(variants.indexOf(variant));
    }

    /** The refusal of a discriminator that names no variant. */
    public InvalidValueException unknown(String text) {
      StringJoiner tags = new StringJoiner(", ");
      variants.forEach(v -> tags.add(v.tag()));
      return InvalidValueException.of(subject, InvalidValueException.Reason.UNKNOWN_NAME, text, tags.toString());
    }

    /** The refusal of a variant where another is required. */
    public InvalidValueException notAllowed(String text, Variant<?> expected) {
      return InvalidValueException.of(subject, InvalidValueException.Reason.NOT_ALLOWED_HERE, text, expected.tag());
    }

    /** The union's name in the form, such as {@code grantee}. */
    public String name() {
      return name;
    }

    /** The Japanese name. */
    public String japaneseName() {
      return japaneseName;
    }

    /** The English name. */
    public String englishName() {
      return englishName;
    }

    /** What the union is, in English. */
    public String description() {
      return description;
    }

    /** The name of the property that says which variant an object is, such as {@code type}. */
    public String discriminator() {
      return discriminator;
    }

    /** The variants, in order. */
    public List<Variant<? extends V>> variants() {
      return variants;
    }

    /** The variant a value is of. */
    public Variant<? extends V> variantOf(V value) {
      for (int i = 0; i < variants.size(); i++) { // once per grantee walked: no iterator
        Variant<? extends V> v = variants.get(i);
        if (v.form().type().isInstance(value)) {
          return v;
        }
      }
      throw new IllegalArgumentException("no variant of " + name + " for " + value.getClass());
    }

    /** The variant with the given tag, if any. */
    public java.util.Optional<Variant<? extends V>> variant(String tag) {
      for (Variant<? extends V> v : variants) {
        if (v.tag().equals(tag)) {
          return java.util.Optional.of(v);
        }
      }
      return java.util.Optional.empty();
    }

    @Override
    public ValueShape shape() {
      return ValueShape.PROPERTIES;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A variant of a union: its tag and its form.
   *
   * @param <V> the model type of the variant
   */
  public static final class Variant<V> {
    private final String tag;
    private final String japaneseName;
    private final String englishName;
    private final Form<V> form;

    Variant(String tag, String japaneseName, String englishName, Form<V> form) {
      this.tag = tag;
      this.japaneseName = japaneseName;
      this.englishName = englishName;
      this.form = form;
    }

    /** The discriminator's text for this variant, such as {@code organization}. */
    public String tag() {
      return tag;
    }

    /** The Japanese name of the variant, such as {@code 単独の団体}. */
    public String japaneseName() {
      return japaneseName;
    }

    /** The English name of the variant. */
    public String englishName() {
      return englishName;
    }

    /** The variant's form. */
    public Form<V> form() {
      return form;
    }
  }
}
