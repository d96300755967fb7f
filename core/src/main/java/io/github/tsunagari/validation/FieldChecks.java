package io.github.tsunagari.validation;

import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.internal.form.Path;
import io.github.tsunagari.internal.form.Property;
import io.github.tsunagari.validation.constraints.NullOrNotBlank;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The model's Jakarta Validation constraints, checked directly instead of through a provider's reflective path. The
 * annotations on the model's getters stay the one truth: they are read once, here, and turned into checks of the
 * values the rules' walk visits; each finding is the one a provider gives for the same violation (a property test
 * holds the two together, against Hibernate Validator). Immutable and thread-safe.
 */
final class FieldChecks {
  /** The checks of the model, read from its annotations when first used. */
  static final FieldChecks MODEL = new FieldChecks();

  /** One constraint on the values of a property. */
  private static final class Check {
    final String name;
    final boolean known;
    final Object min;
    final Object max;
    final Object value;
    final Validity validity;

    Check(Annotation a, Validity validity) {
      Class<? extends Annotation> type = a.annotationType();
      this.name = type.getSimpleName();
      String pkg = type.getPackageName();
      this.known = pkg.equals("jakarta.validation.constraints") || pkg.equals(NullOrNotBlank.class.getPackageName());
      this.min = attribute(a, "min");
      this.max = attribute(a, "max");
      this.value = attribute(a, "value");
      this.validity = validity;
    }

    /** The attribute as a provider reports it in a constraint descriptor, or the empty string. */
    private static Object attribute(Annotation a, String name) {
      try {
        Object v = a.annotationType().getMethod(name).invoke(a);
        return v == null ? "" : v;
      } catch (NoSuchMethodException e) {
        return "";
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + name + " of " + a, e);
      }
    }

    Finding finding(String path, Object invalid) {
      return Finding.ofField(name, known, path, invalid, min, max, value);
    }
  }

  /** Whether a value meets a constraint. */
  @FunctionalInterface
  private interface Validity {
    boolean isValid(Object value);
  }

  private final Map<Property<?, ?>, Check[]> checks = new IdentityHashMap<>();
  /** By form, its properties that are not text and have checks, with their checks. */
  private final Map<Form<?>, Checked[]> objects = new IdentityHashMap<>();

  /** A property and its checks. */
  private static final class Checked {
    final Property<?, ?> property;
    final Check[] checks;

    Checked(Property<?, ?> property, Check[] checks) {
      this.property = property;
      this.checks = checks;
    }
  }

  private FieldChecks() {
    for (Form<?> form : Forms.ALL) {
      List<Checked> nonText = new ArrayList<>();
      for (Property<?, ?> p : form.properties()) {
        Check[] c = checksOf(form, p);
        if (c.length > 0) {
          checks.put(p, c);
          if (p.kind() != Kinds.TEXT) {
            nonText.add(new Checked(p, c));
          }
        }
      }
      if (!nonText.isEmpty()) {
        objects.put(form, nonText.toArray(new Checked[0]));
      }
    }
  }

  /** The checks of the values of a property, from the annotations of its getter. */
  private static Check[] checksOf(Form<?> form, Property<?, ?> p) {
    Method getter = getter(form.type(), p.name());
    List<Check> result = new ArrayList<>();
    Class<?> returned = getter.getReturnType();
    boolean unwrapped = returned == OptionalInt.class || returned == OptionalLong.class
        || p.cardinality() == Property.Cardinality.REQUIRED || p.cardinality() == Property.Cardinality.FLAG;
    for (Annotation a : getter.getAnnotations()) {
      if (isConstraint(a)) {
        if (!unwrapped) {
          throw new IllegalStateException(p + ": a constraint on the container itself is not supported: " + a);
        }
        result.add(check(a, p));
      }
    }
    AnnotatedType type = getter.getAnnotatedReturnType();
    if (type instanceof AnnotatedParameterizedType) {
      for (Annotation a : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0].getAnnotations()) {
        if (isConstraint(a)) {
          result.add(check(a, p));
        }
      }
    }
    return result.toArray(new Check[0]);
  }

  private static Method getter(Class<?> type, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String prefix : new String[] {"get", "is", "has"}) {
      try {
        return type.getMethod(prefix + cap);
      } catch (NoSuchMethodException e) {
        // the next prefix
      }
    }
    throw new IllegalStateException(type.getSimpleName() + " has no getter of " + property);
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType() != Valid.class && a.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** A constraint as a check: the provider's own validator for the library's constraints, Jakarta's built in. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Check check(Annotation a, Property<?, ?> p) {
    Class<?>[] validators = a.annotationType().getAnnotation(Constraint.class).validatedBy();
    if (validators.length == 1) {
      try {
        ConstraintValidator v = (ConstraintValidator) validators[0].getConstructor().newInstance();
        v.initialize(a);
        return new Check(a, value -> v.isValid(value, null));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make the validator of " + a, e);
      }
    }
    return new Check(a, builtIn(a, p));
  }

  /** Jakarta's built-in constraints, as Hibernate Validator checks them. */
  private static Validity builtIn(Annotation a, Property<?, ?> p) {
    switch (a.annotationType().getName()) {
      case "jakarta.validation.constraints.NotBlank":
        return v -> v != null && !v.toString().isBlank(); // as Hibernate Validator 9: U+3000 is blank too
      case "jakarta.validation.constraints.NotNull":
        return v -> v != null;
      case "jakarta.validation.constraints.NotEmpty":
        return v -> v != null && v.toString().length() > 0;
      case "jakarta.validation.constraints.PositiveOrZero":
        return v -> v == null || ((Number) v).longValue() >= 0;
      case "jakarta.validation.constraints.Positive":
        return v -> v == null || ((Number) v).longValue() > 0;
      default:
        throw new IllegalStateException(p + ": the constraint " + a.annotationType().getName()
            + " has no direct check; add one to FieldChecks");
    }
  }

  /** The checks of the properties of an object that are not text (text is checked where it is visited). */
  void object(Form<?> form, Object object, Path path, List<Finding> findings) {
    Checked[] checked = objects.get(form);
    if (checked != null) {
      for (Checked c : checked) {
        values(c.property, object, path, c.checks, findings);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T, V> void values(Property<T, V> p, Object object, Path path, Check[] c, List<Finding> findings) {
    p.forEach((T) object, v -> {
      for (Check check : c) {
        if (!check.validity.isValid(v)) {
          findings.add(check.finding(path.pointer(p.name()), v));
        }
      }
    });
  }

  /** The checks of a text value, at its place. */
  void text(Property<?, ?> property, String value, Path path, List<Finding> findings) {
    Check[] c = checks.get(property);
    if (c != null) {
      for (Check check : c) {
        if (!check.validity.isValid(value)) {
          findings.add(check.finding(path.pointer(), value));
        }
      }
    }
  }

  /** The names of the constraints checked, by property, for tests. */
  Map<String, List<String>> describe() {
    Map<String, List<String>> d = new HashMap<>();
    checks.forEach((p, c) -> {
      List<String> names = new ArrayList<>();
      for (Check check : c) {
        names.add(check.name);
      }
      d.put(p.toString(), names);
    });
    return d;
  }
}
