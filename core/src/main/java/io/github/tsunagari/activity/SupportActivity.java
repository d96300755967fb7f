package io.github.tsunagari.activity;

import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One kind of support a project gives: its {@link SupportActivityKind}, how it is delivered where the source says, and
 * the words the source uses for it.
 *
 * <pre>{@code
 * SupportActivity a = SupportActivity.builder()
 *     .kind(SupportActivityKind.HANDS_ON_SUPPORT)
 *     .delivery(DeliveryMode.BLENDED)
 *     .description("NPO等に対するオンラインも活用した伴走型支援")
 *     .build();
 * SupportActivity.of(SupportActivityKind.TRAINING);
 * }</pre>
 */
@Value.Immutable
public abstract class SupportActivity {
  SupportActivity() {}

  /** The kind of support. */
  public abstract SupportActivityKind getKind();

  /** How the support is delivered, where the source says. */
  public abstract Optional<DeliveryMode> getDelivery();

  /** The source's own words for the activity, such as {@code 研修会等を実施}. */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 1000) String> getDescription();

  /**
   * Returns an activity of the given kind, with no delivery mode or description.
   *
   * @param kind the kind of support
   * @return the activity
   */
  public static SupportActivity of(SupportActivityKind kind) {
    return builder().kind(kind).build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportActivity}. */
  public static final class Builder extends ImmutableSupportActivity.Builder {
    Builder() {}
  }
}
