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
 * The annotated text must be a Corporate Number (法人番号): 13 digits with a correct check digit, as {@link io.github.tsunagari.organization.CorporateNumber#parse(CharSequence)} reads it (full-width digits, surrounding spaces and the {@code JP-JCN-} identifier form accepted). {@code null} is valid: combine with {@code @NotNull} where a value is required.
 *
 * <p>Accepts exactly what {@link io.github.tsunagari.organization.CorporateNumber#parse(CharSequence)} accepts, as every constraint of this package accepts what its type's {@code parse} does. Use it on your own classes and validate them with any Jakarta validator:
 *
 * <pre>{@code
 * @CorporateNumber String corporateNumber;   // "7000012050002" passes, "7000012050003" does not
 * }</pre>
 *
 * <p>Supported type: {@link CharSequence}. The default message comes from {@code ContributorValidationMessages}
 * (English and Japanese), which Hibernate Validator merges with the application's own messages.
 */
@Documented
@Constraint(validatedBy = CorporateNumber.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CorporateNumber.List.class)
public @interface CorporateNumber {
  /** The message template. */
  String message() default "{io.github.tsunagari.validation.constraints.CorporateNumber.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @CorporateNumber} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    CorporateNumber[] value();
  }

  /** Checks {@link CorporateNumber}. Stateless and thread-safe. */
  final class Validator extends ReadsAs<CorporateNumber> {
    /** Creates the validator; Jakarta Validation providers call this. */
    public Validator() {
      super(parsing(io.github.tsunagari.organization.CorporateNumber::parse));
    }
  }
}
