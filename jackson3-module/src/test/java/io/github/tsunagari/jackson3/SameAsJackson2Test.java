package io.github.tsunagari.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding writes the Jackson 2 binding's canonical text, byte for byte, and its mapper refuses every
 * hostile or invalid document with the Jackson 2 mapper's findings: the same rules, paths, locations and messages.
 */
class SameAsJackson2Test {
  private static final JsonMapper MAPPER = GrantJson.newMapper();
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER2 =
      io.github.tsunagari.jackson.GrantJson.newMapper();
  /** The hostile documents of the binding suite, read where they are. */
  private static final Path HOSTILE = Path.of("../json-suite/src/main/resources/io/github/tsunagari/jsonsuite/hostile");

  @Test
  void writesTheCanonicalTextOfJackson2() throws IOException {
    GrantProgram sample = SampleData.fy2024();
    String text = GrantJson.write(sample);
    assertThat(text).isEqualTo(io.github.tsunagari.jackson.GrantJson.write(sample));
    assertThat(MAPPER.readValue(text, GrantProgram.class)).isEqualTo(sample);
    Grant grant = sample.getGrants().get(0);
    assertThat(GrantJson.writeLine(grant)).isEqualTo(io.github.tsunagari.jackson.GrantJson.writeLine(grant));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GrantJson.write(sample, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    ValidationReport report = io.github.tsunagari.validation.GrantValidator.create().validate(sample);
    assertThat(GrantJson.write(report)).isEqualTo(io.github.tsunagari.jackson.GrantJson.write(report));
  }

  /** A character beyond the Basic Multilingual Plane (𠮷, in Japanese names), written to a stream as to text. */
  @Test
  void writesACharacterBeyondTheBmpToAStreamAsJackson2Does() throws IOException {
    String name = "\uD842\uDFB7野家";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GrantJson.write(name, out);
    ByteArrayOutputStream out2 = new ByteArrayOutputStream();
    io.github.tsunagari.jackson.GrantJson.write(name, out2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GrantJson.write(name));
    assertThat(out2.toString(StandardCharsets.UTF_8)).isEqualTo(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void servesTheSampleAndSchemaOfJackson2() throws IOException {
    assertThat(GrantJson.SAMPLE_FY2024_RESOURCE)
        .isEqualTo(io.github.tsunagari.jackson.GrantJson.SAMPLE_FY2024_RESOURCE);
    assertThat(GrantJson.SCHEMA_RESOURCE).isEqualTo(io.github.tsunagari.jackson.GrantJson.SCHEMA_RESOURCE);
    try (InputStream sample = GrantJson.openSampleFy2024();
        InputStream sample2 = io.github.tsunagari.jackson.GrantJson.openSampleFy2024();
        InputStream schema = GrantJson.openSchema();
        InputStream schema2 = io.github.tsunagari.jackson.GrantJson.openSchema()) {
      assertThat(sample.readAllBytes()).isEqualTo(sample2.readAllBytes());
      assertThat(schema.readAllBytes()).isEqualTo(schema2.readAllBytes());
    }
  }

  static Stream<Path> hostileDocuments() throws IOException {
    try (Stream<Path> files = Files.list(HOSTILE)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("hostileDocuments")
  void findsWhatJackson2FindsInEachHostileDocument(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(outcome3(() -> MAPPER.readValue(bytes, GrantProgram.class)))
        .isEqualTo(outcome2(() -> MAPPER2.readValue(bytes, GrantProgram.class)));
    assertThat(outcome3(() -> MAPPER.readValue(new ByteArrayInputStream(bytes), GrantProgram.class)))
        .isEqualTo(outcome2(() -> MAPPER2.readValue(new ByteArrayInputStream(bytes), GrantProgram.class)));
  }

  static Stream<String> invalidDocuments() {
    String sample = GrantJson.write(SampleData.fy2024());
    return Stream.of(
        sample.replaceFirst("\"prefectures\": \\[\\s*\"01\"", "\"prefectures\": [\"48\""),
        sample.replaceFirst("\"title\"", "\"unknownProperty\": 1, \"title\""),
        sample + "{}",
        sample + "]",
        sample.substring(0, sample.length() / 2),
        "{\"fiscalYear\": \"FY2024\", \"grants\": [" + "[".repeat(2000) + "]",
        "{\"fiscalYear\": 12345678901234567890123456789012345678901234567890}",
        "{\"" + "n".repeat(20_000) + "\": 1}",
        "",
        "null",
        "{\"fiscalYear\": \"FY2024\",}");
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void findsWhatJackson2FindsInEachInvalidDocument(String json) {
    List<String> jackson2 = outcome2(() -> MAPPER2.readValue(json, GrantProgram.class));
    assertThat(jackson2).isNotEmpty();
    assertThat(outcome3(() -> MAPPER.readValue(json, GrantProgram.class))).isEqualTo(jackson2);
  }

  @Test
  void saysOnlyTheReportInItsMessage() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"grants\": [}", GrantProgram.class))
        .isInstanceOf(InvalidGrantJsonException.class)
        .satisfies(e -> assertThat(e.getMessage())
            .isEqualTo(((InvalidGrantJsonException) e).getReport().toText(Locale.ENGLISH)))
        .cause().isInstanceOf(io.github.tsunagari.read.InvalidGrantDataException.class);
  }

  @FunctionalInterface
  interface Read {
    Object read() throws Exception;
  }

  /** The findings of a read, each as its rule, path, location and message; a list of none where the read succeeds. */
  private static List<String> outcome3(Read read) {
    try {
      read.read();
      return List.of();
    } catch (InvalidGrantJsonException e) {
      return described(e.getReport());
    } catch (Exception e) {
      return List.of("not the library's exception: " + e);
    }
  }

  private static List<String> outcome2(Read read) {
    try {
      read.read();
      return List.of();
    } catch (io.github.tsunagari.jackson.InvalidGrantJsonException e) {
      return described(e.getReport());
    } catch (Exception e) {
      return List.of("not the library's exception: " + e);
    }
  }

  private static List<String> described(ValidationReport report) {
    List<String> described = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      described.add(f.getRuleId() + " " + f.getPath() + " " + f.getLocation().map(Object::toString).orElse("-") + " "
          + f.getMessage(Locale.ENGLISH) + " / " + f.getMessage(Locale.JAPANESE));
    }
    return described;
  }
}
