package io.github.tsunagari.program;

import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Act of the Diet that a program rests on (根拠法), such as 孤独・孤立対策推進法 (令和5年法律第45号).
 *
 * <pre>{@code
 * Law act = Law.builder()
 *     .title("孤独・孤立対策推進法")
 *     .number("令和5年法律第45号")
 *     .promulgationDate(LocalDate.of(2023, 6, 7))
 *     .effectiveDate(LocalDate.of(2024, 4, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Law {
  Law() {}

  /** The title (法令名), such as {@code 孤独・孤立対策推進法}. */
  @NotBlank
  @TextLength(max = 200)
  public abstract String getTitle();

  /** The law number (法令番号), such as {@code 令和5年法律第45号}, where known. */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 50) String> getNumber();

  /** The day the Act was promulgated (公布日), where known. */
  public abstract Optional<LocalDate> getPromulgationDate();

  /** The day the Act came into force (施行日), where known. */
  public abstract Optional<LocalDate> getEffectiveDate();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Law}. */
  public static final class Builder extends ImmutableLaw.Builder {
    Builder() {}
  }
}
