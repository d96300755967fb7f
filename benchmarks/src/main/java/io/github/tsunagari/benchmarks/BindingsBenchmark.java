package io.github.tsunagari.benchmarks;

import io.github.tsunagari.program.Grant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two JSON bindings side by side, in one process: the grants of a JSON Lines file (each line a document) read with
 * the strict mapper of each binding's {@code GrantJson.newMapper()}, and written back with its {@code writeLine}. The
 * target is Jackson 3's time ÷ Jackson 2's ≤ 1.1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BindingsBenchmark {
  @Param({"100000"})
  public int size;

  private byte[][] lines;
  private Grant[] grants;
  private final com.fasterxml.jackson.databind.ObjectReader jackson2 = io.github.tsunagari.jackson.GrantJson.newMapper()
      .readerFor(Grant.class);
  private final tools.jackson.databind.ObjectReader jackson3 = io.github.tsunagari.jackson3.GrantJson.newMapper()
      .readerFor(Grant.class);

  @Setup(Level.Trial)
  public void load() throws IOException {
    byte[] bytes = Files.readAllBytes(Workload.file(Path.of(System.getProperty("tsunagari.data", "target/data")), size,
        false));
    java.util.List<byte[]> split = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        split.add(java.util.Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    lines = split.toArray(new byte[0][]);
    grants = new Grant[lines.length];
    for (int i = 0; i < lines.length; i++) {
      grants[i] = jackson2.readValue(lines[i]);
      if (!grants[i].equals(jackson3.readValue(lines[i]))) {
        throw new IllegalStateException("the bindings read line " + (i + 1) + " differently");
      }
    }
  }

  @Benchmark
  public void readJackson2(Blackhole bh) throws IOException {
    for (byte[] line : lines) {
      bh.consume(jackson2.readValue(line));
    }
  }

  @Benchmark
  public void readJackson3(Blackhole bh) {
    for (byte[] line : lines) {
      bh.consume(jackson3.readValue(line));
    }
  }

  @Benchmark
  public void writeJackson2(Blackhole bh) {
    for (Grant g : grants) {
      bh.consume(io.github.tsunagari.jackson.GrantJson.writeLine(g));
    }
  }

  @Benchmark
  public void writeJackson3(Blackhole bh) {
    for (Grant g : grants) {
      bh.consume(io.github.tsunagari.jackson3.GrantJson.writeLine(g));
    }
  }
}
