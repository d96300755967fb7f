package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's controller ("Using Tsunagari in Spring Boot") is the example service's source file, line for line: its
 * fence names the file ({@code ```java GrantDataController.java}), which the service's build compiles and tests, so
 * {@link ReadmeSnippetsTest} passes it over. (The request and problem shown after it are checked by the service's own
 * test, which sends the one and gets the other.)
 */
class ReadmeServiceTest {
  @Test
  void theReadmesControllerIsTheServicesSource() throws IOException {
    Path readmeFile = Path.of(System.getProperty("tsunagari.readme"));
    String readme = Files.readString(readmeFile);
    String marker = "<!-- source: ";
    int at = readme.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    String file = readme.substring(at + marker.length(), readme.indexOf(" -->", at));
    int start = readme.indexOf('\n', readme.indexOf("```java ", at)) + 1;
    String block = readme.substring(start, readme.indexOf("```\n", start));

    assertThat(block).isEqualTo(Files.readString(readmeFile.resolveSibling(file)));
  }
}
