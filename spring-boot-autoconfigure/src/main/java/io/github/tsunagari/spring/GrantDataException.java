package io.github.tsunagari.spring;

import io.github.tsunagari.internal.form.PlainValues;
import io.github.tsunagari.internal.form.ReportForm;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Grant data in a request that cannot be read, or was validated ({@code @Valid}, {@code @Validated}) and fails:
 * thrown while the body is read, with the whole report of the body, every finding located in it.
 *
 * <p>It is Spring's {@link ErrorResponseException}, and its {@link #getBody() body} is the whole RFC 9457 problem
 * detail from the moment it is thrown: its type and status ({@link GrantDataProblem}), title, the report's summary as
 * detail and every finding in {@code findings}, in the request's language (also in its {@code Content-Language}
 * header). So whoever answers it gives the whole answer: Boot's own handler
 * ({@code spring.mvc.problemdetails.enabled}), an application's {@code ResponseEntityExceptionHandler}, or the
 * library's {@link GrantDataProblemHandler} where nobody else does. An application's own
 * {@code @ExceptionHandler(GrantDataException.class)} takes precedence: in a controller always, in a
 * {@code @ControllerAdvice} over Boot's handler (order 0) only with an order before it, such as
 * {@code @Order(Ordered.HIGHEST_PRECEDENCE)}.
 *
 * <p>Java serialization keeps the problem detail, every finding in it, but not the report, which is not
 * serializable: a deserialized exception's {@link #getReport()} is empty.
 *
 * <pre>{@code
 * {
 *   "type": "https://github.com/tsunagari/tsunagari/blob/main/docs/problems.md#unreadable-grant-data",
 *   "title": "Unreadable grant data",
 *   "status": 400,
 *   "detail": "1 finding: 1 error, no warnings, no infos",
 *   "instance": "/grant-programs",
 *   "findings": [ { "ruleId": "read.invalid-value", "severity": "ERROR", "path": "/grants/0/grantee/headOffice",
 *                   "line": 31, "column": 23, "value": "48", "message": { "en": "…" } } ]
 * }
 * }</pre>
 *
 * <p>Each finding has the form of a finding in the binding's report JSON (the one form of the library's reports), its
 * {@code message} in the one language of the problem.
 */
public class GrantDataException extends ErrorResponseException {
  private static final long serialVersionUID = 1L;

  private final GrantDataProblem problem;
  private final transient ValidationReport report;

  /**
   * An exception for a body with problems, its problem detail in a language.
   *
   * @param report the report of the body
   * @param language the language of the problem detail: Japanese for {@code ja}, English otherwise
   */
  public GrantDataException(ValidationReport report, Locale language) {
    this(GrantDataProblem.of(Objects.requireNonNull(report, "report")), report,
        "ja".equals(Objects.requireNonNull(language, "language").getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH);
  }

  private GrantDataException(GrantDataProblem problem, ValidationReport report, Locale language) {
    super(problem.getStatus(), problemDetail(problem, report, language), null);
    this.problem = problem;
    this.report = report;
    getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
  }

  /** The whole problem detail: type, status, title, the report's summary, and every finding. */
  private static ProblemDetail problemDetail(GrantDataProblem problem, ValidationReport report, Locale language) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.getStatus(), report.toSummary(language));
    detail.setType(problem.getType());
    detail.setTitle(problem.getDisplayName(language));
    List<Object> findings = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      findings.add(inLanguage(PlainValues.of(out -> ReportForm.finding(out, f)), language));
    }
    detail.setProperty("findings", findings);
    return detail;
  }

  /** A finding in the report form, its message in one language only. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> inLanguage(Object finding, Locale language) {
    Map<String, Object> one = new LinkedHashMap<>((Map<String, Object>) finding);
    Map<String, Object> message = (Map<String, Object>) one.get("message");
    one.put("message", Map.of(language.getLanguage(), message.get(language.getLanguage())));
    return one;
  }

  /** The kind of problem: unreadable (400) or invalid (422). */
  public GrantDataProblem getProblem() {
    return problem;
  }

  /** The report of the body: every finding, located; empty in an exception that was deserialized. */
  public ValidationReport getReport() {
    return report == null ? ValidationReport.empty() : report;
  }

  /** The report's summary in English. */
  @Override
  public String getMessage() {
    return getReport().toSummary(Locale.ENGLISH);
  }
}
