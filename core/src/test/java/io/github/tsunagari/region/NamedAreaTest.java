package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamedAreaTest {

  @Test
  void kesenTouchesIwateAndMiyagi() {
    NamedArea kesen = ServiceAreaTest.kesen();

    assertThat(kesen.getName()).isEqualTo("気仙地区");
    assertThat(kesen.getPrefectures()).isEmpty();
    assertThat(kesen.touchedPrefectures()).containsExactly(Prefecture.IWATE, Prefecture.MIYAGI);
  }

  @Test
  void anAreaOfPrefecturesTouchesThemInJisOrder() {
    NamedArea hokusetsu = NamedArea.builder()
        .name("北摂エリア")
        .addPrefecture(Prefecture.HYOGO)
        .addPrefecture(Prefecture.OSAKA)
        .build();

    assertThat(hokusetsu.getPrefectures()).containsExactly(Prefecture.HYOGO, Prefecture.OSAKA);
    assertThat(hokusetsu.touchedPrefectures()).containsExactly(Prefecture.OSAKA, Prefecture.HYOGO);
  }

  @Test
  void prefecturesAndMunicipalitiesTogetherAreTouchedOnce() {
    NamedArea area = NamedArea.builder()
        .name("十勝・気仙")
        .addPrefecture(Prefecture.IWATE)
        .addMunicipality(Municipality.of("032034", "大船渡市"))
        .addMunicipality(Municipality.of("012076", "帯広市"))
        .build();

    assertThat(area.touchedPrefectures()).containsExactly(Prefecture.HOKKAIDO, Prefecture.IWATE);
  }

  @Test
  void anAreaWithNoPartsIsRefused() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> NamedArea.builder().name("どこか").build())
        .withMessageContaining("どこか");
  }

  @Test
  void anAreaWithoutANameIsRefused() {
    assertThatIllegalStateException()
        .isThrownBy(() -> NamedArea.builder().addPrefecture(Prefecture.HOKKAIDO).build())
        .withMessageContaining("name");
  }

  @Test
  void touchedPrefecturesCannotBeModified() {
    assertThatThrownBy(() -> ServiceAreaTest.kesen().touchedPrefectures().add(Prefecture.TOKYO))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
