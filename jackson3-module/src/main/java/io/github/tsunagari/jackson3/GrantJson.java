package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.form.FormFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON form of the model on Jackson 3: writing, a configured {@link JsonMapper}, and the bundled FY2024
 * sample and JSON Schema, as {@code io.github.tsunagari.jackson.GrantJson} gives them on Jackson 2, with the same text
 * and the same files.
 *
 * <pre>{@code
 * String json = GrantJson.write(SampleData.fy2024());         // canonical, indented, ends with a newline
 * JsonMapper mapper = GrantJson.newMapper();                   // the module, reading limits, no default typing
 * GrantProgram p = mapper.readValue(json, GrantProgram.class);
 * }</pre>
 *
 * <p>The canonical text is stable: properties in a fixed order, two-space indents, {@code "name": value}, {@code \n}
 * line ends and a final newline, so that writing what was read gives back the same bytes.
 */
public final class GrantJson {
  /** The FY2024 sample in canonical JSON, a class-path resource of {@code tsunagari-core}, as on Jackson 2. */
  public static final String SAMPLE_FY2024_RESOURCE = FormFiles.SAMPLE_FY2024;
  /** The JSON Schema (draft 2020-12) of a grant program's canonical form, a resource of core, as on Jackson 2. */
  public static final String SCHEMA_RESOURCE = FormFiles.SCHEMA;

  private static final JsonMapper MAPPER = newMapper();
  private static final ObjectWriter CANONICAL = MAPPER.writer().with(canonicalPrinter())
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter COMPACT = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private GrantJson() {}

  /**
   * A new mapper with the {@link TsunagariModule} that reads as {@code GrantJsonReader} does: the same limits, the same
   * decoding (UTF-8, or UTF-16 and UTF-32 told by their first bytes, each strictly), content after the value an error,
   * and every problem of a document, malformed JSON included, thrown as one {@link InvalidGrantJsonException} by
   * {@code readValue}; an empty document is refused by every read. It enables no polymorphic default typing. Mappers
   * are immutable and thread-safe; share one.
   *
   * @return the mapper
   */
  public static JsonMapper newMapper() {
    return newMapperBuilder().build();
  }

  /**
   * A builder of the mapper of {@link #newMapper()}, for a framework that builds its own mapper and adds its own
   * settings to it (as Spring Boot 4 adds its {@code JsonMapperBuilderCustomizer}s): its factory
   * ({@link #newFactory()}), the library's report of content after the value, the {@link TsunagariModule}.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder newMapperBuilder() {
    return JsonMapper.builder(newFactory())
        .deserializationContexts(new StrictContexts())
        .addModule(new TsunagariModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // as GrantJsonReader: nothing may follow the value
  }

  /**
   * A new factory whose parsers read bytes as {@code GrantJsonReader} reads them, for a mapper of one's own
   * ({@code JsonMapper.builder(GrantJson.newFactory())}): UTF-16 and UTF-32 decoded strictly, the document length
   * counted, the last bytes kept, so that the module's findings are placed in lines and columns of characters and
   * malformed JSON is named exactly; an empty document, and malformed JSON before or after the value, are thrown as an
   * {@link InvalidGrantJsonException}. It writes {@code /} unescaped, as Jackson 2 does and the canonical form has it.
   *
   * @return the factory
   */
  public static JsonFactory newFactory() {
    return new StrictFactory(Limits.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES));
  }

  private static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Writes a model object (or a validation report) in canonical JSON.
   *
   * @param value a program, grant, project, any other model object, or a report
   * @return the JSON text, ending with a newline
   */
  public static String write(Object value) {
    return CANONICAL.writeValueAsString(Objects.requireNonNull(value, "value")) + "\n";
  }

  /**
   * Writes a model object as one line of JSON Lines: the canonical form without white space, then a newline.
   *
   * @param value a grant, or any other model object or report
   * @return the line, ending with a newline
   */
  public static String writeLine(Object value) {
    return COMPACT.writeValueAsString(Objects.requireNonNull(value, "value")) + "\n";
  }

  /**
   * Writes a model object (or a validation report) in canonical JSON, UTF-8, to a stream.
   *
   * @param value a program, grant, project, any other model object, or a report
   * @param out where to write; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void write(Object value, OutputStream out) throws IOException {
    CANONICAL.writeValue(out, Objects.requireNonNull(value, "value"));
    out.write('\n');
  }

  /**
   * A generator of canonical JSON in UTF-8 on a stream, which writes model values with the module's serializers
   * ({@code generator.writePOJO(finding)}): for output too large to build first, such as a report whose findings are
   * written as they are found ({@link JsonReportWriter}).
   *
   * @param out the stream, which closing the generator leaves open
   * @return the generator; the caller closes it
   */
  public static JsonGenerator newGenerator(OutputStream out) {
    return CANONICAL.createGenerator(Objects.requireNonNull(out, "out"));
  }

  /**
   * The FY2024 sample that core bundles, in canonical JSON: what {@code SampleData.fy2024()} holds, and what
   * {@link #write(Object)} writes of it.
   *
   * @return a new stream of its bytes, for the caller to close
   */
  public static InputStream openSampleFy2024() {
    return FormFiles.open(SAMPLE_FY2024_RESOURCE);
  }

  /**
   * The JSON Schema (draft 2020-12) of a grant program in canonical JSON, which core bundles, for systems that are not
   * Java.
   *
   * @return a new stream of its bytes, for the caller to close
   */
  public static InputStream openSchema() {
    return FormFiles.open(SCHEMA_RESOURCE);
  }
}
