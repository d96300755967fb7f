package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files of other encodings than UTF-8 get the best answer there is: UTF-16 and UTF-32 are read; Shift_JIS, and UTF-8
 * cut inside a character, are a located {@code read.syntax} that says which encoding was expected.
 */
class EncodingsTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  static final GrantJsonReader READER = GrantJsonReader.validating(GrantValidator.create());
  static final String DOCUMENT = "{\n  \"name\": \"孤独・孤立対策推進交付金\",\n  \"fiscalYear\": \"FY2024\"\n}\n";

  static ReadResult<GrantProgram> read(byte[] bytes) {
    return READER.readProgram(new ByteArrayInputStream(bytes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
  void utf16AndUtf32AreRead(String encoding) {
    ReadResult<GrantProgram> result = read(DOCUMENT.getBytes(Charset.forName(encoding)));
    assertThat(result.getReport().getFindings()).isEmpty();
    assertThat(result.getValue().orElseThrow().getName()).isEqualTo("孤独・孤立対策推進交付金");
  }

  @Test
  void shiftJisIsLocatedAtItsFirstBadByteAndSaysUtf8WasExpected() {
    ReadResult<GrantProgram> result = read(DOCUMENT.getBytes(Charset.forName("Shift_JIS")));

    assertThat(result.getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.syntax");
      assertThat(f.getPath()).isEqualTo("/name");
      assertThat(f.getLocation()).contains(SourceLocation.of(2, 12));
      assertThat(f.getMessage(Locale.ENGLISH)).contains("must be UTF-8");
      assertThat(f.getMessage(Locale.JAPANESE)).contains("UTF-8で書いてください");
    });
  }

  @Test
  void utf8CutInsideACharacterIsLocated() {
    byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    int at = DOCUMENT.indexOf("独") + 1; // 孤 is three bytes: cut after the first byte of 独
    int cut = DOCUMENT.substring(0, at - 1).getBytes(StandardCharsets.UTF_8).length + 1;
    byte[] truncated = Arrays.copyOf(bytes, cut);

    assertThat(read(truncated).getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.syntax");
      assertThat(f.getLocation()).isPresent();
    });
  }

  @Test
  void aBrokenUtf16FileIsLocatedToItsByte() {
    byte[] utf16 = DOCUMENT.getBytes(StandardCharsets.UTF_16BE);
    utf16[20] = (byte) 0xDC; // the high byte of a low surrogate, with no high surrogate before it
    assertThat(read(utf16).getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.syntax");
      assertThat(f.getLocation()).hasValueSatisfying(l -> assertThat(l).isInstanceOf(SourceLocation.ByteOffset.class));
      assertThat(f.getMessage(Locale.ENGLISH)).contains("UTF-16BE");
    });
  }

  @Test
  void anEscapedHalfOfACharacterIsReadAndReported() {
    String json = DOCUMENT.replace("孤独", "孤\\ud800独");
    ReadResult<GrantProgram> result = READER.readProgram(json);
    assertThat(result.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("text.unpaired-surrogate", "/name"));
    // Written as bytes, the half is escaped again: the output is well-formed JSON.
    String written = new String(BINDING.write(result.getValue().orElseThrow()).getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    assertThat(READER.readProgram(written).getValue()).isPresent();
  }
}
