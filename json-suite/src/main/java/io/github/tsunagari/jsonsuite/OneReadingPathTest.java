package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The binding's deserializers and {@link GrantJsonReader} are one reader: for the same bytes, in every encoding JSON
 * may have, they give the same value or the same findings; the binding's mapper ({@code GrantJson.newMapper()})
 * throws the library's exception, with the located report, for malformed JSON too.
 */
class OneReadingPathTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  static final GrantJsonReader READER = GrantJsonReader.create();
  static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
      StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

  /** What one path gives for a document: the value, or the findings. */
  record Outcome(Optional<GrantProgram> value, List<Finding> findings) {}

  static Outcome byReader(byte[] bytes) {
    ReadResult<GrantProgram> r = READER.readProgram(new ByteArrayInputStream(bytes));
    return new Outcome(r.getValue(), r.getReport().getFindings());
  }

  static Outcome byMapper(byte[] bytes) {
    try {
      return new Outcome(Optional.ofNullable(BINDING.read(bytes, GrantProgram.class)), List.of());
    } catch (InvalidGrantDataException e) {
      return new Outcome(Optional.empty(), e.getReport().getFindings());
    } catch (JsonBindingUnderTest.MapperRefusal e) {
      throw new AssertionError("the mapper threw " + e.getCause().getClass().getName()
          + ", not the library's exception", e);
    }
  }

  @Provide
  Arbitrary<String> documents() {
    JsonPropertiesTest properties = new JsonPropertiesTest();
    return properties.mutants().map(m -> new String(m.bytes(), StandardCharsets.UTF_8))
        .filter(s -> !s.startsWith("\uFEFF") && !s.contains("\uFFFD") && !s.isBlank());
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theMapperAndTheReaderGiveTheSameForTheSameBytesInEveryEncoding(@ForAll("documents") String document,
      @ForAll("encodings") Charset encoding) {
    byte[] bytes = document.getBytes(encoding);
    Outcome reader = byReader(bytes);
    Outcome mapper = byMapper(bytes);

    if (reader.value().isPresent()) {
      assertThat(mapper.value()).as(document).isEqualTo(reader.value());
    } else {
      assertThat(mapper.value()).as(document).isEmpty();
      assertThat(mapper.findings()).as("%s in %s", document, encoding)
          .containsExactlyElementsOf(reader.findings());
    }
    if (encoding != StandardCharsets.UTF_8 && document.indexOf('\u0000') < 0) {
      // The same characters in another encoding: the same verdict as in UTF-8. (Which encoding bytes are is told by
      // the zero bytes of the first characters: a NUL among them tells another one. The parser of UTF-8 bytes and
      // that of decoded text may word a syntax error differently.)
      Outcome utf8 = byReader(document.getBytes(StandardCharsets.UTF_8));
      assertThat(reader.value()).isEqualTo(utf8.value());
      assertThat(reader.findings().isEmpty()).as("%s in %s", document, encoding).isEqualTo(utf8.findings().isEmpty());
    }
  }

  @Provide
  Arbitrary<Charset> encodings() {
    return Arbitraries.of(ENCODINGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "x", "{", "{\"name\": ", "[1, 2]", "{} {}", "{\"name\": \"n\"} x", "nul", "\"abc"})
  void readValueOnMalformedJsonThrowsTheLibrarysExceptionWithTheLocatedReport(String json) {
    assertThatThrownBy(() -> BINDING.read(json, GrantProgram.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> {
          assertThat(e.getReport().getFindings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getRuleId()).startsWith("read.");
            assertThat(f.getLocation()).isPresent();
          });
        });
    // The message a caller of the mapper sees, on the binding's own exception.
    assertThat(BINDING.bindingException(json, GrantProgram.class).getMessage())
        .doesNotContain("[Source:", "com.fasterxml", "tools.jackson", "Exception");
    assertThatThrownBy(() -> BINDING.read(json.getBytes(StandardCharsets.UTF_8), GrantProgram.class))
        .isInstanceOf(InvalidGrantDataException.class);
  }

  @Test
  void bytesThatAreNotOfTheirEncodingAreRefusedTheSameWayByBoth() {
    byte[] utf16 = "{\"name\": \"孤独\"}".getBytes(StandardCharsets.UTF_16BE);
    byte[] broken = new byte[utf16.length + 2];
    System.arraycopy(utf16, 0, broken, 0, utf16.length);
    broken[utf16.length] = (byte) 0xD8; // a high surrogate with nothing after it
    Outcome reader = byReader(broken);
    Outcome mapper = byMapper(broken);

    // Read as it streams, the document's problems before its bad bytes are found too (here, its missing properties):
    // the bytes are refused with one syntax finding where they are.
    assertThat(reader.findings()).filteredOn(f -> f.getRuleId().equals("read.syntax")).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.syntax");
      assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains("UTF-16BE");
      assertThat(f.getLocation()).isPresent();
    });
    assertThat(mapper.findings()).isEqualTo(reader.findings());
  }

  @Test
  void aGrantThatCannotBeReadDoesNotHideTheFindingsOfTheOthers() throws IOException {
    String sample = new String(BINDING.openSampleFy2024().readAllBytes(), StandardCharsets.UTF_8);
    // Grant 2 (index 1): a legal form that does not exist. Grant 3: a tag in its title.
    String json = sample.replaceFirst("\"GENERAL_INCORPORATED_ASSOCIATION\"", "\"相互会社\"")
        .replaceFirst("\"title\": \"NPO", "\"title\": \"<p>NPO");
    ReadResult<GrantProgram> result = GrantJsonReader.validating(GrantValidator.create()).readProgram(json);

    assertThat(result.getValue()).isEmpty();
    assertThat(result.getReport().getFindings()).extracting(f -> f.getRuleId() + " " + f.getPath())
        .contains("read.invalid-value /grants/1/grantee/legalForm",
            "eligibility.single-prefecture-area /grants/0/project/serviceArea")
        .anyMatch(s -> s.startsWith("text.markup /grants/") && s.endsWith("/project/title"));
    assertThat(result.getReport().getFindings()).noneMatch(f -> f.getPath().startsWith("/grants/1/")
        && !f.getRuleId().startsWith("read."));
  }

  @Test
  void withoutAFiscalYearEveryReadableGrantIsStillValidated() throws IOException {
    String sample = new String(BINDING.openSampleFy2024().readAllBytes(), StandardCharsets.UTF_8);
    String json = sample.replace("\"FY2024\"", "\"令和0年度\"").replaceFirst("\"GENERAL_INCORPORATED_ASSOCIATION\"",
        "\"相互会社\"");
    ReadResult<GrantProgram> result = GrantJsonReader.validating(GrantValidator.create()).readProgram(json);

    assertThat(result.getReport().getFindings()).extracting(f -> f.getRuleId() + " " + f.getPath())
        .contains("read.invalid-value /fiscalYear", "read.invalid-value /grants/1/grantee/legalForm",
            "eligibility.single-prefecture-area /grants/0/project/serviceArea");
  }
}
