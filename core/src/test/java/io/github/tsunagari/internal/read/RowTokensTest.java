package io.github.tsunagari.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.money.Yen;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A cell of an amount of plain digits is given to the form reader as a whole number: only where that reads to the same
 * amount as the text, with no finding either way.
 */
class RowTokensTest {
  @Property
  void aPlainAmountIsTheAmountItsTextReads(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long amount) {
    String text = Long.toString(amount);
    assertThat(RowTokens.isPlainAmount(text)).isTrue();
    assertThat(Yen.of(Long.parseLong(text))).isEqualTo(Yen.parse(text));
  }

  @Test
  void anythingElseStaysText() {
    assertThat(RowTokens.isPlainAmount("")).isFalse();
    assertThat(RowTokens.isPlainAmount("0")).isTrue();
    assertThat(RowTokens.isPlainAmount("007")).isFalse();
    assertThat(RowTokens.isPlainAmount("-5")).isFalse();
    assertThat(RowTokens.isPlainAmount("1,500")).isFalse();
    assertThat(RowTokens.isPlainAmount("600万円")).isFalse();
    assertThat(RowTokens.isPlainAmount("１５００")).isFalse();
    assertThat(RowTokens.isPlainAmount(" 1500")).isFalse();
    assertThat(RowTokens.isPlainAmount("1000000000000000000")).isFalse(); // 19 digits: left to Yen.parse's range
  }
}
