package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cross-grant rules do work linear in the number of grants whatever their positions: the tables' growth is
 * counted, not timed. (The position pattern 3, 7, 11 … once regrew the position array by four slots a grant: 120 000
 * grants took 19 s where 1 … n took 5.4 s.)
 */
class LinearWorkTest {
  static final int N = 200_000;

  enum Pattern {
    IN_ORDER(i -> i + 1),
    DESCENDING(i -> N - i),
    EVERY_FOURTH(i -> 4 * i + 3),
    JUST_BELOW_FOUR_TIMES(i -> Math.max(1, 4 * (i + 1) - 1)),
    EVERY_THIRD_FROM_ONE_THOUSAND(i -> 1_000 + 3 * i),
    FAR_AND_SPARSE(i -> 1_000_000_000 + 7 * i),
    RANDOM(i -> 1 + new Random(i).nextInt(4 * N)),
    ZIGZAG(i -> i % 2 == 0 ? i + 1 : 4 * i);

    final IntUnaryOperator position;

    Pattern(IntUnaryOperator position) {
      this.position = position;
    }
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void positionsAreKeptWithLinearWorkAndMemory(Pattern pattern) {
    CrossGrantRules.Positions positions = new CrossGrantRules.Positions();
    for (int i = 0; i < N; i++) {
      positions.putIfAbsent(pattern.position.applyAsInt(i), i);
    }

    assertThat(positions.copied).as("slots copied growing the array").isLessThanOrEqualTo(4L * 4 * N);
    assertThat(positions.capacity()).as("slots of the array").isLessThanOrEqualTo(8 * N + 2048);
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void theKeyTablesGrowWithLinearWork(Pattern pattern) {
    LongIntMap map = new LongIntMap();
    for (int i = 0; i < N; i++) {
      map.putIfAbsent(LongIntMap.fingerprint(0, "名前" + pattern.position.applyAsInt(i)), i);
    }

    assertThat(map.work).as("slots moved growing the table").isLessThanOrEqualTo(4L * N);
  }
}
