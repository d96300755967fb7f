package io.github.tsunagari.sample;

import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.GrantProgram;

/** Placeholder; replaced by the transcription of the FY2024 source. */
public final class SampleData {
  private SampleData() {}

  /** The FY2024 program. */
  public static GrantProgram fy2024() {
    return GrantProgram.builder().name("孤独・孤立対策推進交付金").fiscalYear(FiscalYear.of(2024)).build();
  }
}
