package io.github.tsunagari.internal.read;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes of a JSON document or stream on their way to a binding's parser of UTF-8 bytes, the same for every
 * binding: UTF-16 and UTF-32 (told by their first bytes) are decoded strictly and handed on as UTF-8, so that the
 * parser reads one encoding and a malformed sequence is refused at its byte rather than read as U+FFFD; the bytes are
 * counted against a limit, and the last of them kept, so that a location can count characters and a syntax error be
 * looked at. Memory is bounded: at most {@value #KEPT} bytes are kept, whatever the input's length. Not part of the
 * API; one input is read by one parser, on one thread.
 */
public final class JsonInput extends InputStream implements SourceBytes {
  /** The bytes kept: a line or token longer than this is located by its byte. */
  static final int KEPT = 1 << 20;
  /** The bytes kept at first: a small document costs no more. */
  private static final int INITIAL = 16 * 1024;

  /** An input longer than a limit: a document over its length, or a record of a stream that never ends. */
  public static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ReadingLimit limit;
    private final long max;
    private final long at;

    TooLong(ReadingLimit limit, long max, long at) {
      super("longer than " + max + " bytes");
      this.limit = limit;
      this.max = max;
      this.at = at;
    }

    /** The limit: {@link ReadingLimit#DOCUMENT_LENGTH} or {@link ReadingLimit#RECORD_LENGTH}. */
    public ReadingLimit limit() {
      return limit;
    }

    /**
     * The finding: the limit at the first byte past it, at the document (a document's length) or where reading was
     * (a record's).
     *
     * @param path where reading was
     * @return the finding
     */
    public Finding finding(String path) {
      return ReadingFindings.limit(limit == ReadingLimit.DOCUMENT_LENGTH ? "" : path, SourceLocation.ofByte(at),
          limit, max);
    }
  }

  /**
   * How far past its bound a record's bytes may be read before the input refuses more: a parser reads ahead of its
   * token by its buffer (8 000 bytes for Jackson), so a record within its bound never comes near.
   */
  private static final int RECORD_SLACK = 64 * 1024;

  private final InputStream in;
  private final long max;
  private final byte[] array; // the whole input, where it was given as an array; else null
  private final int arrayOffset;
  private final int arrayLength;
  /** The bytes kept: grown as they come, up to {@value #KEPT}, then written round. */
  private byte[] ring;
  private final Optional<Charset> encoding;
  private byte[] head = new byte[0];
  private long total; // bytes handed on
  private boolean ended;
  private long recordStart = -1;
  private long recordMax;
  private long documentStart;

  private JsonInput(InputStream in, long max, byte[] array, int arrayOffset, int arrayLength,
      Optional<Charset> encoding) {
    this.in = in;
    this.max = max;
    this.array = array;
    this.arrayOffset = arrayOffset;
    this.arrayLength = arrayLength;
    this.ring = array == null ? new byte[INITIAL] : null;
    this.encoding = encoding;
  }

  /**
   * The input of a stream, which is read as the parser asks for it.
   *
   * @param in the stream; not closed by closing the input
   * @param max the limit of its length in bytes, or -1 for none
   * @return the input
   * @throws IOException if the first bytes cannot be read
   */
  public static JsonInput of(InputStream in, long max) throws IOException {
    PushbackInputStream head = new PushbackInputStream(in, 4);
    byte[] first = new byte[4];
    int n = head.readNBytes(first, 0, 4);
    head.unread(first, 0, n);
    Optional<Charset> other = Utf8.otherEncoding(first, 0, n);
    InputStream source = other.isPresent() ? new Transcoding(head, other.get()) : head;
    JsonInput input = new JsonInput(source, max, null, 0, 0, other);
    input.head = Arrays.copyOf(first, n);
    return input;
  }

  /**
   * The input of bytes in memory; they are kept as they are, whatever their length.
   *
   * @param bytes the bytes
   * @param offset where the input starts
   * @param length its length
   * @param max the limit of its length in bytes, or -1 for none
   * @return the input
   */
  public static JsonInput of(byte[] bytes, int offset, int length, long max) {
    Optional<Charset> other = Utf8.otherEncoding(bytes, offset, length);
    if (other.isPresent()) {
      try {
        return of(new ByteArrayInputStream(bytes, offset, length), max);
      } catch (IOException e) {
        throw new AssertionError(e); // bytes in memory
      }
    }
    JsonInput input = new JsonInput(new ByteArrayInputStream(bytes, offset, length), max, bytes, offset, length,
        other);
    input.head = Arrays.copyOfRange(bytes, offset, offset + Math.min(4, length));
    return input;
  }

  /**
   * The UTF-8 bytes of a text, so that a document gives the same findings as text and as bytes; none for a text with
   * half a character (a lone surrogate), which has none.
   *
   * @param text the text
   * @return its bytes
   */
  public static Optional<byte[]> utf8(String text) {
    try {
      ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return Optional.of(bytes);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The encoding the input was decoded from, where it is not UTF-8. */
  public Optional<Charset> encoding() {
    return encoding;
  }

  /** The first bytes of the input as it came (up to four), by which an encoding is told. */
  public byte[] head() {
    return head.clone();
  }

  /**
   * Bounds the record that starts at a byte: past its bound (and the parser's read-ahead), the input refuses more
   * with {@link ReadingLimit#RECORD_LENGTH}.
   *
   * @param start the offset of the record's first byte, or -1 for no record (after one)
   * @param maxLength its bound, in bytes
   */
  public void boundRecord(long start, long maxLength) {
    this.recordStart = start;
    this.recordMax = maxLength;
  }

  /** The offset of the last byte within the bound of the record being read; -1 where no record is bound. */
  public long recordEnd() {
    return recordStart < 0 ? -1 : recordStart + recordMax;
  }

  /** The bound of the record being read, in bytes. */
  public long recordMax() {
    return recordMax;
  }

  /**
   * Starts the length of a document again at a byte: where a mapper reads one document after another from one input
   * (JSON Lines through {@code readValues}), each is a document of its own.
   *
   * @param offset the offset of the document's first byte
   */
  public void startDocument(long offset) {
    this.documentStart = Math.max(documentStart, offset);
  }

  /** The bytes handed on so far. */
  public long count() {
    return total;
  }

  @Override
  public int read() throws IOException {
    return readOne(this);
  }

  /** One byte, read as bytes are read in bulk: the streams here read only in bulk. */
  static int readOne(InputStream in) throws IOException {
    byte[] one = new byte[1];
    int n = in.read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (max >= 0 && total - documentStart >= max) {
      if (in.read() < 0) {
        ended = true;
        return -1;
      }
      throw new TooLong(ReadingLimit.DOCUMENT_LENGTH, max, documentStart + max);
    }
    if (recordStart >= 0 && total > recordStart + recordMax + RECORD_SLACK) {
      // A record that goes on without a token (white space without end) is stopped here, not at its next token.
      throw new TooLong(ReadingLimit.RECORD_LENGTH, recordMax, recordStart + recordMax);
    }
    int want = max >= 0 ? (int) Math.min(len, documentStart + max - total) : len;
    int n = in.read(b, off, want);
    if (n < 0) {
      ended = true;
    }
    if (n <= 0) {
      return n;
    }
    if (ring != null) {
      if (ring.length < KEPT && total + n > ring.length) {
        // Not yet written round: the bytes so far lie from 0, and are copied into a larger ring.
        ring = Arrays.copyOf(ring, (int) Math.min(KEPT, Math.max(2L * ring.length, total + n)));
      }
      int size = ring.length;
      for (int done = 0; done < n; ) {
        int at = (int) ((total + done) % size);
        int chunk = Math.min(n - done, size - at);
        System.arraycopy(b, off + done, ring, at, chunk);
        done += chunk;
      }
    }
    total += n;
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

  /** Closes the source; a reader that must leave its caller's stream open does not close its parser's source. */
  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public boolean ended() {
    return array != null || ended;
  }

  @Override
  public long start() {
    return array != null ? 0 : Math.max(0, total - ring.length);
  }

  @Override
  public long end() {
    return array != null ? arrayLength : total;
  }

  @Override
  public int charsBetween(long from, long to) {
    if (from < start() || from > to || to > end()) {
      return -1;
    }
    // A UTF-8 byte-order mark, which the parser passes over, is no character; transcoded input has none.
    long first = from == 0 && Utf8.hasMark(head, 0, head.length) ? Math.min(3, to) : from;
    if (array != null) {
      return Utf8.chars(array, arrayOffset + (int) first, arrayOffset + (int) to);
    }
    int at = (int) (first % ring.length);
    int length = (int) (to - first);
    int before = Math.min(length, ring.length - at); // up to the end of the ring, then from its start
    return Utf8.chars(ring, at, at + before) + Utf8.chars(ring, 0, length - before);
  }

  @Override
  public byte[] copy(long from, long to) {
    long end = Math.min(to, end());
    if (from < start() || from > end) {
      return null;
    }
    if (array != null) {
      return Arrays.copyOfRange(array, arrayOffset + (int) from, arrayOffset + (int) end);
    }
    byte[] copy = new byte[(int) (end - from)];
    int at = (int) (from % ring.length);
    int before = Math.min(copy.length, ring.length - at);
    System.arraycopy(ring, at, copy, 0, before);
    System.arraycopy(ring, 0, copy, before, copy.length - before);
    return copy;
  }

  /**
   * UTF-16 or UTF-32 decoded strictly and handed on as UTF-8, a byte-order mark passed over. A malformed sequence
   * ends the input with {@link Utf8.BadEncoding} at its first byte.
   */
  private static final class Transcoding extends InputStream {
    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer source = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer out = ByteBuffer.allocate(8192 * 3);
    private long discarded; // bytes of the source decoded and dropped from its buffer
    private boolean ended; // the source has no more bytes
    private boolean flushed; // and the decoder has given all it holds
    private boolean first = true;
    private Utf8.BadEncoding failure; // met, to be thrown once what was decoded before it is handed on

    Transcoding(InputStream in, Charset charset) {
      this.in = in;
      this.charset = charset;
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      source.flip();
      chars.flip();
      out.flip();
    }

    @Override
    public int read() throws IOException {
      return readOne(this);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!out.hasRemaining()) {
        if (!fill()) {
          return -1;
        }
      }
      int n = Math.min(len, out.remaining());
      out.get(b, off, n);
      return n;
    }

    /** Reads, decodes and encodes more; false once everything is handed on. */
    private boolean fill() throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (flushed && !chars.hasRemaining()) {
        return false;
      }
      if (!ended) {
        discarded += source.position();
        source.compact();
        int n = in.read(source.array(), source.position(), source.remaining());
        if (n < 0) {
          ended = true;
        } else {
          source.position(source.position() + n);
        }
        source.flip();
      }
      chars.compact();
      CoderResult r = decoder.decode(source, chars, ended);
      if (!r.isError() && ended && !source.hasRemaining() && !r.isOverflow()) {
        r = decoder.flush(chars);
        flushed = !r.isOverflow();
      }
      if (r.isError()) {
        failure = new Utf8.BadEncoding(discarded + source.position(), charset);
      }
      chars.flip();
      if (first && chars.hasRemaining()) {
        if (chars.get(chars.position()) == '\uFEFF') {
          chars.get(); // the byte-order mark
        }
        first = false;
      }
      out.compact();
      CoderResult e = encoder.encode(chars, out, flushed);
      out.flip();
      if (e.isError() && failure == null) {
        failure = new Utf8.BadEncoding(discarded + source.position(), charset); // a lone surrogate: none is decoded
      }
      if (failure != null && !out.hasRemaining()) {
        throw failure;
      }
      return true;
    }
  }
}
