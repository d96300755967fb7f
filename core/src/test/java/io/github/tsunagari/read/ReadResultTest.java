package io.github.tsunagari.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every reader gives, without a parser: a result's value is had only where it is valid, else the one exception
 * with the whole report, which is found again in any chain of causes.
 */
class ReadResultTest {
  private static final ValidationReport UNREADABLE = ValidationReport.of(List.of(ReadingFindings.syntax("",
      SourceLocation.of(1, 1), SyntaxError.of("JSON", SyntaxError.Kind.NO_VALUE))));

  @Test
  void aValueThatCouldNotBeReadIsTheExceptionWithTheWholeReport() {
    ReadResult<GrantProgram> result = ReadResult.of(Optional.empty(), UNREADABLE);

    assertThat(result.isValid()).isFalse();
    assertThatThrownBy(result::orElseThrow).isInstanceOfSatisfying(InvalidGrantDataException.class, e -> {
      assertThat(e.getReport()).isSameAs(UNREADABLE);
      assertThat(e.getMessage()).isEqualTo(UNREADABLE.toText(Locale.ENGLISH));
    });
  }

  @Test
  void aValueWithWarningsOnlyIsHad() {
    GrantProgram sample = SampleData.fy2024();
    ValidationReport report = GrantValidator.create().validate(sample);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getWarningCount()).isPositive();

    assertThat(ReadResult.of(Optional.of(sample), report).orElseThrow()).isSameAs(sample);
  }

  @Test
  void theExceptionIsFoundInAChainOfCausesEvenOneThatLoops() {
    InvalidGrantDataException bad = new InvalidGrantDataException(UNREADABLE);
    RuntimeException wrapped = new IllegalStateException("a framework's", new UncheckedIOException(
        new IOException("a binding's", bad)));
    RuntimeException loop = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", loop);
    loop.initCause(second);

    assertThat(InvalidGrantDataException.find(wrapped)).containsSame(bad);
    assertThat(InvalidGrantDataException.find(loop)).isEmpty();
    assertThat(InvalidGrantDataException.find(null)).isEmpty();
  }
}
