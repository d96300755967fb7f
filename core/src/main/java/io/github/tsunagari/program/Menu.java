package io.github.tsunagari.program;

import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A menu of a grant program (事業メニュー): its name as published for the year, who may apply, and the terms of its
 * grants where the call states them — the ceiling per grant (上限額) and the subsidy rate (補助率).
 *
 * <pre>{@code
 * Menu menu = Menu.builder()
 *     .name("孤独・孤立対策担い手育成支援事業(民間団体)")
 *     .addApplicant(Applicant.PRIVATE_GROUP)
 *     .ceiling(Yen.parse("600万円"))
 *     .rate(SubsidyRate.parse("2/3"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Menu {
  Menu() {}

  /** The menu's name as published for the fiscal year, such as 孤独・孤立対策担い手育成支援事業(民間団体). */
  @NotBlank
  @TextLength(max = 200)
  public abstract String getName();

  /** Who may apply; empty where the source does not say. */
  public abstract List<Applicant> getApplicants();

  /** The most a grant of the menu may be (上限額), where the call states it. */
  public abstract Optional<Yen> getCeiling();

  /** The share of the eligible cost a grant may pay (補助率), where the call states it. */
  public abstract Optional<SubsidyRate> getRate();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Menu}. */
  public static final class Builder extends ImmutableMenu.Builder {
    Builder() {}
  }
}
