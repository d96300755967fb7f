package io.github.tsunagari.program;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import io.github.tsunagari.validation.constraints.TextLength;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Support or money a grantee passes on to other organisations (再助成, 支援先団体): an intermediate support organisation
 * re-grants to NPOs, or supports a number of them. A regrant names the organisation as the source writes it, or gives
 * only how many were supported (サービスグラント's mentoring reached 18 NPOs), and the amount in all where the source
 * gives it. An amount per organisation (一団体あたり750,000円(税込) to five) is one regrant per organisation with that
 * amount, or one of the count with the amount in all.
 *
 * <pre>{@code
 * Regrant.builder().recipient("認定NPO法人あいうえお").amount(Yen.parse("750,000円(税込)")).build();
 * Regrant.builder().count(5).amount(Yen.parse("750,000円(税込)").times(5)).build();
 * Regrant.builder().count(18).description("プロボノによる伴走支援").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Regrant {
  Regrant() {}

  /** The organisation supported, as the source writes it (legal form included, as in 認定NPO法人…). */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 200) String> getRecipient();

  /** The corporate number of the organisation supported, where the source gives it. */
  public abstract Optional<CorporateNumber> getCorporateNumber();

  /** How many organisations, where the source gives a number rather than names; 1 or more. */
  public abstract OptionalInt getCount();

  /** The amount passed on (in all, for a count of organisations), where the source gives it. */
  public abstract Optional<Yen> getAmount();

  /** What the support is, in the source's words. */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 2000) String> getDescription();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Regrant}. */
  public static final class Builder extends ImmutableRegrant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getRecipient().isEmpty() && getCount().isEmpty()) {
      throw InvalidValueException.of(InvalidValueException.Subject.REGRANT,
          InvalidValueException.Reason.NO_RECIPIENT_OR_COUNT, "");
    }
    if (getCount().isPresent() && getCount().getAsInt() < 1) {
      throw InvalidValueException.of(InvalidValueException.Subject.REGRANT, InvalidValueException.Reason.OUT_OF_RANGE,
          Integer.toString(getCount().getAsInt()), 1, Integer.MAX_VALUE);
    }
  }
}
