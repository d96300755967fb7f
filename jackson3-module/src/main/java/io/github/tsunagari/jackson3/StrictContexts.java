package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.validation.ValidationReport;
import java.util.List;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.cfg.DeserializationContexts;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.deser.DeserializerCache;
import tools.jackson.databind.deser.DeserializerFactory;

/**
 * The deserialization contexts of a mapper of {@link GrantJson#newMapper()}, given to Jackson's builder of mappers
 * ({@code MapperBuilder.deserializationContexts}): Jackson's own, but for content after the value
 * ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}), which they report as the library's exception with a located
 * finding, as {@code GrantJsonReader} does. {@code reportTrailingTokens} is the public method through which Jackson
 * reports it.
 */
final class StrictContexts extends DeserializationContexts {
  private static final long serialVersionUID = 1L;
  private final transient TokenStreamFactory streams;
  private final transient DeserializerFactory factory;
  private final transient DeserializerCache cache;

  StrictContexts() {
    this(null, null, null);
  }

  private StrictContexts(TokenStreamFactory streams, DeserializerFactory factory, DeserializerCache cache) {
    super(streams, factory, cache);
    this.streams = streams;
    this.factory = factory;
    this.cache = cache;
  }

  @Override
  protected DeserializationContexts forMapper(Object mapper, TokenStreamFactory streams, DeserializerFactory factory,
      DeserializerCache cache) {
    return new StrictContexts(streams, factory, cache);
  }

  @Override
  public DeserializationContextExt createContext(DeserializationConfig config, FormatSchema schema,
      InjectableValues values) {
    return new Context(streams, factory, cache, config, schema, values);
  }

  /** Jackson's context, reporting content after the value as the library does. */
  private static final class Context extends DeserializationContextExt {
    Context(TokenStreamFactory streams, DeserializerFactory factory, DeserializerCache cache,
        DeserializationConfig config, FormatSchema schema, InjectableValues values) {
      super(streams, factory, cache, config, schema, values);
    }

    @Override
    public <T> T reportTrailingTokens(Class<?> targetType, JsonParser p, JsonToken trailingToken) {
      throw new InvalidGrantJsonException(p, ValidationReport.of(List.of(Documents.contentAfterValue("",
          JacksonTokens.of(p).location()))));
    }
  }
}
