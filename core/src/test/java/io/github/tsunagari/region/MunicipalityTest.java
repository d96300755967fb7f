package io.github.tsunagari.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

  @Test
  void readsItsPrefectureFromItsCode() {
    Municipality ofunato = Municipality.of("032034", "大船渡市");

    assertThat(ofunato.getCode()).isEqualTo(LocalGovernmentCode.of("032034"));
    assertThat(ofunato.getName()).isEqualTo("大船渡市");
    assertThat(ofunato.getPrefecture()).isEqualTo(Prefecture.IWATE);
    assertThat(Municipality.of("042056", "気仙沼市").getPrefecture()).isEqualTo(Prefecture.MIYAGI);
  }

  @Test
  void isAValue() {
    assertThat(Municipality.of("032034", "大船渡市"))
        .isEqualTo(Municipality.of(LocalGovernmentCode.fromJisCode("03203"), "大船渡市"))
        .hasSameHashCodeAs(Municipality.of("032034", "大船渡市"))
        .isNotEqualTo(Municipality.of("032107", "陸前高田市"));
  }

  @Test
  void refusesAPrefecturesOwnCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Municipality.of("130001", "東京都"))
        .withMessageContaining("130001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Municipality.builder().code(Prefecture.OSAKA.getLocalGovernmentCode()).name("大阪府").build())
        .withMessageContaining("270008");
  }

  @Test
  void refusesAnInvalidCodeNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Municipality.of("032035", "大船渡市"))
        .withMessageContaining("032035");
  }

  @Property
  void noPrefecturesOwnCodeMakesAMunicipality(@ForAll Prefecture p) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Municipality.of(p.getLocalGovernmentCode(), p.getJapaneseName()))
        .withMessageContaining(p.getLocalGovernmentCode().toString());
  }
}
