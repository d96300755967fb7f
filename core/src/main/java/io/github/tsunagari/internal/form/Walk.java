package io.github.tsunagari.internal.form;

import io.github.tsunagari.internal.form.Kind.ObjectKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import io.github.tsunagari.internal.form.Property.Cardinality;
import java.util.List;
import java.util.Optional;

/**
 * Walks an object of the model along its {@link Form}: every nested object, and every text value, with its path in
 * the canonical form. The rules run on such a walk, so that their paths and the properties text rules look at come
 * from the forms, not from lists kept by hand. Not part of the API; a walk is for one thread.
 */
public final class Walk {
  /** What a walk calls. */
  public interface Visitor {
    /**
     * An object of a form, before its properties are walked.
     *
     * @param form its form
     * @param value the object
     * @param path where it is; valid during the call only
     * @return false to walk none of its properties
     */
    boolean object(Form<?> form, Object value, Path path);

    /**
     * A text value.
     *
     * @param property the property it is a value of
     * @param value the text
     * @param path where it is, the property's name (and index, in a list) included; valid during the call only
     */
    void text(Property<?, ?> property, String value, Path path);
  }

  private Walk() {}

  /**
   * Walks an object.
   *
   * @param form its form
   * @param value the object
   * @param path where it is (the root is the empty path)
   * @param visitor what to call
   * @param <T> the model type
   */
  public static <T> void walk(Form<T> form, T value, Path path, Visitor visitor) {
    if (!visitor.object(form, value, path)) {
      return;
    }
    List<Property<T, ?>> properties = form.properties();
    for (int i = 0; i < properties.size(); i++) { // by index: no iterator for every object of every grant
      property(properties.get(i), value, path, visitor);
    }
  }

  /**
   * The form of a model object, if it is of a type the forms describe.
   *
   * @param value an object
   * @return its form
   */
  @SuppressWarnings("unchecked")
  public static Optional<Form<Object>> formOf(Object value) {
    for (Form<?> f : Forms.ALL) {
      if (f.type().isInstance(value)) {
        return Optional.of((Form<Object>) f);
      }
    }
    return Optional.empty();
  }

  private static <T, V> void property(Property<T, V> p, T object, Path path, Visitor visitor) {
    Kind<V> kind = p.kind();
    boolean text = kind == Kinds.TEXT;
    if (!text && !(kind instanceof ObjectKind) && !(kind instanceof UnionKind)) {
      return; // codes, numbers, flags: nothing to walk into
    }
    path.push(p.name());
    try {
      if (p.cardinality() == Cardinality.LIST) {
        List<V> values = p.getList(object);
        for (int i = 0; i < values.size(); i++) {
          path.push(i);
          try {
            value(p, values.get(i), path, visitor);
          } finally {
            path.pop();
          }
        }
      } else if (p.cardinality() == Cardinality.OPTIONAL) {
        Optional<V> v = p.getOptional(object);
        if (v.isPresent()) {
          value(p, v.get(), path, visitor);
        }
      } else {
        value(p, p.get(object), path, visitor);
      }
    } finally {
      path.pop();
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> void value(Property<?, V> p, V value, Path path, Visitor visitor) {
    Kind<V> kind = p.kind();
    if (kind == Kinds.TEXT) {
      visitor.text(p, (String) value, path);
    } else if (kind instanceof ObjectKind) {
      walk(((ObjectKind<V>) kind).form(), value, path, visitor);
    } else {
      Variant<? extends V> variant = ((UnionKind<V>) kind).variantOf(value);
      walk((Form<Object>) variant.form(), value, path, visitor);
    }
  }
}
