package io.github.tsunagari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fast paths of the text helpers give what their definitions give. */
class TextTest {
  @Test
  void spaceIsWhatCharacterCallsWhiteSpaceOrASpace() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Text.isSpace((char) c)).as("U+%04X", c)
          .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
  }

  @Property(tries = 3000)
  void foldIsNfkcWithoutSpacesInLowerCase(@ForAll String name) {
    StringBuilder expected = new StringBuilder();
    Normalizer.normalize(name, Normalizer.Form.NFKC).chars()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .map(c -> c >= 'A' && c <= 'Z' ? c + 32 : c)
        .forEach(c -> expected.append((char) c));
    assertThat(Text.fold(name)).isEqualTo(expected.toString());
  }

  @Property(tries = 3000)
  void normalizeFoldsFullWidthAsciiAndStrips(@ForAll String text) {
    StringBuilder folded = new StringBuilder();
    text.chars().map(c -> c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c).forEach(c -> folded.append((char) c));
    int start = 0;
    int end = folded.length();
    while (start < end && Text.isSpace(folded.charAt(start))) {
      start++;
    }
    while (end > start && Text.isSpace(folded.charAt(end - 1))) {
      end--;
    }
    assertThat(Text.normalize(text, "text")).isEqualTo(folded.substring(start, end));
  }
}
