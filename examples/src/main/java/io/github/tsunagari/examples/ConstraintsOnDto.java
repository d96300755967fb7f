package io.github.tsunagari.examples;

import io.github.tsunagari.validation.constraints.CorporateNumber;
import io.github.tsunagari.validation.constraints.FiscalYear;
import io.github.tsunagari.validation.constraints.LocalGovernmentCode;
import io.github.tsunagari.validation.constraints.Prefecture;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;

/** Puts the reusable constraints on an application's own form and validates it with a plain Jakarta validator. */
public final class ConstraintsOnDto {
  private ConstraintsOnDto() {}

  /** An application's own form, as a Spring Boot controller might receive it. */
  public static final class ApplicationForm {
    @CorporateNumber
    private final String corporateNumber;
    @Prefecture
    private final String prefecture;
    @LocalGovernmentCode
    private final String municipality;
    @FiscalYear
    private final String fiscalYear;

    /**
     * Creates a form.
     *
     * @param corporateNumber 13 digits
     * @param prefecture a code or name
     * @param municipality a local government code
     * @param fiscalYear a fiscal year label
     */
    public ApplicationForm(String corporateNumber, String prefecture, String municipality, String fiscalYear) {
      this.corporateNumber = corporateNumber;
      this.prefecture = prefecture;
      this.municipality = municipality;
      this.fiscalYear = fiscalYear;
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      ApplicationForm good = new ApplicationForm("7000012050002", "東京都", "032034", "令和6年度");
      ApplicationForm bad = new ApplicationForm("7000012050003", "48", "032035", "令和0年度");

      System.out.println("good: " + validator.validate(good).size() + " violations");
      System.out.println("bad: " + validator.validate(bad).size() + " violations");
      validator.validate(bad).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> "  " + v.getPropertyPath() + ": " + v.getMessage())
          .forEach(System.out::println);
    }
  }

}
