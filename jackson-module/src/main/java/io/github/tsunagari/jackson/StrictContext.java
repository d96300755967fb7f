package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerCache;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.validation.ValidationReport;
import java.util.List;

/**
 * The deserialization context of a mapper of {@link GrantJson#newMapper()}: Jackson's own, but for content after the
 * value ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}), which it reports as the library's exception with a
 * located finding, as {@code GrantJsonReader} does. {@link #reportTrailingTokens} is the public method through which
 * Jackson reports it; the rest is the extension of {@link DefaultDeserializationContext} that Jackson's own
 * {@code Impl} is.
 */
final class StrictContext extends DefaultDeserializationContext {
  private static final long serialVersionUID = 1L;

  StrictContext() {
    super(BeanDeserializerFactory.instance, new DeserializerCache());
  }

  private StrictContext(StrictContext src, DeserializationConfig config, JsonParser p, InjectableValues values) {
    super(src, config, p, values);
  }

  private StrictContext(StrictContext src) {
    super(src);
  }

  private StrictContext(StrictContext src, DeserializerFactory factory) {
    super(src, factory);
  }

  private StrictContext(StrictContext src, DeserializationConfig config) {
    super(src, config);
  }

  private StrictContext(StrictContext src, CacheProvider cp) {
    super(src, cp);
  }

  @Override
  public DefaultDeserializationContext copy() {
    return new StrictContext(this);
  }

  @Override
  public DefaultDeserializationContext createInstance(DeserializationConfig config, JsonParser p,
      InjectableValues values) {
    return new StrictContext(this, config, p, values);
  }

  @Override
  public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
    return new StrictContext(this, config);
  }

  @Override
  public DefaultDeserializationContext with(DeserializerFactory factory) {
    return new StrictContext(this, factory);
  }

  @Override
  public DefaultDeserializationContext withCaches(CacheProvider cp) {
    return new StrictContext(this, cp);
  }

  @Override
  public <T> T reportTrailingTokens(Class<?> targetType, JsonParser p, JsonToken trailingToken)
      throws JsonMappingException {
    throw new InvalidGrantJsonException(p, ValidationReport.of(List.of(Documents.contentAfterValue("",
        JacksonTokens.of(p).location()))));
  }
}
