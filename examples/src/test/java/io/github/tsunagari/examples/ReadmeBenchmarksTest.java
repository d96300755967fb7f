package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's section Benchmarks quotes its figures from {@code benchmarks/RESULTS.md}, where each was measured with
 * the command that measures it: every ratio the section gives (such as {@code 0.76} or {@code 1.1–1.7}) stands there
 * too. Speed is never asserted in a test; what is checked is that the README says what was measured.
 */
class ReadmeBenchmarksTest {
  /** A ratio or a range of them; a version of Jackson (also in a profile's name) is none. */
  private static final Pattern RATIO = Pattern.compile("(?<!Jackson |jackson-)\\b\\d+\\.\\d+(–\\d+\\.\\d+)?");

  @Test
  void everyFigureOfTheSectionBenchmarksIsOneOfTheResults() throws IOException {
    Path readme = Path.of(System.getProperty("tsunagari.readme"));
    String text = Files.readString(readme);
    int start = text.indexOf("\n## Benchmarks\n");
    assertThat(start).as("the section Benchmarks of README.md").isPositive();
    int end = text.indexOf("\n## ", start + 1);
    String section = text.substring(start, end < 0 ? text.length() : end);
    String results = Files.readString(readme.resolveSibling("benchmarks").resolve("RESULTS.md"));

    List<String> figures = new ArrayList<>();
    Matcher m = RATIO.matcher(section);
    while (m.find()) {
      figures.add(m.group());
    }
    assertThat(figures).as("the ratios the section gives").hasSizeGreaterThanOrEqualTo(6);
    assertThat(figures).allSatisfy(figure -> assertThat(results).as("benchmarks/RESULTS.md").contains(figure));
  }
}
