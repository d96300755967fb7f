package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The reading limits: hostile input is refused with a named limit instead of exhausting memory or the stack. */
final class Limits {
  /** Deeper than any document of the format (a program is nested 7 levels deep). */
  static final int MAX_NESTING_DEPTH = 32;
  /** Characters in one string; the longest text of the model is a 5 000-character summary. */
  static final int MAX_STRING_LENGTH = 100_000;
  /** Digits in one number; amounts in yen have at most 19. */
  static final int MAX_NUMBER_LENGTH = 20;
  /** Characters in one property name. */
  static final int MAX_NAME_LENGTH = 100;
  /** Bytes or characters in one document or one record of a stream. */
  static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  private Limits() {}

  /** For documents read whole. Never handed out: a mapper gets its own copy, so that its settings stay its own. */
  static final JsonFactory DOCUMENT = factory(MAX_DOCUMENT_LENGTH);

  /** A new factory with the document limits, for a mapper that users may configure. */
  static JsonFactory newDocumentFactory() {
    return factory(MAX_DOCUMENT_LENGTH);
  }
  /** For streams, which may be larger than memory: no limit on the whole, each record is bounded by the others. */
  static final JsonFactory STREAM = factory(-1);

  private static JsonFactory factory(long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(maxDocumentLength)
            .build())
        .build();
  }
}
