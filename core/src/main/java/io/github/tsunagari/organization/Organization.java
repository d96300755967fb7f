package io.github.tsunagari.organization;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation (団体), such as a grantee: its registered name, {@link LegalForm}, head-office prefecture and, where
 * known, its {@link CorporateNumber} and NPO certification status.
 *
 * <p>The name is the name as registered, without the legal-form prefix: {@code イシュープラスデザイン}, not
 * {@code 特定非営利活動法人 イシュープラスデザイン}. {@link #getDisplayName()} writes both together.
 *
 * <pre>{@code
 * Organization org = Organization.builder()
 *     .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
 *     .name("サービスグラント")
 *     .headOffice(Prefecture.TOKYO)
 *     .build();
 * org.getDisplayName(); // "特定非営利活動法人 サービスグラント"
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Organization implements Grantee {
  Organization() {}

  /** The name as registered, without the legal-form prefix. */
  @NotBlank
  @TextLength(max = 200)
  public abstract String getName();

  /** The legal form (法人格). */
  public abstract LegalForm getLegalForm();

  /** The prefecture of the head office (所在地), where known. */
  public abstract Optional<Prefecture> getHeadOffice();

  /** The Corporate Number (法人番号), where known. */
  public abstract Optional<CorporateNumber> getCorporateNumber();

  /**
   * The NPO certification status (認定NPO法人制度), where known. Only a
   * {@link LegalForm#SPECIFIED_NONPROFIT_CORPORATION} can have one.
   */
  public abstract Optional<NpoCertification> getNpoCertification();

  /** The legal form and the name as usually written together, such as {@code 特定非営利活動法人 サービスグラント}. */
  public String getDisplayName() {
    return getLegalForm().getJapaneseName() + " " + getName();
  }

  /**
   * The organisation identifier in the 360Giving/IATI form ({@code JP-JCN-…}), where the corporate number is known.
   *
   * @return the identifier
   */
  public Optional<String> toIdentifier() {
    return getCorporateNumber().map(CorporateNumber::toIdentifier);
  }

  /** This organisation: it receives the grant itself. */
  @Override
  public final String getRecipientName() {
    return recipient().getDisplayName();
  }

  @Override
  public final Optional<CorporateNumber> getRecipientCorporateNumber() {
    return recipient().getCorporateNumber();
  }

  public final Organization recipient() {
    return this;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getNpoCertification().isPresent() && getLegalForm() != LegalForm.SPECIFIED_NONPROFIT_CORPORATION) {
      throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
          InvalidValueException.Reason.CERTIFICATION_NEEDS_NPO, getName(), getNpoCertification().get(),
          LegalForm.SPECIFIED_NONPROFIT_CORPORATION.getJapaneseName(), getLegalForm().getJapaneseName());
    }
  }
}
