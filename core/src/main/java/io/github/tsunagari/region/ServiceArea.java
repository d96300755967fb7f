package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Messages;
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
 *   <li>finer {@linkplain #getMunicipalities() municipalities} and {@linkplain #getNamedAreas() named areas}, named in
 *       the area text as later lists write it ({@code 岩手県釜石市、大船渡市}, {@code 気仙地区(岩手県大船渡市・…)},
 *       {@code 関東}, {@code 養父市大屋町明延区}) or in a project's summary (気仙地区, 北摂エリア, 十勝管内).</li>
 * </ul>
 *
 * <p>{@link #parse(String)} reads an area text strictly, {@link #read(String)} with {@linkplain AreaNote notes} on what
 * it read and left out, and {@link #format()} writes an area's parts in a form {@code parse} reads back.
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
   * Reads an area text as Japanese grant lists and public pages write it, keeping the text exactly as given; strict:
   * a part that cannot be read into the area is refused. {@link #read(String)} reads the same spellings and reports
   * such parts as notes instead.
   *
   * <p>Understood, separated by white space, full-width spaces, {@code 、}, {@code ，}, {@code ,}, {@code ・} or
   * {@code /}:
   * <ul>
   *   <li>prefecture names in kanji, with or without 都/府/県 ({@code 宮城県 岩手県}, {@code 宮城・岩手}); {@code 全国};
   *       {@code 〇〇県を中心とした複数県}; further prefectures not named ({@code ほか}, {@code その他}, {@code 複数県});</li>
   *   <li>municipalities and wards of the bundled registry ({@link LocalGovernment}), with or without their prefecture:
   *       {@code 岩手県釜石市、大船渡市、陸前高田市} (a prefecture before a municipality qualifies it, and bare names after
   *       it are looked up in it first), {@code 千葉県 市原市}, {@code 三原市(広島県)}, a prefecture heading
   *       {@code 大阪府:池田市、茨木市 兵庫県:伊丹市}; a six-digit local government code. A prefecture that qualifies
   *       a municipality is not one of {@link #getPrefectures()};</li>
   *   <li>a place below a municipality, {@code 養父市大屋町明延区}: a {@link NamedArea} named as written, made of the
   *       municipality (養父市);</li>
   *   <li>a named area with its members in brackets, {@code 気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)}, and a
   *       regional block by the name {@link RegionalBlock#getJapaneseName()} gives it ({@code 関東}, {@code 近畿}):
   *       both a {@link NamedArea};</li>
   *   <li>labels ending in a colon ({@code 参加対象:}) and marks ({@code ※}), which are no place;</li>
   *   <li>a municipality with a bracket that holds no prefecture, {@code 三原市(広島市)}: read from its name alone.</li>
   * </ul>
   *
   * @param text the area as written
   * @return the area, with {@link #getText()} equal to the given text
   * @throws InvalidValueException if the text is blank ({@code BLANK}); if a part of it is none of these, or the
   *     name of an area without members such as {@code 北摂エリア} alone ({@code UNKNOWN_AREA_PARTS}, with the parts);
   *     if a municipality's name is shared by several and no prefecture tells which ({@code AMBIGUOUS_NAME}, with the
   *     candidates: {@code 府中市} is in 東京都 and 広島県)
   * @throws NullPointerException if text is null
   */
  public static ServiceArea parse(String text) {
    AreaReading reading = read(text);
    List<String> unknown = new ArrayList<>();
    AreaNote ambiguous = null;
    for (AreaNote note : reading.getNotes()) {
      if (note.getKind() == AreaNote.Kind.AMBIGUOUS_MUNICIPALITY) {
        ambiguous = ambiguous == null ? note : ambiguous;
      } else if (note.getKind().leavesPartUnread()) {
        unknown.add(note.getText());
      }
    }
    if (!unknown.isEmpty()) {
      throw InvalidValueException.of(InvalidValueException.Subject.SERVICE_AREA,
          InvalidValueException.Reason.UNKNOWN_AREA_PARTS, text, String.join("\", \"", unknown));
    }
    if (ambiguous != null) {
      List<String> names = new ArrayList<>();
      ambiguous.getCandidates().forEach(g -> names.add(g.toString()));
      throw InvalidValueException.of(InvalidValueException.Subject.SERVICE_AREA,
          InvalidValueException.Reason.AMBIGUOUS_NAME, text, Messages.data(names),
          ambiguous.getCandidates().get(0).getFullName());
    }
    return reading.getArea();
  }

  /**
   * Reads an area text as {@link #parse(String)} does, without refusing it: the area is made of the parts that could
   * be read, and the notes say what was read as a label or mark, a place below a municipality, a regional block or a
   * municipality with a bracket that holds no prefecture, and which parts were left out (a name without members, an
   * ambiguous name, an unknown part). For a reader of tables that reports them as findings
   * ({@code ReadingFindings.areaNote}).
   *
   * <pre>{@code
   * AreaReading r = ServiceArea.read("三原市(広島市)");
   * r.getArea().getMunicipalities();  // [三原市 (342041)]
   * r.getNotes();                     // [BRACKETED_PLACE_NOT_PREFECTURE 三原市(広島市)]
   * ServiceArea.read("北摂エリア").getNotes(); // [NAMED_AREA_WITHOUT_MEMBERS 北摂エリア]; the area is unresolved
   * }</pre>
   *
   * <p>The work is linear in the length of the text.
   *
   * @param text the area as written
   * @return the area, with {@link #getText()} equal to the given text, and the notes in the order of the text
   * @throws InvalidValueException if the text is blank ({@code BLANK})
   * @throws NullPointerException if text is null
   */
  public static AreaReading read(String text) {
    return new AreaTextReader(text).read();
  }

  /**
   * Writes the area from its parts in a form {@link #parse(String)} reads back into the same parts (書式化), separated
   * by {@code 、}: prefectures by name, the centre as {@code 〇〇県を中心とした複数県}, further unnamed prefectures as
   * {@code ほか}; named areas as their name with their members in brackets
   * ({@code 気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)}), a regional block by its name alone ({@code 関東});
   * municipalities after their prefecture, which is left out after another municipality of the same prefecture
   * ({@code 岩手県大船渡市、陸前高田市}), or by their code where their name does not tell them apart within their
   * prefecture (北海道's two 泊村); then {@code 全国}. Unlike {@link #getText()}, it never keeps what the source wrote.
   *
   * <p>Read back, the parts are the same where the municipalities are the registry's (name and code) and the named
   * areas' names hold no separator, colon or bracket and are no region's name. An area that names no region is
   * written as its text.
   *
   * @return the text
   */
  public String format() {
    if (isUnresolved()) {
      return getText();
    }
    StringJoiner text = new StringJoiner("、");
    boolean centreWritten = false;
    for (Prefecture p : getPrefectures()) {
      if (!centreWritten && hasUnnamedPrefectures() && getCenter().isPresent() && getCenter().get() == p) {
        text.add(p.getJapaneseName() + "を中心とした複数県");
        centreWritten = true;
      } else {
        text.add(p.getJapaneseName());
      }
    }
    if (hasUnnamedPrefectures() && !centreWritten) {
      text.add("ほか");
    }
    for (NamedArea a : getNamedAreas()) {
      if (a.regionalBlock().isPresent()) {
        text.add(a.getName());
      } else {
        StringJoiner members = new StringJoiner("・", a.getName() + "(", ")");
        a.getPrefectures().forEach(p -> members.add(p.getJapaneseName()));
        writeMunicipalities(a.getMunicipalities(), members);
        text.add(members.toString());
      }
    }
    writeMunicipalities(getMunicipalities(), text);
    if (isNationwide()) {
      text.add(NATIONWIDE);
    }
    return text.toString();
  }

  private static void writeMunicipalities(List<Municipality> municipalities, StringJoiner text) {
    Prefecture last = null;
    for (Municipality m : municipalities) {
      if (!AreaTextReader.readsBack(m)) {
        text.add(m.getCode().toString());
        last = null;
      } else {
        text.add(m.getPrefecture() == last ? m.getName() : m.getPrefecture().getJapaneseName() + m.getName());
        last = m.getPrefecture();
      }
    }
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
