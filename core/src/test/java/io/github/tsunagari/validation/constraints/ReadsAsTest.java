package io.github.tsunagari.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The check the constraints on text share: null passes, and a text passes where the type reads it. */
class ReadsAsTest {
  private static final List<ConstraintValidator<?, CharSequence>> VALIDATORS = List.of(new CorporateNumber.Validator(),
      new LocalGovernmentCode.Validator(), new Prefecture.Validator(), new FiscalYear.Validator());

  @Test
  void nullPassesEveryConstraint() {
    for (ConstraintValidator<?, CharSequence> v : VALIDATORS) {
      assertThat(v.isValid(null, null)).as(v.getClass().getName()).isTrue();
    }
  }

  @Test
  void blankTextPassesNone() {
    for (ConstraintValidator<?, CharSequence> v : VALIDATORS) {
      assertThat(v.isValid(" ", null)).as(v.getClass().getName()).isFalse();
    }
  }

  @Test
  void parsingIsFalseWhereParseRefusesTheText() {
    Predicate<CharSequence> reads = ReadsAs.parsing(io.github.tsunagari.region.Prefecture::parse);
    assertThat(reads.test("東京都")).isTrue();
    assertThat(reads.test("東京府")).isFalse();
  }

  @Test
  void parsingLetsOtherFailuresThrough() {
    Predicate<CharSequence> reads = ReadsAs.parsing(text -> {
      throw new IllegalStateException("not a refusal of the text");
    });
    assertThatThrownBy(() -> reads.test("x")).isInstanceOf(IllegalStateException.class);
    assertThat(ReadsAs.parsing(text -> {
      throw InvalidValueException.of(InvalidValueException.Subject.PREFECTURE, InvalidValueException.Reason.BLANK,
          text);
    }).test("x")).isFalse();
  }
}
