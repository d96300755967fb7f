package io.github.tsunagari.jackson3;

import io.github.tsunagari.jsonsuite.JsonBindingUnderTest;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding under the binding suite (tsunagari-json-suite): every read through the mapper of
 * {@link GrantJson#newMapper()}, every write through {@link GrantJson}. Listed in
 * {@code META-INF/services/io.github.tsunagari.jsonsuite.JsonBindingUnderTest} of the test resources.
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
  public String writeInPieces(List<Finding> findings, StreamSummary summary) {
    return inPieces(findings, writer -> writer.end(summary));
  }

  @Override
  public String writeInPieces(ValidationReport report) {
    return inPieces(report.getFindings(), writer -> writer.end(report));
  }

  /** The findings through a report writer in an object of a generator of its own, then the end of the report. */
  private static String inPieces(List<Finding> findings, Consumer<JsonReportWriter> end) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = GrantJson.newGenerator(bytes)) {
      generator.writeStartObject();
      JsonReportWriter writer = JsonReportWriter.start(generator);
      findings.forEach(writer::write);
      end.accept(writer);
      generator.writeEndObject();
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  @Override
  public InputStream openSchema() {
    return GrantJson.openSchema();
  }

  @Override
  public InputStream openSampleFy2024() {
    return GrantJson.openSampleFy2024();
  }
}
