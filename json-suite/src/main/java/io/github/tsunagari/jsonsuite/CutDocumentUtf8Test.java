package io.github.tsunagari.jsonsuite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A document cut short inside a string that holds bytes which are not UTF-8 (an encoded surrogate, a code point past
 * U+10FFFF): those bytes are the first thing wrong, on every Jackson. A Jackson that decodes leniently (2.19) reads past
 * them and fails at the cut; the finding still names the bytes (found by a random property of the 2.19 run in CI).
 */
class CutDocumentUtf8Test {
  private static byte[] cut(byte[] bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\n  \"name\": \"孤独・孤立対策推進交付金\",\n  \"aims\": [\"".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bad);
    out.writeBytes("孤独・孤立の問題の予防の観点から".repeat(20).getBytes(StandardCharsets.UTF_8)); // far from the cut
    return out.toByteArray(); // no closing quote, bracket or brace: cut short
  }

  @Test
  void bytesThatAreNotUtf8BeforeTheCutAreTheFinding() {
    for (byte[] bad : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      List<Finding> findings = GrantJsonReader.create().readProgram(new ByteArrayInputStream(cut(bad)))
          .getReport().getFindings();
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.getRuleId()).isEqualTo("read.syntax");
        assertThat(f.getMessage(Locale.ENGLISH)).contains("UTF-8");
      });
    }
  }
}
