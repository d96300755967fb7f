package io.github.tsunagari.jackson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that keeps the last bytes read from it, so that the location of a problem in a stream larger than memory
 * can still count characters: the line up to the problem is usually among them. Where it is not (a line longer than
 * what is kept), the location is the byte.
 */
final class RecentBytes extends FilterInputStream implements JsonTokens.Bytes {
  private static final int KEPT = 1 << 20;

  private final byte[] ring = new byte[KEPT];
  private long total;

  RecentBytes(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      ring[(int) (total++ % KEPT)] = (byte) b;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int done = 0; done < n; ) {
      int at = (int) ((total + done) % KEPT);
      int chunk = Math.min(n - done, KEPT - at);
      System.arraycopy(b, off + done, ring, at, chunk);
      done += chunk;
    }
    if (n > 0) {
      total += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    byte[] buffer = new byte[8192];
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public int charsBetween(long from, long to) {
    if (from < 0 || from > to || to > total || total - from > KEPT) {
      return -1;
    }
    int n = 0;
    for (long i = from == 0 && startsWithMark() ? Math.min(3, to) : from; i < to; i++) {
      int c = ring[(int) (i % KEPT)] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  @Override
  public byte[] copy(long from, long to) {
    long end = Math.min(to, total);
    if (from < 0 || from > end || total - from > KEPT) {
      return null;
    }
    byte[] copy = new byte[(int) (end - from)];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = ring[(int) ((from + i) % KEPT)];
    }
    return copy;
  }

  private boolean startsWithMark() {
    return total >= 3 && total <= KEPT && ring[0] == (byte) 0xEF && ring[1] == (byte) 0xBB && ring[2] == (byte) 0xBF;
  }
}
