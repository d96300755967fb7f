package io.github.tsunagari.benchmarks;

import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * (6) Streams a JSON Lines file through read and full validation in this JVM (run it with a small heap) and prints one
 * line: records, seconds, records per second, MB per second and the peak heap used.
 */
public final class StreamCheck {
  private StreamCheck() {}

  /**
   * Runs the check.
   *
   * @param args the JSON Lines file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create());
    long start = System.nanoTime();
    StreamSummary summary;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      summary = reader.readJsonLines(in, r -> { });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    double mb = Files.size(file) / 1e6;
    System.out.printf(Locale.ROOT, "records=%d errors=%d seconds=%.2f recordsPerSecond=%.0f mbPerSecond=%.1f"
            + " peakHeapMiB=%.1f maxHeapMiB=%d%n", summary.getRecordCount(), summary.count(Severity.ERROR), seconds,
        summary.getRecordCount() / seconds, mb / seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
  }
}
