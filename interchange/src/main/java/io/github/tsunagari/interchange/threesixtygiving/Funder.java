package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.organization.CorporateNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * The funder (交付元) of a program, which 360Giving names on every grant as {@code fundingOrganization}: the model does
 * not hold it, so the exporter is given it. Its identifier is its corporate number (法人番号) as {@code JP-JCN-…}; a
 * funder given without one cannot be written, and none is invented. Immutable.
 *
 * <pre>{@code
 * Funder.of("東京都", CorporateNumber.of("8000020130001"));
 * }</pre>
 */
public final class Funder {
  private final String name;
  private final CorporateNumber corporateNumber;

  private Funder(String name, CorporateNumber corporateNumber) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("a funder's name must not be blank");
    }
    this.name = name;
    this.corporateNumber = corporateNumber;
  }

  /**
   * A funder known by name only: exports name it, and report that its identifier is missing.
   *
   * @param name its name, such as {@code 内閣府}
   * @return the funder
   * @throws IllegalArgumentException if the name is blank
   */
  public static Funder of(String name) {
    return new Funder(name, null);
  }

  /**
   * A funder with its corporate number.
   *
   * @param name its name
   * @param corporateNumber its corporate number
   * @return the funder
   * @throws IllegalArgumentException if the name is blank
   */
  public static Funder of(String name, CorporateNumber corporateNumber) {
    return new Funder(name, Objects.requireNonNull(corporateNumber, "corporateNumber"));
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The corporate number, where given. */
  public Optional<CorporateNumber> getCorporateNumber() {
    return Optional.ofNullable(corporateNumber);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Funder && ((Funder) o).name.equals(name)
        && Objects.equals(((Funder) o).corporateNumber, corporateNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, corporateNumber);
  }

  @Override
  public String toString() {
    return corporateNumber == null ? name : name + " (" + corporateNumber + ")";
  }
}
