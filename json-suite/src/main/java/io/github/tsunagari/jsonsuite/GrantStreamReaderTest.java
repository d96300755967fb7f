package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.read.ReadingLimits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GrantStreamReaderTest {
  private static GrantStreamReader reader;

  @BeforeAll
  static void create() {
    reader = GrantStreamReader.create(GrantValidator.create()).withFiscalYear(FiscalYear.of(2024));
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theListReadingsHoldWhatTheStreamGivesWithOneReport() throws IOException {
    String good = GeneratedGrants.record(0) + "\n" + GeneratedGrants.record(3) + "\n";
    String bad = good + "{\"position\": 3, \"grantee\": \n";
    List<Grant> streamed = new ArrayList<>();
    reader.readJsonLines(bytes(good), r -> streamed.add(r.getGrant().orElseThrow()));

    ReadResult<List<Grant>> lines = reader.readJsonLinesGrants(bytes(good));
    ReadResult<List<Grant>> array = reader.readArrayGrants(bytes("[" + good.trim().replace("\n", ",") + "]"));
    ReadResult<List<Grant>> broken = reader.readJsonLinesGrants(bytes(bad));

    assertThat(lines.getValue()).contains(streamed);
    assertThat(array.getValue()).contains(streamed);
    assertThat(lines.getReport()).isEqualTo(array.getReport());
    assertThat(broken.getValue()).isEmpty(); // a record that could not be read: no list, and its finding
    assertThat(broken.getReport().getFindings()).extracting(Finding::getRuleId).contains("read.syntax");
  }

  @Test
  void jsonLinesAreReadOneRecordAtATimeAndABadLineDoesNotStopTheRest() throws IOException {
    String lines = GeneratedGrants.record(0) + "\n"
        + "\n"                                                     // blank: passed over
        + "{\"position\": 2, \"grantee\": \n"                      // malformed line
        + GeneratedGrants.record(0).replace("\"position\": 1", "\"position\": 3") + "\r\n" // same organisation
        + GeneratedGrants.record(3).replace("\"13\"", "\"東京\"") + "\n";
    List<GrantRecord> records = new ArrayList<>();

    StreamSummary summary = reader.readJsonLines(bytes(lines), records::add);

    assertThat(summary.getRecordCount()).isEqualTo(4);
    assertThat(summary.getUnreadableCount()).isEqualTo(1);
    assertThat(records).extracting(GrantRecord::getIndex).containsExactly(0, 1, 2, 3);
    assertThat(records.get(0).getReport().getFindings()).isEmpty();
    assertThat(records.get(1).getGrant()).isEmpty();
    assertThat(records.get(1).getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.syntax");
      assertThat(((SourceLocation.Position) f.getLocation().orElseThrow()).getLine()).isEqualTo(3);
    });
    assertThat(records.get(2).getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("consistency.duplicate-organization", "/2/grantee"));
    assertThat(records.get(3).getGrant()).isPresent();
    assertThat(summary.count(Severity.ERROR)).isEqualTo(1);
    assertThat(summary.count(Severity.WARNING)).isEqualTo(1);
    assertThat(summary.isValid()).isFalse();
  }

  @Test
  void aJsonArrayIsReadOneRecordAtATime() throws IOException {
    String array = "[" + GeneratedGrants.record(0) + ",\n {\"position\": 2, \"colour\": 1},\n"
        + GeneratedGrants.record(0) + "]";
    List<GrantRecord> records = new ArrayList<>();

    StreamSummary summary = reader.readArray(bytes(array), records::add);

    assertThat(summary.getRecordCount()).isEqualTo(3);
    assertThat(records.get(1).getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("read.unknown-property", "/1/colour"),
            org.assertj.core.groups.Tuple.tuple("read.missing-property", "/1/grantee"),
            org.assertj.core.groups.Tuple.tuple("read.missing-property", "/1/project"));
    assertThat(records.get(2).getReport().getFindings()).extracting(Finding::getRuleId).containsExactly(
        "consistency.duplicate-organization", "consistency.duplicate-position");
    assertThat(summary.getStreamProblems().isEmpty()).isTrue();
  }

  @Test
  void malformedJsonEndsAnArrayAndIsAStreamProblem() throws IOException {
    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = reader.readArray(bytes("[" + GeneratedGrants.record(0) + ", {"),
        records::add);
    // The record the JSON broke off in counts as a record that could not be read, and reports why.
    assertThat(records).hasSize(2);
    assertThat(records.get(0).getGrant()).isPresent();
    assertThat(records.get(1).getGrant()).isEmpty();
    assertThat(records.get(1).getReport().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.syntax");
    assertThat(summary.getStreamProblems().isEmpty()).isTrue();
    assertThat(summary.isValid()).isFalse();
    StreamSummary outside = reader.readArray(bytes("[" + GeneratedGrants.record(0) + "] x"),
        r -> { });
    assertThat(outside.getStreamProblems().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.syntax");
  }

  @Test
  void aRecordCutByMalformedJsonKeepsItsFindings() throws IOException {
    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = reader.readArray(
        bytes("[{\"position\": 0, \"colour\": 1, \"grantee\": "), records::add);
    assertThat(records).singleElement().satisfies(r -> assertThat(r.getReport().getFindings())
        .extracting(Finding::getRuleId).contains("read.invalid-value", "read.unknown-property", "read.syntax"));
    assertThat(summary.getStreamProblems().isEmpty()).isTrue();
  }

  @Test
  void anArrayRecordOverItsLimitEndsTheArray() throws IOException {
    String huge = "[{\"position\": 1, \"project\": {\"activities\": ["
        + "{\"kind\": \"TRAINING\"},".repeat(ReadingLimits.MAX_RECORD_LENGTH / 20) + "{}]}}]";
    List<GrantRecord> records = new ArrayList<>();
    reader.readArray(bytes(huge), records::add);
    assertThat(records).singleElement().satisfies(r -> assertThat(r.getReport().getFindings())
        .extracting(Finding::getRuleId).contains("read.limit"));
  }

  @Test
  void aByteOrderMarkBeforeJsonLinesIsPassedOver() throws IOException {
    List<GrantRecord> records = new ArrayList<>();
    reader.readJsonLines(bytes("\uFEFF" + GeneratedGrants.record(0) + "\n"), records::add);
    assertThat(records).singleElement().satisfies(r -> assertThat(r.getGrant()).isPresent());
  }

  @Test
  void notAnArrayIsAStreamProblem() throws IOException {
    StreamSummary summary = reader.readArray(bytes("42"), r -> { });
    assertThat(summary.getStreamProblems().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.wrong-type");
      assertThat(f.getMessage(java.util.Locale.ENGLISH)).isEqualTo("Expected a list but found a whole number.");
    });
  }

  /**
   * 300 000 generated grants (about 190 MB of JSON Lines, and again as an array) stream through a JVM with a 32 MiB
   * heap: the reader keeps one record and the compact keys of the cross-record rules, nothing more.
   */
  @Test
  void aStreamFarLargerThanTheHeapIsReadUnder32MiB() throws Exception {
    for (String form : new String[] {"lines", "array"}) {
      String classPath = System.getProperty("java.class.path") + File.pathSeparator
          + System.getProperty("jdk.module.path", "");
      Process child = new ProcessBuilder(
          new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx32m", "-XX:+UseSerialGC",
          "-cp", classPath, StreamUnderSmallHeap.class.getName(), "300000", form)
          .redirectErrorStream(true).start();
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

      assertThat(child.exitValue()).as(out).isZero();
      assertThat(out).contains("records=300000 handed=300000 errors=0 warnings=0");
    }
  }
}
