package io.github.tsunagari.testkit;

import static io.github.tsunagari.testkit.Shared.VALIDATOR;
import static io.github.tsunagari.testkit.TsunagariAssertions.assertThat;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** One validator shared by many threads gives the same reports as one thread. */
class SharedValidatorTest {
  private static final int THREADS = 8;
  /** Each program is validated this many times at once, so that threads meet in the same code. */
  private static final int COPIES = 3;

  @Provide
  Arbitrary<List<GrantProgram>> mixedPrograms() {
    List<Arbitrary<GrantProgram>> kinds = new ArrayList<>();
    kinds.add(GrantArbitraries.programs());
    for (Rule r : GrantArbitraries.breakableRules()) {
      kinds.add(GrantArbitraries.programsBreaking(r));
    }
    return Arbitraries.oneOf(kinds).list().ofMinSize(40).ofMaxSize(60);
  }

  @Property(tries = 15)
  void manyThreadsGiveTheSameReportsAsOne(@ForAll("mixedPrograms") List<GrantProgram> programs) throws Exception {
    List<ValidationReport> sequential = new ArrayList<>();
    for (GrantProgram p : programs) {
      sequential.add(VALIDATOR.validate(p));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<ValidationReport>> tasks = new ArrayList<>();
      for (int copy = 0; copy < COPIES; copy++) {
        for (GrantProgram p : programs) {
          tasks.add(() -> VALIDATOR.validate(p));
        }
      }
      List<Future<ValidationReport>> results = pool.invokeAll(tasks);
      for (int k = 0; k < results.size(); k++) {
        ValidationReport parallel = results.get(k).get();
        ValidationReport expected = sequential.get(k % programs.size());
        assertThat(parallel).isEqualTo(expected);
        assertThat(parallel.toString()).isEqualTo(expected.toString());
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
