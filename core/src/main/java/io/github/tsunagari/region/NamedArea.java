package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An area known by a name rather than by one administrative unit, made of whole prefectures and/or municipalities.
 *
 * <p>Examples from the FY2024 source: 気仙地区 (the Kesen area: 大船渡市 and 陸前高田市 in 岩手県 and 気仙沼市 in
 * 宮城県), 北摂エリア (a living area across 大阪府 and 兵庫県) and 十勝管内 (the Tokachi area of 北海道). Where the source
 * does not name an area's municipalities, the area is made of the prefectures it lies in; nothing more is invented.
 *
 * <p>Read from an area text ({@link ServiceArea#parse}), a named area is one of: a name with its members in brackets
 * ({@code 気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)}); a {@linkplain #regionalBlock() regional block} such as
 * {@code 関東}, made of its prefectures; or a place below a municipality ({@code 養父市大屋町明延区}), named as written and
 * made of the municipality it lies in (養父市), the only part the registry can resolve.
 *
 * <pre>{@code
 * NamedArea kesen = NamedArea.builder()
 *     .name("気仙地区")
 *     .addMunicipality(Municipality.of("032034", "大船渡市"))
 *     .addMunicipality(Municipality.of("032107", "陸前高田市"))
 *     .addMunicipality(Municipality.of("042056", "気仙沼市"))
 *     .build();
 * kesen.touchedPrefectures(); // [IWATE, MIYAGI]
 * }</pre>
 */
@Value.Immutable
public abstract class NamedArea {
  NamedArea() {}

  /** The name as written, such as {@code 気仙地区}. */
  @NotBlank
  @TextLength(max = 100)
  public abstract String getName();

  /** The whole prefectures the area is made of, or lies in where its municipalities are not named. */
  public abstract List<Prefecture> getPrefectures();

  /** The municipalities the area is made of. */
  public abstract List<@Valid Municipality> getMunicipalities();

  /**
   * The prefectures the area touches: its prefectures and those of its municipalities, in JIS order.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<Prefecture> touchedPrefectures() {
    EnumSet<Prefecture> set = EnumSet.noneOf(Prefecture.class);
    set.addAll(getPrefectures());
    for (Municipality m : getMunicipalities()) {
      set.add(m.getPrefecture());
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * The regional block (地方区分) this area is, if it is one: named as the block ({@code 関東}) and made of exactly the
   * block's prefectures, in JIS order, and no municipality. An area text that writes a block's name is read as such an
   * area ({@link ServiceArea#parse}).
   *
   * @return the block, or empty
   */
  public Optional<RegionalBlock> regionalBlock() {
    return RegionalBlock.find(getName())
        .filter(b -> getMunicipalities().isEmpty() && getPrefectures().equals(b.getPrefectures()));
  }

  /**
   * Returns the named area of a regional block (地方区分): its name ({@code 関東}) and its prefectures.
   *
   * @param block the block
   * @return the named area, whose {@link #regionalBlock()} is the block
   */
  public static NamedArea of(RegionalBlock block) {
    return builder().name(block.getJapaneseName()).addAllPrefectures(block.getPrefectures()).build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NamedArea}. */
  public static final class Builder extends ImmutableNamedArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getPrefectures().isEmpty() && getMunicipalities().isEmpty()) {
      throw InvalidValueException.of(InvalidValueException.Subject.NAMED_AREA,
          InvalidValueException.Reason.EMPTY_AREA, getName());
    }
  }
}
