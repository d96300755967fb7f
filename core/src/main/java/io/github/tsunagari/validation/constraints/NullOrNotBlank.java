package io.github.tsunagari.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is either absent ({@code null}) or has at least one character that is not white space.
 *
 * <p>{@code @NotBlank} rejects {@code null}, so it cannot mark optional text: {@code Optional<@NotBlank String>} fails
 * for an empty Optional. The model uses {@code Optional<@NullOrNotBlank String>} instead: absent is fine, blank is not.
 */
@Documented
@Constraint(validatedBy = NullOrNotBlank.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NullOrNotBlank {
  /** The message template. */
  String message() default "{io.github.tsunagari.validation.constraints.NullOrNotBlank.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link NullOrNotBlank}. Stateless and thread-safe. */
  final class Validator implements ConstraintValidator<NullOrNotBlank, CharSequence> {
    /** Creates the validator; Jakarta Validation providers call this. */
    public Validator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || !value.toString().isBlank();
    }
  }
}
