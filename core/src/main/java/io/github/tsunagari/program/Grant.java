package io.github.tsunagari.program;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One grant: a row of the published list of grantees (交付団体一覧), with its position in the list, the
 * {@link Grantee} (an organisation, a consortium through its representative, or a local government) and the
 * {@link Project}.
 *
 * <pre>{@code
 * Grant g = Grant.builder()
 *     .position(5)
 *     .grantee(serviceGrant)
 *     .project(mentoring)
 *     .build();
 * g.getGrantee().getRecipientName(); // who receives the money: "特定非営利活動法人 サービスグラント"
 * }</pre>
 */
@Value.Immutable
public abstract class Grant {
  Grant() {}

  /** The grant's own identifier, where the source gives one (see {@link GrantProgram#identifierOf(Grant)}). */
  public abstract Optional<Identifier> getId();

  /** The grant's position in the published list, counted from 1. */
  public abstract int getPosition();

  /** Who receives the grant. */
  @Valid
  public abstract Grantee getGrantee();

  /** The funded project. */
  @Valid
  public abstract Project getProject();

  /** The day the grant was awarded (交付決定日), where the source gives it. */
  public abstract Optional<LocalDate> getAwardDate();

  /** The name of the program's menu (事業メニュー) the grant belongs to, where the source gives it. */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 200) String> getMenu();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grant}. */
  public static final class Builder extends ImmutableGrant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getPosition() < 1) {
      throw InvalidValueException.of(InvalidValueException.Subject.GRANT, InvalidValueException.Reason.OUT_OF_RANGE,
          Integer.toString(getPosition()), 1, Integer.MAX_VALUE);
    }
  }
}
