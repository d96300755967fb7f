package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tsunagari.jsonsuite.JsonBindingUnderTest;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** How a report written piece by piece ends: with the report's counts, or a stream's. */
  @FunctionalInterface
  private interface Ending {
    void end(JsonReportWriter writer) throws IOException;
  }

  /** An object of a generator of {@link GrantJson#newGenerator}: the findings, one by one, then the ending. */
  private static String pieces(List<Finding> findings, Ending ending) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = GrantJson.newGenerator(out)) {
      g.writeStartObject();
      JsonReportWriter report = JsonReportWriter.start(g);
      for (Finding f : findings) {
        report.write(f);
      }
      ending.end(report);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  @Override
  public String writeInPieces(ValidationReport report) {
    return pieces(report.getFindings(), w -> w.end(report));
  }

  @Override
  public String writeInPieces(List<Finding> findings, StreamSummary summary) {
    return pieces(findings, w -> w.end(summary));
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
