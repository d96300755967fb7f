package io.github.tsunagari.program;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A grant program (交付金事業) in one fiscal year: its name, strand (事業区分) and grantee category, the Act and
 * policy plan it rests on, its aims and eligibility principles, and the grants it made.
 *
 * <p>The FY2024 program of the source document is {@code SampleData.fy2024()}: 孤独・孤立対策推進交付金, strand
 * 孤独・孤立対策担い手育成支援事業, grantee category 中間支援組織, nine grants.
 *
 * <pre>{@code
 * GrantProgram program = GrantProgram.builder()
 *     .name("孤独・孤立対策推進交付金")
 *     .strand("孤独・孤立対策担い手育成支援事業")
 *     .granteeCategory("中間支援組織")
 *     .fiscalYear(FiscalYear.parse("令和6年度"))
 *     .addEligibilityPrinciple("原則、一つの都道府県を超えた区域の事業が対象")
 *     .addGrant(grant)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class GrantProgram {
  GrantProgram() {}

  /**
   * The program's name as published for its fiscal year: {@code 孤独・孤立対策推進交付金} in FY2024,
   * {@code 社会参加活躍支援等孤独・孤立対策推進交付金} in FY2025. A program is one fiscal year's, so a renamed program is
   * simply another year's name.
   */
  @NotBlank
  @TextLength(max = 200)
  public abstract String getName();

  /** The strand (事業区分) within the program, such as {@code 孤独・孤立対策担い手育成支援事業}. */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 200) String> getStrand();

  /** The category of grantees (交付対象), such as {@code 中間支援組織} (intermediate support organisations). */
  public abstract Optional<@NullOrNotBlank @TextLength(max = 200) String> getGranteeCategory();

  /** The fiscal year (年度) of the program. */
  public abstract FiscalYear getFiscalYear();

  /** The Act the program rests on, where the source names it. */
  public abstract Optional<@Valid Law> getLegalBasis();

  /** The policy plan the program implements, where the source names it. */
  public abstract Optional<@Valid PolicyPlan> getPolicyPlan();

  /** The program's aims (概要), each as written. */
  public abstract List<@NotBlank @TextLength(max = 2000) String> getAims();

  /** The eligibility principles, each as written, such as {@code 原則、一つの都道府県を超えた区域の事業が対象}. */
  public abstract List<@NotBlank @TextLength(max = 2000) String> getEligibilityPrinciples();

  /** The number of grantees the program's own text states (such as 中間支援組織9団体), where it states one. */
  @PositiveOrZero
  public abstract OptionalInt getStatedGranteeCount();

  /** The grants, in the order of the published list. */
  public abstract List<@Valid Grant> getGrants();

  /** The program's menus (事業メニュー) in the year, where the source gives them; grants name theirs. */
  public abstract List<@Valid Menu> getMenus();

  /** The program's budget for the year (予算額), where the source gives it. */
  public abstract Optional<Yen> getBudget();

  /** The longest identifier of a program: room is left for a hyphen and any position. */
  public static final int MAX_ID_LENGTH = Identifier.MAX_LENGTH - 11;

  /**
   * The program's identifier, where one is given, such as {@code kodoku-FY2024}; at most {@value #MAX_ID_LENGTH}
   * characters, so that every grant's derived identifier fits.
   */
  public abstract Optional<Identifier> getId();

  /**
   * The identifier of a grant: its own, or else the program's followed by the grant's position
   * ({@code kodoku-FY2024-5}), which is stable as long as the published list keeps its order; empty where neither the
   * grant nor the program has one.
   *
   * @param grant a grant of this program
   * @return its identifier
   */
  public Optional<Identifier> identifierOf(Grant grant) {
    return grant.getId().or(() -> getId().map(id -> id.child(Integer.toString(grant.getPosition()))));
  }

  /**
   * The menu of a grant, found by the name it gives.
   *
   * @param grant a grant of this program
   * @return its menu, if it names one the program has
   */
  public Optional<Menu> menuOf(Grant grant) {
    return grant.getMenu().flatMap(name -> getMenus().stream().filter(m -> m.getName().equals(name)).findFirst());
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GrantProgram}. */
  public static final class Builder extends ImmutableGrantProgram.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    getId().ifPresent(id -> {
      if (id.toString().length() > MAX_ID_LENGTH) {
        throw InvalidValueException.of(InvalidValueException.Subject.IDENTIFIER,
            InvalidValueException.Reason.OUT_OF_RANGE, id.toString(), 1, MAX_ID_LENGTH);
      }
    });
  }
}
