package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.tables.GrantTableWriter;
import io.github.tsunagari.tables.PublishedSheet;
import io.github.tsunagari.tables.TableHeaders;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's excerpts of data ("before" and "after" in "From a published list to data") are the data's own lines:
 * each line's pieces between the "…" stand, in order, in a line of what the library ships or writes.
 */
class ReadmeExcerptsTest {
  private static List<String> excerpt(String readme, String what) {
    String marker = "<!-- excerpt: " + what;
    int at = readme.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    int start = readme.indexOf("```\n", at) + 4;
    return List.of(readme.substring(start, readme.indexOf("```", start)).split("\n"));
  }

  private static void assertExcerptOf(List<String> excerpt, List<String> lines) {
    for (String line : excerpt) {
      assertThat(lines).as("a line of which %s is an excerpt", line).anySatisfy(actual -> {
        int from = 0;
        for (String piece : line.split("…", -1)) {
          int found = actual.indexOf(piece, from);
          assertThat(found).as("%s in %s", piece, actual).isGreaterThanOrEqualTo(from);
          from = found + piece.length();
        }
      });
    }
  }

  @Test
  void theExcerptsAreTheDatasOwnLines() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("tsunagari.readme")));
    String sheet;
    try (InputStream in = PublishedSheet.openFy2024()) {
      sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertExcerptOf(excerpt(readme, "PublishedSheet.openFy2024()"), List.of(sheet.split("\n")));

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    GrantTableWriter.create().withHeaders(TableHeaders.JAPANESE_TITLES).writeCsv(
        PublishedSheet.read(PublishedSheet.openFy2024(), GrantValidator.create()).orElseThrow().getGrants(), csv);
    assertExcerptOf(excerpt(readme, "the CSV written above"),
        List.of(csv.toString(StandardCharsets.UTF_8).split("\r\n")));
  }
}
