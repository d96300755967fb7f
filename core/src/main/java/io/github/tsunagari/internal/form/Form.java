package io.github.tsunagari.internal.form;

import io.github.tsunagari.internal.form.Property.Cardinality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The canonical form of one model type: its name, its properties in canonical order, and how to build it. Readers,
 * the writer, the rules' paths and text checks, the JSON Schema and the testkit's checks are all derived from the
 * forms in {@link Forms}. Not part of the API. Immutable once defined.
 *
 * @param <T> the model type
 */
public final class Form<T> {
  private final String name;
  private final Class<T> type;
  private final String japaneseName;
  private final String englishName;
  private final String description;
  private final Supplier<?> newBuilder;
  private final Function<Object, T> build;
  private final List<Property<T, ?>> properties;
  private final String[] names;
  private final long requiredMask;

  @SuppressWarnings("unchecked")
  private <B> Form(Definer<T, B> d) {
    this.name = d.name;
    this.type = d.type;
    this.japaneseName = d.japaneseName;
    this.englishName = d.englishName;
    this.description = d.description;
    this.newBuilder = d.newBuilder;
    this.build = (Function<Object, T>) d.build;
    this.properties = List.copyOf(d.properties);
    if (properties.size() > 63) {
      throw new IllegalStateException(name + " has more than 63 properties");
    }
    this.names = new String[properties.size()];
    long mask = 0;
    for (int i = 0; i < properties.size(); i++) {
      Property<T, ?> p = properties.get(i);
      for (int j = 0; j < i; j++) {
        if (names[j].equals(p.name())) {
          throw new IllegalStateException(name + " has two properties " + p.name());
        }
      }
      names[i] = p.name().intern();
      p.attach(this, i);
      if (p.isRequired()) {
        mask |= 1L << i;
      }
    }
    this.requiredMask = mask;
  }

  /**
   * Starts the description of a model type.
   *
   * @param name the type's name in the form, such as {@code grantProgram}
   * @param type the model type
   * @param japaneseName its Japanese name, such as {@code 交付金事業}
   * @param englishName its English name, such as {@code Grant program}
   * @param description what it is, in English
   * @param newBuilder makes a builder
   * @param build builds from a builder
   * @param <T> the model type
   * @param <B> its builder
   * @return the definer, to which properties are added in canonical order
   */
  public static <T, B> Definer<T, B> define(String name, Class<T> type, String japaneseName, String englishName,
      String description, Supplier<B> newBuilder, Function<B, T> build) {
    return new Definer<>(name, type, japaneseName, englishName, description, newBuilder, build);
  }

  /** The type's name in the form, such as {@code grantProgram}. */
  public String name() {
    return name;
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** The Japanese name, such as {@code 交付金事業}. */
  public String japaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code Grant program}. */
  public String englishName() {
    return englishName;
  }

  /** What the type is, in English. */
  public String description() {
    return description;
  }

  /** The properties, in canonical order. */
  public List<Property<T, ?>> properties() {
    return properties;
  }

  /** The names of the properties, in canonical order. */
  public List<String> propertyNames() {
    return List.of(names);
  }

  /** The bits of the required properties, by index. */
  public long requiredMask() {
    return requiredMask;
  }

  /**
   * The index of the property with the given name, or -1. Names read from a parser that interns them (Jackson does)
   * are found by identity first.
   *
   * @param propertyName a property name
   * @return its index, or -1
   */
  public int indexOf(String propertyName) {
    String[] n = names;
    for (int i = 0; i < n.length; i++) {
      if (n[i] == propertyName) {
        return i;
      }
    }
    for (int i = 0; i < n.length; i++) {
      if (n[i].equals(propertyName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The property with the given name.
   *
   * @param propertyName its name
   * @return the property
   * @throws IllegalArgumentException if the form has none of that name
   */
  public Property<T, ?> property(String propertyName) {
    int i = indexOf(propertyName);
    if (i < 0) {
      throw new IllegalArgumentException(name + " has no property " + propertyName);
    }
    return properties.get(i);
  }

  /** The property with the given name, if there is one. */
  public Optional<Property<T, ?>> findProperty(String propertyName) {
    int i = indexOf(propertyName);
    return i < 0 ? Optional.empty() : Optional.of(properties.get(i));
  }

  /** A new builder. */
  public Object newBuilder() {
    return newBuilder.get();
  }

  /**
   * Builds an object from a builder the properties were given to.
   *
   * @param builder a builder of this form
   * @return the object
   * @throws io.github.tsunagari.InvalidValueException if its parts cannot stand together
   */
  public T build(Object builder) {
    return build.apply(builder);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Adds properties to a form in canonical order.
   *
   * @param <T> the model type
   * @param <B> its builder
   */
  public static final class Definer<T, B> {
    private final String name;
    private final Class<T> type;
    private final String japaneseName;
    private final String englishName;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, ?>> properties = new ArrayList<>();

    private Definer(String name, Class<T> type, String japaneseName, String englishName, String description,
        Supplier<B> newBuilder, Function<B, T> build) {
      this.name = name;
      this.type = type;
      this.japaneseName = japaneseName;
      this.englishName = englishName;
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A property with exactly one value. */
    public <V> Definer<T, B> required(String name, String japaneseName, String description, Kind<V> kind,
        Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(new Property<>(name, japaneseName, description, kind, Cardinality.REQUIRED, get, set));
      return this;
    }

    /** A property with none or one value. */
    public <V> Definer<T, B> optional(String name, String japaneseName, String description, Kind<V> kind,
        Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      properties.add(new Property<>(name, japaneseName, description, kind, Cardinality.OPTIONAL, get, set));
      return this;
    }

    /** A property with a list of values, each given to the builder's adder. */
    public <V> Definer<T, B> list(String name, String japaneseName, String description, Kind<V> kind,
        Function<T, List<V>> get, BiConsumer<B, V> add) {
      properties.add(new Property<>(name, japaneseName, description, kind, Cardinality.LIST, get, add));
      return this;
    }

    /** A flag, false unless set. */
    public Definer<T, B> flag(String name, String japaneseName, String description, Predicate<T> get,
        BiConsumer<B, Boolean> set) {
      properties.add(new Property<>(name, japaneseName, description, Kinds.FLAG, Cardinality.FLAG, get, set));
      return this;
    }

    /** The form. */
    public Form<T> form() {
      return new Form<>(this);
    }
  }
}
