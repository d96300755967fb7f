package io.github.tsunagari.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ServiceArea#format()} writes an area that {@link ServiceArea#parse(String)} reads back into the same parts. */
class AreaFormatTest {
  /** The registry's municipalities and wards, with their prefectures. */
  private static final List<Municipality> REGISTERED = new ArrayList<>();

  static {
    for (LocalGovernment g : LocalGovernment.all()) {
      if (g.getKind() != LocalGovernment.Kind.PREFECTURE) {
        REGISTERED.add(g.toMunicipality());
      }
    }
  }

  /** Names of areas as the sources write them, none of them a region's name. */
  private static final List<String> AREA_NAMES = List.of("気仙地区", "北摂エリア", "十勝管内", "阪神圏域", "湖東地域",
      "養父市大屋町明延区");

  private static void assertSameParts(ServiceArea read, ServiceArea written) {
    assertThat(read.getPrefectures()).isEqualTo(written.getPrefectures());
    assertThat(read.getMunicipalities()).isEqualTo(written.getMunicipalities());
    assertThat(read.getNamedAreas()).isEqualTo(written.getNamedAreas());
    assertThat(read.isNationwide()).isEqualTo(written.isNationwide());
    assertThat(read.getCenter()).isEqualTo(written.getCenter());
    assertThat(read.hasUnnamedPrefectures()).isEqualTo(written.hasUnnamedPrefectures());
  }

  @Provide
  Arbitrary<Municipality> municipalities() {
    return Arbitraries.of(REGISTERED);
  }

  @Provide
  Arbitrary<NamedArea> namedAreas() {
    Arbitrary<NamedArea> listed = Combinators.combine(Arbitraries.of(AREA_NAMES),
            Arbitraries.of(Prefecture.class).list().ofMaxSize(2), municipalities().list().ofMinSize(1).ofMaxSize(3))
        .as((name, prefectures, members) -> NamedArea.builder().name(name).addAllPrefectures(prefectures)
            .addAllMunicipalities(members).build());
    // 北海道 the block is 北海道 the prefecture, which a text names as the prefecture.
    Arbitrary<NamedArea> blocks = Arbitraries.of(RegionalBlock.class).filter(b -> b != RegionalBlock.HOKKAIDO)
        .map(NamedArea::of);
    return Arbitraries.oneOf(listed, blocks);
  }

  @Provide
  Arbitrary<ServiceArea> areas() {
    Arbitrary<List<Prefecture>> prefectures = Arbitraries.of(Prefecture.class).list().ofMaxSize(4);
    return Combinators.combine(prefectures, municipalities().list().ofMaxSize(5), namedAreas().list().ofMaxSize(2),
            Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 3))
        .as((ps, ms, as, nationwide, further) -> {
          ServiceArea.Builder b = ServiceArea.builder().addAllPrefectures(ps).addAllMunicipalities(ms)
              .addAllNamedAreas(as).nationwide(nationwide || ps.isEmpty() && ms.isEmpty() && as.isEmpty());
          if (further == 1) {
            b.unnamedPrefectures(true);
          } else if (further == 2 && !ps.isEmpty()) {
            b.unnamedPrefectures(true).center(ps.get(ps.size() - 1));
          }
          return b.build();
        });
  }

  @Property(tries = 1000)
  void parseReadsBackTheFormattedPartsOfAnyArea(@ForAll("areas") ServiceArea area) {
    String text = area.format();

    ServiceArea read = ServiceArea.parse(text);

    assertSameParts(read, area);
    assertThat(read.getText()).isEqualTo(text);
    assertThat(ServiceArea.read(text).isComplete()).isTrue();
  }

  @Example
  void writesTheFormsRealListsUse() {
    NamedArea kesen = ServiceAreaTest.kesen();
    ServiceArea area = ServiceArea.builder().addPrefecture(Prefecture.MIYAGI).addNamedArea(kesen)
        .addNamedArea(NamedArea.of(RegionalBlock.KANTO)).addMunicipality(AreaTextTest.KAMAISHI)
        .addMunicipality(AreaTextTest.OFUNATO).addMunicipality(AreaTextTest.MIHARA).nationwide(true).build();

    assertThat(area.format()).isEqualTo(
        "宮城県、気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)、関東、岩手県釜石市、大船渡市、広島県三原市、全国");
    assertThat(ServiceArea.builder().addPrefecture(Prefecture.KANAGAWA).center(Prefecture.KANAGAWA)
        .unnamedPrefectures(true).build().format()).isEqualTo("神奈川県を中心とした複数県");
    assertThat(ServiceArea.builder().addPrefecture(Prefecture.MIYAGI).unnamedPrefectures(true).build().format())
        .isEqualTo("宮城県、ほか");
    assertThat(ServiceArea.builder().text("事業区域は別紙のとおり").build().format()).isEqualTo("事業区域は別紙のとおり");
  }

  @Example
  void writesTheCodeOfAMunicipalityItsNameDoesNotTellApart() {
    Municipality tomari = Municipality.of("014036", "泊村");
    ServiceArea area = ServiceArea.builder().addMunicipality(tomari).build();

    assertThat(area.format()).isEqualTo("014036");
    assertSameParts(ServiceArea.parse(area.format()), area);
  }

  @Example
  void theNamedAreasOfTheSourceReadBack() {
    ServiceArea area = ServiceArea.parse("養父市大屋町明延区 北摂エリア(大阪府・兵庫県)");

    assertSameParts(ServiceArea.parse(area.format()), area);
    assertThat(area.format()).isEqualTo("養父市大屋町明延区(兵庫県養父市)、北摂エリア(大阪府・兵庫県)");
  }
}
