package io.github.tsunagari.testkit;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik generate the Tsunagari model for {@code @ForAll} parameters without setup: {@code @ForAll GrantProgram p},
 * {@code @ForAll Organization o}, {@code @ForAll Prefecture p}, {@code @ForAll CorporateNumber n} and every other type
 * that {@link GrantArbitraries} has a generator for, with the values that generator gives (valid and realistic).
 *
 * <p>jqwik finds this provider through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} (on the class
 * path) or the module's {@code provides} clause (on the module path): adding the testkit jar in test scope is enough.
 * Its priority is above jqwik's defaults, so for the enums it covers ({@link Prefecture}, {@link LegalForm},
 * {@link TargetGroup}) it is the one used; it gives the same values.
 *
 * <p>The provider is stateless; jqwik creates it through its public no-argument constructor.
 */
public final class TsunagariArbitraryProvider implements ArbitraryProvider {
  /** The types provided, each with its generator, in the order of {@link #providedTypes()}. */
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> GENERATORS = generators();

  /** The priority of this provider: above jqwik's built-in providers (0). */
  static final int PRIORITY = 5;

  /** Creates the provider; jqwik calls this through the service loader. */
  public TsunagariArbitraryProvider() {}

  private static Map<Class<?>, Supplier<Arbitrary<?>>> generators() {
    Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
    m.put(Prefecture.class, GrantArbitraries::prefectures);
    m.put(Municipality.class, GrantArbitraries::municipalities);
    m.put(LocalGovernmentCode.class, GrantArbitraries::localGovernmentCodes);
    m.put(NamedArea.class, GrantArbitraries::namedAreas);
    m.put(ServiceArea.class, GrantArbitraries::serviceAreas);
    m.put(CorporateNumber.class, GrantArbitraries::corporateNumbers);
    m.put(LegalForm.class, GrantArbitraries::legalForms);
    m.put(Organization.class, GrantArbitraries::organizations);
    m.put(Consortium.class, GrantArbitraries::consortia);
    m.put(Grantee.class, GrantArbitraries::grantees);
    m.put(SupportActivity.class, GrantArbitraries::activities);
    m.put(TargetGroup.class, GrantArbitraries::targetGroups);
    m.put(FiscalYear.class, GrantArbitraries::fiscalYears);
    m.put(Law.class, GrantArbitraries::laws);
    m.put(PolicyPlan.class, GrantArbitraries::policyPlans);
    m.put(Project.class, GrantArbitraries::projects);
    m.put(Grant.class, GrantArbitraries::grants);
    m.put(GrantProgram.class, GrantArbitraries::programs);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The model types this provider generates.
   *
   * @return the types, an unmodifiable set in a fixed order
   */
  public static Set<Class<?>> providedTypes() {
    return GENERATORS.keySet();
  }

  /**
   * Tells whether the parameter's type is one of the {@linkplain #providedTypes() provided types} exactly; subtypes and
   * supertypes such as {@code Object} are left to other providers.
   *
   * @param targetType the type of a {@code @ForAll} parameter
   * @return true if this provider generates it
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return GENERATORS.containsKey(targetType.getRawType());
  }

  /**
   * Returns the generator of the parameter's type.
   *
   * @param targetType the type of a {@code @ForAll} parameter, one of the provided types
   * @param subtypeProvider not used: the model's types have no type parameters
   * @return a set with the type's generator, or an empty set for a type not provided
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> generator = GENERATORS.get(targetType.getRawType());
    return generator == null ? Collections.emptySet() : Collections.singleton(generator.get());
  }

  /**
   * The provider's priority, 5: higher than jqwik's built-in providers, like jqwik's own web module.
   *
   * @return the priority
   */
  @Override
  public int priority() {
    return PRIORITY;
  }
}
