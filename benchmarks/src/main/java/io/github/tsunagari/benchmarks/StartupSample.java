package io.github.tsunagari.benchmarks;

import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.GrantValidator;

/** (7) A fresh JVM that validates the bundled sample and exits: the start-up cost of the library. */
public final class StartupSample {
  private StartupSample() {}

  /**
   * Runs once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    if (GrantValidator.create().validate(SampleData.fy2024()).hasErrors()) {
      throw new AssertionError("the sample has errors");
    }
  }
}
