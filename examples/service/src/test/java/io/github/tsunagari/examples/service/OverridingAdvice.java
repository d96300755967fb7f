package io.github.tsunagari.examples.service;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.spring.GrantDataException;
import jakarta.validation.Valid;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application's own handling of bad grant data, which takes precedence over the library's: an advice for one
 * controller, so that the rest of the service keeps the library's problem details. Its order puts it before Boot's
 * own handler ({@code spring.mvc.problemdetails.enabled}, order 0), which would otherwise answer first.
 */
@ControllerAdvice(assignableTypes = OverridingAdvice.OverriddenController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OverridingAdvice {
  @ExceptionHandler(GrantDataException.class)
  ResponseEntity<String> handle(GrantDataException e) {
    return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(e.getReport().getErrorCount() + " error(s)");
  }

  /** A controller whose bad grant data the application answers itself. */
  @RestController
  static class OverriddenController {
    @PostMapping("/overridden/grant-programs")
    String check(@RequestBody @Valid GrantProgram program) {
      return "read";
    }
  }
}
