package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Tokens;
import io.github.tsunagari.validation.SourceLocation;
import java.io.Closeable;

/**
 * The tokens of a JSON document or record as a binding's parser gives them: what the {@link FormReader} reads, and
 * the little more the reading of documents and streams needs. A binding implements it over its parser with its
 * parser's public API, and turns each failure of its parser (malformed input, a limit, bytes not of their encoding)
 * into a {@link FormReader.Stop} carrying the finding, most often with {@link JsonSyntax}; an {@link java.io.IOException}
 * means that the input itself could not be read. Not part of the API.
 */
public interface JsonTokens extends Tokens, Closeable {
  /**
   * Bounds the record that starts at the current token to a number of bytes: one record of a stream is held in
   * memory whole. Past the bound, {@link #checkpoint()} stops reading with a {@code read.limit} finding.
   *
   * @param maxBytes the bound; 0 or less for none (after the record)
   */
  void boundRecord(long maxBytes);

  /** The location of the place the parser has come to, such as the end of an input with no value; or null. */
  SourceLocation here();

  /** Closes the parser; the input is the caller's. */
  @Override
  void close();
}
