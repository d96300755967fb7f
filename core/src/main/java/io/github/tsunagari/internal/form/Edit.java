package io.github.tsunagari.internal.form;

import io.github.tsunagari.internal.form.Kind.ObjectKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.internal.form.Property.Cardinality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Copies of model objects with one text value changed, anywhere in them, found through the forms: for the testkit's
 * variants and for tests that must reach every text property of the description. Not part of the API.
 */
public final class Edit {
  private Edit() {}

  /**
   * Every text value of an object, by its pointer, with the property it is a value of.
   *
   * @param form the object's form
   * @param object the object
   * @param <T> the model type
   * @return pointer to property, in the order of a walk
   */
  public static <T> Map<String, Property<?, ?>> texts(Form<T> form, T object) {
    Map<String, Property<?, ?>> texts = new LinkedHashMap<>();
    Walk.walk(form, object, Path.root(), new Walk.Visitor() {
      @Override
      public boolean object(Form<?> f, Object value, Path path) {
        return true;
      }

      @Override
      public void text(Property<?, ?> property, String value, Path path) {
        texts.put(path.pointer(), property);
      }
    });
    return texts;
  }

  /**
   * A copy of an object with the text at a pointer changed; every other value is the same.
   *
   * @param form the object's form
   * @param object the object
   * @param pointer the pointer of a text value, as {@link #texts} gives it
   * @param change the change
   * @param <T> the model type
   * @return the copy
   * @throws IllegalArgumentException if no text value is at the pointer
   */
  public static <T> T replaceText(Form<T> form, T object, String pointer, UnaryOperator<String> change) {
    if (pointer.isEmpty() || pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a pointer into the object: " + pointer);
    }
    return copy(form, object, pointer.substring(1).split("/", -1), 0, change);
  }

  private static <T> T copy(Form<T> form, T object, String[] tokens, int at, UnaryOperator<String> change) {
    Object builder = form.newBuilder();
    boolean found = false;
    for (Property<T, ?> p : form.properties()) {
      if (p.name().equals(tokens[at])) {
        give(p, object, builder, tokens, at + 1, change);
        found = true;
      } else {
        copyAll(p, object, builder);
      }
    }
    if (!found) {
      throw new IllegalArgumentException(form.name() + " has no property " + tokens[at]);
    }
    return form.build(builder);
  }

  private static <T, V> void copyAll(Property<T, V> p, T object, Object builder) {
    p.forEach(object, v -> p.give(builder, v));
  }

  private static <T, V> void give(Property<T, V> p, T object, Object builder, String[] tokens, int next,
      UnaryOperator<String> change) {
    if (p.cardinality() == Cardinality.LIST) {
      List<V> values = p.getList(object);
      int index = Integer.parseInt(tokens[next]);
      for (int i = 0; i < values.size(); i++) {
        p.give(builder, i == index ? changed(p.kind(), values.get(i), tokens, next + 1, change) : values.get(i));
      }
    } else if (p.cardinality() == Cardinality.OPTIONAL) {
      Optional<V> v = p.getOptional(object);
      p.give(builder, changed(p.kind(), v.orElseThrow(), tokens, next, change));
    } else {
      p.give(builder, changed(p.kind(), p.get(object), tokens, next, change));
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> V changed(Kind<V> kind, V value, String[] tokens, int next, UnaryOperator<String> change) {
    if (kind == Kinds.TEXT && next == tokens.length) {
      return (V) change.apply((String) value);
    } else if (kind instanceof ObjectKind) {
      return copy(((ObjectKind<V>) kind).form(), value, tokens, next, change);
    } else if (kind instanceof UnionKind) {
      Form<Object> variant = (Form<Object>) ((UnionKind<V>) kind).variantOf(value).form();
      return (V) copy(variant, value, tokens, next, change);
    }
    throw new IllegalArgumentException("no text value at the pointer");
  }
}
