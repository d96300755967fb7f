package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.InvalidGrantDataException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The defects a review of the reading layer found, each with the input that showed it. */
class ReadingLayerReviewTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  private static final GrantJsonReader READER = GrantJsonReader.create();

  private static List<String> findings(ReadResult<?> result) {
    List<String> all = new ArrayList<>();
    for (Finding f : result.getReport().getFindings()) {
      all.add(f.getRuleId() + " " + f.getPath() + " " + f.getLocation().map(Object::toString).orElse("-") + " "
          + f.getMessage(Locale.ENGLISH));
    }
    return all;
  }

  @Test
  void aNameOfManyCharactersOfSeveralBytesIsAnUnknownPropertyNotMalformedJson() {
    String name = "孤".repeat(100); // 300 bytes of UTF-8, 100 characters: within the limit of a name
    String json = "{\"" + name + "\": 1}";

    for (ReadResult<GrantProgram> r : List.of(READER.readProgram(json),
        READER.readProgram(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(r.getReport().getFindings()).extracting(Finding::getRuleId)
          .contains("read.unknown-property").doesNotContain("read.syntax", "read.limit");
    }
  }

  @Test
  void aStreamGoesOnPastARecordWithALongJapaneseName() throws IOException {
    String grant = new String(BINDING.openSampleFy2024().readAllBytes(), StandardCharsets.UTF_8);
    String first = BINDING.writeLine(GrantJsonReader.create().readProgram(grant).getValue().orElseThrow()
        .getGrants().get(0)).strip();
    String array = "[" + first + ", {\"id\": \"y\", \"" + "孤".repeat(35) + "\": \"\"}, " + first + ", " + first + "]";
    List<GrantRecord> records = new ArrayList<>();

    StreamSummary summary = GrantStreamReader.create(GrantValidator.create())
        .readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), records::add);

    assertThat(summary.getRecordCount()).isEqualTo(4);
    assertThat(records.get(1).getReport().getFindings()).extracting(Finding::getRuleId)
        .contains("read.unknown-property");
  }

  @Test
  void aTrailingCommaIsPlacedAtTheBracketWhereAValueWasExpectedInTextAndInBytes() {
    String json = "{\"name\": [1,]}";
    for (ReadResult<GrantProgram> r : List.of(READER.readProgram(json),
        READER.readProgram(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(findings(r)).contains("read.syntax /name/1 1:13 The input is not well-formed JSON: unexpected character"
          + " ']' (U+005D) where a value was expected");
    }
    String root = "[1,]";
    assertThat(findings(READER.readProgram(root))).isEqualTo(findings(READER.readProgram(
        new ByteArrayInputStream(root.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void aByteOrderMarkBeforeMalformedJsonIsNoCharacterOfIt() {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(findings(READER.readProgram(new ByteArrayInputStream(concat(mark, "\n  }".getBytes())))))
        .singleElement().asString().startsWith("read.syntax  2:3").contains("where a value was expected");
    assertThat(findings(READER.readProgram(new ByteArrayInputStream(mark))))
        .singleElement().asString().contains("the document is empty");
  }

  @Test
  void aUtf16DocumentGivesTheSameFindingsHoweverItsBytesArrive() {
    byte[] utf16 = "{\"name\": \"ab\"}".getBytes(StandardCharsets.UTF_16BE);
    int b = "{\"name\": \"".length() * 2;
    utf16[b] = (byte) 0xDC; // a low surrogate alone: not UTF-16
    utf16[b + 1] = 0x00;
    List<String> whole = findings(READER.readProgram(new ByteArrayInputStream(utf16)));
    List<String> byteByByte = findings(READER.readProgram(new FilterInputStream(new ByteArrayInputStream(utf16)) {
      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, 1));
      }
    }));

    assertThat(whole).isEqualTo(byteByByte).anyMatch(f -> f.startsWith("read.syntax /name byte 20 "));
  }

  @Test
  void whiteSpaceBetweenRecordsIsNoRecordsLength() throws IOException {
    String sample = new String(BINDING.openSampleFy2024().readAllBytes(), StandardCharsets.UTF_8);
    String grant = BINDING.writeLine(READER.readProgram(sample).getValue().orElseThrow().getGrants().get(0)).strip();
    String array = "[" + grant + "," + " ".repeat(2 * 1024 * 1024) + grant + "]";

    StreamSummary summary = GrantStreamReader.create(GrantValidator.create())
        .readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), r -> { });

    assertThat(summary.getRecordCount()).isEqualTo(2);
    assertThat(summary.getUnreadableCount()).isZero();
    assertThat(summary.getStreamProblems().getFindings()).isEmpty();
  }

  @Test
  void aReaderOfTextThroughTheMapperIsRefusedAsTheLibrarysReadersRefuseIt() {
    for (String json : List.of("", "}", " ")) {
      assertThatThrownBy(() -> BINDING.read(new StringReader(json), GrantProgram.class))
          .as(json).isInstanceOf(InvalidGrantDataException.class);
    }
  }

  /**
   * Bytes that are not UTF-8 (an overlong {@code /}, a surrogate, a code point past U+10FFFF) are refused in a name and
   * in a text on every Jackson this binding runs on: a Jackson before 2.23 reads some of them as characters (before
   * 2.21 a surrogate too), which would alter the value read.
   */
  @Test
  void bytesThatAreNotUtf8AreRefusedOnEveryJacksonInNamesAndTexts() {
    byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    for (byte[] b : bad) {
      for (String shape : List.of("{\"%s\": 1}", "{\"name\": \"a%sb\"}")) {
        String[] parts = shape.split("%s");
        byte[] json = concat(concat(parts[0].getBytes(StandardCharsets.UTF_8), b),
            parts[1].getBytes(StandardCharsets.UTF_8));
        assertThat(findings(READER.readProgram(new ByteArrayInputStream(json)))).as(shape)
            .anySatisfy(f -> assertThat(f).startsWith("read.syntax ").contains("bytes that are not UTF-8"));
      }
    }
  }

  @Test
  void aCarriageReturnAloneEndsALine() {
    assertThat(findings(READER.readProgram("{\"name\": \"a\",\r x}"))).singleElement().asString()
        .startsWith("read.syntax /name 2:2 ");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
