package io.github.tsunagari.internal.read;

import io.github.tsunagari.read.ReadingLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The framing of JSON Lines, whatever parses the lines: lines of bytes separated by {@code \n} (a {@code \r} before it
 * is allowed), blank lines passed over, a UTF-8 byte-order mark passed over on the first line, at most
 * {@link ReadingLimits#MAX_LINE_LENGTH} bytes of a line kept. Not part of the API.
 */
public final class JsonLines {
  private JsonLines() {}

  /** A line as split, before it is parsed: its record's index, its number and its bytes. */
  public static final class Line {
    private final int index;
    private final int number;
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final boolean tooLong;

    Line(int index, int number, byte[] bytes, int offset, int length, boolean tooLong) {
      this.index = index;
      this.number = number;
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
      this.tooLong = tooLong;
    }

    /** The index of the record, from 0: blank lines are no records. */
    public int index() {
      return index;
    }

    /** The line's number in the stream, from 1. */
    public int number() {
      return number;
    }

    /** The array holding the line's bytes. */
    public byte[] bytes() {
      return bytes;
    }

    /** Where the line's text starts in the array. */
    public int offset() {
      return offset;
    }

    /** The length of the line's text, without its line break. */
    public int length() {
      return length;
    }

    /** True if the line is longer than the limit; it has no bytes then. */
    public boolean tooLong() {
      return tooLong;
    }

    /** The line with bytes of its own, for another thread to parse after the next line is split. */
    public Line copy() {
      return new Line(index, number, Arrays.copyOfRange(bytes, offset, offset + length), 0, length, tooLong);
    }
  }

  /**
   * Splits JSON Lines into lines, passing over blank ones. A line is valid only until the next: its bytes are the
   * splitter's buffer.
   *
   * @param jsonLines the stream; not closed
   * @param each receives every line that is not blank
   * @throws IOException if the stream cannot be read
   */
  public static void split(InputStream jsonLines, Consumer<Line> each) throws IOException {
    LineReader lines = new LineReader(jsonLines);
    int index = 0;
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      int offset = lines.tooLong ? 0 : lines.offset();
      int length = lines.tooLong ? 0 : lines.length() - offset;
      each.accept(new Line(index++, lines.number, lines.buffer(), offset, length, lines.tooLong));
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The index of the first {@code \n} from {@code from}, or {@code to}: eight bytes at a time (a zero byte of the
   * word XOR newlines is a newline; the lowest such byte is exact), since every byte of the stream passes here and
   * Java 17 has no vectorised search of a byte array. Three times a byte loop where the JIT is C1.
   */
  static int newline(byte[] bytes, int from, int to) {
    int pos = from;
    while (pos + 8 <= to) {
      long word = (long) LONGS.get(bytes, pos) ^ NEWLINES;
      long zeros = (word - ONES) & ~word & HIGH_BITS;
      if (zeros != 0) {
        return pos + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
      pos += 8;
    }
    while (pos < to && bytes[pos] != '\n') {
      pos++;
    }
    return pos;
  }

  /** Reads lines of bytes, keeping at most {@link ReadingLimits#MAX_LINE_LENGTH} of one line. */
  private static final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private final Buffer line = new Buffer();
    int number;
    boolean tooLong;

    LineReader(InputStream in) {
      this.in = in;
    }

    boolean next() throws IOException {
      line.shrink();
      tooLong = false;
      boolean any = false;
      while (true) {
        if (chunkPos == chunkEnd) {
          chunkEnd = in.read(chunk);
          chunkPos = 0;
          if (chunkEnd <= 0) {
            chunkEnd = 0;
            if (any) {
              number++;
            }
            return any;
          }
        }
        any = true;
        int start = chunkPos;
        chunkPos = newline(chunk, start, chunkEnd);
        append(start, chunkPos);
        if (chunkPos < chunkEnd) {
          chunkPos++; // the newline
          number++;
          return true;
        }
      }
    }

    private void append(int from, int to) {
      if (tooLong) {
        return;
      }
      if (line.size() + (to - from) > ReadingLimits.MAX_LINE_LENGTH) {
        tooLong = true;
        line.reset();
        return;
      }
      line.write(chunk, from, to - from);
    }

    byte[] buffer() {
      return line.bytes();
    }

    /** Where the line's text starts: after a UTF-8 byte-order mark on the first line. */
    int offset() {
      return number == 1 && Utf8.hasMark(line.bytes(), 0, line.size()) ? 3 : 0;
    }

    int length() {
      int n = line.size();
      return n > 0 && line.bytes()[n - 1] == '\r' ? n - 1 : n;
    }

    boolean isBlank() {
      if (tooLong) {
        return false;
      }
      byte[] b = line.bytes();
      for (int i = 0; i < line.size(); i++) {
        if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** A byte buffer whose array can be read without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    private static final int KEEP = 64 * 1024;

    Buffer() {
      super(KEEP);
    }

    byte[] bytes() {
      return buf;
    }

    /** Empties the buffer, and lets a long line's array go so that it is not kept for the rest of the stream. */
    void shrink() {
      reset();
      if (buf.length > KEEP) {
        buf = new byte[KEEP];
      }
    }
  }
}
