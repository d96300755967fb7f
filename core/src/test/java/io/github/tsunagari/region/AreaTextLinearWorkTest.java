package io.github.tsunagari.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading an area text does work linear in its length, whatever it holds: the characters looked at and looked up are
 * counted, not timed (as {@code LinearWorkTest} counts the cross-grant rules' tables).
 */
class AreaTextLinearWorkTest {
  static final int N = 100_000;

  enum Shape {
    ONE_LONG_PART("岩手県", "釜"),
    A_LONG_PLACE_BELOW_A_MUNICIPALITY("養父市", "大"),
    A_LONG_NAME_OF_AN_AREA("", "地区"),
    OPENING_BRACKETS("", "("),
    CLOSING_BRACKETS("", ")"),
    BRACKETS_IN_BRACKETS("気仙地区", "(a"),
    MANY_BRACKETED_PARTS("", "三原市(広島市)"),
    A_LONG_BRACKET("気仙地区(", "大船渡市・"),
    AMBIGUOUS_NAMES("", "中央区、"),
    HEADINGS("", "大阪府:"),
    LABELS("", "参加対象:"),
    MARKS("", "※"),
    QUALIFIERS("", "千葉県 "),
    BLOCKS("", "九州・沖縄"),
    SEPARATORS("", "、 ・"),
    COLONS("", "::"),
    SHORT_UNKNOWN_PARTS("", "x "),
    CODES("", "032034 ");

    final String head;
    final String repeated;

    Shape(String head, String repeated) {
      this.head = head;
      this.repeated = repeated;
    }

    String text(int length) {
      StringBuilder sb = new StringBuilder(head);
      while (sb.length() < length) {
        sb.append(repeated);
      }
      return sb.toString();
    }
  }

  private static long work(String text) {
    AreaTextReader reader = new AreaTextReader(text);
    reader.read();
    return reader.work;
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void workGrowsLinearlyWithTheText(Shape shape) {
    String small = shape.text(N / 10);
    String large = shape.text(N);

    long perCharacter = 64;
    assertThat(work(large)).as("work for %d characters", large.length())
        .isLessThanOrEqualTo(perCharacter * large.length());
    assertThat(work(large)).as("ten times the text, about ten times the work")
        .isLessThanOrEqualTo(12 * Math.max(work(small), 1));
  }
}
