package io.github.tsunagari.jackson;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Reading a stream on an executor while the calling thread takes its records: the records go over in batches through
 * a small bounded queue, in order, followed by the stream's own problems or by what stopped the reading. If the
 * calling thread stops taking (its consumer threw), the reading task stops at its next batch.
 *
 * <p>Written here rather than taken from a library: it is a plain bounded producer and consumer over
 * {@link ArrayBlockingQueue}, and what it must keep (order, the same exceptions as reading on the calling thread, no
 * task left blocked) is particular to this reader.
 */
final class ReadAhead {
  /** Records in one batch: a hand-over per record would cost more than most records take to read. */
  private static final int BATCH = 64;
  /** Batches that may wait: at most {@code BATCH × (BATCHES + 2)} records are held between the two threads. */
  private static final int BATCHES = 8;

  /** What a reading gives for each record: the grant if it could be built, and the problems found reading it. */
  interface Records {
    void add(Optional<Grant> grant, List<Finding> problems);
  }

  /** A reading of one stream into records; its result is the problems of the stream itself. */
  interface Reading {
    ValidationReport readInto(Records out) throws IOException;
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread caller = Thread.currentThread();
  private volatile boolean abandoned;
  /** The outcome when the executor ran the reading on the calling thread. */
  private Object direct;

  private ReadAhead() {}

  /**
   * Runs a reading on the executor and hands its records to {@code out} on the calling thread.
   *
   * @return the reading's result
   * @throws IOException what the reading threw, after the records read before it
   */
  static ValidationReport run(Executor executor, Reading reading, Records out) throws IOException {
    ReadAhead ahead = new ReadAhead();
    try {
      executor.execute(ahead.new Producer(reading, out));
      return ahead.direct != null ? outcome(ahead.direct) : ahead.consume(out);
    } finally {
      ahead.abandoned = true;
      ahead.queue.clear();
    }
  }

  private ValidationReport consume(Records out) throws IOException {
    while (true) {
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the records read ahead");
      }
      if (next instanceof Batch) {
        for (Batch.Entry e : ((Batch) next).entries) {
          out.add(e.grant, e.problems);
        }
      } else {
        return outcome(next);
      }
    }
  }

  /** The end of a reading: its result, or what it threw, thrown again here. */
  private static ValidationReport outcome(Object end) throws IOException {
    if (end instanceof ValidationReport) {
      return (ValidationReport) end;
    }
    Throwable failure = (Throwable) end;
    if (failure instanceof IOException) {
      throw (IOException) failure;
    } else if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    throw (Error) failure;
  }

  private static final class Batch {
    static final class Entry {
      final Optional<Grant> grant;
      final List<Finding> problems;

      Entry(Optional<Grant> grant, List<Finding> problems) {
        this.grant = grant;
        this.problems = problems;
      }
    }

    final List<Entry> entries = new ArrayList<>(BATCH);
  }

  /** Thrown inside the reading task when the calling thread has stopped taking records. */
  private static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super(null, null, false, false);
    }
  }

  private final class Producer implements Runnable, Records {
    private final Reading reading;
    private final Records out;
    private Batch batch = new Batch();
    private boolean onCaller;

    Producer(Reading reading, Records out) {
      this.reading = reading;
      this.out = out;
    }

    @Override
    public void run() {
      onCaller = Thread.currentThread() == caller;
      Object end;
      try {
        end = reading.readInto(this);
      } catch (Abandoned a) {
        return;
      } catch (RuntimeException | Error e) {
        if (onCaller) {
          throw e; // the consumer's own exception, or the reading's, on the caller's thread: as without read-ahead
        }
        end = e;
      } catch (IOException e) {
        end = e;
      }
      if (onCaller) {
        direct = end;
        return;
      }
      try {
        if (!batch.entries.isEmpty()) {
          put(batch);
        }
        put(end);
      } catch (Abandoned a) {
        // the calling thread has gone: nobody waits for the end
      }
    }

    @Override
    public void add(Optional<Grant> grant, List<Finding> problems) {
      if (onCaller) {
        out.add(grant, problems);
        return;
      }
      batch.entries.add(new Batch.Entry(grant, problems));
      if (batch.entries.size() == BATCH) {
        put(batch);
        batch = new Batch();
      }
    }

    private void put(Object item) {
      try {
        while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
          if (abandoned) {
            throw new Abandoned();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Abandoned();
      }
      if (abandoned) {
        throw new Abandoned();
      }
    }
  }
}
