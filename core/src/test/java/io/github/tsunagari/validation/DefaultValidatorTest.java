package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.constraints.CorporateNumber;
import io.github.tsunagari.validation.constraints.FiscalYear;
import io.github.tsunagari.validation.constraints.LocalGovernmentCode;
import io.github.tsunagari.validation.constraints.Prefecture;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's constraints and the reusable constraint annotations take effect under a plain
 * {@code Validation.buildDefaultValidatorFactory()}, with no configuration, as in a Spring Boot or Quarkus service.
 */
class DefaultValidatorTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void bootstrap() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  @Test
  void modelConstraintsOnGetAccessorsAreSeen() {
    Organization org = Organization.builder().legalForm(LegalForm.GENERAL_INCORPORATED_ASSOCIATION).name(" ").build();
    Project project = Project.builder().title("").summary("\t").serviceArea(ServiceArea.nationwide()).build();

    assertThat(paths(validator.validate(org))).containsExactly("name");
    assertThat(paths(validator.validate(project))).containsExactlyInAnyOrder("title", "summary");
  }

  @Test
  void nestedModelIsValidatedThroughItsGrants() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 1, b -> b.title(" "));

    assertThat(paths(validator.validate(program))).containsExactly("grants[1].project.title");
  }

  @Test
  void theValidFixtureHasNoViolations() {
    assertThat(validator.validate(Fixtures.valid())).isEmpty();
  }

  /**
   * A user's own DTO, as a service that receives grant data would write it. Public, because these tests run on the
   * module path and Hibernate Validator may only reflect on public members of exported packages there.
   */
  public static final class GranteeForm {
    public @CorporateNumber String corporateNumber;
    public @Prefecture String prefecture;
    public @LocalGovernmentCode String municipality;
    public @FiscalYear String fiscalYear;
    public List<@Prefecture String> areas = List.of();

    GranteeForm(String corporateNumber, String prefecture, String municipality, String fiscalYear) {
      this.corporateNumber = corporateNumber;
      this.prefecture = prefecture;
      this.municipality = municipality;
      this.fiscalYear = fiscalYear;
    }
  }

  @Test
  void reusableConstraintsAcceptValidValuesAndNull() {
    assertThat(validator.validate(new GranteeForm("7000012050002", "東京都", "032034", "令和6年度"))).isEmpty();
    assertThat(validator.validate(new GranteeForm("8000020130001", "13", "130001", "FY2024"))).isEmpty();
    assertThat(validator.validate(new GranteeForm("1180301018771", "Tokyo", "042056", "2024年度"))).isEmpty();
    assertThat(validator.validate(new GranteeForm(null, null, null, null))).isEmpty();
  }

  @Test
  void reusableConstraintsRejectImpossibleValuesWithTheirMessages() {
    GranteeForm form = new GranteeForm("2835678256246", "48", "032035", "令和0年度");
    form.areas = List.of("北海道", "関東");

    Set<ConstraintViolation<GranteeForm>> violations = validator.validate(form);

    assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("corporateNumber",
                "must be a corporate number (13 digits with a correct check digit)"),
            org.assertj.core.groups.Tuple.tuple("prefecture", "must be a prefecture code (01 to 47) or name"),
            org.assertj.core.groups.Tuple.tuple("municipality",
                "must be a local government code (6 digits with a correct check digit)"),
            org.assertj.core.groups.Tuple.tuple("fiscalYear",
                "must be a fiscal year label such as 令和6年度, 2024年度 or FY2024"),
            org.assertj.core.groups.Tuple.tuple("areas[1].<list element>",
                "must be a prefecture code (01 to 47) or name"));
  }

  @Test
  void reusableConstraintsHaveJapaneseMessages() {
    ConstraintViolation<GranteeForm> violation =
        validator.validate(new GranteeForm("123", null, null, null)).iterator().next();
    MessageInterpolator.Context context = new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return violation.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };

    String japanese = factory.getMessageInterpolator()
        .interpolate(violation.getMessageTemplate(), context, Locale.JAPANESE);

    assertThat(japanese).isEqualTo("法人番号（検査用数字が正しい13桁）である必要があります");
  }

  @Test
  void grantValidatorCanUseTheApplicationsOwnValidator() {
    GrantValidator grantValidator = GrantValidator.using(validator);
    ValidationReport report = grantValidator.validate(Fixtures.withProject(Fixtures.valid(), 0, b -> b.title("")));

    assertThat(report.getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("field.NotBlank", "/grants/0/project/title"));
  }
}
