package io.github.tsunagari.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.json.JsonParserFactory;

/**
 * What the auto-configuration documents is what it has: every property of {@link TsunagariProperties} in Boot's
 * configuration metadata with a description (what IDEs complete), and every problem type in docs/problems.md.
 */
class DocumentationTest {
  /** Boot's configuration metadata, generated from {@link TsunagariProperties}. */
  private static Map<String, Object> metadata() throws Exception {
    try (InputStream in = DocumentationTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      return JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyPropertyIsInBootsMetadataWithADescription() throws Exception {
    Map<String, Object> metadata = metadata();
    List<String> names = new ArrayList<>(values("tsunagari", new TsunagariProperties()).keySet());
    assertThat(names).contains("tsunagari.default-language", "tsunagari.fail-on", "tsunagari.max-document-size",
        "tsunagari.problems.enabled");
    List<Map<String, Object>> documented = (List<Map<String, Object>>) metadata.get("properties");
    for (String name : names) {
      assertThat(documented).as(name).anySatisfy(p -> {
        assertThat(p.get("name")).isEqualTo(name);
        assertThat((String) p.get("description")).isNotBlank();
      });
    }
    assertThat(documented).hasSameSizeAs(names);
  }

  /** The values of a properties object by Boot's names, nested groups followed. */
  private static Map<String, Object> values(String prefix, Object properties) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    PropertyDescriptor[] all = Introspector.getBeanInfo(properties.getClass(), Object.class).getPropertyDescriptors();
    for (PropertyDescriptor p : all) {
      String name = prefix + "." + p.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      Object value = p.getReadMethod().invoke(properties);
      if (p.getWriteMethod() != null) {
        values.put(name, value);
      } else if (p.getPropertyType().getEnclosingClass() == TsunagariProperties.class) {
        values.putAll(values(name, value));
      }
    }
    return values;
  }

  /**
   * The README's table of properties is Boot's metadata, row for row (its descriptions word for word), and its
   * defaults, bound as Boot binds application.properties, are the code's.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theReadmesTableOfPropertiesIsTheMetadataAndTheDefaultsAreTheCodes() throws Exception {
    Map<String, Object> metadata = metadata();
    List<String> readme = Files.readAllLines(Path.of(System.getProperty("tsunagari.readme")));
    int header = readme.indexOf("| property | default | description |");
    assertThat(header).as("the README's table of properties").isNotNegative();
    List<String> rows = new ArrayList<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String row : readme.subList(header + 2, readme.size())) {
      if (!row.startsWith("| `tsunagari.")) {
        break;
      }
      String[] cells = row.split(" \\| ", 3);
      String name = cells[0].substring("| `".length(), cells[0].length() - 1);
      defaults.put(name, cells[1].substring(1, cells[1].length() - 1));
      rows.add(name + " " + cells[2].substring(0, cells[2].length() - " |".length()));
    }
    List<String> documented = new ArrayList<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) metadata.get("properties")) {
      documented.add(p.get("name") + " " + p.get("description"));
    }

    assertThat(rows).containsExactlyElementsOf(documented);
    TsunagariProperties bound = new Binder(new MapConfigurationPropertySource(defaults))
        .bind("tsunagari", TsunagariProperties.class).get();
    assertThat(values("tsunagari", bound)).isEqualTo(values("tsunagari", new TsunagariProperties()))
        .containsOnlyKeys(defaults.keySet());
  }

  @Test
  void everyProblemTypeHasItsSectionInTheDocument() throws Exception {
    Path readme = Path.of(System.getProperty("tsunagari.readme"));
    String doc = Files.readString(readme.resolveSibling("docs").resolve("problems.md"));
    for (GrantDataProblem problem : GrantDataProblem.values()) {
      String heading = "## " + problem.getEnglishName();
      assertThat(doc).as(problem.name()).contains(heading + "\n");
      // GitHub's anchor of the heading is the type's fragment.
      assertThat(problem.getEnglishName().toLowerCase(Locale.ROOT).replace(' ', '-')).isEqualTo(problem.getAnchor());
      assertThat(problem.getType().getFragment()).isEqualTo(problem.getAnchor());
      String section = doc.substring(doc.indexOf(heading));
      assertThat(section).as(problem.name()).contains("`" + problem.getType() + "`",
          "**" + problem.getStatus().value() + " ", "(" + problem.getJapaneseName() + ")");
    }
    // README's table of the problems names each with its status and type, and no other.
    String shown = Files.readString(readme);
    List<String> rows = shown.lines().filter(l -> l.matches("\\s*\\| [0-9]{3} \\| `#[a-z-]+` \\|.*")).toList();
    assertThat(rows).hasSize(GrantDataProblem.values().length);
    for (GrantDataProblem problem : GrantDataProblem.values()) {
      assertThat(rows).as(problem.name()).anySatisfy(r -> assertThat(r.strip())
          .startsWith("| " + problem.getStatus().value() + " | `#" + problem.getAnchor() + "` |"));
    }
  }
}
