package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the figures of (12), {@link ReadTableBenchmark}, from JMH's JSON results: each benchmark's time, its time per
 * grant, and the two ratios of each size, from the same run.
 */
public final class TableResults {
  private TableResults() {}

  /**
   * Prints the table.
   *
   * @param args JMH's JSON results ({@code -rf json -rff FILE}), one or more
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<Integer, Map<String, double[]>> bySize = new TreeMap<>();
    for (String file : args) {
      for (JsonNode run : new ObjectMapper().readTree(Path.of(file).toFile())) {
        String name = run.get("benchmark").asText().replaceAll(".*\\.", "");
        if (!run.get("benchmark").asText().contains("ReadTableBenchmark")) {
          continue;
        }
        int size = run.get("params").get("size").asInt();
        double error = run.get("primaryMetric").get("scoreError").asDouble();
        bySize.computeIfAbsent(size, k -> new TreeMap<>()).put(name,
            new double[] {run.get("primaryMetric").get("score").asDouble(), Double.isNaN(error) ? 0 : error});
      }
    }
    StringBuilder table = new StringBuilder();
    table.append("| (12) benchmark | grants | ms/op | ± | µs a grant |\n|---|---|---|---|---|\n");
    bySize.forEach((size, runs) -> runs.forEach((name, score) -> table.append(String.format(Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.2f |%n", name, size, score[0], score[1], score[0] * 1000 / size))));
    table.append("\n| (12) ratio | grants | ratio |\n|---|---|---|\n");
    bySize.forEach((size, runs) -> {
      double[] csv = runs.get("tsunagariCsv");
      double[] lines = runs.get("tsunagariJsonLines");
      double[] scan = runs.get("csvScan");
      if (csv != null && lines != null) {
        table.append(String.format(Locale.ROOT, "| CSV read and validated ÷ JSON Lines read and validated (goal ≤ 1.2) "
            + "| %d | %.2f |%n", size, csv[0] / lines[0]));
      }
      if (csv != null && scan != null) {
        table.append(String.format(Locale.ROOT, "| CSV read and validated ÷ bare jackson-dataformat-csv scan | %d "
            + "| %.2f |%n", size, csv[0] / scan[0]));
      }
    });
    System.out.print(table);
  }
}
