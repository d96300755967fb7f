package io.github.tsunagari.examples.service;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.ValidationReport;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checks grant data: a program, or a list of grants, answered with its report (or a problem detail). */
@RestController
public class GrantDataController {
  /**
   * Checks a grant program sent as JSON (or XLSX).
   *
   * @param program the program, read and validated with the program's rules
   * @param report the report of the body: its warnings and infos
   * @return the report
   */
  @PostMapping("/grant-programs")
  public ValidationReport checkProgram(@RequestBody @Valid GrantProgram program, ValidationReport report) {
    return report;
  }

  /**
   * Checks grants sent as a JSON array, JSON Lines or CSV (or XLSX).
   *
   * @param grants the grants, read and validated with the program's rules
   * @param report the report of the body: its warnings and infos
   * @return the report
   */
  @PostMapping("/grants")
  public ValidationReport checkGrants(@RequestBody @Valid List<Grant> grants, ValidationReport report) {
    return report;
  }

  /**
   * The FY2024 program as JSON, to try the service with.
   *
   * @return the program
   */
  @GetMapping("/grant-programs/fy2024")
  public GrantProgram sample() {
    return SampleData.fy2024();
  }
}
