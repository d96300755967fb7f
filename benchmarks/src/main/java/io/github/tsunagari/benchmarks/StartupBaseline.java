package io.github.tsunagari.benchmarks;

import jakarta.validation.Validation;

/** (7) The baseline: a fresh JVM that only bootstraps Hibernate Validator, validates one bean and exits. */
public final class StartupBaseline {
  private StartupBaseline() {}

  /**
   * Runs once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PlainRecords.Municipality bean = new PlainRecords.Municipality("032034", "大船渡市");
    if (!Validation.buildDefaultValidatorFactory().getValidator().validate(bean).isEmpty()) {
      throw new AssertionError("the bean is invalid");
    }
  }
}
