package io.github.tsunagari.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding, so that the parser counts columns in characters (as editors do), not bytes, and a malformed
 * byte sequence is a problem rather than a silent U+FFFD.
 */
final class Utf8 {
  private Utf8() {}

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** A reader of the stream that passes over a leading byte-order mark. */
  static Reader reader(InputStream in) throws IOException {
    PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder()), 1);
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /**
   * Decodes bytes, such as one line of JSON Lines.
   *
   * @throws CharacterCodingException if they are not UTF-8
   */
  static String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
    return decoder().decode(ByteBuffer.wrap(bytes, offset, length - offset)).toString();
  }
}
