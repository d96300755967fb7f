package com.example.grants;

import com.example.grants.forms.GranteeForm;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.jackson.TsunagariModule;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.region.LocalGovernment;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * What a user's program does with the published artifacts, each step checked: validate the sample, read and write
 * JSON, validate a form of one's own with a plain Jakarta validator (which needs the module opened to it and an
 * Expression Language implementation), run the rules on that validator, find a local government in the bundled
 * registry; and what the jars say of themselves.
 * Prints {@code consumer: ok}, or throws.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    GrantProgram fy2024 = SampleData.fy2024();
    ValidationReport report = GrantValidator.create().validate(fy2024);
    expect(report.isValid() && report.getWarningCount() == 1, "the sample: one warning, no errors: " + report);

    String json = GrantJson.write(fy2024);
    expect(GrantJsonReader.create().readProgram(json).getValue().orElseThrow().equals(fy2024), "JSON reads back");
    expect(GrantJson.newMapper().readValue(json, GrantProgram.class).equals(fy2024), "the mapper reads back");

    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      GranteeForm form = new GranteeForm();
      form.corporateNumber = "7000012050003"; // a wrong check digit
      form.prefecture = "東京都";
      form.municipality = "０３２０３４"; // full-width, as parse reads it
      form.fiscalYear = "令和6年度";
      Set<ConstraintViolation<GranteeForm>> violations = factory.getValidator().validate(form);
      expect(violations.size() == 1
          && violations.iterator().next().getPropertyPath().toString().equals("corporateNumber"),
          "one violation, of the corporate number: " + violations);
      expect(GrantValidator.using(factory.getValidator()).validate(fy2024).equals(report),
          "the rules on a Jakarta validator report as GrantValidator.create()");
    }

    // The bundled registry of local governments is a resource of the core module: found on the module path too.
    LocalGovernment ofunato = LocalGovernment.parse("大船渡市");
    expect(ofunato.getCode().toString().equals("032034") && LocalGovernment.all().size() == 1969,
        "the registry: " + ofunato);
    expect(Yen.parse("600万円").getAmount() == 6_000_000, "amounts");

    // The sample and the schema are resources of core, which opens their packages: read through the binding, and by
    // their names as class-path resources, on the module path too.
    try (InputStream sample = GrantJson.openSampleFy2024();
        InputStream schema = ClassLoader.getSystemResourceAsStream(GrantJson.SCHEMA_RESOURCE.substring(1))) {
      expect(GrantJsonReader.create().readProgram(sample).getValue().orElseThrow().equals(fy2024), "the bundled sample");
      expect(schema != null && new String(schema.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .contains("\"$schema\""), "the schema by its resource name " + GrantJson.SCHEMA_RESOURCE);
    }

    String version = System.getProperty("tsunagari.version");
    for (Class<?> type : new Class<?>[] {GrantValidator.class, GrantJson.class}) {
      expect(version.equals(versionOf(type)), type.getName() + ": version " + versionOf(type));
      expect(hasLicence(type), type.getName() + ": META-INF/LICENSE in its jar");
    }
    expect(new TsunagariModule().version().toString().equals(version), "the module's version");
    System.out.println("consumer: ok");
  }

  /** On the module path the module's version (javac --module-version); on the class path the jar's manifest's. */
  private static String versionOf(Class<?> type) {
    Module module = type.getModule();
    return module.isNamed() ? module.getDescriptor().rawVersion().orElse(null)
        : type.getPackage().getImplementationVersion();
  }

  private static boolean hasLicence(Class<?> type) throws IOException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath());
    try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getEntry("META-INF/LICENSE"))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Apache License");
    }
  }

  private static void expect(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError("consumer: " + what);
    }
  }
}
