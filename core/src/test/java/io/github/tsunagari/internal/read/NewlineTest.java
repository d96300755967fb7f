package io.github.tsunagari.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The newline search eight bytes at a time finds what a loop over each byte finds. */
class NewlineTest {
  @Property(tries = 5000)
  void findsTheFirstNewlineAsAByteLoopDoes(@ForAll("bytes") byte[] bytes, @ForAll("offsets") int a,
      @ForAll("offsets") int b) {
    int from = Math.min(a, bytes.length);
    int to = Math.max(from, Math.min(b, bytes.length));
    int expected = from;
    while (expected < to && bytes[expected] != '\n') {
      expected++;
    }
    assertThat(JsonLines.newline(bytes, from, to)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    // Newlines among their near neighbours: bytes one off, with the high bit, and zero, where a word trick errs.
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of((byte) '\n', (byte) 0x0B, (byte) 0x09, (byte) 0x8A, (byte) 0,
            (byte) 0xFF, (byte) 0x80, (byte) 0x01)),
        net.jqwik.api.Tuple.of(5, Arbitraries.bytes()))
        .array(byte[].class).ofMaxSize(64);
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 64);
  }
}
