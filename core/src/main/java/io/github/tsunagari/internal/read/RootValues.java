package io.github.tsunagari.internal.read;

import io.github.tsunagari.validation.Finding;
import java.util.Optional;

/**
 * What a mapper's root parser looks at between the values at the root of its input, for every binding: an input with
 * no value at all is refused, and each later value (a mapper's {@code readValues}) is a document of its own, whose
 * length counts from its start. For one parser, on one thread. Not part of the API.
 */
public final class RootValues {
  private final JsonInput input;
  private boolean started;

  /**
   * For a root parser.
   *
   * @param input the reading layer's input it reads, or null where it reads none (text with half a character)
   */
  public RootValues(JsonInput input) {
    this.input = input;
  }

  /**
   * Looks at a token the parser read at the root.
   *
   * @param end true if the parser met the end of its input instead
   * @param tokens the parser's tokens
   * @return the finding of an input with no value, if it is one
   */
  public Optional<Finding> next(boolean end, ParserTokens tokens) {
    boolean first = !started;
    started = true;
    if (end) {
      return first ? Optional.of(Documents.noValue("", tokens.here())) : Optional.empty();
    }
    long at = first || input == null ? -1 : tokens.tokenOffset();
    if (at >= 0) {
      input.startDocument(at);
    }
    return Optional.empty();
  }
}
