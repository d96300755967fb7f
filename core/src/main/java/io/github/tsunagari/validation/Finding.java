package io.github.tsunagari.validation;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.internal.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in grant data: which {@link Rule} found it, how bad it is, where it is in the model (a JSON
 * Pointer into the canonical form, whatever the format read), where it is in the source (for problems of reading), and
 * what the offending value was, with a message in Japanese or English.
 *
 * <pre>{@code
 * finding.getRuleId();                 // "eligibility.single-prefecture-area"
 * finding.getSeverity();               // WARNING
 * finding.getPath();                   // "/grants/0/project/serviceArea"
 * finding.getValue();                  // Optional["北海道"]
 * finding.getLocation();               // Optional.empty(): a finding of validation, not of reading
 * finding.getMessage(Locale.JAPANESE); // "事業区域「北海道」は一つの都道府県（北海道）の中にとどまっています。…"
 * }</pre>
 *
 * <p>Findings are made by the validator and by the library's readers; there is no public constructor. Instances are
 * immutable. Two findings are equal when rule id, path, value, message arguments and source location are equal.
 */
public final class Finding {
  private static final int MAX_VALUE_LENGTH = 120;

  private final Rule rule;
  private final String ruleId;
  private final String path;
  private final String value;
  private final String messageKey;
  private final Object[] arguments;
  private final SourceLocation location;

  private Finding(Rule rule, String ruleId, String path, String value, String messageKey, Object[] arguments) {
    this(rule, ruleId, path, value, messageKey, arguments, null);
  }

  private Finding(Rule rule, String ruleId, String path, String value, String messageKey, Object[] arguments,
      SourceLocation location) {
    this.rule = rule;
    this.ruleId = ruleId;
    this.path = path;
    this.value = value;
    this.messageKey = messageKey;
    this.arguments = arguments;
    this.location = location;
  }

  /** A finding of reading, made through {@link ReadingFindings}. */
  static Finding reading(Rule rule, String path, SourceLocation location, Object value, Object... arguments) {
    Objects.requireNonNull(path, "path");
    if (rule.getCategory() != RuleCategory.READING) {
      throw new IllegalArgumentException(rule + " is not a rule of reading");
    }
    return new Finding(rule, rule.getId(), path, render(value), rule.getId(), texts(value, arguments), location);
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
      // Messages and bilingual names are written in the reader's language; everything else is data, as text.
      Object a = arguments[i];
      args[i + 1] = a instanceof Messages.Message || a instanceof Bilingual ? a : Text.sanitize(String.valueOf(a));
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
      if (Text.mustEscape(c)) {
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

  /**
   * Text as a report writes data that came from the input: control, line-separator and format characters written
   * {@code \\uXXXX}, so that it prints as one line of text on a terminal, and nothing in it is interpreted. For a
   * program that prints its own lines beside findings, such as the name of the file read.
   *
   * @param text the text
   * @return the text, escaped
   */
  public static String escape(CharSequence text) {
    return Text.sanitize(Objects.requireNonNull(text, "text"));
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

  /**
   * Where in the source the problem is, for findings of reading: a line and column of a JSON document, a cell of a
   * table, or a byte; empty for findings of validation, which concern the model, not a source.
   */
  public Optional<SourceLocation> getLocation() {
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
   * Returns this finding placed in the source: for a finding of validation whose path a reader can trace back to where
   * it read the value, such as the cell of a published sheet that a project's area came from. Rule, path, value and
   * message are unchanged.
   *
   * <pre>{@code
   * finding.withLocation(SourceLocation.ofCell(19, 4, "事業区域")); // row 1's area, on line 19 of the sheet
   * }</pre>
   *
   * @param location where in the source the finding's value was read
   * @return the finding with that location
   * @throws NullPointerException if location is null
   */
  public Finding withLocation(SourceLocation location) {
    Objects.requireNonNull(location, "location");
    return location.equals(this.location) ? this
        : new Finding(rule, ruleId, path, value, messageKey, arguments, location);
  }

  /** This finding at another path, for a finding moved to the place of its object in a document. */
  Finding withPath(String newPath) {
    return new Finding(rule, ruleId, newPath, value, messageKey, arguments, location);
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
    return Messages.format(messageKey, locale, arguments);
  }

  /**
   * One line for a person: severity, rule id, path and message. Control, line-separator and format characters that
   * came from the input (in the path, a value or a message's data) are written {@code \\uXXXX}: the line is one line,
   * and prints nothing but text on a terminal.
   *
   * @param locale the reader's locale
   * @return such as {@code WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea: …}
   */
  public String toText(Locale locale) {
    boolean ja = Messages.isJapanese(locale);
    String where = location == null ? "" : ja ? "（" + location.toText(locale) + "）" : " (" + location.toText(locale) + ")";
    return rule.getSeverity() + " " + ruleId + " " + (ja ? "場所 " : "at ") + (path.isEmpty() ? "/" : Text.sanitize(path))
        + where + ": " + getMessage(locale);
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
