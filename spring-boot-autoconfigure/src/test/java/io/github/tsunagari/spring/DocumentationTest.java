package io.github.tsunagari.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * What the auto-configuration documents is what it has: every property of {@link TsunagariProperties} in Boot's
 * configuration metadata with a description (what IDEs complete), and every problem type in docs/problems.md.
 */
class DocumentationTest {
  /** The properties of a properties class, as Boot names them, nested groups followed. */
  private static List<String> properties(String prefix, Class<?> type) throws Exception {
    List<String> names = new ArrayList<>();
    for (PropertyDescriptor p : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
      String name = prefix + "." + p.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      if (p.getWriteMethod() != null) {
        names.add(name);
      } else if (p.getPropertyType().getEnclosingClass() == TsunagariProperties.class) {
        names.addAll(properties(name, p.getPropertyType()));
      }
    }
    return names;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyPropertyIsInBootsMetadataWithADescription() throws Exception {
    Map<String, Object> metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> names = properties("tsunagari", TsunagariProperties.class);
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
  }
}
