package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** README.md lists every rule of the catalogue, with its severity; a rule added in code fails here until documented. */
class ReadmeRulesTest {
  @Test
  void everyRuleIsInTheReadmeTableWithItsSeverity() throws IOException {
    Path readme = Path.of(System.getProperty("tsunagari.readme", "../README.md"));
    List<String> rows = Files.readAllLines(readme, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("| `"))
        .collect(Collectors.toList());

    for (Rule rule : Rule.values()) {
      String id = rule == Rule.FIELD_CONSTRAINT ? "field.<Constraint>" : rule.getId();
      assertThat(rows).as("README rules table row for %s", id)
          .anySatisfy(row -> assertThat(row).startsWith("| `" + id + "` | " + rule.getSeverity() + " |"));
    }
  }
}
