package io.github.tsunagari.validation;

/**
 * The findings of the rules of exchanging data with another system (連携; category {@link RuleCategory#INTERCHANGE}),
 * made by the library's exporters ({@code tsunagari-interchange}): a fact the other system requires that the data
 * lacks, with the path of that fact in the model (the canonical form) and a message in Japanese or English.
 *
 * <pre>{@code
 * InterchangeFindings.of(Rule.EXPORT_360_NO_AWARD_DATE, "/grants/0/awardDate", 1);
 * }</pre>
 */
public final class InterchangeFindings {
  private InterchangeFindings() {}

  /**
   * A finding of a rule of exchanging data whose message names more than its value, such as the field of another
   * system's record a value was read from.
   *
   * @param rule the rule, of category {@link RuleCategory#INTERCHANGE}
   * @param path a JSON Pointer to the value, in the model or in the other system's document
   * @param value what the message names first
   * @param arguments what it names after; each is rendered as text
   * @return the finding
   * @throws IllegalArgumentException if the rule is not one of exchanging data
   */
  public static Finding of(Rule rule, String path, Object value, Object... arguments) {
    if (rule.getCategory() != RuleCategory.INTERCHANGE) {
      throw new IllegalArgumentException(rule + " is not a rule of exchanging data");
    }
    return Finding.of(rule, java.util.Objects.requireNonNull(path, "path"), java.util.Objects.requireNonNull(value,
        "value"), arguments);
  }

  /**
   * A finding of a rule of exchanging data, without arguments beyond its value.
   *
   * @param rule the rule, of category {@link RuleCategory#INTERCHANGE}
   * @param path a JSON Pointer to the lacking fact in the canonical form, such as {@code /grants/0/awardDate}
   * @param value what the message names: the grant's position, or the funder's name
   * @return the finding
   * @throws IllegalArgumentException if the rule is not one of exchanging data
   */
  public static Finding of(Rule rule, String path, Object value) {
    return of(rule, path, value, new Object[0]);
  }

  /**
   * A finding of a rule of importing another system's data, at the place in its input where the fact stands: a cell
   * of its table, a line and column of its JSON.
   *
   * @param rule the rule, of category {@link RuleCategory#INTERCHANGE}
   * @param path a JSON Pointer to where the fact goes in the canonical form, or empty where it goes nowhere
   * @param location where the fact stands in the input
   * @param value what the message names first, such as the value of the cell
   * @param arguments what the message names after it
   * @return the finding
   * @throws IllegalArgumentException if the rule is not one of exchanging data
   */
  public static Finding at(Rule rule, String path, SourceLocation location, Object value, Object... arguments) {
    return of(rule, path, value, arguments).withLocation(java.util.Objects.requireNonNull(location, "location"));
  }
}
