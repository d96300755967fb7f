package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Validating grants already in memory: (4) Hibernate Validator on the plain records with the model's field constraints,
 * against (5) this library's full validation, field constraints and every rule including those that compare grants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {
  @Param({"10000", "100000"})
  public int size;

  private List<PlainRecords.Grant> records;
  private List<Grant> grants;
  private Validator hibernate;
  private GrantValidator tsunagari;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path file = Workload.file(Path.of(System.getProperty("tsunagari.data", "target/data")), size, false);
    try (MappingIterator<PlainRecords.Grant> it = JsonMapper.builder().build()
        .readerFor(PlainRecords.Grant.class).readValues(file.toFile())) {
      records = it.readAll();
    }
    try (MappingIterator<Grant> it = GrantJson.newMapper().readerFor(Grant.class).readValues(file.toFile())) {
      grants = it.readAll();
    }
    hibernate = Validation.buildDefaultValidatorFactory().getValidator();
    tsunagari = GrantValidator.using(hibernate);
  }

  @Benchmark
  public void hibernateOnRecords(Blackhole bh) {
    for (PlainRecords.Grant r : records) {
      bh.consume(hibernate.validate(r));
    }
  }

  @Benchmark
  public void tsunagariFullValidation(Blackhole bh) {
    GrantStreamValidator stream = tsunagari.openStream();
    for (Grant g : grants) {
      bh.consume(stream.validate(g));
    }
  }
}
