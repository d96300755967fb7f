package io.github.tsunagari.interchange.threesixtygiving;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The real 360Giving 1.4.3 schemas, read from where they are kept beside the repository (never copied into it): the
 * path in the system property {@code tsunagari.360giving.schemas} (the module's POM sets it to the repository's
 * {@code ../shared/standards/360giving}, and {@code .ci/run} to the folder it finds), or that folder relative to the
 * working directory's parent. Offline: the schemas' {@code http://} form of the draft 2020-12 meta-schema is mapped to
 * the validator's own, and the grant schema's 1.4.2 URL, by which the package schema refers to it, to the local file.
 */
final class GivingSchemas {
  static final String PROPERTY = "tsunagari.360giving.schemas";
  static final String PACKAGE_ID =
      "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
  static final String GRANT_ID_142 =
      "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";
  static final String GRANT_ID_143 =
      "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json";

  private GivingSchemas() {}

  /** The folder of the schemas, whether or not it is there. */
  static Path folder() {
    String given = System.getProperty(PROPERTY);
    return given == null || given.isBlank() ? Path.of("..", "..", "shared", "standards", "360giving") : Path.of(given);
  }

  /** Why the schema tests cannot run: the schemas are not there; empty where they are. */
  static Optional<String> absence() {
    Path folder = folder();
    if (Files.isRegularFile(folder.resolve("360giving-package-schema.json"))
        && Files.isRegularFile(folder.resolve("360giving-schema.json"))) {
      return Optional.empty();
    }
    return Optional.of("the 360Giving schemas are not at " + folder.toAbsolutePath().normalize() + " (set -D"
        + PROPERTY + "=<folder>): the 360Giving schema tests are skipped");
  }

  /** Skips the calling JUnit test, saying why, where the schemas are not there. */
  static void assumePresent() {
    Optional<String> absence = absence();
    assumeTrue(absence.isEmpty(), () -> absence.orElse(""));
  }

  /** Skips a jqwik property, saying why, where the schemas are not there ({@code @AddLifecycleHook}). */
  static final class Present implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return absence().map(SkipResult::skip).orElse(SkipResult.doNotSkip());
    }
  }

  /** The package schema; call {@link #assumePresent()} first. */
  static Schema packageSchema() {
    String pkg = read("360giving-package-schema.json");
    String grant = read("360giving-schema.json");
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(PACKAGE_ID, pkg, GRANT_ID_142, grant, GRANT_ID_143, grant))
            .schemaIdResolvers(r -> r.mapPrefix("http://json-schema.org/draft/2020-12/",
                "https://json-schema.org/draft/2020-12/"))
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return registry.getSchema(SchemaLocation.of(PACKAGE_ID));
  }

  /** The errors of a package against the schema, as text; empty where it is valid. */
  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static String read(String name) {
    try {
      return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
