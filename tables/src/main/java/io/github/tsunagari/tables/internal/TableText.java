package io.github.tsunagari.tables.internal;

import io.github.tsunagari.validation.EncodingChoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of a table file, decoded strictly as the bytes stream: the encoding given, or the one its bytes say (a byte
 * order mark; UTF-8; else Windows-31J, the Shift_JIS of Excel on Windows), and never a character for bytes that are
 * not of it. Bytes that are not of the encoding end the text with {@link BadBytes}, which says at which byte: a
 * Shift_JIS file read as UTF-8 is a finding at its first bad byte, never mojibake. A record longer than its bound ends
 * it with {@link TooLong}, so that memory stays bounded whatever the input. Not part of the API.
 *
 * <p>Hand-written because no decoder of the JDK or of Jackson's CSV module says where bad bytes are, and Jackson's
 * CSV module detects no encoding but a byte order mark (its documentation: pass a {@code Reader} for others).
 */
public final class TableText extends Reader {
  /** Windows-31J: the Shift_JIS that Excel on Japanese Windows writes. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  /** How many bytes are looked at to detect the encoding. */
  private static final int SAMPLE = 64 * 1024;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Bytes that are not of the encoding read. */
  public static final class BadBytes extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Charset charset;
    final long offset;

    BadBytes(Charset charset, long offset) {
      super("bytes that are not " + charset.name() + " at byte " + offset);
      this.charset = charset;
      this.offset = offset;
    }
  }

  /** A record longer than the bound. */
  public static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("a record longer than its bound");
    }
  }

  private final InputStream in;
  private Charset charset;
  private EncodingChoice choice;
  private CharsetDecoder decoder;
  private boolean utf8;
  /**
   * True while only ASCII has been met with no encoding given or marked: ASCII reads the same in UTF-8 and
   * Windows-31J, so the choice waits for the first byte that is not ASCII, wherever it is in the file.
   */
  private boolean undecided;
  /** The byte at which the encoding was detected: 0, or the first byte that is not ASCII. */
  private long detectedAt;
  private final ByteBuffer bytes;
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private final long recordBound;
  /** The offset in the file of the first byte in {@link #bytes}' buffer. */
  private long consumed;
  private long sinceRecord;
  private boolean eof;
  private boolean flushed;

  private TableText(InputStream in, byte[] head, int headLength, int skip, Charset charset, EncodingChoice choice,
      long recordBound) {
    this.in = in;
    this.charset = charset;
    this.choice = choice;
    this.recordBound = recordBound;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = ByteBuffer.allocate(Math.max(SAMPLE, 8192));
    bytes.put(head, skip, headLength - skip).flip();
    this.consumed = skip;
  }

  /**
   * Opens the text of a table.
   *
   * @param in the bytes; not closed by closing the text
   * @param given the encoding the caller gave, if any
   * @param recordBound the most characters one record may hold before {@link #record()} is called again
   * @return the text
   * @throws IOException if the stream cannot be read
   */
  public static TableText open(InputStream in, Optional<Charset> given, long recordBound) throws IOException {
    byte[] head = new byte[SAMPLE];
    int n = 0;
    for (int r; n < head.length && (r = in.read(head, n, head.length - n)) != -1; ) {
      n += r;
    }
    boolean utf8Mark = n >= 3 && Arrays.equals(head, 0, 3, UTF8_BOM, 0, 3);
    if (utf8Mark) {
      // A byte order mark is decisive: a UTF-8 file is read as UTF-8 whatever was given, and says so.
      return new TableText(in, head, n, 3, StandardCharsets.UTF_8,
          given.isPresent() && given.get().equals(StandardCharsets.UTF_8) ? EncodingChoice.GIVEN
              : EncodingChoice.BYTE_ORDER_MARK, recordBound);
    }
    if (given.isPresent()) {
      return new TableText(in, head, n, 0, given.get(), EncodingChoice.GIVEN, recordBound);
    }
    boolean whole = n < head.length;
    if (!whole && isAscii(head, 0, n)) {
      // 64 KiB of ASCII say nothing: the choice is made at the first byte that is not ASCII (see fill).
      TableText text = new TableText(in, head, n, 0, StandardCharsets.UTF_8, EncodingChoice.DETECTED_UTF8,
          recordBound);
      text.undecided = true;
      return text;
    }
    if (decodes(StandardCharsets.UTF_8, head, n, whole)) {
      return new TableText(in, head, n, 0, StandardCharsets.UTF_8, EncodingChoice.DETECTED_UTF8, recordBound);
    }
    if (decodes(WINDOWS_31J, head, n, whole)) {
      return new TableText(in, head, n, 0, WINDOWS_31J, EncodingChoice.DETECTED_WINDOWS_31J, recordBound);
    }
    // Neither: read as UTF-8, whose first bad byte is then the finding.
    return new TableText(in, head, n, 0, StandardCharsets.UTF_8, EncodingChoice.DETECTED_UTF8, recordBound);
  }

  private static boolean isAscii(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** True if the bytes decode in the charset; a character cut at the end of a sample is not held against it. */
  private static boolean decodes(Charset charset, byte[] b, int n, boolean whole) {
    return decodes(charset, b, 0, n, whole);
  }

  private static boolean decodes(Charset charset, byte[] b, int from, int n, boolean whole) {
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(8192);
    ByteBuffer in = ByteBuffer.wrap(b, from, n);
    while (true) {
      CoderResult r = d.decode(in, out, whole);
      if (r.isError()) {
        return false;
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      return true;
    }
  }

  /** The encoding read. */
  public Charset charset() {
    return charset;
  }

  /** How it was chosen. */
  public EncodingChoice choice() {
    return choice;
  }

  /** The byte at which it was detected: 0, or the first byte that is not ASCII where the first 64 KiB were ASCII. */
  public long detectedAt() {
    return detectedAt;
  }

  /** Reads what the stream gives into the buffer, which is being filled (compacted), and notes its end. */
  private void readMore() throws IOException {
    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (r == -1) {
      eof = true;
    } else {
      bytes.position(bytes.position() + r);
    }
  }

  /**
   * Chooses the encoding at the first byte that is not ASCII, now at the buffer's position: by the 64 KiB from there,
   * as {@link #open} chooses by a file's first 64 KiB.
   */
  private void decide() throws IOException {
    bytes.compact();
    while (bytes.hasRemaining() && !eof) {
      readMore();
    }
    bytes.flip();
    undecided = false;
    detectedAt = consumed;
    boolean sjis = !decodes(StandardCharsets.UTF_8, bytes.array(), bytes.position(), bytes.remaining(), eof)
        && decodes(WINDOWS_31J, bytes.array(), bytes.position(), bytes.remaining(), eof);
    if (sjis) {
      charset = WINDOWS_31J;
      choice = EncodingChoice.DETECTED_WINDOWS_31J;
      utf8 = false;
      decoder = WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
  }

  /** A record starts: its characters are counted from here against the bound. */
  public void record() {
    sinceRecord = 0;
  }

  /** True once every byte has been read. */
  public boolean atEnd() {
    return eof && !bytes.hasRemaining() && !chars.hasRemaining();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    sinceRecord += n;
    if (sinceRecord > recordBound) {
      throw new TooLong();
    }
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
    boolean starved = false;
    while (true) {
      if (!eof && (starved || bytes.remaining() < 16)) {
        bytes.compact();
        readMore();
        bytes.flip();
        starved = false;
      }
      int limit = bytes.limit();
      if (undecided) {
        int ascii = bytes.position();
        while (ascii < limit && bytes.get(ascii) >= 0) {
          ascii++;
        }
        if (ascii == bytes.position() && ascii < limit) {
          decide(); // the first byte that is not ASCII
          limit = bytes.limit();
        } else {
          bytes.limit(ascii); // only the ASCII before it, which reads the same in either encoding
        }
      }
      int before = bytes.position();
      if (utf8) {
        decodeCommonUtf8();
      }
      CoderResult result = decoder.decode(bytes, chars, eof && bytes.limit() == limit);
      bytes.limit(limit);
      consumed += bytes.position() - before;
      if (result.isError()) {
        if (chars.position() > 0) {
          break; // what decoded before the bad bytes goes first; the next fill meets them again
        }
        throw new BadBytes(charset, consumed);
      }
      if (result.isOverflow()) {
        break;
      }
      if (eof && !bytes.hasRemaining()) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
      if (chars.position() > 0) {
        break;
      }
      starved = true;
    }
    chars.flip();
  }

  /**
   * Decodes what UTF-8 most tables hold (ASCII, and the two- and three-byte characters of Japanese text) as the JDK's
   * decoder would, and stops before anything else (a four-byte character, bytes that are not UTF-8, a character cut
   * at the end of the bytes at hand) for the decoder to decode or report: the JDK's decoder takes a slow path for
   * every character that is not ASCII.
   */
  private void decodeCommonUtf8() {
    byte[] src = bytes.array();
    int sp = bytes.arrayOffset() + bytes.position();
    int sl = bytes.arrayOffset() + bytes.limit();
    char[] dst = chars.array();
    int dp = chars.arrayOffset() + chars.position();
    int dl = chars.arrayOffset() + chars.limit();
    int start = sp;
    int out = dp;
    while (sp < sl && dp < dl) {
      int b1 = src[sp];
      if (b1 >= 0) {
        dst[dp++] = (char) b1;
        sp++;
      } else if ((b1 & 0xF0) == 0xE0 && sp + 2 < sl) {
        int b2 = src[sp + 1];
        int b3 = src[sp + 2];
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
          break;
        }
        char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
        if (c < 0x800 || Character.isSurrogate(c)) {
          break; // too long a form, or half of a pair: not UTF-8
        }
        dst[dp++] = c;
        sp += 3;
      } else if ((b1 & 0xE0) == 0xC0 && (b1 & 0x1E) != 0 && sp + 1 < sl) {
        int b2 = src[sp + 1];
        if ((b2 & 0xC0) != 0x80) {
          break;
        }
        dst[dp++] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
        sp += 2;
      } else {
        break;
      }
    }
    bytes.position(bytes.position() + sp - start);
    chars.position(chars.position() + dp - out);
  }

  @Override
  public void close() {
    // The stream is the caller's.
  }
}
