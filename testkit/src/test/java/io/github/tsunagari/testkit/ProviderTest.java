package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/** {@code @ForAll} works for every type the facade covers, through the provider registered in META-INF/services. */
class ProviderTest {

  @Property(tries = 50)
  void forAllWorksForEveryProvidedType(
      @ForAll Prefecture prefecture,
      @ForAll Municipality municipality,
      @ForAll LocalGovernmentCode code,
      @ForAll NamedArea namedArea,
      @ForAll ServiceArea serviceArea,
      @ForAll CorporateNumber corporateNumber,
      @ForAll LegalForm legalForm,
      @ForAll Organization organization,
      @ForAll Consortium consortium,
      @ForAll Grantee grantee,
      @ForAll SupportActivity activity,
      @ForAll TargetGroup targetGroup,
      @ForAll FiscalYear fiscalYear,
      @ForAll Law law,
      @ForAll PolicyPlan plan,
      @ForAll Project project,
      @ForAll Grant grant,
      @ForAll GrantProgram program) {
    // Values of the facade's generators: spot checks of what only those generators give.
    assertThat(municipality.getCode().isPrefecture()).isFalse();
    assertThat(serviceArea.goesBeyondOnePrefecture()).isTrue();
    assertThat(CorporateNumber.isValid(corporateNumber.toString())).isTrue();
    assertThat(fiscalYear.getStartYear()).isBetween(2019, 2030);
    assertThat(consortium.getMembers()).contains(consortium.getRepresentative());
    assertThat(grantee.getRecipientName()).isNotBlank();
    assertThat(project.getActivities()).isNotEmpty();
    assertThat(program.getGrants().size()).isLessThanOrEqualTo(GrantArbitraries.MAX_GRANTS);
    assertThat(List.of(prefecture, code, namedArea, legalForm, organization, activity, targetGroup, law, plan, grant))
        .doesNotContainNull();
  }

  @Test
  void thePropertyAboveHasOneParameterPerProvidedType() throws Exception {
    Method m = getClass().getDeclaredMethod("forAllWorksForEveryProvidedType", Prefecture.class, Municipality.class,
        LocalGovernmentCode.class, NamedArea.class, ServiceArea.class, CorporateNumber.class, LegalForm.class,
        Organization.class, Consortium.class, Grantee.class, SupportActivity.class, TargetGroup.class,
        FiscalYear.class, Law.class, PolicyPlan.class, Project.class, Grant.class, GrantProgram.class);
    List<Class<?>> types = new ArrayList<>();
    for (Parameter p : m.getParameters()) {
      types.add(p.getType());
    }
    assertThat(types).containsExactlyInAnyOrderElementsOf(TsunagariArbitraryProvider.providedTypes());
  }

  @Test
  void theProviderIsRegisteredForTheServiceLoader() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/services/net.jqwik.api.providers.ArbitraryProvider")) {
      assertThat(in).isNotNull();
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
      assertThat(lines).containsExactly(TsunagariArbitraryProvider.class.getName());
    }
  }

  @Test
  void theProviderClaimsItsTypesOnly() {
    TsunagariArbitraryProvider provider = new TsunagariArbitraryProvider();
    for (Class<?> type : TsunagariArbitraryProvider.providedTypes()) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as("%s", type).isTrue();
      assertThat(provider.provideFor(TypeUsage.of(type), usage -> java.util.Set.of())).hasSize(1);
    }
    for (Class<?> other : List.of(Object.class, String.class, Integer.class, List.class)) {
      assertThat(provider.canProvideFor(TypeUsage.of(other))).as("%s", other).isFalse();
      assertThat(provider.provideFor(TypeUsage.of(other), usage -> java.util.Set.of())).isEmpty();
    }
    assertThat(provider.priority()).isGreaterThan(0);
  }
}
