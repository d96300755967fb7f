package io.github.tsunagari.jackson3;

import io.github.tsunagari.jsonsuite.JsonBindingUnderTest;
import io.github.tsunagari.program.Grant;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding under the binding suite (tsunagari-json-suite): every read through the mapper of
 * {@link GrantJson#newMapper()}, every write through {@link GrantJson}. Listed in
 * {@code META-INF/services/io.github.tsunagari.jsonsuite.JsonBindingUnderTest} of the test resources. The bundled
 * sample and schema are the resources of the Jackson 2 module, which this one does not bundle (yet).
 */
public final class Jackson3UnderTest implements JsonBindingUnderTest {
  private static final JsonMapper MAPPER = GrantJson.newMapper();

  /**
   * What the mapper gives: the value, the library's exception that the binding's carries, or Jackson's own refusal as
   * a {@link MapperRefusal}. Jackson 3's exceptions are unchecked.
   */
  private static <T> T mapped(Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidGrantJsonException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new MapperRefusal(e);
    }
  }

  @Override
  public Class<?> bindingClass() {
    return JacksonBinding.class;
  }

  @Override
  public String name() {
    return "Jackson 3 (" + tools.jackson.databind.cfg.PackageVersion.VERSION + ")";
  }

  @Override
  public <T> List<T> readList(String json, Class<T> elementType) {
    return mapped(() -> MAPPER.readValue(json,
        MAPPER.getTypeFactory().constructCollectionType(List.class, elementType)));
  }

  @Override
  public <T> T read(Reader json, Class<T> type) {
    return mapped(() -> MAPPER.readValue(json, type));
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return mapped(() -> MAPPER.readValue(json, type));
  }

  @Override
  public <T> T read(byte[] json, Class<T> type) {
    return mapped(() -> MAPPER.readValue(json, type));
  }

  @Override
  public Exception bindingException(String json, Class<?> type) {
    Object read;
    try {
      read = MAPPER.readValue(json, type);
    } catch (InvalidGrantJsonException e) {
      return e;
    } catch (JacksonException e) {
      throw new AssertionError("Jackson's own exception, not the library's: " + e, e);
    }
    throw new AssertionError("read as " + read + ": " + json);
  }

  @Override
  public String writeLine(Grant grant) {
    return GrantJson.writeLine(grant);
  }

  @Override
  public String write(Object value) {
    return GrantJson.write(value);
  }

  @Override
  public String writeValue(Object value) {
    return mapped(() -> MAPPER.writeValueAsString(value));
  }

  @Override
  public InputStream openSchema() {
    return io.github.tsunagari.jackson.GrantJson.openSchema();
  }

  @Override
  public InputStream openSampleFy2024() {
    return io.github.tsunagari.jackson.GrantJson.openSampleFy2024();
  }
}
