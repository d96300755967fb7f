package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

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
  /** Bytes or characters in one document. */
  static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  private Limits() {}

  /** For documents read whole. Never handed out: a mapper gets its own factory, so that its settings stay its own. */
  static final JsonFactory DOCUMENT = builder(MAX_DOCUMENT_LENGTH).build();

  /** For streams, which may be larger than memory: no limit on the whole, each record is bounded by the others. */
  static final JsonFactory STREAM = builder(-1).build();

  /**
   * A new factory for a mapper that users may configure: the document limits, and the bytes of a document kept by its
   * parser (never shown in a message) so that a location can count characters.
   */
  static JsonFactory newMapperFactory() {
    JsonFactoryBuilder b = builder(MAX_DOCUMENT_LENGTH);
    b.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    b.errorReportConfiguration(ErrorReportConfiguration.builder().maxRawContentLength(0).build());
    return new MapperSupport.Factory(b);
  }

  private static JsonFactoryBuilder builder(long maxDocumentLength) {
    return (JsonFactoryBuilder) JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(maxDocumentLength)
            .build());
  }
}
