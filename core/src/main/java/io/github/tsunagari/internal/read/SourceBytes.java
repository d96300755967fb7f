package io.github.tsunagari.internal.read;

import io.github.tsunagari.validation.SourceLocation;
import java.util.Arrays;

/**
 * The bytes of UTF-8 input that a parser read, where they can still be looked at: to count the characters of a line
 * up to a place (a parser of bytes counts bytes), and to look at the place of a syntax error. Not part of the API.
 */
public interface SourceBytes {
  /**
   * The number of UTF-16 characters the bytes from one offset to another decode to (a UTF-8 byte-order mark at the
   * start counting none), or -1 if they are no longer at hand.
   */
  int charsBetween(long from, long to);

  /** A copy of the bytes from one offset to another (fewer at the end of the input), or null if not at hand. */
  byte[] copy(long from, long to);

  /** The offset of the first byte at hand. */
  long start();

  /** The offset after the last byte read. */
  long end();

  /** True if the input ends after the last byte read (its source has no more). */
  boolean ended();

  /**
   * The bytes of a whole document or line held in an array.
   *
   * @param bytes the array
   * @param offset where the input starts in it
   * @param length how long it is
   * @return the bytes
   */
  static SourceBytes of(byte[] bytes, int offset, int length) {
    boolean mark = Utf8.hasMark(bytes, offset, length);
    return new SourceBytes() {
      @Override
      public int charsBetween(long from, long to) {
        if (from < 0 || to > length || from > to) {
          return -1;
        }
        long start = from == 0 && mark ? Math.min(3, to) : from;
        return Utf8.chars(bytes, offset + (int) start, offset + (int) to);
      }

      @Override
      public byte[] copy(long from, long to) {
        if (from < 0 || from > length) {
          return null;
        }
        return Arrays.copyOfRange(bytes, offset + (int) from, offset + (int) Math.max(from, Math.min(to, length)));
      }

      @Override
      public long start() {
        return 0;
      }

      @Override
      public long end() {
        return length;
      }

      @Override
      public boolean ended() {
        return true;
      }
    };
  }

  /**
   * The location of a place given as a parser of bytes gives it: its line, its column counted in bytes and its byte
   * offset. The column is counted again in characters where the line's bytes are at hand; else the location is the
   * byte and its line.
   *
   * @param bytes the bytes, or null where none are at hand
   * @param line the line, from 1 (or less where unknown)
   * @param byteColumn the column in bytes, from 1 (or less where unknown)
   * @param byteOffset the byte's offset, from 0 (or less where unknown)
   * @param lineOffset added to the line (a record's line in a file, less one)
   * @return the location, or null where nothing is known
   */
  static SourceLocation locate(SourceBytes bytes, int line, int byteColumn, long byteOffset, int lineOffset) {
    if (byteOffset < 0) {
      return line >= 1 && byteColumn >= 1 ? SourceLocation.of(line + lineOffset, byteColumn) : null;
    }
    int chars = bytes == null || byteColumn < 1 ? -1 : bytes.charsBetween(byteOffset - (byteColumn - 1), byteOffset);
    if (chars < 0) {
      return line >= 1 ? SourceLocation.ofByte(byteOffset, line + lineOffset) : SourceLocation.ofByte(byteOffset);
    }
    byte[] at = bytes.copy(byteOffset, byteOffset + 1);
    if (chars > 0 && at != null && at.length == 1 && (at[0] & 0xC0) == 0x80) {
      chars--; // the place is inside a character of several bytes: that character
    }
    return line >= 1 ? SourceLocation.of(line + lineOffset, chars + 1) : SourceLocation.ofByte(byteOffset);
  }
}
