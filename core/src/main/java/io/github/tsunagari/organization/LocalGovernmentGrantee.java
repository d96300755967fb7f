package io.github.tsunagari.organization;

import io.github.tsunagari.region.LocalGovernment;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A local government that receives a grant (交付先の地方公共団体): a prefecture, city, special ward, town or village, by its
 * 全国地方公共団体コード and its name as the source writes it. A local government is not a legal form: its corporate
 * number follows from its code ({@link #getDerivedCorporateNumber()}); where the source prints one as well, it is kept
 * ({@link #getCorporateNumber()}) and validation reports one that does not match the code.
 *
 * <pre>{@code
 * LocalGovernmentGrantee tokyo = LocalGovernmentGrantee.parse("東京都");
 * tokyo.getCode();                    // 130001
 * tokyo.getDerivedCorporateNumber();  // Optional[8000020130001]
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class LocalGovernmentGrantee implements Grantee {
  LocalGovernmentGrantee() {}

  /** The local government code, such as {@code 130001} for 東京都. */
  public abstract LocalGovernmentCode getCode();

  /** The name as the source writes it, such as {@code 東京都} or {@code 千葉県市原市}. */
  @NotBlank
  @TextLength(max = 100)
  public abstract String getName();

  /** The corporate number as the source prints it, where it does; see {@link #getDerivedCorporateNumber()}. */
  public abstract Optional<CorporateNumber> getCorporateNumber();

  /** The local government of the bundled registry with this code; empty where the code names none. */
  public Optional<LocalGovernment> getLocalGovernment() {
    return LocalGovernment.find(getCode());
  }

  /**
   * The corporate number the code gives: the check digit, {@code 000020} and the code's six digits
   * ({@code 130001} → {@code 8000020130001}). Empty for a ward of a designated city, which has none of its own.
   */
  public Optional<CorporateNumber> getDerivedCorporateNumber() {
    if (LocalGovernment.kindOf(getCode()).filter(k -> k == LocalGovernment.Kind.WARD).isPresent()) {
      return Optional.empty();
    }
    String base = "000020" + getCode();
    return Optional.of(CorporateNumber.of(CorporateNumber.checkDigit(base) + base));
  }

  /** The name as written. */
  @Override
  public final String getRecipientName() {
    return getName();
  }

  /** The corporate number the code gives. */
  @Override
  public final Optional<CorporateNumber> getRecipientCorporateNumber() {
    return getDerivedCorporateNumber();
  }

  /**
   * The grantee for a local government of the registry, named by its full name ({@code 岩手県大船渡市}).
   *
   * @param government the local government
   * @return the grantee
   */
  public static LocalGovernmentGrantee of(LocalGovernment government) {
    return builder().code(government.getCode()).name(government.getFullName()).build();
  }

  /**
   * Reads a grantee from a local government's name or code as a list writes it, in any form
   * {@link LocalGovernment#parse(CharSequence)} reads; the text, stripped, is kept as the name, and for a code the
   * registry's full name is.
   *
   * @param text such as {@code 東京都}, {@code 千葉県 市原市} or {@code 三原市(広島県)}
   * @return the grantee
   * @throws io.github.tsunagari.InvalidValueException if the text names no local government, or several
   */
  public static LocalGovernmentGrantee parse(CharSequence text) {
    LocalGovernment g = LocalGovernment.parse(text);
    String written = text.toString().strip();
    String folded = io.github.tsunagari.internal.Text.normalize(written, "text");
    boolean code = !folded.isEmpty() && folded.chars().allMatch(c -> c >= '0' && c <= '9');
    return builder().code(g.getCode()).name(code ? g.getFullName() : written).build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalGovernmentGrantee}. */
  public static final class Builder extends ImmutableLocalGovernmentGrantee.Builder {
    Builder() {}
  }
}
