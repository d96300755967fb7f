package io.github.tsunagari.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.sample.SampleData;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A writer that fails half-way leaves no table that looks whole, and grants that give themselves once are refused. */
class WriterFailureTest {
  private static final List<Grant> GRANTS = SampleData.fy2024().getGrants();

  /** Grants whose second pass fails at the fourth. */
  private static Iterable<Grant> failingAtTheFourth() {
    int[] passes = {0};
    return () -> {
      Iterator<Grant> it = GRANTS.iterator();
      boolean second = ++passes[0] == 2;
      return new Iterator<>() {
        int i;

        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Grant next() {
          if (second && i++ == 3) {
            throw new IllegalStateException("the source of the grants failed");
          }
          return it.next();
        }
      };
    };
  }

  @Test
  void aWorkbookThatFailedHalfWayIsNotWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> GrantTableWriter.create().writeXlsx(failingAtTheFourth(), out))
        .hasMessageContaining("failed");
    assertThat(out.size()).isZero();
  }

  @Test
  void grantsThatGiveThemselvesOnceAreRefusedNotWrittenAsAnEmptyTable() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Iterator<Grant> it = GRANTS.iterator();
    Iterable<Grant> once = () -> it; // as an Iterable over a stream's one iterator gives them
    assertThatThrownBy(() -> GrantTableWriter.create().writeCsv(once, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 the first time and 0 the second");
  }
}
