package io.github.tsunagari.examples.service;

import io.github.tsunagari.program.GrantProgram;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * An application's own problem details, Spring's way ({@code ResponseEntityExceptionHandler}), which knows nothing of
 * grant data: it answers a {@code GrantDataException} as any {@code ErrorResponse}, from the exception's body. It says
 * it answered in a header. An advice for one controller, so that the rest of the service keeps the library's. Not
 * where Boot's own handler is on ({@code GrantDataServiceSettingsTest}), which, being a
 * {@code ResponseEntityExceptionHandler} too, Boot leaves out wherever the application has one.
 */
@ConditionalOnProperty(name = "spring.mvc.problemdetails.enabled", havingValue = "false", matchIfMissing = true)
@ControllerAdvice(assignableTypes = ApplicationProblemsAdvice.ProblemsController.class)
class ApplicationProblemsAdvice extends ResponseEntityExceptionHandler {
  /** The header the application's answers carry. */
  static final String ANSWERED_BY = "X-Answered-By";

  @Override
  protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    HttpHeaders tagged = new HttpHeaders();
    tagged.addAll(headers);
    tagged.set(ANSWERED_BY, "application");
    return super.handleErrorResponseException(ex, tagged, status, request);
  }

  /** A controller whose problems the application's advice answers. */
  @RestController
  static class ProblemsController {
    @PostMapping("/application-problems/grant-programs")
    String check(@RequestBody @Valid GrantProgram program) {
      return "read";
    }
  }
}
