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
