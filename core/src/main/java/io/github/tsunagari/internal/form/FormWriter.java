package io.github.tsunagari.internal.form;

import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.NumberKind;
import io.github.tsunagari.internal.form.Kind.ObjectKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the canonical form of a model object along its {@link Form}: properties in the form's order, codes as their
 * canonical text, absent values, {@code false} flags and empty lists left out (never null), a union's discriminator
 * first. Not part of the API.
 */
public final class FormWriter {
  /** Where the canonical form goes: a thin view of a streaming generator, such as Jackson's (versions 2 and 3). */
  public interface Sink {
    /** Starts a group of properties. */
    void startObject() throws IOException;

    /** Ends it. */
    void endObject() throws IOException;

    /** Starts a list. */
    void startArray() throws IOException;

    /** Ends it. */
    void endArray() throws IOException;

    /** Writes a property name. */
    void name(String name) throws IOException;

    /** Writes text. */
    void text(String text) throws IOException;

    /** Writes a whole number. */
    void number(long number) throws IOException;

    /** Writes true or false. */
    void flag(boolean flag) throws IOException;
  }

  private FormWriter() {}

  /**
   * Writes an object.
   *
   * @param form its form
   * @param value the object
   * @param out where to
   * @param <T> the model type
   * @throws IOException from the sink
   */
  public static <T> void write(Form<T> form, T value, Sink out) throws IOException {
    out.startObject();
    properties(form, value, out);
    out.endObject();
  }

  /**
   * Writes an object of a union: its discriminator, then its variant's properties.
   *
   * @param union the union
   * @param value the object
   * @param out where to
   * @param <V> the common type
   * @throws IOException from the sink
   */
  @SuppressWarnings("unchecked")
  public static <V> void write(UnionKind<V> union, V value, Sink out) throws IOException {
    Variant<? extends V> variant = union.variantOf(value);
    out.startObject();
    out.name(union.discriminator());
    out.text(variant.tag());
    properties((Form<Object>) variant.form(), value, out);
    out.endObject();
  }

  private static <T> void properties(Form<T> form, T value, Sink out) throws IOException {
    for (Property<T, ?> p : form.properties()) {
      property(p, value, out);
    }
  }

  private static <T, V> void property(Property<T, V> p, T object, Sink out) throws IOException {
    switch (p.cardinality()) {
      case REQUIRED:
        out.name(p.name());
        value(p.kind(), p.get(object), out);
        break;
      case OPTIONAL:
        Optional<V> v = p.getOptional(object);
        if (v.isPresent()) {
          out.name(p.name());
          value(p.kind(), v.get(), out);
        }
        break;
      case LIST:
        List<V> values = p.getList(object);
        if (!values.isEmpty()) {
          out.name(p.name());
          out.startArray();
          for (V e : values) {
            value(p.kind(), e, out);
          }
          out.endArray();
        }
        break;
      default:
        if (p.isSet(object)) {
          out.name(p.name());
          out.flag(true);
        }
        break;
    }
  }

  /**
   * Writes one value of a kind.
   *
   * @param kind the kind
   * @param value the value
   * @param out where to
   * @param <V> the value type
   * @throws IOException from the sink
   */
  @SuppressWarnings("unchecked")
  public static <V> void value(Kind<V> kind, V value, Sink out) throws IOException {
    if (kind == Kinds.TEXT) {
      out.text((String) value);
    } else if (kind instanceof CodeKind) {
      out.text(((CodeKind<V>) kind).canonical(value));
    } else if (kind instanceof NumberKind) {
      out.number(((Number) value).longValue());
    } else if (kind == Kinds.YEN) {
      io.github.tsunagari.money.Yen yen = (io.github.tsunagari.money.Yen) value;
      if (yen.getTax().isPresent()) {
        out.text(yen.format());
      } else {
        out.number(yen.getAmount());
      }
    } else if (kind instanceof ObjectKind) {
      write(((ObjectKind<V>) kind).form(), value, out);
    } else if (kind instanceof UnionKind) {
      write((UnionKind<V>) kind, value, out);
    } else {
      out.flag((Boolean) value);
    }
  }
}
