package io.github.tsunagari.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a fiscal year label: 令和6年度, 令和元年度, 2024年度 or FY2024. {@code null} is valid: combine with {@code @NotNull} where a value is required.
 *
 * <p>Accepts exactly what {@link io.github.tsunagari.program.FiscalYear#parse(CharSequence)} accepts. Use it on your own classes and validate them with any Jakarta validator:
 *
 * <pre>{@code
 * @FiscalYear String fiscalYear;             // "令和6年度" and "FY2024" pass, "令和0年度" does not
 * }</pre>
 *
 * <p>Supported type: {@link CharSequence}. The default message comes from {@code ContributorValidationMessages}
 * (English and Japanese), which Hibernate Validator merges with the application's own messages.
 */
@Documented
@Constraint(validatedBy = FiscalYear.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(FiscalYear.List.class)
public @interface FiscalYear {
  /** The message template. */
  String message() default "{io.github.tsunagari.validation.constraints.FiscalYear.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @FiscalYear} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    FiscalYear[] value();
  }

  /** Checks {@link FiscalYear}. Stateless and thread-safe. */
  final class Validator extends ReadsAs<FiscalYear> {
    /** Creates the validator; Jakarta Validation providers call this. */
    public Validator() {
      super(parsing(io.github.tsunagari.program.FiscalYear::parse));
    }
  }
}
