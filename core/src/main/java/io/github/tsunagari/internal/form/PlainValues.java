package io.github.tsunagari.internal.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sink that builds plain values instead of text: an object as a {@code Map<String, Object>} in the order written, a
 * list as a {@code List<Object>}, text as {@code String}, a number as {@code Long}, a flag as {@code Boolean}. What a
 * form writes to it, any JSON mapper (Jackson 2, Jackson 3, another) renders as the binding writes it: the shape is
 * said once, by the form. Not part of the API.
 *
 * <pre>{@code
 * Object finding = PlainValues.of(out -> ReportForm.finding(out, f));  // {ruleId=…, severity=…, path=…, message={…}}
 * }</pre>
 */
public final class PlainValues implements FormWriter.Sink {
  /** What writes to a sink: a form's writing of one value. */
  @FunctionalInterface
  public interface Writing {
    /**
     * Writes one value.
     *
     * @param out the sink
     * @throws IOException from the sink (never from this one)
     */
    void to(FormWriter.Sink out) throws IOException;
  }

  /** The open objects and lists, innermost first. */
  private final Deque<Object> open = new ArrayDeque<>();
  /** The names the open objects and lists have in their containers (null in a list, or for the outermost). */
  private final List<String> names = new ArrayList<>();
  private String name;
  private Object value;

  private PlainValues() {}

  /**
   * The plain value one writing gives.
   *
   * @param writing the writing of one value
   * @return the value: a map, a list, text, a number or a flag; maps and lists are unmodifiable
   * @throws IllegalStateException if the writing wrote no value, or left an object or list open
   */
  public static Object of(Writing writing) {
    PlainValues out = new PlainValues();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // this sink throws none; a writing may only pass on its own
    }
    if (out.value == null || !out.open.isEmpty()) {
      throw new IllegalStateException("a writing must write exactly one whole value");
    }
    return out.value;
  }

  @Override
  public void startObject() {
    start(new LinkedHashMap<String, Object>());
  }

  @Override
  public void endObject() {
    end(Collections.unmodifiableMap((Map<?, ?>) open.peek()));
  }

  @Override
  public void startArray() {
    start(new ArrayList<>());
  }

  @Override
  public void endArray() {
    end(Collections.unmodifiableList((List<?>) open.peek()));
  }

  @Override
  public void name(String name) {
    this.name = name;
  }

  @Override
  public void text(String text) {
    add(text);
  }

  @Override
  public void number(long number) {
    add(number);
  }

  @Override
  public void flag(boolean flag) {
    add(flag);
  }

  private void start(Object container) {
    names.add(name);
    name = null;
    open.push(container);
  }

  private void end(Object finished) {
    open.pop();
    name = names.remove(names.size() - 1);
    add(finished);
  }

  @SuppressWarnings("unchecked")
  private void add(Object v) {
    Object container = open.peek();
    if (container == null) {
      value = v;
    } else if (container instanceof Map) {
      ((Map<String, Object>) container).put(name, v);
    } else {
      ((List<Object>) container).add(v);
    }
    name = null;
  }
}
