package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.AreaColumn;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The area a project serves (事業区域): the area text exactly as the source wrote it, and the regions it resolves to.
 *
 * <p>A service area combines
 * <ul>
 *   <li>{@linkplain #getPrefectures() prefectures} named in the area text ({@code 宮城県 岩手県});</li>
 *   <li>{@linkplain #isNationwide() nationwide} (全国), alone or beside prefectures ({@code 兵庫県 茨城県 岐阜県 全国});</li>
 *   <li>a {@linkplain #getCenter() centre} and {@linkplain #hasUnnamedPrefectures() unnamed further prefectures}, for
 *       text such as {@code 神奈川県を中心とした複数県} (several prefectures centred on Kanagawa, the others not
 *       named);</li>
 *   <li>finer {@linkplain #getMunicipalities() municipalities} and {@linkplain #getNamedAreas() named areas}, which the
 *       source names in a project's summary rather than in its area column (気仙地区, 北摂エリア, 十勝管内).</li>
 * </ul>
 *
 * <p>It answers what the program's rules ask: which prefectures the area {@linkplain #touchedPrefectures() touches},
 * whether it is nationwide, and whether it {@linkplain #goesBeyondOnePrefecture() goes beyond one prefecture}. An area
 * that stays within one prefecture can be built; validation reports it against the program's eligibility principle.
 *
 * <pre>{@code
 * ServiceArea area = ServiceArea.parse("宮城県 岩手県");
 * area.getPrefectures();            // [MIYAGI, IWATE], as written
 * area.goesBeyondOnePrefecture();   // true
 * ServiceArea.parse("神奈川県を中心とした複数県").hasUnnamedPrefectures(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class ServiceArea {
  private static final String NATIONWIDE = "全国";

  ServiceArea() {}

  /**
   * The area as the source wrote it, such as {@code 宮城県 岩手県} or {@code 神奈川県を中心とした複数県}. Where none was
   * given to the builder, it is written from the parts: names separated by a space, then {@code 全国}.
   */
  @Value.Default
  @NotBlank
  @TextLength(max = 500)
  public String getText() {
    StringJoiner text = new StringJoiner(" ");
    if (getCenter().isPresent() && hasUnnamedPrefectures() && getPrefectures().size() == 1) {
      text.add(getCenter().get().getJapaneseName() + "を中心とした複数県");
    } else {
      getPrefectures().forEach(p -> text.add(p.getJapaneseName()));
      if (hasUnnamedPrefectures()) {
        text.add("ほか");
      }
    }
    getNamedAreas().forEach(a -> text.add(a.getName()));
    getMunicipalities().forEach(m -> text.add(m.getName()));
    if (isNationwide()) {
      text.add(NATIONWIDE);
    }
    return text.toString();
  }

  /** The prefectures the area names, in the order written. */
  public abstract List<Prefecture> getPrefectures();

  /** True if the area is nationwide (全国), alone or beside named prefectures. */
  @Value.Default
  public boolean isNationwide() {
    return false;
  }

  /** The prefecture the area is centred on (〜を中心とした), if the source says so; it is one of the prefectures. */
  public abstract Optional<Prefecture> getCenter();

  /** True if the area includes further prefectures that the source does not name (複数県, その他). */
  @Value.Default
  public boolean hasUnnamedPrefectures() {
    return false;
  }

  /** Municipalities the area names, for example from a project's summary. */
  public abstract List<@Valid Municipality> getMunicipalities();

  /** Named areas within the area, for example 気仙地区 from a project's summary. */
  public abstract List<@Valid NamedArea> getNamedAreas();

  /**
   * The prefectures the area touches, in JIS order: all 47 if nationwide; otherwise the named prefectures and those of
   * its municipalities and named areas. Unnamed prefectures cannot be listed and are not included.
   *
   * @return an unmodifiable set
   */
  public Set<Prefecture> touchedPrefectures() {
    if (isNationwide()) {
      return Collections.unmodifiableSet(EnumSet.allOf(Prefecture.class));
    }
    EnumSet<Prefecture> set = EnumSet.noneOf(Prefecture.class);
    set.addAll(getPrefectures());
    for (Municipality m : getMunicipalities()) {
      set.add(m.getPrefecture());
    }
    for (NamedArea a : getNamedAreas()) {
      set.addAll(a.touchedPrefectures());
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * True if the area goes beyond one prefecture (一つの都道府県を超えた区域): nationwide, more than one prefecture
   * touched, or further prefectures that are not named.
   *
   * @return whether the area crosses a prefecture border
   */
  public boolean goesBeyondOnePrefecture() {
    return isNationwide() || hasUnnamedPrefectures() || touchedPrefectures().size() > 1;
  }

  /**
   * True if everything the area names lies inside one prefecture and nothing more is claimed. An area that names no
   * region at all is neither within one prefecture nor beyond one.
   *
   * @return whether the area stays inside exactly one prefecture
   */
  public boolean isWithinOnePrefecture() {
    return !goesBeyondOnePrefecture() && touchedPrefectures().size() == 1;
  }

  /**
   * True if the area resolves to no region at all: no prefecture, municipality or named area, not nationwide and no
   * unnamed prefectures. Only the text says what it is.
   *
   * @return whether nothing was resolved
   */
  public boolean isUnresolved() {
    return !isNationwide() && !hasUnnamedPrefectures() && getPrefectures().isEmpty()
        && getMunicipalities().isEmpty() && getNamedAreas().isEmpty();
  }

  /**
   * Returns a copy with one more named area, for areas a project's summary adds to its area column. The copy keeps
   * this area's {@linkplain #getText() text}: the area column as written does not change when a summary names a finer
   * area.
   *
   * @param area the named area
   * @return a new service area; this one is unchanged
   */
  public ServiceArea withNamedArea(NamedArea area) {
    return builder().from(this).addNamedArea(area).build();
  }

  /**
   * Returns a copy with one more municipality. The copy keeps this area's {@linkplain #getText() text}.
   *
   * @param municipality the municipality
   * @return a new service area; this one is unchanged
   */
  public ServiceArea withMunicipality(Municipality municipality) {
    return builder().from(this).addMunicipality(municipality).build();
  }

  /** Returns the nationwide area, written {@code 全国}. */
  public static ServiceArea nationwide() {
    return builder().text(NATIONWIDE).nationwide(true).build();
  }

  /**
   * Returns the area made of the given prefectures, written as their names separated by a space.
   *
   * @param first a prefecture
   * @param more further prefectures
   * @return the area
   */
  public static ServiceArea of(Prefecture first, Prefecture... more) {
    return builder().addPrefecture(first).addPrefectures(more).build();
  }

  /**
   * Reads an area column as Japanese grant lists write it, keeping the text exactly as given.
   *
   * <p>Understood: prefecture names in kanji (with or without 都/府/県; not codes or English names) separated by spaces, full-width spaces, {@code 、} or
   * {@code ・}; {@code 全国}; and {@code 〇〇県を中心とした複数県} (centred on one prefecture, others unnamed).
   *
   * @param text the area as written
   * @return the area, with {@link #getText()} equal to the given text
   * @throws InvalidValueException if the text is blank ({@code BLANK}) or a part of it is none of these
   *     ({@code UNKNOWN_AREA_PARTS}, with the parts)
   * @throws NullPointerException if text is null
   */
  public static ServiceArea parse(String text) {
    AreaColumn column = AreaColumn.read(text);
    if (column.isBlank() && Text.normalize(text, "service area").isEmpty()) {
      throw InvalidValueException.of(InvalidValueException.Subject.SERVICE_AREA, InvalidValueException.Reason.BLANK,
          text);
    }
    if (!column.unknown().isEmpty()) {
      throw InvalidValueException.of(InvalidValueException.Subject.SERVICE_AREA,
          InvalidValueException.Reason.UNKNOWN_AREA_PARTS, text, String.join("\", \"", column.unknown()));
    }
    Builder b = builder().text(text).addAllPrefectures(column.prefectures()).nationwide(column.isNationwide());
    column.center().ifPresent(center -> b.center(center).unnamedPrefectures(true));
    return b.build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceArea}. */
  public static final class Builder extends ImmutableServiceArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getCenter().isPresent() && !getPrefectures().contains(getCenter().get())) {
      StringJoiner listed = new StringJoiner("・");
      getPrefectures().forEach(p -> listed.add(p.getJapaneseName()));
      throw InvalidValueException.of(InvalidValueException.Subject.SERVICE_AREA,
          InvalidValueException.Reason.CENTER_NOT_LISTED, getText(), getCenter().get().getJapaneseName(),
          listed.toString());
    }
  }
}
