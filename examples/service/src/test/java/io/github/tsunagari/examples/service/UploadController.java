package io.github.tsunagari.examples.service;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.ValidationReport;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/** Grants uploaded as a part of a multipart request (a form's file field), read by the part's content type. */
@RestController
class UploadController {
  @PostMapping("/uploads")
  ValidationReport upload(@RequestPart("grants") @Valid List<Grant> grants, ValidationReport report) {
    return report;
  }
}
