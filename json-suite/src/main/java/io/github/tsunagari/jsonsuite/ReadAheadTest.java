package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import io.github.tsunagari.testkit.GrantArbitraries;
import org.junit.jupiter.api.Test;

/**
 * Reading ahead on another thread changes nothing a user sees: the same records, in the same order, with the same
 * reports and summary, on the calling thread; what the stream or the consumer throws arrives as without it.
 */
class ReadAheadTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  /** Daemon threads, which end when idle: the pool is shared by jqwik's properties and JUnit's tests, never shut. */
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "read-ahead-test");
    t.setDaemon(true);
    return t;
  });
  private static final GrantStreamReader PLAIN = JsonPropertiesTest.STREAM;
  private static final GrantStreamReader AHEAD = PLAIN.withReadAhead(POOL);

  /** What a read shows a user: every record as it came, and the summary. */
  private static String seen(Read read) throws IOException {
    StringBuilder seen = new StringBuilder();
    Thread caller = Thread.currentThread();
    StreamSummary summary = read.read(r -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      seen.append(r.getIndex()).append(' ').append(r.getGrant()).append(' ').append(r.getReport().getFindings())
          .append('\n');
    });
    seen.append(summary.getRecordCount()).append(' ').append(summary.getUnreadableCount());
    for (Severity s : Severity.values()) {
      seen.append(' ').append(summary.count(s));
    }
    return seen.append(' ').append(summary.getStreamProblems().getFindings()).toString();
  }

  @FunctionalInterface
  private interface Read {
    StreamSummary read(java.util.function.Consumer<GrantRecord> each) throws IOException;
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void mutatedStreamsReadTheSameAhead(@ForAll("streams") JsonPropertiesTest.MutatedStream stream)
      throws IOException {
    byte[] lines = stream.jsonLines();
    byte[] array = stream.array();
    assertThat(seen(each -> AHEAD.readJsonLines(new ByteArrayInputStream(lines), each)))
        .isEqualTo(seen(each -> PLAIN.readJsonLines(new ByteArrayInputStream(lines), each)));
    assertThat(seen(each -> AHEAD.readArray(new ByteArrayInputStream(array), each)))
        .isEqualTo(seen(each -> PLAIN.readArray(new ByteArrayInputStream(array), each)));
  }

  @Provide
  Arbitrary<JsonPropertiesTest.MutatedStream> streams() {
    return new JsonPropertiesTest().streams();
  }

  @Property(tries = 20)
  void programsOfManyBatchesReadTheSameAhead(@ForAll GrantProgram program) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 40; copy++) { // some hundreds of records: many batches, a full queue
      program.getGrants().forEach(g -> text.append(BINDING.writeLine(g)));
    }
    byte[] lines = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(seen(each -> AHEAD.readJsonLines(new ByteArrayInputStream(lines), each)))
        .isEqualTo(seen(each -> PLAIN.readJsonLines(new ByteArrayInputStream(lines), each)));
  }

  @Test
  void aSlowConsumerLeavesTheParsingToTheReadingThreadAndGetsTheSameRecords() throws IOException {
    byte[] lines = lines(400);
    String plain = seen(each -> PLAIN.readJsonLines(new ByteArrayInputStream(lines), each));
    String slow = seen(each -> AHEAD.readJsonLines(new ByteArrayInputStream(lines), r -> {
      if (r.getIndex() % 20 == 0) {
        try {
          Thread.sleep(2); // the reading thread runs ahead, parsing the batches the consumer has not come to
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      each.accept(r);
    }));
    assertThat(slow).isEqualTo(plain);
  }

  @Test
  void theStreamsExceptionComesAfterTheRecordsReadBeforeIt() {
    byte[] good = lines(300);
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(good), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    });
    List<Integer> seen = new ArrayList<>();

    assertThatThrownBy(() -> AHEAD.readJsonLines(failing, r -> seen.add(r.getIndex())))
        .isInstanceOf(IOException.class).hasMessage("disk gone");
    assertThat(seen).hasSize(300).startsWith(0, 1, 2).endsWith(299);
  }

  @Test
  void theConsumersExceptionStopsTheReading() throws InterruptedException {
    AtomicInteger reads = new AtomicInteger();
    InputStream endless = new InputStream() {
      private final byte[] line = BINDING.writeLine(someGrant()).getBytes(StandardCharsets.UTF_8);
      private int at;

      @Override
      public int read() {
        reads.incrementAndGet();
        int b = line[at];
        at = (at + 1) % line.length;
        return b;
      }
    };
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> PLAIN.withReadAhead(one).readJsonLines(endless, r -> {
        if (r.getIndex() == 10) {
          throw new IllegalStateException("enough");
        }
      })).isInstanceOf(IllegalStateException.class).hasMessage("enough");
      one.shutdown();
      assertThat(one.awaitTermination(10, TimeUnit.SECONDS)).as("the reading task ended").isTrue();
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void anExecutorThatRunsOnTheCallingThreadReadsWithoutReadingAhead() throws IOException {
    byte[] lines = lines(200);
    assertThat(seen(each -> PLAIN.withReadAhead(Runnable::run).readJsonLines(new ByteArrayInputStream(lines), each)))
        .isEqualTo(seen(each -> PLAIN.readJsonLines(new ByteArrayInputStream(lines), each)));
    assertThatThrownBy(() -> PLAIN.withReadAhead(Runnable::run).readJsonLines(new ByteArrayInputStream(lines), r -> {
      throw new IllegalStateException("from the consumer");
    })).isInstanceOf(IllegalStateException.class).hasMessage("from the consumer");
  }

  private static Grant someGrant() {
    return GrantArbitraries.grants().sample();
  }

  private static byte[] lines(int n) {
    Grant grant = someGrant();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(BINDING.writeLine(grant));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
