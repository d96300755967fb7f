package io.github.tsunagari.benchmarks;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntBinaryOperator;

/**
 * (10) Full validation of a stream of grants whose positions follow adversarial patterns, beside positions 1…n: the
 * pattern 3, 7, 11 … once took 19 s for 120 000 grants where 1…n took 5.4 s (the position table regrew by a few slots
 * a grant). Each line: {@code pattern grants seconds}, the best of three after a warm-up. The work is also counted, not timed, in core's LinearWorkTest.
 */
public final class PositionPatterns {
  private PositionPatterns() {}

  /** Patterns of positions: (index, size) to position. */
  enum Pattern {
    IN_ORDER((i, n) -> i + 1),
    EVERY_FOURTH((i, n) -> 4 * i + 3),
    DESCENDING((i, n) -> n - i),
    RANDOM((i, n) -> 1 + new Random(i).nextInt(4 * n)),
    FAR_AND_SPARSE((i, n) -> 1_000_000_000 + 7 * i);

    final IntBinaryOperator position;

    Pattern(IntBinaryOperator position) {
      this.position = position;
    }
  }

  /**
   * Runs every pattern at every size.
   *
   * @param args the sizes
   */
  public static void main(String[] args) {
    List<Grant> distinct = Workload.distinct();
    GrantValidator validator = GrantValidator.create();
    List<Grant> warmUp = grants(distinct, Pattern.IN_ORDER, 100_000);
    for (int i = 0; i < 5; i++) {
      time(validator, warmUp);
    }
    warmUp = null;
    for (String arg : args) {
      int n = Integer.parseInt(arg);
      for (Pattern pattern : Pattern.values()) {
        List<Grant> grants = grants(distinct, pattern, n);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          best = Math.min(best, time(validator, grants));
        }
        System.out.printf(Locale.ROOT, "%s %d %.3f%n", pattern, n, best);
      }
    }
  }

  private static List<Grant> grants(List<Grant> distinct, Pattern pattern, int n) {
    List<Grant> grants = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Grant g = Workload.numbered(distinct.get(i % distinct.size()), i);
      grants.add(Grant.builder().from(g).position(pattern.position.applyAsInt(i, n)).build());
    }
    return grants;
  }

  private static double time(GrantValidator validator, List<Grant> grants) {
    long start = System.nanoTime();
    GrantStreamValidator stream = validator.openStream();
    int findings = 0;
    for (Grant g : grants) {
      findings += stream.validate(g).getFindings().size();
    }
    if (findings < 0) {
      throw new AssertionError();
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
