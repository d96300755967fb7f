package io.github.tsunagari.validation.constraints;

import io.github.tsunagari.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The check of a constraint on text that a type of the model reads: {@code null} passes (a constraint says nothing of
 * absence), any other text passes where the type reads it. Stateless and thread-safe.
 *
 * @param <A> the constraint
 */
abstract class ReadsAs<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
  private final Predicate<CharSequence> reads;

  /**
   * A check by the type's own test.
   *
   * @param reads whether the type reads a text (not null)
   */
  ReadsAs(Predicate<CharSequence> reads) {
    this.reads = reads;
  }

  /**
   * The test of a type that has only {@code parse}: it reads a text where {@code parse} throws no
   * {@link InvalidValueException}.
   *
   * @param parse the type's parse
   * @return the test
   */
  static Predicate<CharSequence> parsing(Function<CharSequence, ?> parse) {
    return text -> {
      try {
        parse.apply(text);
        return true;
      } catch (InvalidValueException e) {
        return false;
      }
    };
  }

  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || reads.test(value);
  }
}
