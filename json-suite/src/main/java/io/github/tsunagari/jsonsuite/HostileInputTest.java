package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.ReadingLimits;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs (issue 5), by example: each gives a specific, located problem, and none is accepted as valid. The
 * inputs are the files of {@code hostile/} in the suite's resources, listed with what each must give in
 * {@code hostile/cases.tsv}; the very long strings are made here instead of committed.
 */
public class HostileInputTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  static final String DIRECTORY = "/io/github/tsunagari/jsonsuite/hostile/";
  static final GrantJsonReader READER = GrantJsonReader.validating(GrantValidator.create());
  /** The three Expression Language payloads of el-payloads.json, as they stand together in its text fields. */
  static final String EL = "${1+1} #{1+1} {jakarta.validation.constraints.NotNull.message}";

  /**
   * A file of the hostile inputs, such as {@code valid-base.json}.
   *
   * @param name its name
   * @return its bytes
   */
  public static byte[] resource(String name) {
    try (InputStream in = HostileInputTest.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException(DIRECTORY + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file of the hostile inputs as UTF-8 text.
   *
   * @param name its name
   * @return its text
   */
  public static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  /** One row of cases.tsv: a file and what reading it must give. */
  public static final class Case {
    final String file;
    final String rule;
    final String pointer;
    final Optional<String> location;
    final boolean read;

    Case(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !(f[4].equals("read") || f[4].equals("none"))) {
        throw new IllegalArgumentException("not a case: " + line);
      }
      file = f[0];
      rule = f[1];
      pointer = f[2].equals("/") ? "" : f[2];
      location = f[3].equals("-") ? Optional.empty() : Optional.of(f[3]);
      read = f[4].equals("read");
    }

    /**
     * The file.
     *
     * @return its name
     */
    public String file() {
      return file;
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /**
   * The cases of cases.tsv, in its order.
   *
   * @return the cases
   */
  public static List<Case> table() {
    List<Case> cases = new ArrayList<>();
    for (String line : text("cases.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        cases.add(new Case(line));
      }
    }
    return cases;
  }

  static Stream<Arguments> cases() {
    return table().stream().map(c -> Arguments.of(c.file, c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileInputGivesItsLocatedProblemAndIsNotValid(String file, Case c) {
    byte[] bytes = resource(file);

    ReadResult<GrantProgram> result = READER.readProgram(new ByteArrayInputStream(bytes));

    assertHostile(c, result);
    // The same characters as a string give the same result; bytes that are not UTF-8, or a byte-order mark, have no
    // string form.
    Optional<String> text = JsonPropertiesTest.strictUtf8(bytes);
    if (text.isPresent() && !text.get().startsWith("\uFEFF")) {
      ReadResult<GrantProgram> fromText = READER.readProgram(text.get());
      assertThat(fromText.getValue()).as(file).isEqualTo(result.getValue());
      assertThat(fromText.getReport().getFindings()).as(file)
          .containsExactlyElementsOf(result.getReport().getFindings());
    }
    // The mapper, given the same bytes, reads the same value or throws nothing but the library's exception or one of
    // its own JSON library's (a JsonProcessingException of Jackson 2).
    try {
      GrantProgram mapped = BINDING.read(bytes, GrantProgram.class);
      result.getValue().ifPresent(v -> assertThat(mapped).as(file).isEqualTo(v));
    } catch (InvalidGrantDataException | JsonBindingUnderTest.MapperRefusal expected) {
      assertThat(result.getValue()).as("%s: the mapper refused what the reader read: %s", file, expected).isEmpty();
    }
  }

  static void assertHostile(Case c, ReadResult<GrantProgram> result) {
    ValidationReport report = result.getReport();
    assertThat(report).as(c.file).hasError(c.rule).at(c.pointer.isEmpty() ? "/" : c.pointer);
    assertThat(result.isValid()).as("%s is accepted as valid: %s", c.file, result).isFalse();
    assertThat(result.getValue().isPresent()).as("%s read: %s", c.file, result).isEqualTo(c.read);
    List<Finding> atPlace = report.getFindings().stream()
        .filter(f -> f.getRuleId().equals(c.rule) && f.getPath().equals(c.pointer))
        .collect(Collectors.toList());
    if (c.location.isPresent()) {
      assertThat(atPlace).as("%s: %s", c.file, report)
          .anySatisfy(f -> assertThat(f.getLocation().map(Object::toString)).contains(c.location.get()));
    }
    for (Finding f : report.getFindings()) {
      // Every reading problem is an error with a location, bytes that are not UTF-8 included.
      if (f.getRuleId().startsWith("read.")) {
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getLocation()).as("%s: %s", c.file, f).isPresent();
      }
      assertThat(f.getMessage(Locale.JAPANESE)).isNotBlank();
      assertThat(f.getMessage(Locale.ENGLISH)).isNotBlank();
    }
  }

  @Test
  void everyFileOfTheDirectoryIsACaseAndEveryCaseAFile() throws URISyntaxException, IOException {
    URI cases = HostileInputTest.class.getResource(DIRECTORY + "cases.tsv").toURI();
    Set<String> files;
    // In this suite's jar when a binding runs it, in a directory when the suite's own build compiles it.
    try (FileSystem jar = cases.getScheme().equals("jar") ? FileSystems.newFileSystem(cases, Map.of()) : null;
        Stream<Path> list = Files.list(Paths.get(cases).getParent())) {
      files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    files.removeAll(Set.of("cases.tsv", "valid-base.json", ".gitattributes"));
    Set<String> listed = table().stream().map(c -> c.file).collect(Collectors.toCollection(TreeSet::new));

    assertThat(listed).hasSize(table().size()); // no file twice
    assertThat(listed).isEqualTo(files);
  }

  /** The base of most cases is valid without any finding: what each case finds is its own change. */
  @Test
  void theBaseOfTheCasesIsValidWithoutAnyFinding() {
    ReadResult<GrantProgram> result = READER.readProgram(new ByteArrayInputStream(resource("valid-base.json")));

    assertThat(result.getReport()).hasNoFindings();
    assertThat(result.getValue()).isPresent();
    assertThat(BINDING.write(result.getValue().get())).isEqualTo(text("valid-base.json"));
  }

  @Test
  void aByteOrderMarkBeforeTheDocumentIsPassedOver() {
    byte[] base = resource("valid-base.json");
    byte[] withMark = new byte[base.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(base, 0, withMark, 3, base.length);

    ReadResult<GrantProgram> result = READER.readProgram(new ByteArrayInputStream(withMark));

    assertThat(result.getReport()).hasNoFindings();
    assertThat(result.isValid()).isTrue();
    // bom.json is read too: its one finding is the markup in a title, not the mark.
    assertThat(READER.readProgram(new ByteArrayInputStream(resource("bom.json"))).getReport())
        .hasOnlyRules("text.markup");
  }

  /** Truncated at every offset, as text and as bytes (also inside a character's UTF-8 sequence). */
  @Test
  void everyPrefixOfADocumentIsASyntaxProblem() {
    String base = text("valid-base.json");
    byte[] bytes = resource("valid-base.json");
    int end = base.lastIndexOf('}'); // a prefix through the closing brace is the whole value
    int byteEnd = base.substring(0, end).getBytes(StandardCharsets.UTF_8).length;

    for (int cut = 0; cut < end; cut++) {
      assertTruncated("the first " + cut + " characters", READER.readProgram(base.substring(0, cut)));
    }
    for (int cut = 0; cut < byteEnd; cut++) {
      assertTruncated("the first " + cut + " bytes", READER.readProgram(new ByteArrayInputStream(bytes, 0, cut)));
    }
  }

  private static void assertTruncated(String what, ReadResult<GrantProgram> result) {
    assertThat(result.getValue()).as(what).isEmpty();
    assertThat(result.getReport()).as(what).hasOnlyRules("read.syntax");
    for (Finding f : result.getReport().getFindings()) {
      assertThat(f.getLocation()).as("%s: %s", what, f).isPresent();
    }
  }

  /** A string over 100 000 characters is refused where it is, as text and as bytes. */
  @Test
  void aVeryLongStringIsRefusedWithANamedLimit() {
    String base = text("valid-base.json");
    String longText = "長".repeat(ReadingLimits.MAX_STRING_LENGTH + 1);
    String json = base.replace("\"地域の居場所づくり担い手育成事業\"", "\"" + longText + "\"");
    Case c = new Case("long string\tread.limit\t/grants/0/project/title\t-\tnone");

    for (ReadResult<GrantProgram> result : List.of(READER.readProgram(json),
        READER.readProgram(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      assertHostile(c, result);
      assertThat(result.getReport()).hasOnlyRules("read.limit");
      Finding limit = result.getReport().getFindings().get(0);
      assertThat(((SourceLocation.Position) limit.getLocation().orElseThrow()).getLine()).isEqualTo(14);
      assertThat(limit.getMessage(Locale.ENGLISH)).contains("100000");
    }
  }

  /** A string of exactly 100 000 characters is read: it is too long for a summary, which validation reports. */
  @Test
  void aStringAtTheLimitIsReadAndTooLongForItsField() {
    String longText = "長".repeat(ReadingLimits.MAX_STRING_LENGTH);
    String json = text("valid-base.json").replace(
        "\"孤独・孤立対策に取り組むNPO等に対して、研修会を開催し、伴走型支援を行う。\"", "\"" + longText + "\"");
    Case c = new Case("string at the limit\tfield.TextLength\t/grants/0/project/summary\t-\tread");

    ReadResult<GrantProgram> result = READER.readProgram(json);

    assertHostile(c, result);
    assertThat(result.getValue().orElseThrow().getGrants().get(0).getProject().getSummary()).isEqualTo(longText);
    // The report quotes at most 120 characters of it.
    assertThat(result.getReport()).hasError("field.TextLength").withValue("長".repeat(120) + "…");
  }

  /**
   * Expression Language and message-template text in every text field is legitimate text: it is read and kept
   * verbatim, and a message that quotes it quotes it verbatim in both languages; it is never evaluated. The document
   * is not accepted as valid for another reason: its first title is over 300 characters.
   */
  @Test
  void expressionLanguageInEveryTextFieldIsTextNeverEvaluated() {
    String json = text("el-payloads.json");

    ReadResult<GrantProgram> result = READER.readProgram(new ByteArrayInputStream(resource("el-payloads.json")));

    // Read, every text exactly as written: writing what was read gives back the file.
    GrantProgram program = result.getValue().orElseThrow();
    assertThat(BINDING.write(program)).isEqualTo(json);
    List<String> texts = texts(program);
    assertThat(texts).hasSize(25).allSatisfy(t -> assertThat(t).containsAnyOf("${1+1}", "#{1+1}"));
    assertThat(texts).filteredOn(t -> t.contains(EL)).hasSize(23);
    assertThat(program.getGrants().get(0).getProject().getTitle()).startsWith(EL + " 地域の居場所づくり");

    // Not valid: the title is too long to be stored; the other findings are warnings.
    ValidationReport report = result.getReport();
    assertThat(result.isValid()).isFalse();
    assertThat(report).hasErrorCount(1).hasError("field.TextLength").at("/grants/0/project/title");
    assertThat(report)
        .hasOnlyRules("field.TextLength", "usefulness.long-title", "text.legal-form-in-name",
            "eligibility.single-prefecture-area", "usefulness.title-equals-summary",
            "area.region-outside-listed-prefectures", "consistency.local-government-name");
    // 帯広市's code with the payload before its name: not the registry's name for the code.
    assertThat(report).hasWarning("consistency.local-government-name")
        .at("/grants/0/project/serviceArea/namedAreas/0/municipalities/0/name");
    assertThat(report).hasWarning("text.legal-form-in-name").at("/grants/0/grantee/name");
    assertThat(report).hasWarning("eligibility.single-prefecture-area").at("/grants/0/project/serviceArea");
    assertThat(report).hasWarning("usefulness.title-equals-summary").at("/grants/1/project/summary");
    assertThat(report).hasWarning("area.region-outside-listed-prefectures")
        .at("/grants/1/project/serviceArea/municipalities/0");

    // Every message that quotes a value quotes the payload verbatim, in Japanese and in English; none evaluates it.
    List<Finding> quoting = report.getFindings().stream()
        .filter(f -> !f.getRuleId().equals("usefulness.long-title")) // gives the title's length, not its text
        .collect(Collectors.toList());
    assertThat(quoting).hasSize(7);
    for (Finding f : report.getFindings()) {
      assertThat(f.getValue()).as(f.toString()).hasValueSatisfying(v -> assertThat(v).contains(EL));
      for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
        String message = f.getMessage(locale);
        if (quoting.contains(f)) {
          assertThat(message).as("%s in %s", f.getRuleId(), locale).contains(EL);
        }
        if (message.contains("1+1") || message.contains("jakarta")) {
          assertThat(message).as("%s in %s", f.getRuleId(), locale).contains(EL);
        }
        assertThat(message).doesNotContain("must not be null", "null は許可されていません", "{2}", "{0}");
      }
    }
    assertThat(report.getFindings()).filteredOn(f -> f.getRuleId().equals("area.region-outside-listed-prefectures"))
        .singleElement().satisfies(f -> assertThat(f.getMessage(Locale.JAPANESE))
            .contains("「" + EL + "千代田区」", "「" + EL + "宮城県 岩手県」"));
    assertThat(report.toText(Locale.JAPANESE)).contains(EL);
    assertThat(report.toText(Locale.ENGLISH)).contains(EL);
  }

  /** Every text field of a program, in the order validation looks at them. */
  static List<String> texts(GrantProgram p) {
    List<String> t = new ArrayList<>();
    t.add(p.getName());
    p.getStrand().ifPresent(t::add);
    p.getGranteeCategory().ifPresent(t::add);
    p.getLegalBasis().ifPresent(law -> {
      t.add(law.getTitle());
      law.getNumber().ifPresent(t::add);
    });
    p.getPolicyPlan().ifPresent(plan -> {
      t.add(plan.getName());
      t.add(plan.getDecidedBy());
    });
    t.addAll(p.getAims());
    t.addAll(p.getEligibilityPrinciples());
    for (Grant g : p.getGrants()) {
      if (g.getGrantee() instanceof Consortium) {
        Consortium c = (Consortium) g.getGrantee();
        c.getName().ifPresent(t::add);
        t.add(c.getRepresentative().getName());
        c.getMembers().stream().filter(m -> !m.equals(c.getRepresentative())).forEach(m -> t.add(m.getName()));
      } else if (g.getGrantee() instanceof io.github.tsunagari.organization.Organization) {
        t.add(((io.github.tsunagari.organization.Organization) g.getGrantee()).getName());
      } else {
        t.add(((io.github.tsunagari.organization.LocalGovernmentGrantee) g.getGrantee()).getName());
      }
      Project project = g.getProject();
      t.add(project.getTitle());
      t.add(project.getSummary());
      project.getActivities().forEach(a -> a.getDescription().ifPresent(t::add));
      t.add(project.getServiceArea().getText());
      project.getServiceArea().getMunicipalities().forEach(m -> t.add(m.getName()));
      project.getServiceArea().getNamedAreas().forEach(a -> {
        t.add(a.getName());
        a.getMunicipalities().forEach(m -> t.add(m.getName()));
      });
    }
    return t;
  }
}
