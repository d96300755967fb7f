package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A municipality (市区町村): a city, ward, town or village, identified by its {@link LocalGovernmentCode}.
 *
 * <pre>{@code
 * Municipality ofunato = Municipality.of("032034", "大船渡市");
 * ofunato.getPrefecture(); // IWATE
 * }</pre>
 */
@Value.Immutable
public abstract class Municipality {
  Municipality() {}

  /** The local government code, such as {@code 032034}. */
  @Value.Parameter
  public abstract LocalGovernmentCode getCode();

  /** The name as written, such as {@code 大船渡市}. */
  @Value.Parameter
  @NotBlank
  @TextLength(max = 100)
  public abstract String getName();

  /** The prefecture the municipality belongs to, read from its code. */
  public Prefecture getPrefecture() {
    return getCode().getPrefecture();
  }

  /**
   * Returns a municipality.
   *
   * @param code its local government code
   * @param name its name
   * @return the municipality
   * @throws InvalidValueException if the code is a prefecture's own code ({@code PREFECTURE_CODE_FOR_MUNICIPALITY})
   */
  public static Municipality of(LocalGovernmentCode code, String name) {
    return ImmutableMunicipality.of(code, name);
  }

  /**
   * Returns a municipality from the six digits of its code.
   *
   * @param code six digits with check digit, such as {@code "032034"}
   * @param name its name, such as {@code 大船渡市}
   * @return the municipality
   * @throws InvalidValueException if the code is not a valid local government code, or is a prefecture's own code
   */
  public static Municipality of(String code, String name) {
    return of(LocalGovernmentCode.of(code), name);
  }

  /**
   * Reads a municipality by its name or code from the bundled registry, in any form
   * {@link LocalGovernment#parse(CharSequence)} reads: {@code 大船渡市}, {@code 千葉県 市原市}, {@code 三原市(広島県)},
   * {@code 032034}.
   *
   * @param text the name or code
   * @return the municipality, with the registry's code and name
   * @throws InvalidValueException if the text names no local government, several ({@code AMBIGUOUS_NAME}: give the
   *     prefecture), or a prefecture
   */
  public static Municipality parse(CharSequence text) {
    return LocalGovernment.parse(text).toMunicipality();
  }

  /**
   * Reads a municipality of a prefecture by its name from the bundled registry: {@code ("千葉県", "市原市")}.
   *
   * @param prefecture the prefecture, in any form {@link Prefecture#parse} reads
   * @param name the municipality's name
   * @return the municipality, with the registry's code and name
   * @throws InvalidValueException if the prefecture has no (or several) local governments of that name
   */
  public static Municipality parse(CharSequence prefecture, CharSequence name) {
    return LocalGovernment.parse(prefecture, name).toMunicipality();
  }

  /**
   * The local government of the registry with this municipality's code; empty where the code, though well-formed,
   * names none (which validation reports).
   */
  public java.util.Optional<LocalGovernment> getLocalGovernment() {
    return LocalGovernment.find(getCode());
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Municipality}. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getCode().isPrefecture()) {
      throw InvalidValueException.of(InvalidValueException.Subject.MUNICIPALITY,
          InvalidValueException.Reason.PREFECTURE_CODE_FOR_MUNICIPALITY, getName(), getCode().toString(),
          getPrefecture().getJapaneseName());
    }
  }
}
