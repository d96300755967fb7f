package io.github.tsunagari.region;

import static io.github.tsunagari.region.Prefecture.CHIBA;
import static io.github.tsunagari.region.Prefecture.FUKUSHIMA;
import static io.github.tsunagari.region.Prefecture.HIROSHIMA;
import static io.github.tsunagari.region.Prefecture.HOKKAIDO;
import static io.github.tsunagari.region.Prefecture.HYOGO;
import static io.github.tsunagari.region.Prefecture.IWATE;
import static io.github.tsunagari.region.Prefecture.MIYAGI;
import static io.github.tsunagari.region.Prefecture.OSAKA;
import static io.github.tsunagari.region.Prefecture.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.region.AreaNote.Kind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Area texts as real lists and pages write them (domain notes, "Beyond the FY2024 sheet"): each with its parts. */
class AreaTextTest {
  static final Municipality KAMAISHI = Municipality.of("032115", "釜石市");
  static final Municipality OFUNATO = Municipality.of("032034", "大船渡市");
  static final Municipality RIKUZENTAKATA = Municipality.of("032107", "陸前高田市");
  static final Municipality KESENNUMA = Municipality.of("042056", "気仙沼市");
  static final Municipality YABU = Municipality.of("282227", "養父市");
  static final Municipality MIHARA = Municipality.of("342041", "三原市");
  static final Municipality ICHIHARA = Municipality.of("122190", "市原市");

  static final String HOKUSETSU = "大阪府:池田市、茨木市、吹田市、摂津市、高槻市、豊中市、箕面市、島本町、豊能町、能勢町 兵庫県:伊丹市、川西市、三田市、宝塚市、猪名川町";

  private static List<Kind> kinds(AreaReading r) {
    return r.getNotes().stream().map(AreaNote::getKind).collect(Collectors.toList());
  }

  private static List<String> names(List<Municipality> municipalities) {
    return municipalities.stream().map(m -> m.getPrefecture().getJapaneseName() + m.getName())
        .collect(Collectors.toList());
  }

  @Nested
  class MunicipalitiesWithTheirPrefecture {
    @Test
    void aPrefectureBeforeAMunicipalityQualifiesItAndCarriesToTheBareOnesAfterIt() {
      ServiceArea area = ServiceArea.parse("岩手県釜石市、大船渡市、陸前高田市");

      assertThat(area.getText()).isEqualTo("岩手県釜石市、大船渡市、陸前高田市");
      assertThat(area.getMunicipalities()).containsExactly(KAMAISHI, OFUNATO, RIKUZENTAKATA);
      assertThat(area.getPrefectures()).as("a qualifier is no region of its own").isEmpty();
      assertThat(area.touchedPrefectures()).containsExactly(IWATE);
      assertThat(area.isWithinOnePrefecture()).isTrue();
      assertThat(ServiceArea.read("岩手県釜石市、大船渡市、陸前高田市").getNotes()).isEmpty();
    }

    @Test
    void aLeadingLabelIsReadAsALabel() {
      AreaReading r = ServiceArea.read("参加対象:岩手県釜石市、大船渡市、陸前高田市");

      assertThat(r.getArea().getMunicipalities()).containsExactly(KAMAISHI, OFUNATO, RIKUZENTAKATA);
      assertThat(r.getArea().getText()).isEqualTo("参加対象:岩手県釜石市、大船渡市、陸前高田市");
      assertThat(r.getNotes()).containsExactly(AreaNote.of(Kind.LABEL_OR_MARK, "参加対象"));
      assertThat(r.isComplete()).isTrue();
      assertThat(ServiceArea.parse("参加対象：岩手県釜石市、大船渡市、陸前高田市").getMunicipalities())
          .containsExactly(KAMAISHI, OFUNATO, RIKUZENTAKATA);
    }

    @Test
    void prefectureHeadingsQualifyTheMunicipalitiesAfterThem() {
      ServiceArea area = ServiceArea.parse(HOKUSETSU);

      assertThat(names(area.getMunicipalities())).containsExactly("大阪府池田市", "大阪府茨木市", "大阪府吹田市",
          "大阪府摂津市", "大阪府高槻市", "大阪府豊中市", "大阪府箕面市", "大阪府島本町", "大阪府豊能町", "大阪府能勢町",
          "兵庫県伊丹市", "兵庫県川西市", "兵庫県三田市", "兵庫県宝塚市", "兵庫県猪名川町");
      assertThat(area.getPrefectures()).isEmpty();
      assertThat(area.touchedPrefectures()).containsExactly(OSAKA, HYOGO);
      assertThat(area.getMunicipalities().get(2)).isEqualTo(Municipality.of("272051", "吹田市"));
      assertThat(ServiceArea.read(HOKUSETSU).getNotes()).isEmpty();
    }

    @Test
    void aLeadingMarkIsReadAsAMark() {
      AreaReading r = ServiceArea.read("※" + HOKUSETSU.replace(':', '：'));

      assertThat(r.getArea().getMunicipalities()).isEqualTo(ServiceArea.parse(HOKUSETSU).getMunicipalities());
      assertThat(r.getNotes()).containsExactly(AreaNote.of(Kind.LABEL_OR_MARK, "※"));
      assertThat(r.getArea().getText()).startsWith("※大阪府：池田市");
    }

    @Test
    void aPrefectureBeforeAMunicipalityAfterWhiteSpaceQualifiesIt() {
      ServiceArea area = ServiceArea.parse("千葉県 市原市");

      assertThat(area.getMunicipalities()).containsExactly(ICHIHARA);
      assertThat(area.getPrefectures()).isEmpty();
      assertThat(ServiceArea.parse("千葉県\u3000市原市").getMunicipalities()).containsExactly(ICHIHARA);
      // after a list mark it is a region of its own, and two prefectures stay two prefectures
      assertThat(ServiceArea.parse("千葉県、市原市").getPrefectures()).containsExactly(CHIBA);
      assertThat(ServiceArea.parse("宮城県 岩手県").getPrefectures()).containsExactly(MIYAGI, IWATE);
      // and one that does not hold the municipality is a region
      ServiceArea other = ServiceArea.parse("宮城県 大船渡市");
      assertThat(other.getPrefectures()).containsExactly(MIYAGI);
      assertThat(other.getMunicipalities()).containsExactly(OFUNATO);
    }

    @Test
    void aBracketedPrefectureQualifiesTheMunicipality() {
      ServiceArea area = ServiceArea.parse("三原市(広島県)");

      assertThat(area.getMunicipalities()).containsExactly(MIHARA);
      assertThat(area.getPrefectures()).isEmpty();
      assertThat(ServiceArea.parse("府中市（広島県）").getMunicipalities())
          .containsExactly(Municipality.of("342084", "府中市"));
      assertThat(ServiceArea.read("三原市(広島県)").getNotes()).isEmpty();
    }

    @Test
    void aBracketedPlaceThatIsNoPrefectureIsReadFromTheNameBeforeItWithAWarning() {
      AreaReading r = ServiceArea.read("三原市(広島市)");

      assertThat(r.getArea().getMunicipalities()).containsExactly(MIHARA);
      assertThat(r.getNotes()).containsExactly(
          AreaNote.of(Kind.BRACKETED_PLACE_NOT_PREFECTURE, "三原市(広島市)", "広島市"));
      assertThat(r.isComplete()).isTrue();
      assertThat(ServiceArea.parse("三原市(広島市)").getMunicipalities()).containsExactly(MIHARA);
    }

    @Test
    void anAmbiguousNameInABracketThatIsNoPrefectureIsStillReported() {
      AreaReading r = ServiceArea.read("府中市(広島市)");

      assertThat(r.getArea().getMunicipalities()).isEmpty();
      assertThat(kinds(r)).containsExactly(Kind.AMBIGUOUS_MUNICIPALITY, Kind.BRACKETED_PLACE_NOT_PREFECTURE);
    }

    @Test
    void wardsOfDesignatedCitiesAreMunicipalitiesOfTheArea() {
      ServiceArea area = ServiceArea.parse("北海道札幌市中央区、大阪市北区");

      assertThat(area.getMunicipalities()).extracting(Municipality::getName).containsExactly("札幌市中央区", "大阪市北区");
      assertThat(area.touchedPrefectures()).containsExactly(HOKKAIDO, OSAKA);
    }

    @Test
    void aLocalGovernmentCodeIsAMunicipality() {
      assertThat(ServiceArea.parse("032034 042056").getMunicipalities()).containsExactly(OFUNATO, KESENNUMA);
    }
  }

  @Nested
  class PlacesBelowAMunicipality {
    @Test
    void theMunicipalityIsResolvedAndThePlaceKeptAsANamedAreaNamedAsWritten() {
      AreaReading r = ServiceArea.read("養父市大屋町明延区");
      ServiceArea area = r.getArea();

      assertThat(area.getText()).isEqualTo("養父市大屋町明延区");
      assertThat(area.getMunicipalities()).isEmpty();
      assertThat(area.getNamedAreas()).containsExactly(
          NamedArea.builder().name("養父市大屋町明延区").addMunicipality(YABU).build());
      assertThat(area.touchedPrefectures()).containsExactly(HYOGO);
      assertThat(r.getNotes()).containsExactly(
          AreaNote.of(Kind.PLACE_WITHIN_MUNICIPALITY, "養父市大屋町明延区", "兵庫県養父市"));
      assertThat(ServiceArea.parse("養父市大屋町明延区")).isEqualTo(area);
    }

    @Test
    void withItsPrefectureBeforeIt() {
      ServiceArea area = ServiceArea.parse("兵庫県養父市大屋町明延区");

      assertThat(area.getNamedAreas()).extracting(NamedArea::getMunicipalities).containsExactly(List.of(YABU));
    }
  }

  @Nested
  class NamedAreas {
    @Test
    void aNameWithItsMembersInBracketsIsANamedAreaOfThoseMunicipalities() {
      AreaReading r = ServiceArea.read("気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)");

      assertThat(r.getArea().getNamedAreas()).containsExactly(ServiceAreaTest.kesen());
      assertThat(r.getArea().getMunicipalities()).isEmpty();
      assertThat(r.getArea().touchedPrefectures()).containsExactly(IWATE, MIYAGI);
      assertThat(r.getArea().goesBeyondOnePrefecture()).isTrue();
      assertThat(r.getNotes()).isEmpty();
    }

    @Test
    void membersMayBePrefectures() {
      ServiceArea area = ServiceArea.parse("北摂エリア(大阪府・兵庫県) 十勝管内(北海道)");

      assertThat(area.getNamedAreas()).containsExactly(
          NamedArea.builder().name("北摂エリア").addPrefectures(OSAKA, HYOGO).build(),
          NamedArea.builder().name("十勝管内").addPrefecture(HOKKAIDO).build());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"北摂エリア", "十勝管内"})
    void aNameWithoutMembersIsReportedNotGuessed(String name) {
      AreaReading r = ServiceArea.read(name);

      assertThat(r.getArea().isUnresolved()).isTrue();
      assertThat(r.getArea().getText()).isEqualTo(name);
      assertThat(r.getNotes()).containsExactly(AreaNote.of(Kind.NAMED_AREA_WITHOUT_MEMBERS, name));
      assertThat(r.isComplete()).isFalse();
      assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ServiceArea.parse(name))
          .satisfies(e -> assertThat(e.getReason()).isEqualTo(InvalidValueException.Reason.UNKNOWN_AREA_PARTS))
          .withMessageContaining("\"" + name + "\"");
    }

    @Test
    void aRegionalBlockIsANamedAreaOfItsPrefectures() {
      AreaReading r = ServiceArea.read("関東 近畿");
      ServiceArea area = r.getArea();

      assertThat(area.getNamedAreas()).containsExactly(NamedArea.of(RegionalBlock.KANTO),
          NamedArea.of(RegionalBlock.KINKI));
      assertThat(area.getNamedAreas().get(0).getPrefectures()).hasSize(7).contains(TOKYO);
      assertThat(area.getNamedAreas().get(0).regionalBlock()).contains(RegionalBlock.KANTO);
      assertThat(area.touchedPrefectures()).hasSize(14);
      assertThat(area.getPrefectures()).isEmpty();
      assertThat(r.getNotes()).containsExactly(AreaNote.of(Kind.REGIONAL_BLOCK, "関東"),
          AreaNote.of(Kind.REGIONAL_BLOCK, "近畿"));
      assertThat(ServiceArea.parse("九州・沖縄").getNamedAreas())
          .containsExactly(NamedArea.of(RegionalBlock.KYUSHU_OKINAWA));
      assertThat(ServiceArea.parse("北海道").getPrefectures()).as("the prefecture, not the block").containsExactly(
          HOKKAIDO);
    }

    @Test
    void aBlockWithMembersInBracketsIsANamedAreaOfThoseMembers() {
      NamedArea some = ServiceArea.parse("関東(東京都・千葉県)").getNamedAreas().get(0);

      assertThat(some.getPrefectures()).containsExactly(TOKYO, CHIBA);
      assertThat(some.regionalBlock()).isEmpty();
    }
  }

  @Nested
  class AmbiguousNames {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"府中市", "伊達市"})
    void withoutAPrefectureAreReportedNotGuessed(String name) {
      AreaReading r = ServiceArea.read(name);

      assertThat(r.getArea().isUnresolved()).isTrue();
      assertThat(kinds(r)).containsExactly(Kind.AMBIGUOUS_MUNICIPALITY);
      assertThat(r.getNotes().get(0).getCandidates()).hasSize(2);
      assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ServiceArea.parse(name))
          .satisfies(e -> assertThat(e.getReason()).isEqualTo(InvalidValueException.Reason.AMBIGUOUS_NAME))
          .satisfies(e -> assertThat(e.getMessage(Locale.JAPANESE)).contains(name));
    }

    @Test
    void theCandidatesAreTheRegistrysInCodeOrder() {
      assertThat(ServiceArea.read("伊達市").getNotes().get(0).getCandidates())
          .extracting(LocalGovernment::getPrefecture).containsExactly(HOKKAIDO, FUKUSHIMA);
      assertThat(ServiceArea.read("府中市").getNotes().get(0).getCandidates())
          .extracting(LocalGovernment::getPrefecture).containsExactly(TOKYO, HIROSHIMA);
    }

    @Test
    void aPrefectureWrittenBeforeTellsThemApart() {
      assertThat(ServiceArea.parse("東京都府中市").getMunicipalities()).extracting(Municipality::getPrefecture)
          .containsExactly(TOKYO);
      assertThat(ServiceArea.parse("福島県 伊達市").getMunicipalities()).extracting(Municipality::getPrefecture)
          .containsExactly(FUKUSHIMA);
      assertThat(ServiceArea.parse("広島県三原市、府中市").getMunicipalities()).extracting(Municipality::getPrefecture)
          .containsExactly(HIROSHIMA, HIROSHIMA);
    }

    @Test
    void aNameTwiceInItsOwnPrefectureStaysAmbiguous() {
      assertThat(kinds(ServiceArea.read("大阪府北区"))).containsExactly(Kind.AMBIGUOUS_MUNICIPALITY); // 大阪市, 堺市
      assertThat(kinds(ServiceArea.read("北海道泊村"))).containsExactly(Kind.AMBIGUOUS_MUNICIPALITY);
      assertThat(ServiceArea.parse("014036").getMunicipalities()).extracting(Municipality::getName)
          .containsExactly("泊村");
    }
  }

  @Nested
  class Separators {
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"岩手県釜石市、大船渡市、陸前高田市", "岩手県釜石市・大船渡市・陸前高田市", "岩手県釜石市,大船渡市,陸前高田市",
        "岩手県釜石市，大船渡市，陸前高田市", "岩手県釜石市/大船渡市／陸前高田市", "岩手県釜石市 大船渡市 陸前高田市",
        "岩手県釜石市\u3000大船渡市\u3000陸前高田市", " 岩手県 釜石市 、 大船渡市\n陸前高田市 "})
    void everySeparatorListsMunicipalities(String text) {
      ServiceArea area = ServiceArea.parse(text);

      assertThat(area.getMunicipalities()).containsExactly(KAMAISHI, OFUNATO, RIKUZENTAKATA);
      assertThat(area.getText()).isEqualTo(text);
    }
  }

  @Nested
  class WhatStaysAsItWas {
    @Test
    void unknownPartsAreReportedAndLeftOut() {
      AreaReading r = ServiceArea.read("宮城県 関東地方");

      assertThat(r.getArea().getPrefectures()).containsExactly(MIYAGI);
      assertThat(r.getNotes()).containsExactly(AreaNote.of(Kind.UNKNOWN_PART, "関東地方"));
    }

    @Test
    void furtherPrefecturesNotNamedAreRead() {
      ServiceArea area = ServiceArea.parse("宮城県 ほか");

      assertThat(area.getPrefectures()).containsExactly(MIYAGI);
      assertThat(area.hasUnnamedPrefectures()).isTrue();
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
    }

    @Test
    void bracketsThatDoNotCloseOrNestAreUnknownParts() {
      assertThat(kinds(ServiceArea.read("気仙地区(岩手県大船渡市"))).containsExactly(Kind.UNKNOWN_PART);
      assertThat(kinds(ServiceArea.read("a(b(c))"))).contains(Kind.UNKNOWN_PART);
      assertThat(kinds(ServiceArea.read("(広島県)"))).containsExactly(Kind.UNKNOWN_PART);
    }

    @Test
    void blankTextIsRefusedByReadAsByParse() {
      assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ServiceArea.read(" \u3000"))
          .satisfies(e -> assertThat(e.getReason()).isEqualTo(InvalidValueException.Reason.BLANK));
    }
  }
}
