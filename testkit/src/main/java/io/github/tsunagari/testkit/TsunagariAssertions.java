package io.github.tsunagari.testkit;

import io.github.tsunagari.validation.ValidationReport;
import org.assertj.core.api.Assertions;

/**
 * The entry point to AssertJ assertions with those for Tsunagari added: import its {@code assertThat} statically
 * instead of, or beside, AssertJ's.
 *
 * <pre>{@code
 * import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;
 *
 * assertThat(validator.validate(program))
 *     .hasError("consistency.duplicate-position").at("/grants/1/position");
 * }</pre>
 *
 * <p>It extends AssertJ's {@link Assertions}, so every AssertJ assertion is also reachable through it.
 */
public class TsunagariAssertions extends Assertions {
  /** Not instantiated: all methods are static. Protected so that a project can extend it with its own. */
  protected TsunagariAssertions() {}

  /**
   * Starts assertions on a validation report.
   *
   * @param actual the report, such as {@code validator.validate(program)}
   * @return the assertions; a null report fails each of them
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
