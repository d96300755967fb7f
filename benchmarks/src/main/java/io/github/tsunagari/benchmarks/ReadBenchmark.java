package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tsunagari.jackson.TsunagariModule;
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
 * Reading the same bytes three ways: (1) a raw Jackson token scan, the floor of any Jackson reader; (2) Jackson
 * databind into plain records, what a user would write; (3) this library's reader into the model (its module on a
 * mapper of one's own), which also checks every code, check digit and date as it reads. One operation reads the whole data set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {
  @Param({"10000", "100000"})
  public int size;

  @Param({"array", "lines"})
  public String form;

  private byte[] bytes;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper plain = JsonMapper.builder().build();
  private final ObjectReader plainGrant = plain.readerFor(PlainRecords.Grant.class);
  // The module on a mapper of one's own, as a service has it: the library's mapper reads one document of at most
  // 64 MiB, and a 100 MB array is a stream, which GrantStreamReader reads (benchmark 11).
  private final ObjectReader modelGrant = JsonMapper.builder().addModule(new TsunagariModule()).build()
      .readerFor(Grant.class);

  @Setup(Level.Trial)
  public void load() throws IOException {
    bytes = Files.readAllBytes(Workload.file(Path.of(System.getProperty("tsunagari.data", "target/data")), size,
        form.equals("array")));
  }

  @Benchmark
  public long rawTokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          p.getTextLength(); // touch the text as any reader must
        }
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public void databindRecords(Blackhole bh) throws IOException {
    read(plainGrant, bh);
  }

  @Benchmark
  public void tsunagariReader(Blackhole bh) throws IOException {
    read(modelGrant, bh);
  }

  private void read(ObjectReader reader, Blackhole bh) throws IOException {
    if (form.equals("array")) {
      try (JsonParser p = reader.getFactory().createParser(bytes)) {
        p.nextToken(); // [
        p.nextToken();
        try (MappingIterator<Object> it = reader.readValues(p)) {
          while (it.hasNext()) {
            bh.consume(it.next());
          }
        }
      }
    } else {
      try (MappingIterator<Object> it = reader.readValues(bytes)) {
        while (it.hasNext()) {
          bh.consume(it.next());
        }
      }
    }
  }
}
