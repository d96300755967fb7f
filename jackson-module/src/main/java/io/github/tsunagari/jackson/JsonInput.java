package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.tsunagari.internal.Findings;
import io.github.tsunagari.internal.Messages.Message;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Opens the tokens of a document, the same way for every reader of the module: UTF-8 bytes with Jackson's parser of
 * bytes (which refuses malformed UTF-8 where it meets it), UTF-16 and UTF-32 (told by a byte-order mark or zero
 * bytes) decoded strictly first, text as it is.
 */
final class JsonInput {
  private JsonInput() {}

  /** A document too long to read. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
    final long max;

    TooLong(long max) {
      super("longer than " + max + " bytes");
      this.max = max;
    }

    Finding finding() {
      return Findings.limit("", SourceLocation.ofByte(max), new Message("limit.document-length", max));
    }
  }

  /**
   * Reads a whole stream, up to a number of bytes.
   *
   * @throws TooLong if it has more
   */
  static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] chunk = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      total += n;
      if (total > max) {
        throw new TooLong(max);
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The tokens of a document in bytes.
   *
   * @throws Utf8.BadEncoding if the bytes are UTF-16 or UTF-32 and not valid in it
   */
  static JsonTokens tokens(JsonFactory factory, byte[] bytes, int offset, int length, String basePath, int lineOffset)
      throws IOException {
    return tokens(factory, bytes, offset, length, basePath, lineOffset, true);
  }

  /** The tokens of UTF-8 bytes made from text: no other encoding is looked for. */
  static JsonTokens utf8Tokens(JsonFactory factory, byte[] bytes) throws IOException {
    return tokens(factory, bytes, 0, bytes.length, "", 0, false);
  }

  private static JsonTokens tokens(JsonFactory factory, byte[] bytes, int offset, int length, String basePath,
      int lineOffset, boolean detect) throws IOException {
    Optional<Charset> other = detect ? Utf8.otherEncoding(bytes, offset, length) : Optional.empty();
    if (other.isPresent()) {
      String text = Utf8.decode(bytes, offset, length, other.get());
      return new JsonTokens(factory.createParser(text), null, basePath, lineOffset);
    }
    return new JsonTokens(utf8Parser(factory, bytes, offset, length), JsonTokens.of(bytes, offset, length), basePath,
        lineOffset);
  }

  /**
   * Jackson's parser of UTF-8 bytes. Jackson looks at the first bytes for an encoding too; zero bytes it cannot make
   * sense of (a UCS-4 byte order) are bytes that are not UTF-8.
   *
   * @throws Utf8.BadEncoding for such bytes
   */
  static JsonParser utf8Parser(JsonFactory factory, byte[] bytes, int offset, int length) throws IOException {
    try {
      return factory.createParser(bytes, offset, length);
    } catch (java.io.CharConversionException e) {
      throw new Utf8.BadEncoding(0, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The UTF-8 bytes of a text, or null if it has a lone surrogate, which has none. */
  static byte[] utf8(String text) {
    try {
      java.nio.ByteBuffer b = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .encode(java.nio.CharBuffer.wrap(text));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /** The tokens of a document in text. */
  static JsonTokens tokens(JsonFactory factory, String text) throws IOException {
    return new JsonTokens(factory.createParser(text), null, "", 0);
  }
}
