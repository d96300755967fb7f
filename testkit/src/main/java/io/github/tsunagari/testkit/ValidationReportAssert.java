package io.github.tsunagari.testkit;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for a {@link ValidationReport}. Every failure message ends with the whole report as
 * {@link ValidationReport#toText(Locale) toText(Locale.ENGLISH)} writes it, so a failing test shows every finding.
 *
 * <pre>{@code
 * assertThat(validator.validate(program))
 *     .isValid()
 *     .hasWarningCount(1)
 *     .hasWarning("eligibility.single-prefecture-area").at("/grants/0/project/serviceArea");
 * }</pre>
 *
 * <p>Get one with {@link TsunagariAssertions#assertThat(ValidationReport)}.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Checks that the report has no error: the data is valid, though it may have warnings and infos.
   *
   * @return this assertion
   * @throws AssertionError if the report has an error
   */
  public ValidationReportAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      fail("Expecting the report to be valid (no errors), but it has %d error(s)", actual.getErrorCount());
    }
    return this;
  }

  /**
   * Checks that the report has at least one error.
   *
   * @return this assertion
   * @throws AssertionError if the report has no error
   */
  public ValidationReportAssert isNotValid() {
    isNotNull();
    if (actual.isValid()) {
      fail("Expecting the report to have errors, but it has none");
    }
    return this;
  }

  /**
   * Checks that the report has no finding at all: no error, warning or info.
   *
   * @return this assertion
   * @throws AssertionError if the report has a finding
   */
  public ValidationReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.isEmpty()) {
      fail("Expecting the report to have no findings, but it has %d", actual.getFindings().size());
    }
    return this;
  }

  /**
   * Checks the number of errors.
   *
   * @param expected the number of errors expected
   * @return this assertion
   * @throws AssertionError if the report has a different number
   */
  public ValidationReportAssert hasErrorCount(int expected) {
    return hasCount(Severity.ERROR, expected);
  }

  /**
   * Checks the number of warnings.
   *
   * @param expected the number of warnings expected
   * @return this assertion
   * @throws AssertionError if the report has a different number
   */
  public ValidationReportAssert hasWarningCount(int expected) {
    return hasCount(Severity.WARNING, expected);
  }

  /**
   * Checks the number of infos.
   *
   * @param expected the number of infos expected
   * @return this assertion
   * @throws AssertionError if the report has a different number
   */
  public ValidationReportAssert hasInfoCount(int expected) {
    return hasCount(Severity.INFO, expected);
  }

  private ValidationReportAssert hasCount(Severity severity, int expected) {
    isNotNull();
    int count = actual.count(severity);
    if (count != expected) {
      fail("Expecting %d %s finding(s), but the report has %d", expected, severity, count);
    }
    return this;
  }

  /**
   * Checks that the report has an error of the rule; narrow it to a place with {@link FindingAssert#at(String)}.
   *
   * @param ruleId a rule id, such as {@code consistency.duplicate-position} or {@code field.NotBlank}
   * @return an assertion on the report's errors of that rule
   * @throws AssertionError if the report has no such error (a finding of the rule with another severity included)
   */
  public FindingAssert hasError(String ruleId) {
    return has(Optional.of(Severity.ERROR), ruleId);
  }

  /**
   * Checks that the report has a warning of the rule; narrow it to a place with {@link FindingAssert#at(String)}.
   *
   * @param ruleId a rule id, such as {@code eligibility.single-prefecture-area}
   * @return an assertion on the report's warnings of that rule
   * @throws AssertionError if the report has no such warning
   */
  public FindingAssert hasWarning(String ruleId) {
    return has(Optional.of(Severity.WARNING), ruleId);
  }

  /**
   * Checks that the report has an info of the rule; narrow it to a place with {@link FindingAssert#at(String)}.
   *
   * @param ruleId a rule id, such as {@code usefulness.no-target-group}
   * @return an assertion on the report's infos of that rule
   * @throws AssertionError if the report has no such info
   */
  public FindingAssert hasInfo(String ruleId) {
    return has(Optional.of(Severity.INFO), ruleId);
  }

  /**
   * Checks that the report has a finding of the rule, of any severity; narrow it to a place with
   * {@link FindingAssert#at(String)}.
   *
   * @param ruleId a rule id
   * @return an assertion on the report's findings of that rule
   * @throws AssertionError if the report has no finding of the rule
   */
  public FindingAssert hasFinding(String ruleId) {
    return has(Optional.empty(), ruleId);
  }

  private FindingAssert has(Optional<Severity> severity, String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    List<Finding> matching = new ArrayList<>();
    for (Finding f : actual.getFindings()) {
      if (f.getRuleId().equals(ruleId) && severity.map(s -> s == f.getSeverity()).orElse(true)) {
        matching.add(f);
      }
    }
    if (matching.isEmpty()) {
      fail("Expecting the report to have %s of rule %s, but it has none",
          severity.map(s -> "a " + s).orElse("a finding"), ruleId);
    }
    String what = severity.map(Severity::toString).orElse("finding") + " " + ruleId;
    return new FindingAssert(actual, what, matching, info);
  }

  /**
   * Checks that the report has no finding of the rule, of any severity.
   *
   * @param ruleId a rule id
   * @return this assertion
   * @throws AssertionError if the report has a finding of the rule
   */
  public ValidationReportAssert doesNotHaveFinding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    for (Finding f : actual.getFindings()) {
      if (f.getRuleId().equals(ruleId)) {
        fail("Expecting the report to have no finding of rule %s, but it has one at %s", ruleId, pathOf(f));
      }
    }
    return this;
  }

  /**
   * Checks that the report's findings are of exactly the given rules: each given rule id has at least one finding, and
   * no finding has another rule id. With no rule ids, the same as {@link #hasNoFindings()}.
   *
   * @param ruleIds the rule ids, such as {@code "field.NotBlank"} or {@code "consistency.duplicate-position"}
   * @return this assertion
   * @throws AssertionError if a rule id has no finding or a finding has another rule id
   */
  public ValidationReportAssert hasOnlyRules(String... ruleIds) {
    Objects.requireNonNull(ruleIds, "ruleIds");
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(ruleIds));
    Set<String> found = new TreeSet<>();
    for (Finding f : actual.getFindings()) {
      found.add(f.getRuleId());
    }
    if (!found.equals(expected)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      Set<String> unexpected = new TreeSet<>(found);
      unexpected.removeAll(expected);
      fail("Expecting the report to have findings of exactly the rules %s, but%s%s", expected,
          missing.isEmpty() ? "" : " none of " + missing,
          unexpected.isEmpty() ? "" : (missing.isEmpty() ? "" : " and") + " also of " + unexpected);
    }
    return this;
  }

  static String pathOf(Finding f) {
    return f.getPath().isEmpty() ? "/" : f.getPath();
  }

  /** Fails with the message, then the whole report. The report text is an argument: never read as a format. */
  private void fail(String message, Object... arguments) {
    failWithMessage("%s%n%nThe report:%n%s", String.format(message, arguments), actual.toText(Locale.ENGLISH));
  }
}
