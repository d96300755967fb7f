package io.github.tsunagari.organization;

import io.github.tsunagari.InvalidValueException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.tsunagari.region.Prefecture;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  static Organization serviceGrant() {
    return Organization.builder()
        .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
        .name("サービスグラント")
        .headOffice(Prefecture.TOKYO)
        .build();
  }

  @Test
  void aBuilderWithoutANameSaysNameIsMissing() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Organization.builder().legalForm(LegalForm.GENERAL_INCORPORATED_ASSOCIATION).build())
        .withMessageContaining("name");
  }

  @Test
  void aBuilderWithoutALegalFormSaysLegalFormIsMissing() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Organization.builder().name("サービスグラント").build())
        .withMessageContaining("legalForm");
  }

  @Test
  void npoCertificationNeedsTheNpoLegalForm() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Organization.builder()
            .legalForm(LegalForm.GENERAL_INCORPORATED_ASSOCIATION)
            .name("例")
            .npoCertification(NpoCertification.CERTIFIED)
            .build())
        .withMessageContaining("一般社団法人")
        .withMessageContaining("特定非営利活動法人");
  }

  @Test
  void anNpoMayHaveACertification() {
    Organization org = Organization.builder()
        .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
        .name("例")
        .npoCertification(NpoCertification.CERTIFIED)
        .build();

    assertThat(org.getNpoCertification()).contains(NpoCertification.CERTIFIED);
  }

  @Test
  void displayNameIsLegalFormSpaceName() {
    assertThat(serviceGrant().getDisplayName()).isEqualTo("特定非営利活動法人 サービスグラント");
    assertThat(serviceGrant().getName()).isEqualTo("サービスグラント");
    assertThat(serviceGrant().getHeadOffice()).contains(Prefecture.TOKYO);
  }

  @Test
  void recipientIsTheOrganizationItself() {
    Organization org = serviceGrant();

    assertThat(org.recipient()).isSameAs(org);
    Grantee grantee = org;
    assertThat(grantee.getRecipientName()).isEqualTo(org.getDisplayName());
    assertThat(grantee.getRecipientCorporateNumber()).isEqualTo(org.getCorporateNumber());
  }

  @Test
  void identifierOnlyWithACorporateNumber() {
    assertThat(serviceGrant().getCorporateNumber()).isEmpty();
    assertThat(serviceGrant().toIdentifier()).isEmpty();

    Organization withNumber = Organization.builder()
        .legalForm(LegalForm.SPECIFIED_NONPROFIT_CORPORATION)
        .name("例")
        .corporateNumber(CorporateNumber.of("5010001192707"))
        .build();
    assertThat(withNumber.toIdentifier()).contains("JP-JCN-5010001192707");
  }

  @Test
  void isAValue() {
    assertThat(serviceGrant()).isEqualTo(serviceGrant()).hasSameHashCodeAs(serviceGrant());
    assertThat(serviceGrant()).isNotEqualTo(Organization.builder().from(serviceGrant()).name("別団体").build());
  }
}
