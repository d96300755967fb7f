package io.github.tsunagari.organization;

import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consortium (コンソーシアム): organisations that carry out a project together, one of them its representative
 * (代表団体), which receives the grant.
 *
 * <p>The source often names only the representative ("コンソーシアムの代表団体"). The known members are then the
 * representative alone and {@link #hasUnnamedMembers()} is true: that the other members exist is known, who they are is
 * not. By convention the members include the representative; validation reports a representative missing from a
 * consortium's members.
 *
 * <pre>{@code
 * Consortium c = Consortium.builder()
 *     .representative(hyogo)
 *     .addMember(hyogo)
 *     .unnamedMembers(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Consortium implements Grantee {
  Consortium() {}

  /** The consortium's name, where it has one. */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 200) String> getName();

  /** The representative (代表団体), which receives the grant. */
  @Valid
  public abstract Organization getRepresentative();

  /** The members the source names, including the representative. */
  public abstract List<@Valid Organization> getMembers();

  /** True if the consortium has further members that are not named. */
  @Value.Default
  public boolean hasUnnamedMembers() {
    return false;
  }

  /** The name of who receives the money: the representative's display name. */
  @Override
  public final String getRecipientName() {
    return recipient().getDisplayName();
  }

  /** The corporate number of who receives the money, where known. */
  @Override
  public final Optional<CorporateNumber> getRecipientCorporateNumber() {
    return recipient().getCorporateNumber();
  }

  /** The representative: it receives the grant on the consortium's behalf. */
  public final Organization recipient() {
    return getRepresentative();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consortium}. */
  public static final class Builder extends ImmutableConsortium.Builder {
    Builder() {}
  }
}
