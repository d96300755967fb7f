package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tsunagari.jsonsuite.JsonBindingUnderTest;
import io.github.tsunagari.program.Grant;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Jackson 2 binding under the binding suite (tsunagari-json-suite): every read through a mapper of
 * {@link GrantJson#newMapper()}, every write through {@link GrantJson}. Listed in
 * {@code META-INF/services/io.github.tsunagari.jsonsuite.JsonBindingUnderTest} of the test resources.
 */
public final class Jackson2UnderTest implements JsonBindingUnderTest {
  private static final ObjectMapper MAPPER = GrantJson.newMapper();

  /** A read by the mapper, which may throw Jackson's exceptions. */
  @FunctionalInterface
  private interface Read<T> {
    T read() throws IOException;
  }

  /** The value, or the library's exception unwrapped, or Jackson's own refusal as a {@link MapperRefusal}. */
  private static <T> T through(Read<T> read) {
    try {
      return read.read();
    } catch (InvalidGrantJsonException e) {
      throw e.getCause();
    } catch (JsonProcessingException e) {
      throw new MapperRefusal(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "Jackson 2 (" + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + ")";
  }

  @Override
  public Class<?> bindingClass() {
    return JacksonBinding.class;
  }

  @Override
  public <T> T read(byte[] json, Class<T> type) {
    return through(() -> MAPPER.readValue(json, type));
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return through(() -> MAPPER.readValue(json, type));
  }

  @Override
  public <T> T read(Reader json, Class<T> type) {
    return through(() -> MAPPER.readValue(json, type));
  }

  @Override
  public <T> List<T> readList(String json, Class<T> elementType) {
    return through(() -> MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class,
        elementType)));
  }

  @Override
  public Exception bindingException(String json, Class<?> type) {
    try {
      MAPPER.readValue(json, type);
    } catch (InvalidGrantJsonException e) {
      return e;
    } catch (JsonProcessingException e) {
      throw new AssertionError("Jackson's own exception, not the library's: " + e, e);
    }
    throw new AssertionError("read: " + json);
  }

  @Override
  public String writeValue(Object value) {
    return through(() -> MAPPER.writeValueAsString(value));
  }

  @Override
  public String write(Object value) {
    return GrantJson.write(value);
  }

  @Override
  public String writeLine(Grant grant) {
    return GrantJson.writeLine(grant);
  }

  @Override
  public InputStream openSampleFy2024() {
    return GrantJson.openSampleFy2024();
  }

  @Override
  public InputStream openSchema() {
    return GrantJson.openSchema();
  }
}
