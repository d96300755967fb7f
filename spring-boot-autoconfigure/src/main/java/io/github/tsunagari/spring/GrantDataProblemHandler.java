package io.github.tsunagari.spring;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers bad grant data in a request with its RFC 9457 problem detail ({@code application/problem+json}), where
 * nobody else does: the exception's own {@link GrantDataException#getBody() body}, which lists every finding in the
 * request's language, and its {@code Content-Language}.
 *
 * <p>The auto-configuration registers it unless {@code tsunagari.problems.enabled=false}. It has the lowest
 * precedence: Boot's own handler of problem details ({@code spring.mvc.problemdetails.enabled=true}), an application's
 * {@code ResponseEntityExceptionHandler} and its {@code @ExceptionHandler(GrantDataException.class)}, in a controller
 * or a {@code @ControllerAdvice}, take precedence; the first two give the same answer, from the same body.
 */
@ControllerAdvice
public class GrantDataProblemHandler {
  GrantDataProblemHandler() {}

  /**
   * The problem detail of bad grant data.
   *
   * @param exception what reading the body threw
   * @return the response: the problem's status, {@code application/problem+json}, the problem
   */
  @ExceptionHandler(GrantDataException.class)
  public ResponseEntity<ProblemDetail> handle(GrantDataException exception) {
    return ResponseEntity.status(exception.getStatusCode())
        .headers(exception.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(exception.getBody());
  }
}
