import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the README's snippets into a copy of the consumer project: its module descriptor, the constrained form and the
 * test class. Run by verify.sh with the JDK alone: {@code java ReadmeSnippets.java README.md PROJECT}.
 */
public class ReadmeSnippets {
  public static void main(String[] args) throws IOException {
    String readme = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Path project = Path.of(args[1]);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    write(project.resolve("src/main/java/module-info.java"), one(blocks, "^module "));
    write(project.resolve("src/main/java/com/example/grants/forms/GranteeForm.java"),
        "package com.example.grants.forms;\n\nimport io.github.tsunagari.validation.constraints.*;\n\n"
            + one(blocks, "^public class GranteeForm"));
    write(project.resolve("src/test/java/com/example/grants/MyServiceTest.java"),
        "package com.example.grants;\n\n" + one(blocks, "^class MyServiceTest"));
  }

  private static String one(List<String> blocks, String pattern) {
    Pattern p = Pattern.compile(pattern, Pattern.MULTILINE);
    List<String> found = blocks.stream().filter(b -> p.matcher(b).find()).toList();
    if (found.size() != 1) {
      throw new IllegalStateException("expected one README snippet matching " + pattern + ", found " + found.size());
    }
    return found.get(0);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
