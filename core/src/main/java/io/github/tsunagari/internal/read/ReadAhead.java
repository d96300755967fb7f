package io.github.tsunagari.internal.read;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reading a stream on an executor while the calling thread takes its records. The reading yields items in batches
 * through a small bounded queue, in order, then the stream's own problems or what stopped it. An item becomes records
 * by a step that either thread may take: JSON Lines splits lines on the reading thread, and each batch of lines is
 * parsed by whichever thread comes to it first (the reading thread after each batch it splits, the calling thread
 * when the batch it needs next is not parsed yet), so that neither waits while the other has work. If the calling
 * thread stops taking (its consumer threw), the reading task stops at its next batch.
 *
 * <p>Written here rather than taken from a library: a bounded producer and consumer over {@link ArrayBlockingQueue}
 * with a claim per batch; what it must keep (order, the same exceptions as reading on the calling thread, no task left
 * blocked) is particular to this reader.
 */
public final class ReadAhead<T> {
  /**
   * Items in one batch: a hand-over per record would cost more than most records take to read. The first batches
   * are smaller (1, 2, 4 …), so that validation starts with the first record rather than after the first 64.
   */
  private static final int BATCH = 64;
  /** Batches that may wait: at most {@code BATCH × (BATCHES + 2)} items are held between the two threads. */
  private static final int BATCHES = 8;

  /** What becomes of each record: the grant if it could be built, and the problems found reading it. */
  public interface Records {
    void add(Optional<Grant> grant, List<Finding> problems);
  }

  /** A reading of one stream into items; its result is the problems of the stream itself. */
  public interface Reading<T> {
    ValidationReport readInto(Consumer<T> items) throws IOException;
  }

  /** The step from an item to its records; it may run on either thread. */
  public interface Parsing<T> {
    void parse(T item, Records out);
  }

  private final Parsing<T> parsing;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread caller = Thread.currentThread();
  private volatile boolean abandoned;
  /** The outcome when the executor ran the reading on the calling thread. */
  private Object direct;

  private ReadAhead(Parsing<T> parsing) {
    this.parsing = parsing;
  }

  /**
   * Reads records that the reading makes whole (a JSON array, which one parser must read in order) on the executor.
   *
   * @return the reading's result
   * @throws IOException what the reading threw, after the records read before it
   */
  public static ValidationReport run(Executor executor, Reading<Read> reading, Records out) throws IOException {
    return run(executor, reading, (read, records) -> records.add(read.grant, read.problems), out);
  }

  /**
   * Reads items on the executor, parses them on either thread and hands their records to {@code out} on the calling
   * thread, in order.
   *
   * @return the reading's result
   * @throws IOException what the reading threw, after the records read before it
   */
  public static <T> ValidationReport run(Executor executor, Reading<T> reading, Parsing<T> parsing, Records out)
      throws IOException {
    ReadAhead<T> ahead = new ReadAhead<>(parsing);
    try {
      executor.execute(ahead.new Producer(reading, out));
      return ahead.direct != null ? outcome(ahead.direct) : ahead.consume(out);
    } finally {
      ahead.abandoned = true;
      ahead.queue.clear();
    }
  }

  /** A record read whole. */
  public static final class Read {
    final Optional<Grant> grant;
    final List<Finding> problems;

    public Read(Optional<Grant> grant, List<Finding> problems) {
      this.grant = grant;
      this.problems = problems;
    }
  }

  @SuppressWarnings("unchecked")
  private ValidationReport consume(Records out) throws IOException {
    while (true) {
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the records read ahead");
      }
      if (next instanceof ReadAhead.Batch) {
        Batch batch = (Batch) next;
        if (batch.claim()) {
          batch.parse(); // the reading thread has not come to it: parse it here rather than wait
        }
        batch.await();
        for (int i = 0; i < batch.grants.size(); i++) {
          out.add(batch.grants.get(i), batch.problems.get(i));
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
    return rethrow((Throwable) end);
  }

  private static <R> R rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException) {
      throw (IOException) failure;
    } else if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    throw (Error) failure;
  }

  /** Items, then their records once one of the threads has parsed them. */
  private final class Batch implements Records {
    final List<T> items;
    final List<Optional<Grant>> grants;
    final List<List<Finding>> problems;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private boolean done; // guarded by this
    private Throwable failure; // guarded by this

    Batch(int size) {
      items = new ArrayList<>(size);
      grants = new ArrayList<>(size);
      problems = new ArrayList<>(size);
    }

    boolean isClaimed() {
      return claimed.get();
    }

    /** Takes the parsing of this batch for the calling thread; false if the other thread has it. */
    boolean claim() {
      return claimed.compareAndSet(false, true);
    }

    void parse() {
      Throwable failed = null;
      try {
        for (T item : items) {
          parsing.parse(item, this);
        }
      } catch (RuntimeException | Error e) {
        failed = e;
      }
      synchronized (this) {
        done = true;
        failure = failed;
        notifyAll();
      }
    }

    @Override
    public void add(Optional<Grant> grant, List<Finding> found) {
      grants.add(grant);
      problems.add(found);
    }

    /** Waits until the batch is parsed, and throws what parsing it threw. */
    synchronized void await() throws IOException {
      boolean interrupted = false;
      while (!done) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure != null) {
        rethrow(failure);
      }
    }
  }

  /** Thrown inside the reading task when the calling thread has stopped taking records. */
  private static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super(null, null, false, false);
    }
  }

  private final class Producer implements Runnable, Consumer<T> {
    private final Reading<T> reading;
    private final Records out;
    private final ArrayDeque<Batch> unparsed = new ArrayDeque<>();
    private int batchSize = 1;
    private Batch batch = new Batch(batchSize);
    private boolean onCaller;

    Producer(Reading<T> reading, Records out) {
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
        if (!batch.items.isEmpty()) {
          publish(batch);
        }
        while (parseNewest(0)) {
          // what the calling thread has not come to yet
        }
        put(end);
      } catch (Abandoned a) {
        // the calling thread has gone: nobody waits for the end
      }
    }

    @Override
    public void accept(T item) {
      if (onCaller) {
        parsing.parse(item, out);
        return;
      }
      batch.items.add(item);
      if (batch.items.size() == batchSize) {
        publish(batch);
        batchSize = Math.min(BATCH, 2 * batchSize);
        batch = new Batch(batchSize);
      }
    }

    /**
     * Queues a batch; while the queue is full, parses the newest batches not taken instead of waiting; then parses
     * the newest if more than one wait, leaving the oldest to the calling thread, which parses it when it comes to it
     * rather than wait. So the thread with less to do parses more.
     */
    private void publish(Batch b) {
      unparsed.addLast(b);
      while (!queue.offer(b)) {
        if (!parseNewest(0)) {
          put(b);
          break;
        }
      }
      if (abandoned) {
        throw new Abandoned();
      }
      parseNewest(1);
    }

    /** Parses the newest batch not yet taken, if more than {@code leave} wait; false if there were not. */
    private boolean parseNewest(int leave) {
      unparsed.removeIf(Batch::isClaimed);
      if (unparsed.size() <= leave) {
        return false;
      }
      Batch b = unparsed.pollLast();
      if (b.claim()) {
        b.parse();
      }
      return true;
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
