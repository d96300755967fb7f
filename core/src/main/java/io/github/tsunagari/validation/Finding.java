package io.github.tsunagari.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in grant data: which {@link Rule} found it, how bad it is, where it is (a JSON Pointer into the
 * canonical JSON form) and what the offending value was, with a message in Japanese or English.
 *
 * <pre>{@code
 * finding.getRuleId();                 // "eligibility.single-prefecture-area"
 * finding.getSeverity();               // WARNING
 * finding.getPath();                   // "/grants/0/project/serviceArea"
 * finding.getValue();                  // Optional["北海道"]
 * finding.getMessage(Locale.JAPANESE); // "事業区域「北海道」は一つの都道府県（北海道）の中にとどまっています。…"
 * }</pre>
 *
 * <p>Instances are immutable. Two findings are equal when rule id, path, value and message arguments are equal.
 */
public final class Finding {
  private static final int MAX_VALUE_LENGTH = 120;

  private final Rule rule;
  private final String ruleId;
  private final String path;
  private final String value;
  private final String messageKey;
  private final Object[] arguments;
  private final Location location;

  private Finding(Rule rule, String ruleId, String path, String value, String messageKey, Object[] arguments) {
    this(rule, ruleId, path, value, messageKey, arguments, null);
  }

  private Finding(Rule rule, String ruleId, String path, String value, String messageKey, Object[] arguments,
      Location location) {
    this.rule = rule;
    this.ruleId = ruleId;
    this.path = path;
    this.value = value;
    this.messageKey = messageKey;
    this.arguments = arguments;
    this.location = location;
  }

  // ---- findings of reading a document (rules of category READING), for readers such as the Jackson module

  /**
   * The document is not well-formed: reading stopped.
   *
   * @param path where reading stopped
   * @param location line and column, where known
   * @param detail the parser's description, in English
   * @return the finding of {@link Rule#JSON_SYNTAX}
   */
  public static Finding syntaxError(String path, Optional<Location> location, String detail) {
    return reading(Rule.JSON_SYNTAX, path, location, null, detail);
  }

  /**
   * The document exceeds a reading limit.
   *
   * @param path where reading stopped
   * @param location line and column, where known
   * @param detail which limit, in English
   * @return the finding of {@link Rule#JSON_LIMIT}
   */
  public static Finding limitExceeded(String path, Optional<Location> location, String detail) {
    return reading(Rule.JSON_LIMIT, path, location, null, detail);
  }

  /**
   * An object has a property the format does not define.
   *
   * @param path the property's path
   * @param location line and column, where known
   * @param name the property's name
   * @param expected the names the object may have
   * @return the finding of {@link Rule#JSON_UNKNOWN_PROPERTY}
   */
  public static Finding unknownProperty(String path, Optional<Location> location, String name,
      Collection<String> expected) {
    return reading(Rule.JSON_UNKNOWN_PROPERTY, path, location, name, String.join(", ", expected));
  }

  /**
   * An object has the same property twice; the second is not read.
   *
   * @param path the property's path
   * @param location line and column of the second occurrence, where known
   * @param name the property's name
   * @return the finding of {@link Rule#JSON_DUPLICATE_PROPERTY}
   */
  public static Finding duplicateProperty(String path, Optional<Location> location, String name) {
    return reading(Rule.JSON_DUPLICATE_PROPERTY, path, location, name);
  }

  /**
   * A required property is missing.
   *
   * @param path the missing property's path
   * @param location line and column of the object that lacks it, where known
   * @param name the property's name
   * @return the finding of {@link Rule#JSON_MISSING_PROPERTY}
   */
  public static Finding missingProperty(String path, Optional<Location> location, String name) {
    return reading(Rule.JSON_MISSING_PROPERTY, path, location, name);
  }

  /**
   * A value has the wrong JSON type.
   *
   * @param path the value's path
   * @param location line and column, where known
   * @param value the value as written, may be null
   * @param expected the type expected: {@code string}, {@code integer}, {@code boolean}, {@code object} or
   *     {@code array}
   * @param found the type found, in the same words, or {@code null} for JSON null
   * @return the finding of {@link Rule#JSON_WRONG_TYPE}
   */
  public static Finding wrongType(String path, Optional<Location> location, String value, String expected,
      String found) {
    return reading(Rule.JSON_WRONG_TYPE, path, location, value, typeName(expected), typeName(found));
  }

  /**
   * A value of the right type cannot be read.
   *
   * @param path the value's path
   * @param location line and column, where known
   * @param value the value as written
   * @param kind what the value should be: {@code prefecture}, {@code legalForm}, {@code corporateNumber},
   *     {@code localGovernmentCode}, {@code fiscalYear}, {@code date}, {@code granteeType}, {@code code} or
   *     {@code number}
   * @param reason why, in English
   * @return the finding of {@link Rule#JSON_INVALID_VALUE}
   */
  public static Finding invalidValue(String path, Optional<Location> location, String value, String kind,
      String reason) {
    return reading(Rule.JSON_INVALID_VALUE, path, location, value, kindName(kind), reason);
  }

  /**
   * An object's parts cannot stand together.
   *
   * @param path the object's path
   * @param location line and column of the object, where known
   * @param reason why, in English
   * @return the finding of {@link Rule#JSON_INVALID_OBJECT}
   */
  public static Finding invalidObject(String path, Optional<Location> location, String reason) {
    return reading(Rule.JSON_INVALID_OBJECT, path, location, null, reason);
  }

  private static Finding reading(Rule rule, String path, Optional<Location> location, Object value,
      Object... arguments) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    return new Finding(rule, rule.getId(), path, render(value), rule.getId(), texts(value, arguments),
        location.orElse(null));
  }

  private static Object typeName(String type) {
    String key = "json.type." + type;
    return Messages.has(key) ? new Messages.Key(key) : String.valueOf(type);
  }

  private static Object kindName(String kind) {
    String key = "json.kind." + kind;
    return Messages.has(key) ? new Messages.Key(key) : String.valueOf(kind);
  }

  /**
   * A line and column in a document, counted from 1.
   *
   * <p>Instances are immutable and compare by value.
   */
  public static final class Location {
    private final int line;
    private final int column;

    private Location(int line, int column) {
      this.line = line;
      this.column = column;
    }

    /**
     * Returns a location.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @return the location
     * @throws IllegalArgumentException if line or column is less than 1
     */
    public static Location of(int line, int column) {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("line and column count from 1, but were " + line + ", " + column);
      }
      return new Location(line, column);
    }

    /** The line, from 1. */
    public int getLine() {
      return line;
    }

    /** The column, from 1. */
    public int getColumn() {
      return column;
    }

    /** Such as {@code 3:17}: line 3, column 17. */
    @Override
    public String toString() {
      return line + ":" + column;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Location && ((Location) o).line == line && ((Location) o).column == column;
    }

    @Override
    public int hashCode() {
      return 31 * line + column;
    }
  }

  /**
   * A finding of one of the catalogue's rules. The message is the rule's, with the rendered value as argument 0 and
   * the given arguments after it.
   *
   * @param rule the rule that fired
   * @param path a JSON Pointer to the offending part, such as {@code /grants/0/project/serviceArea}
   * @param value the offending value, rendered safely (may be null when there is none)
   * @param arguments further message arguments; each is rendered as text
   * @return the finding
   */
  static Finding of(Rule rule, String path, Object value, Object... arguments) {
    return new Finding(rule, rule.getId(), path, render(value), rule.getId(), texts(value, arguments));
  }

  static Finding ofField(String constraint, boolean known, String path, Object value, Object... arguments) {
    String key = "field." + constraint;
    String messageKey = known && Messages.has(key) ? key : "field.other";
    Object[] args = new Object[arguments.length + 2];
    args[0] = render(value) == null ? "" : render(value);
    args[1] = constraint;
    for (int i = 0; i < arguments.length; i++) {
      args[i + 2] = String.valueOf(arguments[i]);
    }
    return new Finding(Rule.FIELD_CONSTRAINT, key, path, render(value), messageKey, args);
  }

  private static Object[] texts(Object value, Object[] arguments) {
    Object[] args = new Object[arguments.length + 1];
    String rendered = render(value);
    args[0] = rendered == null ? "" : rendered;
    for (int i = 0; i < arguments.length; i++) {
      // Keys name a message of the bundle (a type or kind name) and are resolved in the reader's language.
      args[i + 1] = arguments[i] instanceof Messages.Key ? arguments[i] : String.valueOf(arguments[i]);
    }
    return args;
  }

  /**
   * Renders a value for a report: its text, cut to {@value #MAX_VALUE_LENGTH} code points, with control, line-separator
   * and format characters escaped as {@code \\uXXXX}. Text is never interpreted.
   */
  static String render(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional) {
      return render(((Optional<?>) value).orElse(null));
    }
    String s = String.valueOf(value);
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_VALUE_LENGTH) + 16);
    int codePoints = 0;
    int i = 0;
    while (i < s.length() && codePoints < MAX_VALUE_LENGTH) {
      int c = s.codePointAt(i);
      if (mustEscape(c)) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
      codePoints++;
    }
    if (i < s.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  /** Control, line-breaking and format characters (such as U+202E) could fake or reorder report lines. */
  private static boolean mustEscape(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT || type == Character.SURROGATE;
  }

  /** The message's arguments as text, for a total order of findings without formatting their messages. */
  String argumentText() {
    return Arrays.toString(arguments);
  }

  /** The rule that found the problem; {@link Rule#FIELD_CONSTRAINT} for every field constraint. */
  public Rule getRule() {
    return rule;
  }

  /**
   * The stable rule id: the rule's {@linkplain Rule#getId() id}, or {@code field.} and the constraint's name (such as
   * {@code field.NotBlank}) for a field constraint.
   */
  public String getRuleId() {
    return ruleId;
  }

  /** How bad the problem is. */
  public Severity getSeverity() {
    return rule.getSeverity();
  }

  /** What the rule looks at. */
  public RuleCategory getCategory() {
    return rule.getCategory();
  }

  /**
   * Where the problem is: a JSON Pointer (RFC 6901) into the canonical JSON form of the validated object, such as
   * {@code /grants/3/project/serviceArea}; the empty string is the object itself.
   */
  public String getPath() {
    return path;
  }

  /** Where in the document the problem is, for findings of reading a document; empty for validation findings. */
  public Optional<Location> getLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * Returns this finding with its path under a prefix, such as {@code /grants/3} for a finding of one grant read or
   * validated on its own.
   *
   * @param prefix a JSON Pointer, such as {@code /grants/3}
   * @return the finding with {@code prefix + getPath()} as path
   */
  public Finding withPathPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.isEmpty() ? this
        : new Finding(rule, ruleId, prefix + path, value, messageKey, arguments, location);
  }

  /**
   * The offending value, rendered as text: cut to 120 code points (then ending in …), with control, line-separator and
   * format characters written as {@code \\uXXXX}; never interpreted.
   */
  public Optional<String> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * The message in the given language: Japanese for {@code ja}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.format(messageKey, locale, arguments);
  }

  /**
   * One line for a person: severity, rule id, path and message.
   *
   * @param locale the reader's locale
   * @return such as {@code WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea: …}
   */
  public String toText(Locale locale) {
    boolean ja = "ja".equals(locale.getLanguage());
    String where = location == null ? ""
        : ja ? "（" + location.line + "行" + location.column + "列）"
        : " (line " + location.line + ", column " + location.column + ")";
    return rule.getSeverity() + " " + ruleId + " " + (ja ? "場所 " : "at ") + (path.isEmpty() ? "/" : path) + where
        + ": " + getMessage(locale);
  }

  /** {@link #toText(Locale)} in English. */
  @Override
  public String toString() {
    return toText(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId.equals(f.ruleId) && path.equals(f.path) && Objects.equals(value, f.value)
        && Arrays.equals(arguments, f.arguments) && Objects.equals(location, f.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, path, value, Arrays.hashCode(arguments), location);
  }
}
