package io.github.tsunagari.interchange.gbizinfo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.interchange.threesixtygiving.SmallHeap;
import org.junit.jupiter.api.Test;

/**
 * Memory grows with the titles met, not the rows: gBizINFO's bulk CSV, the whole of Japan's subsidies, is read a row
 * at a time; a generated one of 1 000 000 rows (over 100 MB, nearly all of another subsidy) in a JVM whose heap is
 * 32 MiB.
 */
class BulkCsvTest {
  @Test
  void aBulkCsvFarLargerThanTheHeapIsStreamedUnder32MiB() throws Exception {
    String out = SmallHeap.run(BulkCsvUnderSmallHeap.class, "1000000");
    assertThat(out).contains("records=1000 handed=1000 others=999000 errors=0 ",
        "(999000 in all, the first here)", "maxHeapMiB=");
    assertThat(SmallHeap.megabytes(out)).as(out).isGreaterThan(100);
  }
}
