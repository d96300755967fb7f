package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.tsunagari.read.ReadingLimits;

/**
 * The factories of the binding's parsers, with Jackson's own constraints set just past the library's limits: the
 * limits are checked by the reading layer on the tokens it reads (so that every mapper, a user's own included, gives
 * the same findings), and Jackson's constraints keep memory bounded where a text is longer still.
 */
final class Limits {
  private Limits() {}

  /** For the library's readers: their callers' streams are left open. */
  static final JsonFactory READERS = builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  /**
   * For the library's writers of JSON: their callers' streams are left open, and a character beyond the BMP is written
   * as its four UTF-8 bytes, as {@code GrantJson} and Jackson 3 write it, not as two escaped surrogates.
   */
  static final JsonFactory WRITERS = writing(new JsonFactoryBuilder()).disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /**
   * How the canonical form is written, on any of the binding's factories: a character beyond the BMP as its four
   * UTF-8 bytes.
   */
  static JsonFactoryBuilder writing(JsonFactoryBuilder builder) {
    return (JsonFactoryBuilder) builder.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  /** Jackson's constraints, just past the library's limits; none on the whole input, which the input counts. */
  static JsonFactoryBuilder builder() {
    return (JsonFactoryBuilder) JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(ReadingLimits.MAX_NESTING_DEPTH + 1)
            .maxStringLength(ReadingLimits.MAX_STRING_LENGTH + 1)
            .maxNumberLength(ReadingLimits.MAX_NUMBER_LENGTH + 1)
            .maxNameLength(4 * ReadingLimits.MAX_NAME_LENGTH + 1) // Jackson counts a name's UTF-8 bytes
            .maxDocumentLength(-1)
            .build());
  }
}
