package io.github.tsunagari.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Records (and megabytes, where the bytes read are counted) per second on standard error, at most once a second, on
 * one updated line: only where standard error is a terminal and {@code --quiet} is not given, never into a file or a
 * pipe.
 */
final class Progress {
  private final PrintStream err;
  private final LongSupplier bytes;
  private final boolean show;
  private final long start = System.nanoTime();
  private long last = start;
  private long records;

  /**
   * @param err standard error
   * @param bytes the bytes read so far, or null where they are not counted (a workbook is read from its file)
   * @param show whether to show it
   */
  Progress(PrintStream err, LongSupplier bytes, boolean show) {
    this.err = err;
    this.bytes = bytes;
    this.show = show;
  }

  void record() {
    records++;
    if (show && (records & 255) == 0) {
      long now = System.nanoTime();
      if (now - last >= 1_000_000_000L) {
        last = now;
        print(now);
      }
    }
  }

  void done() {
    if (show && records > 0) {
      print(System.nanoTime());
      err.println();
    }
  }

  private void print(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-9);
    if (bytes == null) {
      err.printf(Locale.ROOT, "\r%,d records, %,.0f records/s", records, records / seconds);
      return;
    }
    double mb = bytes.getAsLong() / 1e6;
    err.printf(Locale.ROOT, "\r%,d records, %.1f MB, %,.0f records/s, %.1f MB/s", records, mb, records / seconds,
        mb / seconds);
  }

  /** Counts the bytes read, for progress. */
  static final class Counting extends FilterInputStream {
    /** Read on the reading thread, looked at for progress on the validating one. */
    volatile long bytes;
    private long marked;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }

    @Override
    public synchronized void mark(int limit) {
      super.mark(limit);
      marked = bytes;
    }

    @Override
    public synchronized void reset() throws IOException {
      super.reset();
      bytes = marked;
    }
  }
}
