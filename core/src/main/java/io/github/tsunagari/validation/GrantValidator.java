package io.github.tsunagari.validation;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates grant data and reports every problem at once: the model's field constraints (through Jakarta Validation)
 * and the program's {@linkplain Rule rules}, merged into one {@link ValidationReport}.
 *
 * <pre>{@code
 * GrantValidator validator = GrantValidator.create();   // once; share it
 * ValidationReport report = validator.validate(SampleData.fy2024());
 * report.isValid();                                      // true: warnings only
 * report.toText(Locale.JAPANESE);
 * }</pre>
 *
 * <p>{@link #validate(Object)} takes a {@link GrantProgram} (all rules), a {@link Grant}, {@link Project},
 * {@link Organization}, {@link Consortium} or {@link ServiceArea} (the rules that need no wider context: without the
 * program there is no fiscal year and no other grant to compare with), or any other object the Jakarta validator knows
 * (field constraints only). Paths in the report are JSON Pointers relative to the object validated.
 *
 * <p>{@link #create()} checks the model's constraints directly, from the same annotations a Jakarta validator reads
 * (a test proves both give the same findings), so it needs no provider to validate the model, and starts fast; only an
 * object that is not of the model makes it bootstrap the default provider, once. {@link #using(Validator)} leaves the
 * constraints to the given validator. A validator is immutable and thread-safe: create it once and share it.
 *
 * <p>Some rules compare dates with a reference date, "today" (an award date after it is in the future, a date more
 * than {@value Rule#FAR_PAST_YEARS} years before it is far in the past): by default today in Japan (the system clock
 * in {@code Asia/Tokyo}), read at each validation. {@link #withClock(Clock)} gives another clock, such as
 * {@code Clock.fixed(…)} to check data as of the day it was published, or in tests.
 */
public final class GrantValidator {
  /** The validator of the model's constraints, where one was given; null where they are checked directly. */
  private final Validator validator;
  private final FieldChecks checks;
  private final Clock clock;

  /** The clock of the reference date by default: the system clock in Japan's time zone, where the grants are. */
  private static final Clock JAPAN = Clock.system(ZoneId.of("Asia/Tokyo"));

  private GrantValidator(Validator validator, FieldChecks checks, Clock clock) {
    this.validator = validator;
    this.checks = checks;
    this.clock = clock;
  }

  /**
   * Creates a validator that checks the model's constraints directly: it needs no Jakarta Validation provider for the
   * model, and no Expression Language implementation; messages come from this library's own bundles. Validating an
   * object that is not of the model (a class of one's own with constraints) bootstraps the default provider, once.
   *
   * @return the validator
   */
  public static GrantValidator create() {
    return new GrantValidator(null, FieldChecks.MODEL, JAPAN);
  }

  /** The default provider's validator, for objects that are not of the model: bootstrapped on first use. */
  private static final class DefaultProvider {
    static final Validator VALIDATOR = bootstrap();

    private static Validator bootstrap() {
      try {
        ValidatorFactory factory = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(TemplateInterpolator.INSTANCE)
            .buildValidatorFactory();
        return factory.getValidator();
      } catch (NoProviderFoundException e) {
        throw new IllegalStateException("no Jakarta Validation provider on the class path: add one such as "
            + "org.hibernate.validator:hibernate-validator to validate objects that are not of the model", e);
      }
    }
  }

  /**
   * Creates a validator that checks field constraints with the given Jakarta validator, such as the one a Spring Boot
   * or Quarkus application already has. Messages still come from this library's bundles.
   *
   * @param validator a Jakarta validator
   * @return the grant validator
   */
  public static GrantValidator using(Validator validator) {
    return new GrantValidator(Objects.requireNonNull(validator, "validator"), null, JAPAN);
  }

  /**
   * Returns a copy of this validator that takes its reference date ("today") from the given clock: the date rules
   * ({@code dates.award-in-future}, {@code dates.far-future}, {@code dates.far-past}) compare with
   * {@code LocalDate.now(clock)}, read once per validation (once per stream for {@link #openStream()}).
   *
   * <pre>{@code
   * // as of the day the list was published, in Japan
   * GrantValidator asPublished = GrantValidator.create()
   *     .withClock(Clock.fixed(Instant.parse("2024-09-30T03:00:00Z"), ZoneId.of("Asia/Tokyo")));
   * }</pre>
   *
   * @param clock the clock; its zone decides which day it is
   * @return a validator like this one with that clock
   * @throws NullPointerException if clock is null
   */
  public GrantValidator withClock(Clock clock) {
    return new GrantValidator(validator, checks, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The clock the reference date is taken from: the system clock in {@code Asia/Tokyo} unless
   * {@link #withClock(Clock)} gave another.
   *
   * @return the clock
   */
  public Clock getClock() {
    return clock;
  }

  private LocalDate referenceDate() {
    return LocalDate.now(clock);
  }

  /**
   * Validates an object of the model: field constraints and every rule that applies to it.
   *
   * @param object a program, grant, project, organisation, consortium, service area or any constrained object
   * @return the report; empty if nothing is wrong
   * @throws IllegalArgumentException if the object is none of these and has no constraints (such as a builder or a
   *     list), so that nothing could be checked
   * @throws IllegalStateException if the object is not of the model and no Jakarta Validation provider is on the
   *     class path to check it
   * @throws NullPointerException if object is null
   */
  public ValidationReport validate(Object object) {
    Objects.requireNonNull(object, "object to validate");
    List<Finding> findings = new ArrayList<>();
    boolean model = new ProgramRules(findings, checks, referenceDate()).apply(object);
    if (model && checks != null) {
      return ValidationReport.of(findings);
    }
    Validator v = validator != null ? validator : DefaultProvider.VALIDATOR;
    if (!model && !v.getConstraintsForClass(object.getClass()).isBeanConstrained()) {
      throw new IllegalArgumentException("nothing to validate in a " + object.getClass().getName()
          + ": expected a GrantProgram, Grant, Project, Organization, Consortium, ServiceArea or another object with"
          + " Jakarta Validation constraints");
    }
    for (ConstraintViolation<Object> violation : v.validate(object)) {
      findings.add(toFinding(violation));
    }
    return ValidationReport.of(findings);
  }


  /**
   * Opens a validation of a stream of grants of one program, in the given fiscal year: each grant with every rule of a
   * whole program, one at a time.
   *
   * @param fiscalYear the program's fiscal year, against which grant and project dates are checked
   * @return a stream validator, for one stream and one thread
   */
  public GrantStreamValidator openStream(FiscalYear fiscalYear) {
    return new GrantStreamValidator(validator, checks, Optional.of(Objects.requireNonNull(fiscalYear, "fiscalYear")),
        referenceDate());
  }

  /**
   * Opens a validation of a stream of grants whose fiscal year is not known: dates are not checked against it.
   *
   * @return a stream validator, for one stream and one thread
   */
  public GrantStreamValidator openStream() {
    return new GrantStreamValidator(validator, checks, Optional.empty(), referenceDate());
  }

  /**
   * Validates what could be read of a program document whose grants could not all be read, as the library's readers
   * do for a document with problems: every rule of a program on the grants that could be read, each finding at its
   * grant's place in the document; the stated grantee count is compared with the grants the document lists, readable
   * or not.
   *
   * <pre>{@code
   * // grants 0 and 2 of three could be read: findings of the second readable grant name /grants/2
   * validator.validateReadable(readable, new int[] {0, 2}, 3);
   * }</pre>
   *
   * @param readable the program built from the document's readable parts; its grants are the readable ones, in
   *     document order
   * @param documentIndex for each of its grants, the grant's index in the document's list (ascending)
   * @param listedGrants how many grants the document lists, readable or not
   * @return the report, with the paths of the document
   * @throws IllegalArgumentException if there is not one index for each grant, or an index is out of range
   */
  public ValidationReport validateReadable(GrantProgram readable, int[] documentIndex, int listedGrants) {
    Objects.requireNonNull(readable, "readable");
    int[] index = documentIndex.clone();
    if (index.length != readable.getGrants().size()) {
      throw new IllegalArgumentException(index.length + " indices for " + readable.getGrants().size() + " grants");
    }
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= listedGrants || i > 0 && index[i] <= index[i - 1]) {
        throw new IllegalArgumentException("index " + index[i] + " of grant " + i + " is not in ascending order within"
            + " the " + listedGrants + " grants listed");
      }
    }
    List<Finding> findings = new ArrayList<>();
    new ProgramRules(findings, checks, referenceDate()).program(readable, index, listedGrants);
    if (checks != null) {
      return ValidationReport.of(findings);
    }
    String grants = io.github.tsunagari.internal.form.Path.append("", ProgramRules.GRANTS) + "/";
    for (ConstraintViolation<Object> v : validator.validate((Object) readable)) {
      Finding f = toFinding(v);
      if (f.getPath().startsWith(grants)) {
        String rest = f.getPath().substring(grants.length());
        int end = rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/');
        f = f.withPath(grants + index[Integer.parseInt(rest.substring(0, end))] + rest.substring(end));
      }
      findings.add(f);
    }
    return ValidationReport.of(findings);
  }

  static Finding toFinding(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Class<?> type = descriptor.getAnnotation().annotationType();
    Map<String, Object> attributes = descriptor.getAttributes();
    // Only the constraints of Jakarta Validation and of this library have messages in our bundles; another
    // constraint of the same simple name (a user's @com.acme.Size) gets the general message.
    String pkg = type.getPackageName();
    boolean known = pkg.equals("jakarta.validation.constraints") || pkg.equals(NullOrNotBlank.class.getPackageName());
    return Finding.ofField(type.getSimpleName(), known, JsonPointer.of(violation.getPropertyPath()),
        violation.getInvalidValue(), attribute(attributes, "min"), attribute(attributes, "max"),
        attribute(attributes, "value"));
  }

  private static Object attribute(Map<String, Object> attributes, String name) {
    Object value = attributes.get(name);
    return value == null ? "" : value;
  }

  /** Leaves templates as they are: the report writes its own messages, so no EL is ever evaluated. */
  private enum TemplateInterpolator implements MessageInterpolator {
    INSTANCE;

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return messageTemplate;
    }
  }
}
