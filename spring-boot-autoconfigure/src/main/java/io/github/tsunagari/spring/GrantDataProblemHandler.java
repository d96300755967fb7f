package io.github.tsunagari.spring;

import io.github.tsunagari.validation.Finding;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Answers bad grant data in a request with an RFC 9457 problem detail ({@code application/problem+json}) that lists
 * every finding of the body, in the request's language:
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
 * <p>Each finding has the form of a finding in the binding's report JSON, its {@code message} in the one language of
 * the problem. The type is one of {@link GrantDataProblem}'s. The language is the first of Japanese and English that
 * the request's {@code Accept-Language} accepts, else {@code tsunagari.default-language}; the response says it in
 * {@code Content-Language}.
 *
 * <p>The auto-configuration registers it unless {@code tsunagari.problems.enabled=false}. It has the lowest
 * precedence: an {@code @ExceptionHandler(GrantDataException.class)} of the application, in a controller or a
 * {@code @ControllerAdvice}, takes precedence.
 */
@ControllerAdvice
public class GrantDataProblemHandler {
  private static final List<String> LANGUAGES = List.of("ja", "en");

  private final TsunagariProperties properties;
  private final FindingJson findings;

  GrantDataProblemHandler(TsunagariProperties properties, FindingJson findings) {
    this.properties = Objects.requireNonNull(properties, "properties");
    this.findings = Objects.requireNonNull(findings, "findings");
  }

  /**
   * The problem detail of bad grant data.
   *
   * @param exception what reading the body threw
   * @param request the request, whose {@code Accept-Language} chooses the language
   * @return the response: the problem's status, {@code application/problem+json}, the problem
   */
  @ExceptionHandler(GrantDataException.class)
  public ResponseEntity<ProblemDetail> handle(GrantDataException exception, NativeWebRequest request) {
    Locale locale = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    return ResponseEntity.status(exception.getStatusCode())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .body(toProblemDetail(exception, locale));
  }

  /**
   * The problem detail of bad grant data in one language, for an application that answers it in a way of its own.
   *
   * @param exception what reading the body threw
   * @param locale the language: Japanese for {@code ja}, English otherwise
   * @return the problem: type, status, title, the report's summary as detail, and every finding
   */
  public ProblemDetail toProblemDetail(GrantDataException exception, Locale locale) {
    ProblemDetail problem = GrantDataException.base(exception.getProblem(), locale, exception.getReport());
    String language = "ja".equals(locale.getLanguage()) ? "ja" : "en";
    List<Map<String, Object>> list = new ArrayList<>();
    for (Finding f : exception.getReport().getFindings()) {
      Map<String, Object> finding = findings.write(f);
      if (finding.get("message") instanceof Map) {
        ((Map<?, ?>) finding.get("message")).keySet().retainAll(List.of(language));
      }
      list.add(finding);
    }
    problem.setProperty("findings", list);
    return problem;
  }

  /**
   * The language of a request's problems: the first of Japanese and English its {@code Accept-Language} accepts,
   * else the default language.
   *
   * @param acceptLanguage the header, or null where the request has none
   * @return {@code Locale.JAPANESE} or {@code Locale.ENGLISH}
   */
  Locale language(String acceptLanguage) {
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
        if (tag != null) {
          return Locale.forLanguageTag(tag);
        }
      } catch (IllegalArgumentException | IllformedLocaleException e) {
        // an Accept-Language that is not one names no language: the default
      }
    }
    return properties.getDefaultLanguage().toLocale();
  }
}
