package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import static io.github.tsunagari.region.Prefecture.GIFU;
import static io.github.tsunagari.region.Prefecture.HOKKAIDO;
import static io.github.tsunagari.region.Prefecture.HYOGO;
import static io.github.tsunagari.region.Prefecture.IBARAKI;
import static io.github.tsunagari.region.Prefecture.IWATE;
import static io.github.tsunagari.region.Prefecture.KANAGAWA;
import static io.github.tsunagari.region.Prefecture.MIYAGI;
import static io.github.tsunagari.region.Prefecture.OSAKA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceAreaTest {

  static final Municipality OFUNATO = Municipality.of("032034", "大船渡市");
  static final Municipality RIKUZENTAKATA = Municipality.of("032107", "陸前高田市");
  static final Municipality KESENNUMA = Municipality.of("042056", "気仙沼市");

  static NamedArea kesen() {
    return NamedArea.builder()
        .name("気仙地区")
        .addMunicipality(OFUNATO)
        .addMunicipality(RIKUZENTAKATA)
        .addMunicipality(KESENNUMA)
        .build();
  }

  @Nested
  class ParseTheSourcesAreaColumn {
    @Test
    void onePrefectureStaysWithinIt() {
      ServiceArea area = ServiceArea.parse("北海道");

      assertThat(area.getText()).isEqualTo("北海道");
      assertThat(area.getPrefectures()).containsExactly(HOKKAIDO);
      assertThat(area.isNationwide()).isFalse();
      assertThat(area.hasUnnamedPrefectures()).isFalse();
      assertThat(area.getCenter()).isEmpty();
      assertThat(area.touchedPrefectures()).containsExactly(HOKKAIDO);
      assertThat(area.isWithinOnePrefecture()).isTrue();
      assertThat(area.goesBeyondOnePrefecture()).isFalse();
      assertThat(area.isUnresolved()).isFalse();
    }

    @Test
    void nationwideGoesBeyondAndTouchesAll47() {
      ServiceArea area = ServiceArea.parse("全国");

      assertThat(area.getText()).isEqualTo("全国");
      assertThat(area.isNationwide()).isTrue();
      assertThat(area.getPrefectures()).isEmpty();
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
      assertThat(area.isWithinOnePrefecture()).isFalse();
      assertThat(area.isUnresolved()).isFalse();
      assertThat(area.touchedPrefectures()).hasSize(47).containsExactly(Prefecture.values());
      assertThat(area).isEqualTo(ServiceArea.nationwide());
    }

    @Test
    void severalPrefecturesInWrittenOrderWithTextKeptExactly() {
      ServiceArea area = ServiceArea.parse("宮城県 岩手県");

      assertThat(area.getText()).isEqualTo("宮城県 岩手県");
      assertThat(area.getPrefectures()).containsExactly(MIYAGI, IWATE);
      assertThat(area.touchedPrefectures()).containsExactly(IWATE, MIYAGI); // JIS order
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
      assertThat(area.isWithinOnePrefecture()).isFalse();
    }

    @Test
    void prefecturesBesideNationwide() {
      ServiceArea area = ServiceArea.parse("兵庫県 茨城県 岐阜県 全国");

      assertThat(area.getText()).isEqualTo("兵庫県 茨城県 岐阜県 全国");
      assertThat(area.getPrefectures()).containsExactly(HYOGO, IBARAKI, GIFU);
      assertThat(area.isNationwide()).isTrue();
      assertThat(area.touchedPrefectures()).hasSize(47);
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
    }

    @Test
    void centredOnOnePrefectureWithOthersUnnamed() {
      ServiceArea area = ServiceArea.parse("神奈川県を中心とした複数県");

      assertThat(area.getText()).isEqualTo("神奈川県を中心とした複数県");
      assertThat(area.getPrefectures()).containsExactly(KANAGAWA);
      assertThat(area.getCenter()).contains(KANAGAWA);
      assertThat(area.hasUnnamedPrefectures()).isTrue();
      assertThat(area.isNationwide()).isFalse();
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
      assertThat(area.isWithinOnePrefecture()).isFalse();
      assertThat(area.touchedPrefectures()).containsExactly(KANAGAWA);
    }

    @Test
    void fullWidthSpaceSeparatesAndIsKeptInTheText() {
      ServiceArea area = ServiceArea.parse("大阪府\u3000兵庫県");

      assertThat(area.getText()).isEqualTo("大阪府\u3000兵庫県");
      assertThat(area.getPrefectures()).containsExactly(OSAKA, HYOGO);
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"宮城・岩手", "宮城県、岩手県", "宮城県　 岩手県", " 宮城県 岩手県 "})
    void otherSeparatorsAndShortNames(String text) {
      ServiceArea area = ServiceArea.parse(text);

      assertThat(area.getText()).isEqualTo(text);
      assertThat(area.getPrefectures()).containsExactly(MIYAGI, IWATE);
    }

    @Test
    void rejectsAnUnknownPartQuotingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ServiceArea.parse("関東地方"))
          .withMessageContaining("\"関東地方\"");
    }

    @Test
    void rejectsAnUnknownPartAmongKnownOnesQuotingOnlyThatPart() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ServiceArea.parse("宮城県 関東地方"))
          .withMessageContaining("\"関東地方\"");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u3000"})
    void rejectsEmptyTextQuotingIt(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ServiceArea.parse(text))
          .withMessageContaining("\"" + text + "\"");
    }

    @Test
    void rejectsACentreThatIsNoPrefecture() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ServiceArea.parse("関東を中心とした複数県"))
          .withMessageContaining("\"関東を中心とした複数県\"");
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> ServiceArea.parse(null));
    }
  }

  @Nested
  class Build {
    @Test
    void municipalitiesInTwoPrefecturesGoBeyondOne() {
      ServiceArea area = ServiceArea.builder().addMunicipality(OFUNATO).addMunicipality(KESENNUMA).build();

      assertThat(area.getPrefectures()).isEmpty();
      assertThat(area.touchedPrefectures()).containsExactly(IWATE, MIYAGI);
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
      assertThat(area.isWithinOnePrefecture()).isFalse();
      assertThat(area.isUnresolved()).isFalse();
    }

    @Test
    void municipalitiesInOnePrefectureStayWithinIt() {
      ServiceArea area = ServiceArea.builder().addMunicipality(OFUNATO).addMunicipality(RIKUZENTAKATA).build();

      assertThat(area.touchedPrefectures()).containsExactly(IWATE);
      assertThat(area.isWithinOnePrefecture()).isTrue();
      assertThat(area.goesBeyondOnePrefecture()).isFalse();
    }

    @Test
    void aNamedAreaAcrossTwoPrefecturesGoesBeyondOne() {
      ServiceArea area = ServiceArea.builder().addNamedArea(kesen()).build();

      assertThat(area.touchedPrefectures()).containsExactly(IWATE, MIYAGI);
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
    }

    @Test
    void anAreaWithNothingIsUnresolvedAndNeitherWithinNorBeyond() {
      ServiceArea area = ServiceArea.builder().text("事業区域は別紙のとおり").build();

      assertThat(area.isUnresolved()).isTrue();
      assertThat(area.touchedPrefectures()).isEmpty();
      assertThat(area.isWithinOnePrefecture()).isFalse();
      assertThat(area.goesBeyondOnePrefecture()).isFalse();
      assertThat(area.getText()).isEqualTo("事業区域は別紙のとおり");
    }

    @Test
    void unnamedPrefecturesAloneAreResolvedAndGoBeyond() {
      ServiceArea area = ServiceArea.builder().text("複数県").unnamedPrefectures(true).build();

      assertThat(area.isUnresolved()).isFalse();
      assertThat(area.goesBeyondOnePrefecture()).isTrue();
    }

    @Test
    void defaultTextIsWrittenFromThePartsInOrder() {
      assertThat(ServiceArea.of(MIYAGI, IWATE).getText()).isEqualTo("宮城県 岩手県");
      assertThat(ServiceArea.builder().addPrefectures(HYOGO, IBARAKI, GIFU).nationwide(true).build().getText())
          .isEqualTo("兵庫県 茨城県 岐阜県 全国");
      assertThat(ServiceArea.builder().addPrefecture(KANAGAWA).center(KANAGAWA).unnamedPrefectures(true).build()
          .getText()).isEqualTo("神奈川県を中心とした複数県");
      assertThat(ServiceArea.builder().addPrefecture(IWATE).addNamedArea(kesen()).addMunicipality(KESENNUMA).build()
          .getText()).isEqualTo("岩手県 気仙地区 気仙沼市");
      assertThat(ServiceArea.nationwide().getText()).isEqualTo("全国");
    }

    @Test
    void aBuiltAreaEqualsTheParsedAreaOfItsDefaultText() {
      ServiceArea built = ServiceArea.builder().addPrefecture(KANAGAWA).center(KANAGAWA).unnamedPrefectures(true)
          .build();

      assertThat(ServiceArea.parse(built.getText())).isEqualTo(built);
      assertThat(ServiceArea.parse("兵庫県 茨城県 岐阜県 全国"))
          .isEqualTo(ServiceArea.builder().addPrefectures(HYOGO, IBARAKI, GIFU).nationwide(true).build());
    }

    @Test
    void aCentreThatIsNotAmongThePrefecturesIsRefused() {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> ServiceArea.builder().addPrefecture(MIYAGI).center(KANAGAWA).build())
          .withMessageContaining("神奈川県");
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> ServiceArea.builder().center(KANAGAWA).unnamedPrefectures(true).build());
    }
  }

  @Nested
  class Copies {
    @Test
    void withNamedAreaReturnsACopyAndLeavesTheOriginalUnchanged() {
      ServiceArea original = ServiceArea.parse("宮城県 岩手県");
      ServiceArea copy = original.withNamedArea(kesen());

      assertThat(copy).isNotSameAs(original).isNotEqualTo(original);
      assertThat(copy.getNamedAreas()).containsExactly(kesen());
      assertThat(copy.getPrefectures()).containsExactly(MIYAGI, IWATE);
      assertThat(copy.getText()).isEqualTo("宮城県 岩手県"); // the area column as written
      assertThat(original.getNamedAreas()).isEmpty();
      assertThat(original).isEqualTo(ServiceArea.parse("宮城県 岩手県"));
    }

    @Test
    void withMunicipalityReturnsACopyAndLeavesTheOriginalUnchanged() {
      ServiceArea original = ServiceArea.parse("岩手県");
      ServiceArea copy = original.withMunicipality(KESENNUMA);

      assertThat(copy.getMunicipalities()).containsExactly(KESENNUMA);
      assertThat(copy.goesBeyondOnePrefecture()).isTrue();
      assertThat(original.getMunicipalities()).isEmpty();
      assertThat(original.isWithinOnePrefecture()).isTrue();
    }

    @Test
    void listsCannotBeModifiedFromOutside() {
      ServiceArea area = ServiceArea.parse("宮城県 岩手県");

      assertThatThrownBy(() -> area.getPrefectures().add(OSAKA)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> area.touchedPrefectures().add(OSAKA))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  // ---- properties -------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "\u3000", "、", "・", " 、 ", "  ");
  }

  @Property
  void parseReadsAnyListOfPrefectureNamesInOrder(
      @ForAll @Size(min = 1, max = 6) List<Prefecture> prefectures, @ForAll("separators") String separator) {
    String text = prefectures.stream().map(Prefecture::getJapaneseName).collect(Collectors.joining(separator));

    ServiceArea area = ServiceArea.parse(text);

    assertThat(area.getText()).isEqualTo(text);
    assertThat(area.getPrefectures()).containsExactlyElementsOf(prefectures);
    Set<Prefecture> distinct = EnumSet.copyOf(prefectures);
    assertThat(area.touchedPrefectures()).containsExactlyElementsOf(distinct);
    assertThat(area.goesBeyondOnePrefecture()).isEqualTo(distinct.size() > 1);
    assertThat(area.isWithinOnePrefecture()).isEqualTo(distinct.size() == 1);
  }

  @Property
  void addingNationwideAlwaysGoesBeyond(@ForAll @Size(max = 4) List<Prefecture> prefectures) {
    String names = prefectures.stream().map(Prefecture::getShortName).collect(Collectors.joining(" "));
    ServiceArea area = ServiceArea.parse(names.isEmpty() ? "全国" : names + " 全国");

    assertThat(area.isNationwide()).isTrue();
    assertThat(area.goesBeyondOnePrefecture()).isTrue();
    assertThat(area.isWithinOnePrefecture()).isFalse();
    assertThat(area.touchedPrefectures()).hasSize(47);
  }

  @Property
  void anyCentredAreaGoesBeyondOnePrefecture(@ForAll Prefecture center) {
    ServiceArea area = ServiceArea.parse(center.getJapaneseName() + "を中心とした複数県");

    assertThat(area.getCenter()).contains(center);
    assertThat(area.getPrefectures()).containsExactly(center);
    assertThat(area.hasUnnamedPrefectures()).isTrue();
    assertThat(area.goesBeyondOnePrefecture()).isTrue();
  }

  @Property
  void withinAndBeyondAreNeverBothTrue(
      @ForAll @Size(max = 3) List<Prefecture> prefectures, @ForAll boolean nationwide, @ForAll boolean unnamed) {
    ServiceArea area = ServiceArea.builder().text("x").addAllPrefectures(prefectures).nationwide(nationwide)
        .unnamedPrefectures(unnamed).build();

    assertThat(area.isWithinOnePrefecture() && area.goesBeyondOnePrefecture()).isFalse();
    assertThat(area.isUnresolved())
        .isEqualTo(!area.isWithinOnePrefecture() && !area.goesBeyondOnePrefecture());
  }
}
