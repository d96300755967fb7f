package io.github.tsunagari.organization;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.LegalFormNames;
import io.github.tsunagari.internal.Text;
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

  /** The Corporate Number (法人番号), where known. An unincorporated group (任意団体) has none. */
  public abstract Optional<CorporateNumber> getCorporateNumber();

  /**
   * The NPO certification status (認定NPO法人制度), where known. Only a
   * {@link LegalForm#SPECIFIED_NONPROFIT_CORPORATION} can have one.
   */
  public abstract Optional<NpoCertification> getNpoCertification();

  /**
   * The legal form and the name as usually written together, such as {@code 特定非営利活動法人 サービスグラント}; for an
   * {@linkplain LegalForm#UNINCORPORATED unincorporated} group (任意団体), its name alone.
   */
  public String getDisplayName() {
    return getLegalForm().isIncorporated() ? getLegalForm().getJapaneseName() + " " + getName() : getName();
  }

  /**
   * Writes the organisation as grant lists write it, in the form {@link #parse(CharSequence)} reads back: the legal
   * form, a space and the name, then the head office in brackets where known ({@code 特定非営利活動法人 サービスグラント（東京都）}).
   * A certified NPO is written {@code 認定特定非営利活動法人 …}, a provisionally certified one {@code 特例認定特定非営利活動法人 …};
   * {@link NpoCertification#NOT_CERTIFIED} is not written, as lists do not write it. An unincorporated group is
   * written with its name first and the form in brackets: {@code 但馬を結んで育つ会（任意団体）}. The corporate number is
   * not written.
   *
   * @return the organisation as a list writes it
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (getLegalForm().isIncorporated()) {
      getNpoCertification().filter(c -> c != NpoCertification.NOT_CERTIFIED)
          .ifPresent(c -> sb.append(c.getJapaneseName()));
      sb.append(getLegalForm().getJapaneseName()).append(' ').append(getName());
    } else {
      sb.append(getName()).append('（').append(getLegalForm().getJapaneseName()).append('）');
    }
    getHeadOffice().ifPresent(p -> sb.append('（').append(p.getJapaneseName()).append('）'));
    return sb.toString();
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
   * Reads an organisation from its name as a list writes it. The legal form, in full or as a short form
   * {@link LegalForm#parse} knows, may stand:
   *
   * <ul>
   *   <li>before the name, with or without a space: {@code 特定非営利活動法人 サービスグラント}, {@code 認定NPO法人サービスグラント},
   *       {@code (公財)さわやか福祉財団}. A bare short form of two characters (一社, 社福, 生協 …) is read there only when a
   *       space follows it, as such pairs also begin ordinary names;</li>
   *   <li>after the name in brackets: {@code さわやか福祉財団（公益財団法人）}, {@code トヨタ自動車(株)},
   *       {@code 但馬を結んで育つ会（任意団体）};</li>
   *   <li>after the name without a bracket, in full or as a short form of more than two characters:
   *       {@code コープこうべ生活協同組合}.</li>
   * </ul>
   *
   * <p>A bracket after the name that holds a prefecture's name ({@code （東京都）}, {@code (東京)}) is the head office,
   * never part of the name. Any other bracket stays in the name as written. Full-width and half-width brackets and
   * spaces are read alike, and the name is kept as written. Where the text says the NPO is certified (認定NPO法人,
   * 認定特定非営利活動法人) or provisionally certified (特例認定…), that is kept as what this source states
   * ({@link #getNpoCertification()}); where it says nothing, nothing is assumed. Only a text that says so (任意団体,
   * 法人格なし) is read as an {@linkplain LegalForm#UNINCORPORATED unincorporated} group: a name with no legal form is
   * refused, never guessed.
   *
   * @param text the name as written
   * @return the organisation, with its legal form, name, stated head office and stated certification
   * @throws InvalidValueException if the text names no legal form ({@code MISSING_PREFIX}) or has no name beside it
   *     ({@code NO_NAME_AFTER_LEGAL_FORM})
   * @throws NullPointerException if text is null
   */
  public static Organization parse(CharSequence text) {
    String s = Text.normalize(text, "text");
    // The legal form is found in the folded text (full-width forms read as ASCII); the name is kept as written.
    String written = text.toString().strip();
    String as = written.length() == s.length() ? written : s;
    int start = 0;
    int end = s.length();
    LegalForm form = null;
    String formName = null;
    Prefecture headOffice = null;
    // The legal form before the name.
    for (String prefix : LegalFormNames.names()) {
      if (s.startsWith(prefix) && (prefix.length() > 2 || prefix.startsWith("(")
          || end > prefix.length() && Character.isWhitespace(s.charAt(prefix.length())))) {
        form = LegalForm.parse(prefix);
        formName = prefix;
        start = trimStart(s, prefix.length(), end);
        break;
      }
    }
    // Brackets at the end: the head office and, where none stands before the name, the legal form, in either order.
    while (end > start && s.charAt(end - 1) == ')') {
      int open = s.lastIndexOf('(', end - 1);
      if (open < start) {
        break;
      }
      String inside = s.substring(open + 1, end - 1).strip();
      Optional<Prefecture> prefecture = headOffice == null ? prefectureNamed(inside) : Optional.empty();
      Optional<LegalForm> bracketed = form == null ? legalFormNamed(inside) : Optional.empty();
      if (prefecture.isPresent()) {
        headOffice = prefecture.get();
      } else if (bracketed.isPresent()) {
        form = bracketed.get();
        formName = inside;
      } else {
        break;
      }
      end = trimEnd(s, start, open);
    }
    if (form == null) {
      for (String suffix : LegalFormNames.marks()) {
        if (!suffix.startsWith("(") && s.startsWith(suffix, end - suffix.length()) && end - suffix.length() >= start) {
          form = LegalForm.parse(suffix);
          formName = suffix;
          end = trimEnd(s, start, end - suffix.length());
          break;
        }
      }
    }
    if (form == null) {
      throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
          InvalidValueException.Reason.MISSING_PREFIX, text, "特定非営利活動法人, NPO法人, 一般社団法人, (公財), (株), 任意団体");
    }
    if (end <= start) {
      throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
          InvalidValueException.Reason.NO_NAME_AFTER_LEGAL_FORM, text, formName);
    }
    Builder b = builder().legalForm(form).name(as.substring(start, end));
    if (headOffice != null) {
      b.headOffice(headOffice);
    }
    if (formName.startsWith("特例認定")) {
      b.npoCertification(NpoCertification.PROVISIONALLY_CERTIFIED);
    } else if (formName.startsWith("認定")) {
      b.npoCertification(NpoCertification.CERTIFIED);
    }
    return b.build();
  }

  /** The prefecture a bracket names by its Japanese name, in full (東京都) or without 都/府/県 (東京). */
  private static Optional<Prefecture> prefectureNamed(String inside) {
    return Prefecture.find(inside)
        .filter(p -> inside.equals(p.getJapaneseName()) || inside.equals(p.getShortName()));
  }

  /** The legal form a bracket names: a full name or short form ((株) is written 株 inside its brackets). */
  private static Optional<LegalForm> legalFormNamed(String inside) {
    if (inside.isEmpty()) {
      return Optional.empty();
    }
    Optional<LegalForm> form = LegalForm.find("(" + inside + ")");
    return form.isPresent() ? form : LegalFormNames.names().contains(inside) ? LegalForm.find(inside) : Optional.empty();
  }

  private static int trimStart(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    return start;
  }

  private static int trimEnd(String s, int start, int end) {
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
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
    if (!getLegalForm().isIncorporated() && getCorporateNumber().isPresent()) {
      throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
          InvalidValueException.Reason.CORPORATE_NUMBER_NEEDS_LEGAL_PERSONALITY, getName(),
          getCorporateNumber().get(), getLegalForm().getJapaneseName());
    }
    if (getNpoCertification().isPresent() && getLegalForm() != LegalForm.SPECIFIED_NONPROFIT_CORPORATION) {
      throw InvalidValueException.of(InvalidValueException.Subject.ORGANIZATION,
          InvalidValueException.Reason.CERTIFICATION_NEEDS_NPO, getName(), getNpoCertification().get(),
          LegalForm.SPECIFIED_NONPROFIT_CORPORATION.getJapaneseName(), getLegalForm().getJapaneseName());
    }
  }
}
