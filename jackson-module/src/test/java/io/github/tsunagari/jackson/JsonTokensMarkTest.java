package io.github.tsunagari.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import io.github.tsunagari.program.GrantProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A mark of Jackson's parser of UTF-8 bytes is read from the parser's token place without a {@link JsonLocation}: it
 * must be the place Jackson's own location gives, or findings would point elsewhere. Fails if a Jackson version makes
 * its locations differently.
 */
class JsonTokensMarkTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static void marksAreJacksonsLocations(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try (JsonParser p = FACTORY.createParser(bytes)) {
      assertThat(p).isInstanceOf(UTF8StreamJsonParser.class);
      JsonTokens tokens = new JsonTokens(p, JsonTokens.of(bytes, 0, bytes.length), "", 0);
      int containers = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        Object mark = tokens.mark();
        JsonLocation expected = p.currentTokenLocation();
        JsonLocation marked = tokens.jsonLocation(mark);
        assertThat(marked.getByteOffset()).isEqualTo(expected.getByteOffset());
        assertThat(marked.getCharOffset()).isEqualTo(expected.getCharOffset());
        assertThat(marked.getLineNr()).isEqualTo(expected.getLineNr());
        assertThat(marked.getColumnNr()).isEqualTo(expected.getColumnNr());
        assertThat(tokens.location(mark)).isEqualTo(tokens.location(expected));
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          assertThat(mark).isInstanceOf(Integer.class); // the cheap mark was taken
          containers++;
        }
      }
      assertThat(containers).isPositive();
    }
  }

  @Test
  void theSampleOnManyLines() throws IOException {
    marksAreJacksonsLocations(JsonPropertiesTest.SAMPLE);
  }

  @Property(tries = 100)
  void generatedProgramsOnOneLineAndOnMany(@ForAll GrantProgram program) throws IOException {
    String json = GrantJson.write(program);
    marksAreJacksonsLocations(json);
    marksAreJacksonsLocations(json.replace("\n", " ").replace("{", "{\n  "));
    marksAreJacksonsLocations("\uFEFF \n" + json);
  }
}
