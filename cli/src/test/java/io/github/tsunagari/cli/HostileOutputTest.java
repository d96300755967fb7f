package io.github.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.sample.SampleData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What reaches a user's terminal or a program reading the JSON output, whatever the input: no control character from
 * the input (an unknown property named {@code ESC [2J} would clear the terminal), and one well-formed JSON document
 * for every combination of readable and unreadable files.
 */
class HostileOutputTest {
  static final String HOSTILE_NAME = "\u001b[2J\u001b[31mX\u0007";
  @TempDir
  static Path dir;
  static Path good;
  static Path hostile;
  static Path hostileLines;
  static Path directory;
  static Path missing;

  private String stdout;
  private String stderr;

  @BeforeAll
  static void files() throws Exception {
    good = dir.resolve("fy2024.json");
    Files.writeString(good, GrantJson.write(SampleData.fy2024()));
    hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, "{\"name\": \"x\\u001b[31m\", \"fiscalYear\": \"FY2024\", \""
        + HOSTILE_NAME.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + "\": 1}");
    hostileLines = dir.resolve("hostile.jsonl");
    String grant = GrantJson.writeLine(SampleData.fy2024().getGrants().get(1)).trim();
    Files.writeString(hostileLines, grant.replace("{\"position\"", "{\"\\u001b]0;owned\\u0007\": 2, \"position\"")
        + "\n");
    directory = dir.resolve("a-directory");
    Files.createDirectory(directory);
    missing = dir.resolve("missing.json");
  }

  private int run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Tsunagari.run(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        true, args);
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return exit;
  }

  static void assertNoControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(Character.isISOControl(c) && c != '\n' && c != '\r')
          .as("control character U+%04X at %d in:%n%s", (int) c, i, text).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void noControlCharacterFromTheInputReachesTheTerminal(String lang) {
    assertThat(run("validate", "--lang", lang, hostile.toString(), hostileLines.toString())).isEqualTo(1);

    assertNoControlCharacters(stdout);
    assertNoControlCharacters(stderr);
    assertThat(stdout).contains("\\u001B[2J", "\\u0007");
  }

  @Test
  void aFileNameWithControlCharactersIsEscaped() throws Exception {
    Path named = dir.resolve("name\u001b[2J.json");
    Files.writeString(named, GrantJson.write(SampleData.fy2024()));
    run("validate", named.toString(), dir.resolve("gone\u0007.json").toString());

    assertNoControlCharacters(stdout);
    assertNoControlCharacters(stderr);
  }

  @Test
  void theJsonOutputHasTheControlCharactersEscapedAndIsValid() throws Exception {
    run("validate", "--format", "json", hostile.toString());

    JsonNode report = new ObjectMapper().readTree(stdout);
    assertThat(report.path("findings").toString()).contains("\\u001B");
    assertNoControlCharacters(stdout);
  }

  /** Every combination of readable and unreadable files: one JSON document, an entry per file, exit code 2. */
  @Test
  void everyCombinationOfFilesGivesOneJsonDocument() throws Exception {
    List<Path> kinds = List.of(good, missing, directory, hostile);
    for (int mask = 1; mask < 1 << 8; mask++) {
      List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
      List<Path> files = new ArrayList<>();
      for (int bit = 0; bit < 8; bit++) {
        if ((mask & 1 << bit) != 0) {
          files.add(kinds.get(bit % 4));
        }
      }
      files.forEach(f -> args.add(f.toString()));
      int exit = run(args.toArray(new String[0]));

      JsonNode output = new ObjectMapper().readTree(stdout);
      List<JsonNode> entries = new ArrayList<>();
      if (files.size() == 1) {
        entries.add(output);
      } else {
        assertThat(output.isArray()).as(stdout).isTrue();
        output.forEach(entries::add);
      }
      assertThat(entries).as("%s%n%s", files, stdout).hasSize(files.size());
      for (int i = 0; i < files.size(); i++) {
        assertThat(entries.get(i).path("file").asText()).isEqualTo(files.get(i).toString());
      }
      boolean unreadable = files.contains(missing) || files.contains(directory);
      if (unreadable) {
        assertThat(exit).as("%s", files).isEqualTo(2);
      }
    }
  }
}
