package io.github.tsunagari.tables.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that tells each count of bytes read or skipped through it to {@link #counted(long)}, which may stop reading
 * by throwing: the guards against zip bombs of XLSX parts ({@link XlsxParts}) and of other systems' ZIP files count
 * through it. Marks are not supported. Not part of the API.
 */
public abstract class CountedInput extends FilterInputStream {
  /**
   * A stream over another.
   *
   * @param in the stream read
   */
  protected CountedInput(InputStream in) {
    super(in);
  }

  /**
   * Told the bytes just read or skipped.
   *
   * @param n how many, 1 or more
   * @throws IOException to stop reading
   */
  protected abstract void counted(long n) throws IOException;

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
