package io.github.tsunagari.validation;

/** What a rule looks at. */
public enum RuleCategory {
  /** Reading a serialized document: syntax, structure, types and codes. */
  READING,
  /** A Jakarta Validation constraint on one field. */
  FIELD,
  /** The program's eligibility principles (対象となる事業). */
  ELIGIBILITY,
  /** Agreement between parts of the data: unique positions, consortium members, stated counts. */
  CONSISTENCY,
  /** The regions a service area names. */
  AREA,
  /** Dates against the fiscal year and each other. */
  DATES,
  /** Text that carries left-over markup or mixes parts that belong apart. */
  TEXT,
  /** Data that is allowed but says less than it could (after 360Giving's usefulness checks). */
  USEFULNESS,
  /** Amounts of money: awarded amounts against the menu's ceiling and rate, and the program's budget. */
  AMOUNTS,
  /**
   * Exchanging data with another system (連携), such as writing a 360Giving package: facts the other system requires
   * and the data lacks. Found by the exporters of {@code tsunagari-interchange}, not by the validator.
   */
  INTERCHANGE;

  /**
   * Whether the validator ({@link GrantValidator}) checks the rules of this category on a program: all but those of
   * reading a serialized document ({@link #READING}) and of exchanging data with another system
   * ({@link #INTERCHANGE}).
   *
   * @return true for the categories of validation
   */
  public boolean isValidation() {
    return this != READING && this != INTERCHANGE;
  }
}
