package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.tables.GrantTableReader;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.ByteArrayInputStream;
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
 * (12) The same grants as a table and as JSON Lines, read and validated in process, one thread: the CSV that
 * {@code GrantTableWriter.create()} writes (paths as headers, UTF-8 with a byte order mark), read by
 * {@code GrantTableReader.create(GrantValidator.create()).readCsv} (strict decoding, the header derived, every cell
 * read into the model, every rule), against the JSON Lines of the same grants read by
 * {@code GrantStreamReader.create(GrantValidator.create()).readJsonLines}, and against the floor of any reader of the
 * CSV: a bare jackson-dataformat-csv scan of its rows (no schema, every cell's text made a string). The ratios are
 * {@code tsunagariCsv ÷ tsunagariJsonLines} (goal ≤ 1.2) and {@code tsunagariCsv ÷ csvScan}.
 *
 * <p>Run, from the repository's root (the data, about 1 KB a grant in either form, is written once to
 * {@code benchmarks/target/data}):
 *
 * <pre>
 * mvn -o -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ReadTableBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s \
 *   -jvmArgsAppend "-Dtsunagari.data=benchmarks/target/data -Xmx3g" -rf json -rff benchmarks/target/table.json
 * java -cp benchmarks/target/benchmarks.jar io.github.tsunagari.benchmarks.TableResults benchmarks/target/table.json
 * </pre>
 *
 * <p>Add {@code -p size=1000000} for a million grants (the byte arrays take about 2 GB: {@code -Xmx5g}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadTableBenchmark {
  @Param({"100000"})
  public int size;

  private byte[] csv;
  private byte[] jsonLines;
  private final CsvFactory csvFactory = CsvFactory.builder().build();
  private final GrantTableReader tables = GrantTableReader.create(GrantValidator.create());
  private final GrantStreamReader json = GrantStreamReader.create(GrantValidator.create());

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path dir = Path.of(System.getProperty("tsunagari.data", "target/data"));
    csv = Files.readAllBytes(Workload.table(dir, size, "csv"));
    jsonLines = Files.readAllBytes(Workload.file(dir, size, false));
    // The same grants both ways, every one read and valid: else the ratio would compare different work.
    check(tables.readCsv(new ByteArrayInputStream(csv), r -> { }), "CSV");
    check(json.readJsonLines(new ByteArrayInputStream(jsonLines), r -> { }), "JSON Lines");
  }

  private void check(StreamSummary summary, String form) {
    if (summary.getRecordCount() != size || summary.getStreamProblems().hasErrors()
        || summary.count(Severity.ERROR) > 0) {
      throw new IllegalStateException(form + ": " + summary.getRecordCount() + " records of " + size + ", "
          + summary.count(Severity.ERROR) + " errors; "
          + summary.getStreamProblems().getFindings());
    }
  }

  @Benchmark
  public StreamSummary tsunagariCsv(Blackhole bh) throws IOException {
    return tables.readCsv(new ByteArrayInputStream(csv), bh::consume);
  }

  @Benchmark
  public StreamSummary tsunagariJsonLines(Blackhole bh) throws IOException {
    return json.readJsonLines(new ByteArrayInputStream(jsonLines), bh::consume);
  }

  /** Jackson's CSV parser over the same bytes, each record an array of its cells, each cell's text a string. */
  @Benchmark
  public long csvScan(Blackhole bh) throws IOException {
    long cells = 0;
    try (JsonParser p = csvFactory.createParser(new ByteArrayInputStream(csv))) {
      ((CsvParser) p).setSchema(CsvSchema.emptySchema());
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          bh.consume(p.getText());
          cells++;
        }
      }
    }
    return cells;
  }
}
