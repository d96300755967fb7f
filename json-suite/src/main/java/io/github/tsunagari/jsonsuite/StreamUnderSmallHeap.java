package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.IOException;

/**
 * Run in a JVM of its own with a small heap by {@link GrantStreamReaderTest}: streams generated grants through the
 * reader and prints the counts.
 */
public final class StreamUnderSmallHeap {
  private StreamUnderSmallHeap() {}

  /**
   * Runs the check.
   *
   * @param args number of records, and {@code lines} or {@code array}
   * @throws IOException never: the stream is generated
   */
  public static void main(String[] args) throws IOException {
    int records = Integer.parseInt(args[0]);
    boolean array = args[1].equals("array");
    GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create()).withFiscalYear(FiscalYear.of(2024));
    long[] bytes = {0};
    StreamSummary summary = array
        ? reader.readArray(new GeneratedGrants(records, true), r -> bytes[0]++)
        : reader.readJsonLines(new GeneratedGrants(records, false), r -> bytes[0]++);
    System.out.println("records=" + summary.getRecordCount() + " handed=" + bytes[0] + " errors="
        + summary.count(Severity.ERROR) + " warnings=" + summary.count(Severity.WARNING) + " maxHeapMiB="
        + Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
