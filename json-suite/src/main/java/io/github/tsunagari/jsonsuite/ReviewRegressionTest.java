package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs a review found to escape as exceptions, or to give wrong or lost findings. */
class ReviewRegressionTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  static final GrantJsonReader READER = GrantJsonReader.create();
  static final GrantStreamReader STREAM = GrantStreamReader.create(GrantValidator.create());

  @Test
  void zeroBytesJacksonCannotPlaceAreBytesThatAreNotUtf8Everywhere() throws IOException {
    for (byte[] bytes : List.of(new byte[] {0, 0x41, 0, 0}, new byte[] {0, 0, 0x41, 0}, new byte[] {0, 0, -1, -2})) {
      assertThat(READER.readProgram(new ByteArrayInputStream(bytes)).getReport().getFindings())
          .extracting(Finding::getRuleId).containsExactly("read.syntax");
      assertThatThrownBy(() -> BINDING.read(bytes, GrantProgram.class))
          .isInstanceOf(InvalidGrantDataException.class);
      assertThatCode(() -> STREAM.readArray(new ByteArrayInputStream(bytes), r -> { })).doesNotThrowAnyException();
    }
    byte[] lines = {0, 0x5B, 0, 0, '\n', '{', '}', '\n'};
    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = STREAM.readJsonLines(new ByteArrayInputStream(lines), records::add);
    assertThat(summary.getRecordCount()).isEqualTo(2);
    assertThat(records.get(0).getReport().getFindings()).extracting(Finding::getRuleId).containsExactly("read.syntax");
  }

  @Test
  void aDocumentThatIsNullIsNoGrantData() {
    assertThatThrownBy(() -> BINDING.read("null", GrantProgram.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId).containsExactly("read.wrong-type"));
  }

  @Test
  void aBadGrantInsideAListIsNotContentAfterTheValue() {
    assertThatThrownBy(() -> BINDING.readList("[{\"position\": 1}, {\"position\": \"x\"}]", Grant.class))
        .isInstanceOfSatisfying(InvalidGrantDataException.class, e -> assertThat(e.getReport().getFindings())
            .extracting(Finding::getRuleId).doesNotContain("read.syntax"));
  }

  @Test
  void aRecordOverALimitEndsTheArrayAndSaysSo() throws IOException {
    StringBuilder json = new StringBuilder("[{");
    for (int i = 0; i < 1005; i++) {
      json.append(i == 0 ? "" : ",").append("\"x").append(i).append("\": 1");
    }
    json.append("}, {\"position\": 2}]");
    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = STREAM.readArray(
        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), records::add);

    assertThat(records).hasSize(1);
    assertThat(summary.getStreamProblems().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.limit");
  }

  @Test
  void aBadUtf16StreamIsAStreamProblem() throws IOException {
    byte[] bytes = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0, 0, 0x41};
    StreamSummary summary = STREAM.readArray(new ByteArrayInputStream(bytes), r -> { });
    assertThat(summary.getStreamProblems().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.syntax");
  }

  @Test
  void jsonLinesAreUtf8Only() throws IOException {
    byte[] line = {(byte) 0xFE, (byte) 0xFF, 0, 0x5B, 0, 0x5D, '\n'};
    List<GrantRecord> records = new ArrayList<>();
    STREAM.readJsonLines(new ByteArrayInputStream(line), records::add);
    assertThat(records).singleElement().satisfies(r -> assertThat(r.getReport().getFindings())
        .extracting(Finding::getRuleId).containsExactly("read.syntax"));
  }

  @Test
  void whereAPartOfTheProgramItselfIsUnreadableItsListsAreNotValidatedAtShiftedPlaces() throws IOException {
    String sample = new String(BINDING.openSampleFy2024().readAllBytes(), StandardCharsets.UTF_8);
    String json = sample.replaceFirst("\"aims\": \\[", "\"aims\": [1, \"<b>x</b>\",");
    ReadResult<GrantProgram> result = GrantJsonReader.validating(GrantValidator.create()).readProgram(json);

    assertThat(result.getReport().getFindings()).extracting(f -> f.getRuleId() + " " + f.getPath())
        .contains("read.wrong-type /aims/0", "eligibility.single-prefecture-area /grants/0/project/serviceArea")
        .noneMatch(s -> s.startsWith("text.markup /aims/0"));
  }
}
