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
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text has at most {@link #max()} characters, counted as a reader counts them: one for each Unicode code
 * point. {@code @Size} counts UTF-16 units, so 𠮷 (U+20BB7, used in Japanese names) counts two there and a title of 250
 * such characters would be "over" 300; here it has 250. {@code null} is valid.
 *
 * <pre>{@code
 * @TextLength(max = 300) String title;   // 300 × 𠮷 passes, 301 × あ does not
 * }</pre>
 *
 * <p>The model's texts use it, and the rule {@code usefulness.long-title} counts the same way. Supported type:
 * {@link CharSequence}.
 */
@Documented
@Constraint(validatedBy = TextLength.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(TextLength.List.class)
public @interface TextLength {
  /** The message template. */
  String message() default "{io.github.tsunagari.validation.constraints.TextLength.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The least number of characters; 0 unless given. */
  int min() default 0;

  /** The greatest number of characters. */
  int max() default Integer.MAX_VALUE;

  /** Several {@code @TextLength} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    TextLength[] value();
  }

  /** Checks {@link TextLength}. Thread-safe once initialized. */
  final class Validator implements ConstraintValidator<TextLength, CharSequence> {
    private int min;
    private int max;

    /** Creates the validator; Jakarta Validation providers call this. */
    public Validator() {}

    @Override
    public void initialize(TextLength constraint) {
      min = constraint.min();
      max = constraint.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || isWithin(value, min, max);
    }

    /**
     * True if the text has from {@code min} to {@code max} code points.
     *
     * @param value the text
     * @param min the least
     * @param max the greatest
     * @return whether it is within
     */
    public static boolean isWithin(CharSequence value, int min, int max) {
      if (value.length() <= max && value.length() >= 2L * min) {
        return true; // a code point is one or two chars: no need to count
      }
      int n = Character.codePointCount(value, 0, value.length());
      return n >= min && n <= max;
    }
  }
}
