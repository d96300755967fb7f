package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.ModelTypes;
import io.github.tsunagari.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for the Tsunagari model: serializers and deserializers for every model type, value type and
 * the validation report, the same as {@code io.github.tsunagari.jackson.TsunagariModule} registers on Jackson 2.
 * {@code JsonMapper.builder().findAndAddModules()} finds it through {@code META-INF/services}, and Spring Boot 4
 * registers it as a {@code JacksonModule} bean.
 *
 * <h2>The canonical JSON form</h2>
 * What the serializers write is the {@linkplain io.github.tsunagari.read canonical JSON form}, described with core's
 * package {@code io.github.tsunagari.read}, and the Jackson 2 module's text byte for byte: the model's property names
 * in the form's fixed order (not Jackson 3's alphabetical one), value types as strings (a fiscal year {@code "FY2024"}, a
 * prefecture its JIS code {@code "13"}), enums as their constant names, no {@code null}. Its JSON Schema is
 * {@link GrantJson#openSchema()}. The module writes every property itself; how a string's characters are escaped is
 * the generator's, set on the mapper: with Jackson 3's defaults ({@code /} unescaped in the releases this binding
 * runs on, 3.1 and later) a mapper that Spring Boot 4 builds writes the canonical text, and a mapper with
 * {@link tools.jackson.core.json.JsonWriteFeature#ESCAPE_FORWARD_SLASHES} or {@code ESCAPE_NON_ASCII} enabled writes
 * the same values escaped (the mapper of {@link GrantJson#newMapper()} disables the first).
 *
 * <h2>Reading</h2>
 * Each deserializer is the library's one reader, through Jackson's public API alone: on any mapper (one of
 * {@link GrantJson#newMapperBuilder()}, one of a user's, the one Spring Boot 4 builds), a value is read strictly,
 * every problem in it thrown together as an {@link InvalidGrantJsonException}: malformed JSON inside the value,
 * unknown, duplicate and missing properties, wrong types, nulls, bad codes, limits. With the mapper of
 * {@link GrantJson#newMapper()}, {@code readValue} gives exactly the findings of {@code GrantJsonReader} for the same
 * bytes. Values may come in the forms Japanese data has (the package lists them: {@code "東京都"} for {@code "13"},
 * {@code "NPO法人"}, full-width digits), and are written back in the canonical one; text is kept exactly.
 */
public final class TsunagariModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TsunagariModule() {
    super("TsunagariModule", PackageVersion.VERSION);
    ModelTypes.bindAll(new Registration(this));
  }

  /** Adds the library's writer and reader of each type to the module, as its serializer and deserializer. */
  private record Registration(SimpleModule module) implements ModelTypes.Binder {
    @Override
    public <T> void writeOnly(Class<T> type, ModelTypes.Writing<T> write) {
      module.addSerializer(type, new Writer<>(type, write));
    }

    @Override
    public <T> void bind(Class<T> type, ModelTypes.Writing<T> write, Documents.What<T> read) {
      module.addDeserializer(type, new Reader<>(type, read));
      writeOnly(type, write);
    }
  }

  /** Writes with the library's one writer. */
  private static final class Writer<T> extends StdSerializer<T> {
    private final ModelTypes.Writing<T> write;

    Writer(Class<T> type, ModelTypes.Writing<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      try {
        write.write(new JacksonSink(g), value);
      } catch (java.io.IOException e) {
        throw tools.jackson.core.exc.JacksonIOException.construct(e); // a Jackson 3 generator throws none
      }
    }
  }

  /**
   * Reads with the library's reader, and throws every problem of the value at once. A document that is nothing
   * ({@code null}) is no grant data; a property of a user's class that is {@code null} stays Jackson's null.
   */
  private static final class Reader<T> extends StdDeserializer<T> {
    private final Documents.What<T> read;

    Reader(Class<T> type, Documents.What<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Documents.Outcome<T> outcome;
      try {
        outcome = Documents.readValue(JacksonTokens.of(p), read, () -> p.streamReadContext().inRoot()
            && ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
      } catch (java.io.IOException e) {
        throw tools.jackson.core.exc.JacksonIOException.construct(e); // the tokens throw none
      }
      return outcome.value().orElseThrow(() -> new InvalidGrantJsonException(p,
          ValidationReport.of(outcome.problems())));
    }

    /** A document that is nothing is read as every value is, and refused with the finding the readers give. */
    @Override
    public T getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      boolean document = p != null && p.currentToken() == JsonToken.VALUE_NULL && p.streamReadContext().inRoot();
      return document ? deserialize(p, ctxt) : null;
    }

    /** A property of a user's class that is absent stays Jackson's null, wherever the parser is. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
