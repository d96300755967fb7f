package io.github.tsunagari.internal.form;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One property of a {@link Form}: its name in the canonical form, its Japanese name, what it is, its {@link Kind}, how
 * many values it has, how to get them from an object and how to give them to the object's builder. Not part of the
 * API.
 *
 * @param <T> the model type the property belongs to
 * @param <V> the model type of its values
 */
public final class Property<T, V> {
  /** How many values a property has. */
  public enum Cardinality {
    /** Exactly one. */
    REQUIRED,
    /** None or one. */
    OPTIONAL,
    /** A list, possibly empty; the canonical form leaves an empty list out. */
    LIST,
    /** A flag that is false unless set; the canonical form writes it only when true. */
    FLAG
  }

  private final String name;
  private final String japaneseName;
  private final String description;
  private final Kind<V> kind;
  private final Cardinality cardinality;
  private final Object get; // a Function, or a Predicate for a flag
  private final BiConsumer<Object, V> set;
  private int index = -1;
  private Form<T> form;

  @SuppressWarnings("unchecked")
  <B> Property(String name, String japaneseName, String description, Kind<V> kind, Cardinality cardinality,
      Object get, BiConsumer<B, V> set) {
    this.name = name;
    this.japaneseName = japaneseName;
    this.description = description;
    this.kind = kind;
    this.cardinality = cardinality;
    this.get = get;
    this.set = (BiConsumer<Object, V>) set;
  }

  void attach(Form<T> form, int index) {
    this.form = form;
    this.index = index;
  }

  /** The name in the canonical form, such as {@code serviceArea}; the JSON property name and the path token. */
  public String name() {
    return name;
  }

  /** The Japanese name, such as {@code 事業区域}: the term of published lists and tables. */
  public String japaneseName() {
    return japaneseName;
  }

  /** What the property holds, in English. */
  public String description() {
    return description;
  }

  /** The kind of its values. */
  public Kind<V> kind() {
    return kind;
  }

  /** How many values it has. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** True if the property must be given. */
  public boolean isRequired() {
    return cardinality == Cardinality.REQUIRED;
  }

  /** The form the property belongs to. */
  public Form<T> form() {
    return form;
  }

  /** The place of the property in its form's canonical order, from 0. */
  public int index() {
    return index;
  }

  /** The value of a required property. */
  @SuppressWarnings("unchecked")
  public V get(T object) {
    return (V) ((Function<T, ?>) get).apply(object);
  }

  /** The value of an optional property. */
  @SuppressWarnings("unchecked")
  public Optional<V> getOptional(T object) {
    return (Optional<V>) ((Function<T, ?>) get).apply(object);
  }

  /** The values of a list property. */
  @SuppressWarnings("unchecked")
  public List<V> getList(T object) {
    return (List<V>) ((Function<T, ?>) get).apply(object);
  }

  /** Whether a flag is set. */
  @SuppressWarnings("unchecked")
  public boolean isSet(T object) {
    return ((Predicate<T>) get).test(object);
  }

  /**
   * Calls the action for each value the object has for this property: one for a required property, none or one for
   * an optional one, each element of a list, {@code true} for a set flag.
   *
   * @param object the object
   * @param action receives the values in order
   */
  @SuppressWarnings("unchecked")
  public void forEach(T object, Consumer<? super V> action) {
    switch (cardinality) {
      case REQUIRED:
        action.accept(get(object));
        break;
      case OPTIONAL:
        getOptional(object).ifPresent(action);
        break;
      case LIST:
        getList(object).forEach(action);
        break;
      default:
        if (isSet(object)) {
          action.accept((V) Boolean.TRUE);
        }
        break;
    }
  }

  /** True if the object has at least one value for this property (a set flag, a non-empty list). */
  public boolean isPresent(T object) {
    switch (cardinality) {
      case REQUIRED:
        return true;
      case OPTIONAL:
        return getOptional(object).isPresent();
      case LIST:
        return !getList(object).isEmpty();
      default:
        return isSet(object);
    }
  }

  /**
   * Gives a value to a builder of the form: sets it, or adds it to a list.
   *
   * @param builder a builder made by the form
   * @param value the value
   */
  public void give(Object builder, V value) {
    set.accept(builder, value);
  }

  @Override
  public String toString() {
    return (form == null ? "?" : form.name()) + "." + name;
  }
}
