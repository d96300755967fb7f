package io.github.tsunagari.organization;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.LegalFormNames;
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

  /** The name of who receives the money: the display name. */
  @Override
  public final String getRecipientName() {
    return recipient().getDisplayName();
  }

  /** The corporate number of who receives the money, where known. */
  @Override
  public final Optional<CorporateNumber> getRecipientCorporateNumber() {
    return recipient().getCorporateNumber();
  }

  /** This organisation: it receives the grant itself. */
  public final Organization recipient() {
    return this;
  }

  /**
   * Reads an organisation from its name as a list writes it, the legal form before the name, with or without a space:
   * {@code 特定非営利活動法人 サービスグラント}, {@code 認定NPO法人サービスグラント}, {@code (公財)さわやか福祉財団}. The legal form
   * may be its full name or a short form {@link LegalForm#parse} knows. Where the text says the NPO is certified
   * (認定NPO法人, 認定特定非営利活動法人) or provisionally certified (特例認定…), that is kept as what this source states
   * ({@link #getNpoCertification()}); where it says nothing, nothing is assumed.
   *
   * @param text the name as written
   * @return the organisation, with its legal form, name and stated certification
   * @throws InvalidValueException if the text starts with no legal form ({@code MISSING_PREFIX}) or has no name after it
   * @throws NullPointerException if text is null
   */
  public static Organization parse(CharSequence text) {
    String s = io.github.tsunagari.internal.Text.normalize(text, "text");
    // The legal form is found in the folded text (full-width forms read as ASCII); the name is kept as written.
    String written = text.toString().strip();
    String as = written.length() == s.length() ? written : s;
    for (String prefix : LegalFormNames.names()) {
      if (s.startsWith(prefix)) {
        String name = as.substring(prefix.length()).strip();
        if (name.isEmpty()) {
          throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
              InvalidValueException.Reason.NO_NAME_AFTER_LEGAL_FORM, text, prefix);
        }
        Builder b = builder().legalForm(LegalForm.parse(prefix)).name(name);
        if (prefix.startsWith("特例認定")) {
          b.npoCertification(NpoCertification.PROVISIONALLY_CERTIFIED);
        } else if (prefix.startsWith("認定")) {
          b.npoCertification(NpoCertification.CERTIFIED);
        }
        return b.build();
      }
    }
    throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
        InvalidValueException.Reason.MISSING_PREFIX, text, "特定非営利活動法人, NPO法人, 一般社団法人, (公財)");
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
