package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.GrantValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
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
 * (11) What a service does with the bytes of a list of grants, in its own JVM (no launcher, no start-up): read and
 * validate every grant, one thread. This library as users take it ({@code GrantStreamReader} with
 * {@code GrantValidator.create()}: every code, check digit, date and rule, the rules that compare grants included)
 * against what a user would write instead: Jackson databind into plain records, then Hibernate Validator on each with
 * the model's field constraints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadAndValidateBenchmark {
  @Param({"10000", "100000"})
  public int size;

  @Param({"array", "lines"})
  public String form;

  private byte[] bytes;
  private final ObjectReader records = JsonMapper.builder().build().readerFor(PlainRecords.Grant.class);
  private final Validator hibernate = Validation.buildDefaultValidatorFactory().getValidator();
  private final GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create());

  @Setup(Level.Trial)
  public void load() throws IOException {
    bytes = Files.readAllBytes(Workload.file(Path.of(System.getProperty("tsunagari.data", "target/data")), size,
        form.equals("array")));
  }

  @Benchmark
  public StreamSummary tsunagariReadAndValidate(Blackhole bh) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return form.equals("array") ? reader.readArray(in, bh::consume) : reader.readJsonLines(in, bh::consume);
  }

  @Benchmark
  public void databindAndHibernate(Blackhole bh) throws IOException {
    if (form.equals("array")) {
      try (JsonParser p = records.getFactory().createParser(bytes)) {
        p.nextToken(); // [
        p.nextToken();
        try (MappingIterator<PlainRecords.Grant> it = records.readValues(p)) {
          while (it.hasNext()) {
            bh.consume(hibernate.validate(it.next()));
          }
        }
      }
    } else {
      try (MappingIterator<PlainRecords.Grant> it = records.readValues(bytes)) {
        while (it.hasNext()) {
          bh.consume(hibernate.validate(it.next()));
        }
      }
    }
  }
}
