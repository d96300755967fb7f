package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's controller and handler ("Using Tsunagari in Spring Boot") are the example service's source files, line
 * for line: each fence names its file ({@code ```java GrantDataController.java}), which the service's build compiles
 * and tests, so {@link ReadmeSnippetsTest} passes them over. (The request and problem shown after the controller are
 * checked by the service's own test, which sends the one and gets the other.)
 */
class ReadmeServiceTest {
  @Test
  void theReadmesSourcesAreTheServicesFiles() throws IOException {
    Path readmeFile = Path.of(System.getProperty("tsunagari.readme"));
    String readme = Files.readString(readmeFile);
    String marker = "<!-- source: ";
    int sources = 0;
    for (int at = readme.indexOf(marker); at >= 0; at = readme.indexOf(marker, at + 1)) {
      String file = readme.substring(at + marker.length(), readme.indexOf(" -->", at));
      int start = readme.indexOf('\n', readme.indexOf("```java ", at)) + 1;
      String block = readme.substring(start, readme.indexOf("```\n", start));

      assertThat(block).as(file).isEqualTo(Files.readString(readmeFile.resolveSibling(file)));
      sources++;
    }
    assertThat(sources).as("the controller and the application's own handler").isEqualTo(2);
  }
}
