package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the table of {@code run.sh}: every figure, then each target's ratio and whether it is met. */
public final class Results {
  private Results() {}

  /**
   * Prints the table.
   *
   * @param args the results directory and the mode
   * @throws IOException if a result file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Map<String, Double> ms = new HashMap<>();
    Map<String, Double> err = new HashMap<>();
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | form | grants | ms/op | ± | grants/s |\n|---|---|---|---|---|---|\n");
    for (JsonNode run : new ObjectMapper().readTree(dir.resolve("jmh.json").toFile())) {
      String name = run.get("benchmark").asText().replaceAll(".*\\.", "");
      String size = run.get("params").get("size").asText();
      String form = run.get("params").has("form") ? run.get("params").get("form").asText() : "-";
      double score = run.get("primaryMetric").get("score").asDouble();
      double error = run.get("primaryMetric").get("scoreError").asDouble();
      String key = name + "/" + form + "/" + size;
      ms.put(key, score);
      err.put(key, error);
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %,.0f |%n", name, form, size, score,
          Double.isNaN(error) ? 0 : error, Integer.parseInt(size) / score * 1000));
    }
    List<String> targets = new ArrayList<>();
    for (String form : new String[] {"array", "lines"}) {
      for (String size : new String[] {"10000", "100000"}) {
        Double raw = ms.get("rawTokenScan/" + form + "/" + size);
        Double plain = ms.get("databindRecords/" + form + "/" + size);
        Double ours = ms.get("tsunagariReader/" + form + "/" + size);
        if (raw != null && plain != null && ours != null) {
          targets.add(row("(3) reader ≤ databind time, " + form + " " + size, ours / plain, 1.0));
          targets.add(row("(3) reader ≤ 2 × raw scan time, " + form + " " + size, ours / raw, 2.0));
        }
      }
    }
    for (String size : new String[] {"10000", "100000"}) {
      Double hv = ms.get("hibernateOnRecords/-/" + size);
      Double ours = ms.get("tsunagariFullValidation/-/" + size);
      if (hv != null && ours != null) {
        targets.add(row("(5) full validation ≤ 1.2 × Hibernate on records, " + size, ours / hv, 1.2));
      }
    }
    Map<String, String> s100k = stream(dir.resolve("stream-100000.txt"));
    Map<String, String> s1m = stream(dir.resolve("stream-1000000.txt"));
    table.append("\n| streaming (6), -Xmx64m | grants | seconds | grants/s | MB/s | peak heap MiB |\n"
        + "|---|---|---|---|---|---|\n");
    for (Map<String, String> s : List.of(s100k, s1m)) {
      table.append(String.format(Locale.ROOT, "| JSON Lines | %s | %s | %s | %s | %s |%n", s.get("records"),
          s.get("seconds"), s.get("recordsPerSecond"), s.get("mbPerSecond"), s.get("peakHeapMiB")));
    }
    targets.add(row("(6) peak heap < 64 MiB at 1 000 000", Double.parseDouble(s1m.get("peakHeapMiB")) / 64, 1.0));
    targets.add(row("(6) time 1 000 000 ≤ 10.5 × time 100 000",
        Double.parseDouble(s1m.get("seconds")) / Double.parseDouble(s100k.get("seconds")), 10.5));
    Map<String, List<Long>> startup = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("startup.txt"))) {
      String[] parts = line.split(" ");
      startup.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Long.parseLong(parts[1]));
    }
    long sample = median(startup.get("StartupSample"));
    long baseline = median(startup.get("StartupBaseline"));
    table.append(String.format(Locale.ROOT, "%n| start-up (7), median of 7 | ms |%n|---|---|%n"
        + "| fresh JVM validating the bundled sample | %d |%n| fresh JVM bootstrapping Hibernate Validator, one bean"
        + " | %d |%n", sample, baseline));
    targets.add(row("(7) start-up ≤ 1.3 × baseline", (double) sample / baseline, 1.3));
    table.append("\n| target | ratio | limit | met |\n|---|---|---|---|\n");
    targets.forEach(table::append);
    System.out.print(table);
  }

  private static String row(String what, double ratio, double limit) {
    return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", what, ratio, limit,
        ratio <= limit ? "yes" : "NO");
  }

  private static Map<String, String> stream(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String pair : Files.readString(file).trim().split(" ")) {
      String[] kv = pair.split("=");
      values.put(kv[0], kv[1]);
    }
    return values;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
