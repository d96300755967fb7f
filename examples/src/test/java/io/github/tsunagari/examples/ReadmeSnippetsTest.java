package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README compiles, and every snippet of statements runs; where a statement's comment shows
 * its result ({@code // "特定非営利活動法人 サービスグラント"}, {@code // true}, {@code // WRONG_CHECK_DIGIT},
 * {@code // [6, 000012050003]}, or a message in Japanese), the result is checked, and every such check must run. The
 * README is the one copy of each snippet: this test reads it. The snippets of test methods are also run, as tests,
 * by the consumer build ({@code consumer/}).
 */
class ReadmeSnippetsTest {
  /** What a snippet may use without importing it: the README's snippets leave these out. */
  private static final List<String> IMPORTS = List.of(
      "io.github.tsunagari.*", "io.github.tsunagari.organization.*", "io.github.tsunagari.program.*",
      "io.github.tsunagari.region.*", "io.github.tsunagari.activity.*", "io.github.tsunagari.sample.SampleData",
      "io.github.tsunagari.validation.*", "io.github.tsunagari.read.*", "io.github.tsunagari.jackson.*", "java.io.*",
      "io.github.tsunagari.money.*", "io.github.tsunagari.tables.*",
      "io.github.tsunagari.interchange.threesixtygiving.*",
      "io.github.tsunagari.interchange.gbizinfo.*", "io.github.tsunagari.interchange.jgrants.*",
      "java.time.*",
      "java.util.Locale", "java.util.List", "java.util.Optional", "com.fasterxml.jackson.databind.ObjectMapper");
  /** For snippets of classes with the reusable constraints, whose names are those of the model's types. */
  private static final List<String> CONSTRAINT_IMPORTS = List.of("io.github.tsunagari.validation.constraints.*");

  /** {@code expression; // result}: a statement whose comment shows what it returns. */
  private static final Pattern CHECKED = Pattern.compile("^(\\s*)([A-Za-z_][^=;]*?\\)[^=;]*?);\\s*// (.*)$");

  @TempDir
  static Path dir;
  private static String readme;

  @BeforeAll
  static void read() throws IOException {
    readme = Files.readString(Path.of(System.getProperty("tsunagari.readme")));
  }

  @TestFactory
  List<DynamicTest> everySnippetCompilesAndRuns() {
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<DynamicTest> tests = new ArrayList<>();
    int n = 0;
    while (m.find()) {
      String snippet = m.group(1);
      int line = readme.substring(0, m.start()).split("\n", -1).length + 1;
      int index = n++;
      tests.add(DynamicTest.dynamicTest("README line " + line, () -> check(snippet, index, line)));
    }
    assertThat(tests).as("the README's Java snippets").hasSizeGreaterThanOrEqualTo(4);
    return tests;
  }

  private static void check(String snippet, int index, int line) throws Exception {
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String l : snippet.split("\n")) {
      if (l.startsWith("import ")) {
        imports.add(l);
      } else {
        body.append(l).append('\n');
      }
    }
    String name = "ReadmeSnippet" + index;
    String source;
    Set<String> checks = new LinkedHashSet<>();
    if (body.toString().startsWith("module ")) {
      // A module descriptor: consumer/verify.sh compiles it, as the descriptor of the consumer project, and runs
      // that project on the module path. Here, only that it names the library's modules.
      assertThat(body.toString()).contains("requires io.github.tsunagari.core;");
      return;
    }
    Matcher declared = Pattern.compile("(?m)^(public )?class \\w+").matcher(body);
    if (declared.find()) {
      // A class, compiled as it is (a class of tests is also run, by the consumer build).
      String unit = body.substring(0, declared.start()) + "public class " + name + body.substring(declared.end());
      source = unit(imports, imports.isEmpty() ? CONSTRAINT_IMPORTS : List.of(), unit);
    } else {
      StringBuilder run = new StringBuilder();
      if (body.indexOf("inputStream") >= 0 && !body.toString().contains("InputStream inputStream")) {
        run.append("InputStream inputStream = GrantJson.openSampleFy2024();\n");
      }
      int at = line;
      for (String l : body.toString().split("\n")) {
        at++;
        run.append(checked(l, at, checks)).append('\n');
      }
      source = unit(imports, IMPORTS, "public class " + name + " {\n"
          + "  public static void run(java.util.function.BiConsumer<String, Object[]> check) throws Exception {\n"
          + run + "  }\n}\n");
    }
    ClassLoader loader = compile(name, source, line);
    if (source.contains("public static void run(")) {
      List<String> ran = new ArrayList<>();
      Method run = loader.loadClass(name).getMethod("run", java.util.function.BiConsumer.class);
      run.invoke(null, (java.util.function.BiConsumer<String, Object[]>) (id, actualAndExpected) -> {
        ran.add(id);
        assertThat(shown(actualAndExpected[0])).as("the result README line %s shows", id)
            .isEqualTo(actualAndExpected[1]);
      });
      assertThat(ran).as("the checked statements of the snippet at README line %d that ran", line)
          .containsExactlyElementsOf(checks);
    }
  }

  /** A statement with a result in its comment, made into a check of that result; any other line as it is. */
  private static String checked(String line, int at, Set<String> checks) {
    Matcher m = CHECKED.matcher(line);
    if (!m.matches() || m.group(2).startsWith(".")) {
      return line;
    }
    String expected = expected(m.group(3).trim());
    if (expected == null) {
      return line;
    }
    String id = Integer.toString(at);
    checks.add(id);
    return m.group(1) + "check.accept(\"" + id + "\", new Object[] {" + m.group(2) + ", \"" + escape(expected)
        + "\"});";
  }

  /** What a comment says the result is, or null if it only describes it. */
  private static String expected(String comment) {
    Matcher quoted = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(comment);
    if (quoted.find()) {
      return quoted.group(1).replace("\\\"", "\"");
    }
    Matcher word = Pattern.compile("^(true|false|[A-Z][A-Z0-9_]+)\\b(?!\\w)").matcher(comment);
    if (word.find()) {
      return word.group(1);
    }
    if (comment.startsWith("[")) {
      return comment.substring(0, comment.indexOf(']') + 1);
    }
    if (Character.UnicodeScript.of(comment.codePointAt(0)) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(comment.codePointAt(0)) == Character.UnicodeScript.KATAKANA) {
      return comment; // a message, in full
    }
    return null;
  }

  private static String shown(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(String::valueOf).orElse("");
    }
    return String.valueOf(value);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String unit(List<String> own, List<String> defaults, String body) {
    StringBuilder unit = new StringBuilder();
    own.forEach(i -> unit.append(i).append('\n'));
    defaults.forEach(i -> unit.append("import ").append(i).append(";\n"));
    return unit.append(body).toString();
  }

  private static ClassLoader compile(String name, String source, int line) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createDirectories(dir.resolve(name));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      boolean ok = compiler.getTask(null, files, diagnostics,
          List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-encoding", "UTF-8",
              "-proc:none"),
          null, List.of(unit)).call();
      StringBuilder problems = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          problems.append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ENGLISH)).append('\n');
        }
      }
      assertThat(ok).as("the snippet at README line %d compiles:%n%s%n%s", line, problems, source).isTrue();
    }
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, ReadmeSnippetsTest.class.getClassLoader());
  }
}
