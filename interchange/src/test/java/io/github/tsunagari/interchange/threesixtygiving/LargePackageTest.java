package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Memory grows with the model, not the input: a 360Giving package of 200 000 grants (over 200 MB) is read grant by
 * grant in a JVM whose heap is 32 MiB.
 */
class LargePackageTest {
  @Test
  void aPackageFarLargerThanTheHeapIsReadUnder32MiB() throws Exception {
    String out = SmallHeap.run(PackageUnderSmallHeap.class, "200000");
    assertThat(out).contains("records=200000 handed=200000 errors=0 ", "maxHeapMiB=");
    assertThat(SmallHeap.megabytes(out)).as(out).isGreaterThan(200);
  }
}
