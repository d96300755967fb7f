package io.github.tsunagari.benchmarks;

import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.tables.GrantTableReader;
import io.github.tsunagari.validation.GrantValidator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * (9) Bytes allocated per grant read and fully validated, on one thread (no read-ahead, so that one thread's counter
 * sees it all), after two passes to warm up. Prints {@code array=… lines=…}; a CSV file ({@code .csv}, read by
 * {@code GrantTableReader}) adds {@code csv=…}.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Measures.
   *
   * @param args the files: a JSON array, JSON Lines ({@code .jsonl}), CSV ({@code .csv})
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create());
    GrantTableReader tables = GrantTableReader.create(GrantValidator.create());
    StringBuilder line = new StringBuilder();
    for (String file : args) {
      boolean lines = file.endsWith(".jsonl");
      boolean csv = file.endsWith(".csv");
      double perGrant = 0;
      for (int pass = 0; pass < 3; pass++) {
        long before = threads.getCurrentThreadAllocatedBytes();
        int records;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) {
          records = (csv ? tables.readCsv(in, r -> { }) : lines ? reader.readJsonLines(in, r -> { })
              : reader.readArray(in, r -> { })).getRecordCount();
        }
        perGrant = (threads.getCurrentThreadAllocatedBytes() - before) / (double) records;
      }
      line.append(String.format(Locale.ROOT, "%s=%.0f ", csv ? "csv" : lines ? "lines" : "array", perGrant));
    }
    System.out.println(line.toString().trim());
  }
}
