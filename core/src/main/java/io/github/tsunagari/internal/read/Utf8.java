package io.github.tsunagari.internal.read;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encodings of JSON (RFC 8259 §8.1, RFC 4627 §3): UTF-8, and UTF-16 and UTF-32 told by a byte-order mark or by
 * the zero bytes around the first two characters, which are ASCII in JSON. Not part of the API.
 */
public final class Utf8 {
  private Utf8() {}

  /** True if the bytes start with the UTF-8 byte-order mark. */
  public static boolean hasMark(byte[] b, int offset, int length) {
    return length >= 3 && b[offset] == (byte) 0xEF && b[offset + 1] == (byte) 0xBB && b[offset + 2] == (byte) 0xBF;
  }

  /**
   * The number of UTF-16 characters bytes of UTF-8 decode to: one for each byte that starts a sequence, two for a
   * sequence of four bytes (a character beyond U+FFFF).
   */
  public static int chars(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** The encoding of a JSON document other than UTF-8, where its first bytes tell one. */
  public static Optional<Charset> otherEncoding(byte[] b, int offset, int length) {
    int b0 = length > 0 ? b[offset] & 0xFF : -1;
    int b1 = length > 1 ? b[offset + 1] & 0xFF : -1;
    int b2 = length > 2 ? b[offset + 2] & 0xFF : -1;
    int b3 = length > 3 ? b[offset + 3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return Optional.of(Charset.forName("UTF-32BE"));
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return Optional.of(Charset.forName("UTF-32LE"));
    }
    if (b0 == 0xFE && b1 == 0xFF || length >= 4 && b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b0 == 0xFF && b1 == 0xFE || length >= 4 && b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** Bytes that are not of the encoding they are read in: where, and which encoding. */
  public static final class BadEncoding extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long offset;
    private final transient Charset charset;

    /**
     * @param offset the offset of the first bad byte
     * @param charset the encoding
     */
    public BadEncoding(long offset, Charset charset) {
      this.offset = offset;
      this.charset = charset;
    }

    /** The offset of the first bad byte, from the start of the input. */
    public long offset() {
      return offset;
    }

    /** The encoding the bytes were read in. */
    public Charset charset() {
      return charset;
    }
  }
}
