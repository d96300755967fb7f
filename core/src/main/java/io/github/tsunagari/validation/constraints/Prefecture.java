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
 * The annotated text must be a prefecture: its JIS X 0401 code (01 to 47) or its name (東京都, 東京, Tokyo). {@code null} is valid: combine with {@code @NotNull} where a value is required.
 *
 * <p>Accepts exactly what {@link io.github.tsunagari.region.Prefecture#parse(CharSequence)} accepts. Use it on your own classes and validate them with any Jakarta validator:
 *
 * <pre>{@code
 * @Prefecture String prefecture;             // "13", "東京都", "東京" and "Tokyo" pass, "48" does not
 * }</pre>
 *
 * <p>Supported type: {@link CharSequence}. The default message comes from {@code ContributorValidationMessages}
 * (English and Japanese), which Hibernate Validator merges with the application's own messages.
 */
@Documented
@Constraint(validatedBy = Prefecture.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Prefecture.List.class)
public @interface Prefecture {
  /** The message template. */
  String message() default "{io.github.tsunagari.validation.constraints.Prefecture.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @Prefecture} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    Prefecture[] value();
  }

  /** Checks {@link Prefecture}. Stateless and thread-safe. */
  final class Validator extends ReadsAs<Prefecture> {
    /** Creates the validator; Jakarta Validation providers call this. */
    public Validator() {
      super(text -> io.github.tsunagari.region.Prefecture.find(text).isPresent());
    }
  }
}
