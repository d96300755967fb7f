package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README's 360Giving mapping table is the exporter's mapping ({@link GivingField}), row for row. */
class ReadmeMappingTest {
  @Test
  void theReadmeTableIsTheMapping() throws IOException {
    Path readme = Path.of(System.getProperty("tsunagari.readme", "../README.md"));
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int start = lines.indexOf("| our field | 360Giving field |");
    assertThat(start).as("README's table \"| our field | 360Giving field |\"").isNotNegative();
    List<String> rows = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(lines.get(i));
    }
    assertThat(rows).containsExactlyElementsOf(Stream.of(GivingField.values())
        .map(f -> "| " + f.getSource() + " | `" + f.getPath() + "` |").toList());
  }
}
