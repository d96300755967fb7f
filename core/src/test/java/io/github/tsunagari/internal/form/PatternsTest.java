package io.github.tsunagari.internal.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A range's expression matches exactly the numbers of the range, written with the width. */
class PatternsTest {
  @Property(tries = 300)
  void theExpressionOfARangeMatchesExactlyItsNumbers(@ForAll @IntRange(min = 0, max = 9999) int a,
      @ForAll @IntRange(min = 0, max = 9999) int b, @ForAll @IntRange(min = 1, max = 4) int width) {
    int limit = (int) Math.pow(10, width) - 1;
    int min = Math.min(a, b) % (limit + 1);
    int max = Math.min(limit, Math.max(min, Math.max(a, b) % (limit + 1)));
    Pattern p = Pattern.compile(Patterns.range(min, max, width));

    for (int n = 0; n <= limit; n++) {
      String written = String.format("%0" + width + "d", n);
      assertThat(p.matcher(written).matches()).as("%s against %s", written, p).isEqualTo(n >= min && n <= max);
    }
    assertThat(p.matcher(String.valueOf(min) + "0".repeat(width)).matches()).isFalse();
  }
}
