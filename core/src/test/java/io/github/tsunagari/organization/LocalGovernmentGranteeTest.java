package io.github.tsunagari.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.region.LocalGovernment;
import org.junit.jupiter.api.Test;

class LocalGovernmentGranteeTest {

  @Test
  void aLocalGovernmentsCorporateNumberFollowsFromItsCode() {
    LocalGovernmentGrantee tokyo = LocalGovernmentGrantee.parse("東京都");
    assertThat(tokyo.getCode()).hasToString("130001");
    assertThat(tokyo.getName()).isEqualTo("東京都");
    assertThat(tokyo.getDerivedCorporateNumber()).contains(CorporateNumber.of("8000020130001"));
    assertThat(tokyo.getRecipientCorporateNumber()).contains(CorporateNumber.of("8000020130001"));
    assertThat(tokyo.getCorporateNumber()).isEmpty(); // none typed in
    assertThat(LocalGovernmentGrantee.parse("千葉県 市原市").getName()).isEqualTo("千葉県 市原市"); // as written
    assertThat(LocalGovernmentGrantee.parse("122190").getName()).isEqualTo("千葉県市原市");
    assertThat(LocalGovernmentGrantee.parse("１３０００").getName()).isEqualTo("東京都"); // a code is no name
    assertThat(LocalGovernmentGrantee.of(LocalGovernment.parse("大船渡市")).getRecipientName()).isEqualTo("岩手県大船渡市");
    assertThat(LocalGovernmentGrantee.parse("札幌市中央区").getDerivedCorporateNumber()).isEmpty(); // a ward
  }
}
