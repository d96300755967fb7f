package io.github.tsunagari.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link TableText} decodes UTF-8 as the JDK's strict decoder does, whatever the bytes and however the stream cuts
 * them: the same characters, and bytes that are not UTF-8 reported at the same offset. It decodes the common
 * characters itself and leaves the rest to the JDK's decoder, so the pieces here are those at the edge of either:
 * every length of character, and each way of not being UTF-8 (a lone continuation byte, a character too long for its
 * value, half of a surrogate pair, a character cut short, a byte UTF-8 never has).
 */
class TableTextTest {
  @Property(tries = 500)
  void decodesUtf8AsTheJdkDoes(@ForAll("utf8ish") List<byte[]> pieces, @ForAll @IntRange(min = 1, max = 40) int chunk)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('a'); // never a byte order mark
    for (byte[] piece : pieces) {
      out.write(piece);
    }
    byte[] bytes = out.toByteArray();

    StringBuilder expected = new StringBuilder();
    long expectedBad = reference(bytes, expected);

    StringBuilder read = new StringBuilder();
    long bad = -1;
    TableText text = TableText.open(new Chunked(bytes, chunk), Optional.of(StandardCharsets.UTF_8), Long.MAX_VALUE);
    char[] buffer = new char[7];
    try {
      for (int n; (n = text.read(buffer, 0, buffer.length)) != -1; ) {
        read.append(buffer, 0, n);
      }
    } catch (TableText.BadBytes e) {
      bad = e.offset;
    }
    assertThat(bad).as("the offset of the first bad byte").isEqualTo(expectedBad);
    assertThat(read.toString()).isEqualTo(expected.toString());
  }

  /** The JDK's strict decoding: the characters before the first bad byte, and its offset (-1 if none). */
  private static long reference(byte[] bytes, StringBuilder chars) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    out.flip();
    chars.append(out);
    return r.isError() ? in.position() : -1;
  }

  @Provide
  Arbitrary<List<byte[]>> utf8ish() {
    Arbitrary<byte[]> valid = Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u007f').map(c -> bytes(String.valueOf(c))),
        Arbitraries.chars().range('\u0080', '\u07ff').map(c -> bytes(String.valueOf(c))),
        Arbitraries.chars().range('\u0800', '\ud7ff').map(c -> bytes(String.valueOf(c))),
        Arbitraries.chars().range('\ue000', '\uffff').map(c -> bytes(String.valueOf(c))),
        Arbitraries.of("日本語", "孤独・孤立", "𠮷野家", "😀", "ｱｲｳ").map(TableTextTest::bytes));
    Arbitrary<byte[]> invalid = Arbitraries.of(
        new byte[] {(byte) 0x80}, // a continuation byte alone
        new byte[] {(byte) 0xC0, (byte) 0x80}, // too long a form of U+0000
        new byte[] {(byte) 0xC1, (byte) 0xBF},
        new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // too long a form
        new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // half of a surrogate pair
        new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
        new byte[] {(byte) 0xE3, (byte) 0x81}, // cut short
        new byte[] {(byte) 0xE3, (byte) 0x41, (byte) 0x81},
        new byte[] {(byte) 0xC3},
        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, // four bytes cut short
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        new byte[] {(byte) 0xF8}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE});
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, valid), net.jqwik.api.Tuple.of(1, invalid)).list().ofMaxSize(60);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that hands its bytes over at most so many at a time, so that characters are cut at every place. */
  private static final class Chunked extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int at;

    Chunked(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
