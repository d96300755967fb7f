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
 * The annotated text must be a local government code (全国地方公共団体コード), as {@link io.github.tsunagari.region.LocalGovernmentCode#parse(CharSequence)} reads it: 6 digits with a correct check digit, or the 5-digit JIS X 0402 code (full-width digits and surrounding spaces accepted). {@code null} is valid: combine with {@code @NotNull} where a value is required.
 *
 * <p>Accepts exactly what {@link io.github.tsunagari.region.LocalGovernmentCode#parse(CharSequence)} accepts, as every constraint of this package accepts what its type's {@code parse} does. Use it on your own classes and validate them with any Jakarta validator:
 *
 * <pre>{@code
 * @LocalGovernmentCode String code;          // "032034" passes, "032035" does not
 * }</pre>
 *
 * <p>Supported type: {@link CharSequence}. The default message comes from {@code ContributorValidationMessages}
 * (English and Japanese), which Hibernate Validator merges with the application's own messages.
 */
@Documented
@Constraint(validatedBy = LocalGovernmentCode.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(LocalGovernmentCode.List.class)
public @interface LocalGovernmentCode {
  /** The message template. */
  String message() default "{io.github.tsunagari.validation.constraints.LocalGovernmentCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @LocalGovernmentCode} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    LocalGovernmentCode[] value();
  }

  /** Checks {@link LocalGovernmentCode}. Stateless and thread-safe. */
  final class Validator extends ReadsAs<LocalGovernmentCode> {
    /** Creates the validator; Jakarta Validation providers call this. */
    public Validator() {
      super(parsing(io.github.tsunagari.region.LocalGovernmentCode::parse));
    }
  }
}
