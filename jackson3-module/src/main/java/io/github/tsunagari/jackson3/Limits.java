package io.github.tsunagari.jackson3;

import io.github.tsunagari.read.ReadingLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * The factories of the binding's parsers, with Jackson's own constraints set just past the library's limits, which the
 * reading layer checks on the tokens it reads; Jackson's keep memory bounded where a text is longer still.
 */
final class Limits {
  private Limits() {}

  /** Jackson's constraints, just past the library's limits; none on the whole input, which the input counts. */
  static JsonFactoryBuilder builder() {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNumberLength(ReadingLimits.MAX_NUMBER_LENGTH + 1)
        .maxStringLength(ReadingLimits.MAX_STRING_LENGTH + 1)
        .maxNameLength(4 * ReadingLimits.MAX_NAME_LENGTH + 1) // Jackson counts a name's UTF-8 bytes
        .maxNestingDepth(ReadingLimits.MAX_NESTING_DEPTH + 1)
        .maxDocumentLength(-1)
        .build();
    return JsonFactory.builder().streamReadConstraints(constraints);
  }

  /** For the library's readers: their callers' streams are left open. */
  static final JsonFactory READERS = builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  /** For the library's writers of JSON: their callers' streams are left open. */
  static final JsonFactory WRITERS = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
}
