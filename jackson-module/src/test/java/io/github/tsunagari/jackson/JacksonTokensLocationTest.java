package io.github.tsunagari.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The location of every token, and of a mark taken at it, is the line and the column in characters that a person
 * counts in an editor: Jackson's parser of bytes gives byte columns, which the tokens count again in the bytes of the
 * line. Checked against the text itself, for a document on many lines, on one line, and after a byte-order mark, from
 * a stream (whose bytes the input keeps) and from bytes in memory. Fails if a Jackson version places its tokens
 * differently.
 */
class JacksonTokensLocationTest {
  private static void locationsCountCharacters(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (JsonInput input : new JsonInput[] {JsonInput.of(new ByteArrayInputStream(bytes), -1),
        JsonInput.of(bytes, 0, bytes.length, -1)}) {
      try (JsonParser p = Limits.READERS.createParser(input)) {
        JacksonTokens tokens = new JacksonTokens(p, input, "", 0);
        int tokensSeen = 0;
        java.util.ArrayDeque<Object[]> open = new java.util.ArrayDeque<>();
        for (io.github.tsunagari.internal.form.Tokens.Token t = tokens.next(); t != null; t = tokens.next()) {
          Object mark = tokens.mark();
          SourceLocation expected = characters(json, bytes, p.currentTokenLocation());
          assertThat(tokens.location()).as("token %d of %s", tokensSeen, json).isEqualTo(expected);
          assertThat(tokens.location(mark)).isEqualTo(expected);
          switch (t) {
            case START_OBJECT:
            case START_ARRAY:
              open.push(new Object[] {mark, expected});
              break;
            case END_OBJECT:
            case END_ARRAY:
              // A mark still says where its object starts when the object ends, lines later.
              Object[] started = open.pop();
              assertThat(tokens.location(started[0])).as("the start of an object, at its end").isEqualTo(started[1]);
              break;
            default:
              break;
          }
          tokensSeen++;
        }
        assertThat(tokensSeen).isPositive();
      }
    }
  }

  /** The line and column in characters of the byte Jackson's location names, counted in the text. */
  private static SourceLocation characters(String json, byte[] bytes, JsonLocation at) {
    String before = new String(bytes, 0, (int) at.getByteOffset(), StandardCharsets.UTF_8);
    String breaks = before.replace("\r\n", "\n").replace('\r', '\n'); // as a parser counts lines
    int lineStart = before.length() - (breaks.length() - breaks.lastIndexOf('\n') - 1);
    int line = (int) breaks.chars().filter(c -> c == '\n').count() + 1;
    String onLine = before.substring(lineStart);
    if (line == 1 && onLine.startsWith("\uFEFF")) {
      onLine = onLine.substring(1); // a byte-order mark is no column
    }
    assertThat(at.getLineNr()).isEqualTo(line);
    return SourceLocation.of(line, onLine.length() + 1);
  }

  @Test
  void theSampleOnManyLines() throws IOException {
    try (java.io.InputStream sample = GrantJson.openSampleFy2024()) {
      locationsCountCharacters(new String(sample.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Property(tries = 100)
  void generatedProgramsOnOneLineAndOnMany(@ForAll GrantProgram program) throws IOException {
    String json = GrantJson.write(program);
    locationsCountCharacters(json);
    locationsCountCharacters(json.replace("\n", " ").replace("{", "{\n  "));
    locationsCountCharacters("\uFEFF \n" + json);
    locationsCountCharacters(json.replace("\n", "\r"));
    locationsCountCharacters(json.replace("\n", "\r\n"));
  }
}
