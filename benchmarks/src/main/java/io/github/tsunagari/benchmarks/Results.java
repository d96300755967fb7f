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
    for (String form : new String[] {"array", "lines"}) {
      for (String size : new String[] {"10000", "100000"}) {
        Double peer = ms.get("databindAndHibernate/" + form + "/" + size);
        Double ours = ms.get("tsunagariReadAndValidate/" + form + "/" + size);
        if (peer != null && ours != null) {
          targets.add(row("(11) read and validate in process ≤ databind + Hibernate Validator, " + form + " " + size,
              ours / peer, 1.0));
        }
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
    targets.add(row("(7) start-up ≤ 1.0 × baseline", (double) sample / baseline, 1.0));
    Map<String, Long> wall = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("peers.txt"))) {
      String[] parts = line.split(" ");
      wall.put(parts[0] + "/" + parts[1], Long.parseLong(parts[2]));
    }
    table.append("\n| whole process (8), 100 000 grants, median of 5 | form | ms | tsunagari ÷ peer |\n|---|---|---|---|\n");
    for (String form : new String[] {"array", "lines"}) {
      long ours = wall.get("tsunagari/" + form);
      table.append(String.format(Locale.ROOT, "| tsunagari (bin/tsunagari, every rule) | %s | %d | |%n", form, ours));
      for (String[] peer : new String[][] {
          {"ajv", "ajv 8, JSON Schema 2020-12, schema only (node)"},
          {"networknt", "networknt json-schema-validator 3, schema only"},
          {"records", "Jackson databind into records + Hibernate Validator"}}) {
        Long theirs = wall.get(peer[0] + "/" + form);
        if (theirs == null) {
          table.append(String.format(Locale.ROOT, "| %s | %s | not run | |%n", peer[1], form));
          continue;
        }
        table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f |%n", peer[1], form, theirs,
            (double) ours / theirs));
        targets.add(row("(8) whole process ≤ 1.0 × " + peer[0] + ", " + form, (double) ours / theirs, 1.0));
      }
    }
    long million = wall.get("tsunagari/lines-1000000");
    table.append(String.format(Locale.ROOT, "%n| 1 000 000 grants, JSON Lines, bin/tsunagari with -Xmx64m | %.1f s |"
        + "%n|---|---|%n", million / 1000.0));
    targets.add(row("(8) 1 000 000 JSON Lines ≤ 10 s (s ÷ 10)", million / 10_000.0, 1.0));
    Map<String, String> allocation = stream(dir.resolve("allocation.txt"));
    table.append("\n| allocation (9), bytes per grant read and validated | array | lines |\n|---|---|---|\n");
    table.append(String.format(Locale.ROOT, "| | %s | %s |%n", allocation.get("array"), allocation.get("lines")));
    for (String form : new String[] {"array", "lines"}) {
      targets.add(row("(9) allocation ≤ 5 KB a grant, " + form, Double.parseDouble(allocation.get(form)) / 5000,
          1.0));
    }
    Map<String, Double> positions = new java.util.LinkedHashMap<>();
    table.append("\n| adversarial positions (10), full validation | grants | seconds |\n|---|---|---|\n");
    for (String line : Files.readAllLines(dir.resolve("positions.txt"))) {
      String[] parts = line.split(" ");
      positions.put(parts[0] + "/" + parts[1], Double.parseDouble(parts[2]));
      table.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", parts[0], parts[1], parts[2]));
    }
    double inOrder = positions.get("IN_ORDER/200000");
    positions.forEach((key, seconds) -> {
      if (key.endsWith("/200000") && !key.startsWith("IN_ORDER")) {
        targets.add(row("(10) " + key.replace("/200000", "") + " ≤ 1.5 × in order, 200 000", seconds / inOrder,
            1.5));
      }
    });
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
