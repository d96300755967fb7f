package io.github.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The usage the README shows is the one each command prints: said once, in the command's annotations. */
class ReadmeUsageTest {
  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert"})
  void theReadmeShowsTheCommandsOwnHelp(String command) throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("tsunagari.readme")));
    String marker = "<!-- usage: the output of `tsunagari " + command + " --help`, checked by a test -->\n```\n";
    int start = readme.indexOf(marker);
    assertThat(start).as("the README's usage block").isNotNegative();
    String shown = readme.substring(start + marker.length(), readme.indexOf("```", start + marker.length()));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Tsunagari.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, command, "--help");

    assertThat(exit).isZero();
    assertThat(shown).isEqualTo(out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
