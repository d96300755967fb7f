package io.github.tsunagari.program;

import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A government policy plan that a program implements, such as the 重点計画 (priority plan) decided by 孤独・孤立対策推進本部
 * on 2024-06-11.
 *
 * <pre>{@code
 * PolicyPlan plan = PolicyPlan.builder()
 *     .name("孤独・孤立対策に関する施策の推進を図るための重点計画")
 *     .decisionDate(LocalDate.of(2024, 6, 11))
 *     .decidedBy("孤独・孤立対策推進本部")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyPlan {
  PolicyPlan() {}

  /** The plan's name as written. */
  @NotBlank
  @TextLength(max = 200)
  public abstract String getName();

  /** The day the plan was decided (決定日). */
  public abstract LocalDate getDecisionDate();

  /** The body that decided it (決定主体), such as {@code 孤独・孤立対策推進本部}. */
  @NotBlank
  @TextLength(max = 200)
  public abstract String getDecidedBy();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PolicyPlan}. */
  public static final class Builder extends ImmutablePolicyPlan.Builder {
    Builder() {}
  }
}
