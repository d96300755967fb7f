package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.tsunagari.internal.form.FormFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The canonical JSON form of the model: writing, a configured {@link ObjectMapper}, and the bundled FY2024 sample.
 *
 * <pre>{@code
 * String json = GrantJson.write(SampleData.fy2024());         // canonical, indented, ends with a newline
 * ObjectMapper mapper = GrantJson.newMapper();                 // the module, reading limits, no default typing
 * GrantProgram p = mapper.readValue(json, GrantProgram.class);
 * }</pre>
 *
 * <p>The canonical text is stable: properties in a fixed order, two-space indents, {@code "name": value}, {@code \n}
 * line ends and a final newline, so that writing what was read gives back the same bytes.
 */
public final class GrantJson {
  /** The class-path resource of the FY2024 sample in canonical JSON, in {@code tsunagari-core}. */
  public static final String SAMPLE_FY2024_RESOURCE = FormFiles.SAMPLE_FY2024;
  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of the canonical form of a grant program, in
   * {@code tsunagari-core}.
   */
  public static final String SCHEMA_RESOURCE = FormFiles.SCHEMA;

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectWriter CANONICAL = MAPPER.writer(canonicalPrinter())
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter COMPACT = MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private GrantJson() {}

  /**
   * A new mapper with the {@link TsunagariModule} that reads as {@code GrantJsonReader} does: the same limits, the same
   * decoding (UTF-8, or UTF-16 and UTF-32 told by their first bytes, each strictly), content after the value an error,
   * and every problem of a document, malformed JSON included, thrown as one {@link InvalidGrantJsonException} by
   * {@code readValue}; an empty document is refused by every read (for a stream of grants, which may be empty, use
   * {@code GrantStreamReader}). It enables no polymorphic default typing. Mappers are thread-safe once configured; share one.
   *
   * @return the mapper
   */
  public static ObjectMapper newMapper() {
    ObjectMapper mapper = new ObjectMapper(newFactory(), null, new StrictContext());
    mapper.registerModule(new TsunagariModule());
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // as GrantJsonReader: nothing may follow the value
    return mapper;
  }

  /**
   * A new factory whose parsers read bytes as {@code GrantJsonReader} reads them, for a mapper of one's own, such as
   * one a framework builds ({@code JsonMapper.builder(GrantJson.newFactory())}, or Spring's
   * {@code Jackson2ObjectMapperBuilder.factory(…)}): UTF-16 and UTF-32 decoded strictly, the document length
   * counted, the last bytes kept, so that the module's findings are placed in lines and columns of characters and
   * malformed JSON is named exactly; an empty document, and malformed JSON before or after the value, are thrown as an
   * {@link InvalidGrantJsonException}. The mapper's own settings stay its own. It writes a character beyond the Basic
   * Multilingual Plane (such as {@code 𠮷}) to bytes as its four UTF-8 bytes, as Jackson 3 does and the canonical form
   * has it, not as the escapes of its two UTF-16 halves, Jackson 2's default.
   *
   * @return the factory
   */
  public static JsonFactory newFactory() {
    return new StrictFactory(Limits.writing(Limits.builder()));
  }

  private static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /**
   * Writes a model object (or a validation report) in canonical JSON.
   *
   * @param value a program, grant, project, any other model object, or a report
   * @return the JSON text, ending with a newline
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return CANONICAL.writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a model object as one line of JSON Lines: the canonical form without white space, then a newline.
   *
   * @param value a grant, or any other model object or report
   * @return the line, ending with a newline
   */
  public static String writeLine(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return COMPACT.writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a model object (or a validation report) in canonical JSON, UTF-8, to a stream.
   *
   * @param value a program, grant, project, any other model object, or a report
   * @param out where to write; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value");
    CANONICAL.writeValue(out, value);
    out.write('\n');
  }

  /**
   * A generator that writes canonical JSON, UTF-8, to a stream, with the module's serializers: for writing large output
   * piece by piece, such as findings as they are found ({@code generator.writeObject(finding)}).
   *
   * @param out where to write; not closed when the generator is closed
   * @return the generator; the caller closes it
   * @throws IOException if the stream cannot be written
   */
  public static JsonGenerator newGenerator(OutputStream out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(canonicalPrinter());
    return g;
  }

  /**
   * Opens the bundled FY2024 sample in canonical JSON; it holds what {@code SampleData.fy2024()} holds.
   *
   * @return the resource's bytes; the caller closes the stream
   */
  public static InputStream openSampleFy2024() {
    return FormFiles.open(SAMPLE_FY2024_RESOURCE);
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of the canonical form of a grant program.
   *
   * @return the resource's bytes; the caller closes the stream
   */
  public static InputStream openSchema() {
    return FormFiles.open(SCHEMA_RESOURCE);
  }
}
