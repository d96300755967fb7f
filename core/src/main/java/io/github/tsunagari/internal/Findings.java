package io.github.tsunagari.internal;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import java.util.Collection;
import java.util.Objects;

/**
 * The findings of reading, for the library's readers. Not part of the API:
 * {@link Finding} has no public constructor, and registers its factory here when it is loaded.
 *
 * <p>Every finding here is format-neutral: a path into the model, a {@link SourceLocation} of whatever kind the
 * format has, and message arguments that are data or messages of the bundle, never a parser's English text.
 */
public final class Findings {
  /** Makes a finding of a rule of reading. */
  @FunctionalInterface
  public interface Factory {
    /**
     * A finding.
     *
     * @param rule a rule of category READING
     * @param path the model path
     * @param location the source location, or null where none is known
     * @param value the offending value, or null
     * @param arguments further message arguments
     * @return the finding
     */
    Finding reading(Rule rule, String path, SourceLocation location, Object value, Object... arguments);
  }

  private static volatile Factory factory;

  private Findings() {}

  /**
   * Registers the factory; {@link Finding} does so once, when it is loaded.
   *
   * @param f the factory
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Factory f) {
    if (factory != null) {
      throw new IllegalStateException("the finding factory is registered already");
    }
    factory = Objects.requireNonNull(f);
  }

  private static Factory factory() {
    Factory f = factory;
    if (f == null) {
      try {
        Class.forName(Finding.class.getName(), true, Findings.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      f = factory;
    }
    return f;
  }

  /**
   * A finding of a rule of reading.
   *
   * @param rule the rule
   * @param path the model path
   * @param location where in the source, or null
   * @param value the offending value, or null
   * @param arguments further message arguments
   * @return the finding
   */
  public static Finding of(Rule rule, String path, SourceLocation location, Object value, Object... arguments) {
    return factory().reading(rule, path, location, value, arguments);
  }

  /** The document is not well-formed; the detail is a {@code syntax.*} message. */
  public static Finding syntax(String path, SourceLocation location, Messages.Message detail) {
    return of(Rule.JSON_SYNTAX, path, location, null, detail);
  }

  /** A reading limit is exceeded; the detail is a {@code limit.*} message. */
  public static Finding limit(String path, SourceLocation location, Messages.Message detail) {
    return of(Rule.JSON_LIMIT, path, location, null, detail);
  }

  /** A property (or column) that the form does not define. */
  public static Finding unknownProperty(String path, SourceLocation location, String name,
      Collection<String> expected) {
    return of(Rule.JSON_UNKNOWN_PROPERTY, path, location, name, String.join(", ", expected));
  }

  /** The same property twice; the second is not read. */
  public static Finding duplicateProperty(String path, SourceLocation location, String name) {
    return of(Rule.JSON_DUPLICATE_PROPERTY, path, location, name);
  }

  /** A required property is missing. */
  public static Finding missingProperty(String path, SourceLocation location, String name) {
    return of(Rule.JSON_MISSING_PROPERTY, path, location, name);
  }

  /** A value of the wrong shape, such as a number where text belongs, or null. */
  public static Finding wrongShape(String path, SourceLocation location, String value, Shape expected,
      Shape found) {
    return of(Rule.JSON_WRONG_TYPE, path, location, value, expected, found);
  }

  /** A value that cannot exist, with its typed reason. */
  public static Finding invalidValue(String path, SourceLocation location, String value, InvalidValueException e) {
    return of(Rule.JSON_INVALID_VALUE, path, location, value, e.getSubject(), explanation(e));
  }

  /** An object whose parts cannot stand together, with the typed reason its builder gave. */
  public static Finding invalidObject(String path, SourceLocation location, InvalidValueException e) {
    return of(Rule.JSON_INVALID_OBJECT, path, location, null, explanation(e));
  }

  /** The explanation of a refused value, as a message written in the reader's language. */
  public static Messages.Message explanation(InvalidValueException e) {
    return new Messages.Message("reason." + e.getReason().name(), e.getDetails().toArray());
  }

  /**
   * The shapes a value can have in a document, in words that fit every format: what a property needs, and what a
   * document had instead.
   */
  public enum Shape implements io.github.tsunagari.Bilingual {
    /** Text. */
    TEXT("文字列", "text"),
    /** A whole number. */
    WHOLE_NUMBER("整数", "a whole number"),
    /** A number with a fraction or an exponent. */
    NUMBER("小数・指数を含む数値", "a number with a fraction or an exponent"),
    /** true or false. */
    FLAG("真偽値（true または false）", "true or false"),
    /** A group of named properties. */
    PROPERTIES("項目のまとまり", "a group of properties"),
    /** A list of values. */
    LIST("配列（リスト）", "a list"),
    /** No value at all (null). */
    NOTHING("値なし（null）", "nothing (null)");

    private final String japaneseName;
    private final String englishName;

    Shape(String japaneseName, String englishName) {
      this.japaneseName = japaneseName;
      this.englishName = englishName;
    }

    @Override
    public String getJapaneseName() {
      return japaneseName;
    }

    @Override
    public String getEnglishName() {
      return englishName;
    }
  }
}
