package io.github.tsunagari.validation;

import java.util.Arrays;
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

  private Finding(Rule rule, String ruleId, String path, String value, String messageKey, Object[] arguments) {
    this.rule = rule;
    this.ruleId = ruleId;
    this.path = path;
    this.value = value;
    this.messageKey = messageKey;
    this.arguments = arguments;
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

  static Finding ofField(String constraint, String path, Object value, Object... arguments) {
    String key = "field." + constraint;
    String messageKey = Messages.has(key) ? key : "field.other";
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
      args[i + 1] = String.valueOf(arguments[i]);
    }
    return args;
  }

  /**
   * Renders a value for a report: text is cut to {@value #MAX_VALUE_LENGTH} characters with control characters
   * escaped; everything else as its {@code toString}. Text is never interpreted.
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
    int max = Math.min(s.length(), MAX_VALUE_LENGTH);
    for (int i = 0; i < max; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > max) {
      sb.append("…");
    }
    return sb.toString();
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

  /** The offending value, rendered as text: cut to 120 characters, control characters escaped, never interpreted. */
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
    return rule.getSeverity() + " " + ruleId + " " + ("ja".equals(locale.getLanguage()) ? "場所 " : "at ")
        + (path.isEmpty() ? "/" : path) + ": " + getMessage(locale);
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
        && Arrays.equals(arguments, f.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, path, value, Arrays.hashCode(arguments));
  }
}
