package io.github.tsunagari.spring;

import io.github.tsunagari.validation.ValidationReport;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Grant data in a request that cannot be read, or was validated ({@code @Valid}, {@code @Validated}) and fails:
 * thrown while the body is read, with the whole report of the body, every finding located in it. The library answers
 * it with a problem detail listing every finding ({@link GrantDataProblemHandler}); an application's own
 * {@code @ExceptionHandler(GrantDataException.class)} takes precedence.
 *
 * <p>It is Spring's {@link ErrorResponseException}, so that where the library's handling is switched off
 * ({@code tsunagari.problems.enabled=false}) Spring still answers with its status (400 or 422) and a problem of its
 * type, without the findings.
 */
public class GrantDataException extends ErrorResponseException {
  private static final long serialVersionUID = 1L;

  private final GrantDataProblem problem;
  private final transient ValidationReport report;

  /**
   * An exception for a body with problems.
   *
   * @param report the report of the body
   */
  public GrantDataException(ValidationReport report) {
    this(GrantDataProblem.of(report), report);
  }

  private GrantDataException(GrantDataProblem problem, ValidationReport report) {
    super(problem.getStatus(), base(problem, Locale.ENGLISH, report), null);
    this.problem = problem;
    this.report = report;
  }

  /** A problem detail of the type, status, title and summary, in the given language, without the findings. */
  static ProblemDetail base(GrantDataProblem problem, Locale locale, ValidationReport report) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.getStatus(), report.toSummary(locale));
    detail.setType(problem.getType());
    detail.setTitle(problem.getDisplayName(locale));
    return detail;
  }

  /** The kind of problem: unreadable (400) or invalid (422). */
  public GrantDataProblem getProblem() {
    return problem;
  }

  /** The report of the body: every finding, located. */
  public ValidationReport getReport() {
    return report;
  }

  /** The report's summary in English. */
  @Override
  public String getMessage() {
    return report.toSummary(Locale.ENGLISH);
  }
}
