package io.github.tsunagari.validation;

import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates a stream of grants one at a time, such as the records of a large export, with the rules of a whole program:
 * each grant's field constraints and rules, and the rules that compare grants (unique positions, no organisation
 * twice).
 *
 * <p>No grant is kept. Memory grows only by the compact keys the comparing rules need: about 40 bytes a grant, 60 at
 * most (a position, a corporate number and a 64-bit fingerprint of legal form and name, each with the index of the
 * grant that had it first, in an array and open-addressing tables).
 *
 * <pre>{@code
 * GrantStreamValidator stream = validator.openStream(FiscalYear.of(2024));
 * for (Grant grant : grants) {
 *   ValidationReport report = stream.validate(grant); // paths such as /41/project/title
 * }
 * }</pre>
 *
 * <p>Paths are JSON Pointers into a JSON array of the grants in the order given: {@code /0/…}, {@code /1/…}. An instance
 * is for one stream and one thread; the {@link GrantValidator} that opened it may be shared.
 */
public final class GrantStreamValidator {
  private final Validator validator;
  private final FieldChecks checks;
  private final Optional<FiscalYear> fiscalYear;
  private final LocalDate referenceDate;
  private final CrossGrantRules crossGrant = new CrossGrantRules("");
  private int count;

  GrantStreamValidator(Validator validator, FieldChecks checks, Optional<FiscalYear> fiscalYear,
      LocalDate referenceDate) {
    this.validator = validator;
    this.checks = checks;
    this.fiscalYear = fiscalYear;
    this.referenceDate = referenceDate;
  }

  /**
   * Validates the next grant of the stream.
   *
   * @param grant the grant
   * @return the findings of this grant, including those that compare it with the grants before it
   */
  public ValidationReport validate(Grant grant) {
    Objects.requireNonNull(grant, "grant");
    int index = count++;
    String path = "/" + index;
    List<Finding> findings = new ArrayList<>();
    if (validator != null) {
      for (ConstraintViolation<Grant> v : validator.validate(grant)) {
        findings.add(GrantValidator.toFinding(v).withPathPrefix(path));
      }
    }
    new ProgramRules(findings, checks, referenceDate).grant(path, grant, fiscalYear);
    crossGrant.check(index, grant, findings);
    return ValidationReport.of(findings);
  }

  /**
   * Counts a record that could not be read, so that later grants keep their place in the stream's paths.
   */
  public void skip() {
    count++;
  }

  /** The number of grants validated or skipped so far. */
  public int getCount() {
    return count;
  }
}
