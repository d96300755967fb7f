package io.github.tsunagari.benchmarks;

import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.tables.GrantTableReader;
import io.github.tsunagari.tables.GrantTableWriter;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * (13) Tables read in a small heap: a CSV file larger than the heap, read from a pipe as another process writes it,
 * and an XLSX workbook of 100 000 rows read with POI's streaming reader, each read and validated with every rule by
 * {@code GrantTableReader.create(GrantValidator.create())} in a JVM run with {@code -Xmx256m}. Prints one line: the
 * records, errors, seconds, bytes read, the peak heap used and the peak resident memory of the process.
 *
 * <p>Run, from the repository's root, after {@code mvn -o -q -pl benchmarks -am package -DskipTests}:
 *
 * <pre>
 * jar=benchmarks/target/benchmarks.jar
 * java -cp $jar io.github.tsunagari.benchmarks.TableMemory write-csv 450000 \
 *   | java -Xmx256m -cp $jar io.github.tsunagari.benchmarks.TableMemory read csv -
 * java -cp $jar io.github.tsunagari.benchmarks.TableMemory write-xlsx benchmarks/target/data 100000
 * java -Xmx256m -cp $jar io.github.tsunagari.benchmarks.TableMemory read xlsx benchmarks/target/data/grants-100000.xlsx
 * </pre>
 *
 * <p>The writer is a process of its own, so that the reader's heap holds nothing of the generated data; 450 000 grants
 * are about 310 MB of CSV. The workbook is written once by {@code GrantTableWriter.create().writeXlsx} (SXSSF).
 */
public final class TableMemory {
  private TableMemory() {}

  /**
   * Writes or reads.
   *
   * @param args {@code write-csv N}, {@code write-xlsx DIR N}, or {@code read csv|xlsx FILE} ({@code -} for standard
   *     input, CSV only)
   * @throws IOException if a file or stream cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "write-csv":
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
          GrantTableWriter.create().writeCsv(Workload.grants(Integer.parseInt(args[1])), out);
        }
        break;
      case "write-xlsx":
        System.out.println(Workload.table(Path.of(args[1]), Integer.parseInt(args[2]), "xlsx"));
        break;
      case "read":
        read(args[1], args[2]);
        break;
      default:
        throw new IllegalArgumentException("write-csv, write-xlsx or read, not " + args[0]);
    }
  }

  private static void read(String format, String file) throws IOException {
    GrantTableReader reader = GrantTableReader.create(GrantValidator.create());
    long start = System.nanoTime();
    StreamSummary summary;
    long bytes;
    if (format.equals("csv")) {
      try (ModelMemory.Counting in = new ModelMemory.Counting(new BufferedInputStream(file.equals("-") ? System.in
          : Files.newInputStream(Path.of(file)), 1 << 16))) {
        summary = reader.readCsv(in, r -> { });
        bytes = in.count;
      }
    } else {
      summary = reader.readXlsx(Path.of(file), r -> { });
      bytes = Files.size(Path.of(file));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "format=%s records=%d errors=%d streamErrors=%d seconds=%.1f mb=%.0f "
            + "peakHeapMiB=%.1f maxHeapMiB=%d peakRssMiB=%s%n", format, summary.getRecordCount(),
        summary.count(Severity.ERROR), summary.getStreamProblems().getFindings().stream()
            .filter(f -> f.getSeverity() == Severity.ERROR).count(), seconds, bytes / 1e6, peak / 1048576.0,
        Runtime.getRuntime().maxMemory() >> 20, peakRss());
  }

  /** The process's peak resident memory (VmHWM), where Linux says it. */
  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f", kib / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "?";
  }
}
