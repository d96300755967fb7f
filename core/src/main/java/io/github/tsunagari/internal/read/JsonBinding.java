package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.FormWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What a JSON binding gives the reading layer (Jackson 2's in {@code tsunagari-jackson}, Jackson 3's in
 * {@code tsunagari-jackson3}): tokens over its parser of UTF-8 bytes. Every other step of reading is the layer's, the same for all
 * bindings; and a writer of JSON, for the library's writers of other formats than the canonical form (such as a
 * 360Giving package). Not part of the API.
 */
public interface JsonBinding {
  /** A writer of one JSON document: closing it flushes what was written and leaves the stream open. */
  interface Output extends FormWriter.Sink, Closeable {}

  /**
   * A writer of one JSON document in UTF-8 to a stream.
   *
   * @param out the stream; left open
   * @return the writer
   * @throws IOException if the stream cannot be written
   */
  Output output(OutputStream out) throws IOException;

  /**
   * The tokens of a document or a stream of grants.
   *
   * @param input the input, UTF-8 (other encodings are decoded by it); the parser must read its bytes from it
   * @return the tokens, before the first; a failure to open them is a {@code FormReader.Stop}
   * @throws IOException if the input cannot be read
   */
  JsonTokens tokens(JsonInput input) throws IOException;

  /**
   * The tokens of one line of JSON Lines, in UTF-8.
   *
   * @param bytes the bytes
   * @param offset where the line starts
   * @param length its length, without the line break
   * @param basePath prepended to every pointer: the record's index, such as {@code /41}
   * @param lineOffset added to every line: the line's number, less one
   * @return the tokens, before the first; a failure to open them is a {@code FormReader.Stop}
   */
  JsonTokens tokens(byte[] bytes, int offset, int length, String basePath, int lineOffset);

  /**
   * The tokens of a document in text that has no UTF-8 bytes (it holds half a character, a lone surrogate); any other
   * text is read as its UTF-8 bytes are.
   *
   * @param text the text
   * @return the tokens, before the first
   * @throws IOException if the text cannot be read
   */
  JsonTokens tokens(String text) throws IOException;

  /**
   * The binding's rank, where several are on the class path (Jackson 2's and Jackson 3's can share one): the highest
   * is used ({@link JsonBindings}). A binding's rank is the major version of its library: 2 for Jackson 2, 3 for
   * Jackson 3.
   *
   * @return the rank
   */
  int rank();
}
