package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Tokens.Token;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.ValueShape;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON value read whole, each part with its pointer (RFC 6901) and its place in the input: what a reader of another
 * system's JSON (a 360Giving package, gBizINFO's or jGrants's API) reads, through whichever JSON binding is there, with
 * the same limits, syntax diagnosis and locations as the readers of the canonical form. Immutable. Not part of the API.
 *
 * <p>A property named twice keeps its first value, and the second is reported ({@code read.duplicate-property}): nothing
 * is dropped without a word. A number keeps its text as written.
 *
 * <pre>{@code
 * Documents.Outcome<JsonTree> read = JsonTree.read(in, ReadingLimits.MAX_DOCUMENT_LENGTH);
 * read.value().flatMap(t -> t.get("title")).flatMap(JsonTree::text);
 * }</pre>
 */
public final class JsonTree {
  /** What a value is. */
  public enum Kind {
    /** An object: named values. */
    OBJECT,
    /** An array. */
    ARRAY,
    /** A string. */
    TEXT,
    /** A number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** null. */
    NULL
  }

  /** What receives the streamed records. */
  @FunctionalInterface
  public interface Records {
    /**
     * Receives one record.
     *
     * @param item the record
     * @param problems what was wrong in it that did not stop reading (a property named twice); often empty
     */
    void accept(JsonTree item, List<Finding> problems);
  }

  private final Kind kind;
  /** Its shape as the canonical readers name it (a whole number or one with a fraction), for findings. */
  private final ValueShape shape;
  private final String pointer;
  private final SourceLocation location;
  private final String text;
  private final Map<String, JsonTree> properties;
  private final List<JsonTree> items;

  private JsonTree(Kind kind, ValueShape shape, String pointer, SourceLocation location, String text,
      Map<String, JsonTree> properties, List<JsonTree> items) {
    this.kind = kind;
    this.shape = shape;
    this.pointer = pointer;
    this.location = location;
    this.text = text;
    this.properties = properties;
    this.items = items;
  }

  /**
   * Reads one JSON document, then expects the end of the input.
   *
   * @param in the bytes (UTF-8, or UTF-16/32 told by their first bytes); not closed
   * @param maxBytes the most bytes read, or -1 for {@link ReadingLimits#MAX_DOCUMENT_LENGTH}
   * @return the tree, or the problems: malformed input, a limit, a property named twice
   * @throws IOException if the input cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static Documents.Outcome<JsonTree> read(InputStream in, long maxBytes) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonTokens tokens = JsonBindings.get().tokens(JsonInput.of(in, maxBytes))) {
      List<Finding> duplicates = new ArrayList<>();
      Documents.Outcome<JsonTree> outcome = Documents.read(tokens, r -> Optional.of(readAt(tokens, duplicates)));
      return withProblems(outcome, duplicates);
    } catch (FormReader.Stop stop) {
      return new Documents.Outcome<>(Optional.empty(), List.of(stop.finding()), null);
    }
  }

  /**
   * Reads a document whose root is an object and one of whose properties is an array of records too long to hold
   * together, such as a 360Giving package's {@code grants}: each record is handed on as it is read (memory grows with
   * one record, which is bounded by {@link ReadingLimits#MAX_RECORD_LENGTH}); the root is returned with the other
   * properties, and the array as an empty one at its place.
   *
   * @param in the bytes; not closed
   * @param maxBytes the most bytes read, or -1 for no limit
   * @param arrayName the property whose items are streamed
   * @param each receives each item, in order, with its own problems
   * @return the root without the items, or the problems met; records read before a problem have been handed on
   * @throws IOException if the input cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static Documents.Outcome<JsonTree> stream(InputStream in, long maxBytes, String arrayName,
      Records each) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(arrayName, "arrayName");
    Objects.requireNonNull(each, "each");
    List<Finding> problems = new ArrayList<>();
    try (JsonTokens tokens = JsonBindings.get().tokens(JsonInput.of(in, maxBytes))) {
      Documents.Outcome<JsonTree> outcome = Documents.read(tokens, r -> {
        if (tokens.current() != Token.START_OBJECT) {
          problems.add(ReadingFindings.wrongType("", tokens.location(), FormReader.valueOf(tokens), ValueShape.PROPERTIES,
              FormReader.shapeOf(tokens.current())));
          tokens.skipChildren();
          return Optional.empty();
        }
        return Optional.of(readObject(tokens, problems, arrayName, each));
      });
      return withProblems(outcome, problems);
    } catch (FormReader.Stop stop) {
      problems.add(stop.finding());
      return new Documents.Outcome<>(Optional.empty(), problems, null);
    }
  }

  private static Documents.Outcome<JsonTree> withProblems(Documents.Outcome<JsonTree> outcome, List<Finding> more) {
    if (more.isEmpty()) {
      return outcome;
    }
    List<Finding> all = new ArrayList<>(more);
    all.addAll(outcome.problems());
    return new Documents.Outcome<>(outcome.value(), all, null);
  }

  /**
   * Reads the value at the current token, to its last token.
   *
   * @param tokens the tokens, at the value's first
   * @param problems where a property named twice is reported
   * @return the value
   * @throws IOException if the input cannot be read
   */
  private static JsonTree readAt(JsonTokens tokens, List<Finding> problems) throws IOException {
    return readAt(tokens, problems, null, null);
  }

  private static JsonTree readAt(JsonTokens tokens, List<Finding> problems, String streamed,
      Records each) throws IOException {
    Token token = tokens.current();
    String pointer = tokens.pointer();
    SourceLocation at = tokens.location();
    switch (token) {
      case START_OBJECT:
        return readObject(tokens, problems, streamed, each);
      case START_ARRAY:
        List<JsonTree> items = new ArrayList<>();
        while (tokens.next() != Token.END_ARRAY) {
          items.add(readAt(tokens, problems));
        }
        return new JsonTree(Kind.ARRAY, ValueShape.LIST, pointer, at, null, Map.of(),
            Collections.unmodifiableList(items));
      case TEXT:
        return scalar(Kind.TEXT, token, pointer, at, tokens.text());
      case WHOLE_NUMBER:
      case NUMBER:
        return scalar(Kind.NUMBER, token, pointer, at, tokens.text());
      case TRUE:
        return scalar(Kind.BOOLEAN, token, pointer, at, "true");
      case FALSE:
        return scalar(Kind.BOOLEAN, token, pointer, at, "false");
      default:
        return scalar(Kind.NULL, token, pointer, at, null);
    }
  }

  private static JsonTree scalar(Kind kind, Token token, String pointer, SourceLocation at, String text) {
    return new JsonTree(kind, FormReader.shapeOf(token), pointer, at, text, Map.of(), List.of());
  }

  private static JsonTree readObject(JsonTokens tokens, List<Finding> problems, String streamed,
      Records each) throws IOException {
    String pointer = tokens.pointer();
    SourceLocation at = tokens.location();
    Map<String, JsonTree> properties = new LinkedHashMap<>();
    while (tokens.next() == Token.NAME) {
      String name = tokens.name();
      SourceLocation nameAt = tokens.location();
      Token value = tokens.next();
      if (properties.containsKey(name)) {
        problems.add(ReadingFindings.duplicateProperty(tokens.pointer(), nameAt, name));
        tokens.skipChildren();
      } else if (name.equals(streamed) && value == Token.START_ARRAY) {
        properties.put(name, streamItems(tokens, problems, each));
      } else {
        properties.put(name, readAt(tokens, problems));
      }
    }
    return new JsonTree(Kind.OBJECT, ValueShape.PROPERTIES, pointer, at, null,
        Collections.unmodifiableMap(properties), List.of());
  }

  private static JsonTree streamItems(JsonTokens tokens, List<Finding> problems, Records each)
      throws IOException {
    String pointer = tokens.pointer();
    SourceLocation at = tokens.location();
    int index = 0;
    while (tokens.next() != Token.END_ARRAY) {
      tokens.boundRecord(ReadingLimits.MAX_RECORD_LENGTH);
      JsonTree item;
      List<Finding> itemProblems = new ArrayList<>();
      try {
        item = readAt(tokens, itemProblems);
      } catch (FormReader.Stop stop) {
        if (!stop.isOverBound()) {
          throw stop;
        }
        // A record over its bound cannot be skipped without reading it: the array ends here, and says so (the stop's
        // own finding is the document's).
        problems.add(ReadingFindings.limit(pointer + "/" + index, stop.finding().getLocation().orElse(null),
            ReadingLimit.RECORDS_AFTER));
        throw stop;
      }
      tokens.boundRecord(0);
      each.accept(item, itemProblems);
      index++;
    }
    return new JsonTree(Kind.ARRAY, ValueShape.LIST, pointer, at, null, Map.of(), List.of());
  }

  /** What the value is. */
  public Kind kind() {
    return kind;
  }

  /** Its shape as the canonical readers name it in their findings: a whole number apart from one with a fraction. */
  public ValueShape shape() {
    return shape;
  }

  /** Its pointer, such as {@code /grants/3/title}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /** Where its first token is in the input, where known. */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** A string's text, or a number's as written; empty for anything else. */
  public Optional<String> text() {
    return kind == Kind.TEXT || kind == Kind.NUMBER ? Optional.of(text) : Optional.empty();
  }

  /** A number's value, or a string's that is a decimal number; empty otherwise. */
  public Optional<BigDecimal> number() {
    if (text == null || kind == Kind.BOOLEAN) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** true or false, for a boolean. */
  public Optional<Boolean> bool() {
    return kind == Kind.BOOLEAN ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
  }

  /** True for {@code null}. */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /**
   * A property of an object.
   *
   * @param name its name
   * @return its value, or empty where there is none (or this is no object)
   */
  public Optional<JsonTree> get(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** The names of an object's properties, in the order written; empty for anything else. */
  public Set<String> names() {
    return properties.keySet();
  }

  /** The items of an array, in order; empty for anything else (and for a streamed array). */
  public List<JsonTree> items() {
    return items;
  }

  @Override
  public String toString() {
    return kind + (pointer.isEmpty() ? "" : " at " + pointer);
  }
}
