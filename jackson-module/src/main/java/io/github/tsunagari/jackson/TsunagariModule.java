package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.ModelTypes;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;

/**
 * The Jackson module for the Tsunagari model: serializers and deserializers for every model type, value type and
 * the validation report. {@code ObjectMapper.findAndRegisterModules()} finds it through {@code META-INF/services}.
 *
 * <h2>The canonical JSON form</h2>
 * The serializers write the {@linkplain io.github.tsunagari.read canonical JSON form} that the package
 * {@code io.github.tsunagari.read} of {@code tsunagari-core} describes (property names the model's, in a fixed order;
 * value types as strings; enums as their constant names; no {@code null}); its JSON Schema,
 * {@link GrantJson#openSchema()}, is generated from the same description of the form as this module's serializers
 * and deserializers.
 *
 * <h2>Reading</h2>
 * The deserializers are the library's one reader, the one {@code GrantJsonReader} uses, through Jackson's public API
 * alone: on any mapper, a user's own and one Spring Boot builds included, a value is read strictly, with every
 * problem of it (malformed JSON inside it, unknown, duplicate and missing properties, wrong types, limits) thrown at
 * once as an {@link InvalidGrantJsonException}. With the mapper of {@link GrantJson#newMapper()}, {@code readValue}
 * gives exactly the findings of the reader for the same bytes; what a mapper of one's own does differently (outside
 * the value, and in its locations) is said in the README. Reading accepts the forms Japanese data comes in (a
 * prefecture as {@code "13"}, {@code "東京都"} or {@code "Tokyo"}, and the others the package lists) and writes back
 * the canonical one; text is kept exactly. Unknown properties, wrong types, nulls, bad codes and missing required
 * properties are refused: a model deserializer throws an {@link InvalidGrantJsonException} carrying every problem of
 * the value, not only the first.
 */
public final class TsunagariModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TsunagariModule() {
    super("TsunagariModule", PackageVersion.VERSION);
    ModelTypes.bindAll(new ModelTypes.Binder() {
      @Override
      public <T> void bind(Class<T> type, ModelTypes.Writing<T> write, Documents.What<T> read) {
        writeOnly(type, write);
        addDeserializer(type, new Deserializer<>(type, read));
      }

      @Override
      public <T> void writeOnly(Class<T> type, ModelTypes.Writing<T> write) {
        addSerializer(type, new Serializer<>(type, write));
      }
    });
  }

  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ModelTypes.Writing<T> write;

    Serializer(Class<T> type, ModelTypes.Writing<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      write.write(new JacksonSink(g), value);
    }
  }

  /**
   * Reads with the library's reader, and throws every problem of the value at once. A document that is nothing
   * ({@code null}) is no grant data; a property of a user's class that is {@code null} stays Jackson's null.
   */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Documents.What<T> read;

    Deserializer(Class<T> type, Documents.What<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Documents.Outcome<T> outcome = Documents.readValue(JacksonTokens.of(p), read,
          () -> p.getParsingContext().inRoot() && ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
      if (outcome.value().isEmpty()) {
        throw new InvalidGrantJsonException(p, ValidationReport.of(outcome.problems()));
      }
      return outcome.value().get();
    }

    /** A document that is nothing is read as every value is, and refused with the finding the readers give. */
    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      if (p == null || p.currentToken() != JsonToken.VALUE_NULL || !p.getParsingContext().inRoot()) {
        return null;
      }
      try {
        return deserialize(p, ctxt);
      } catch (JsonMappingException e) {
        throw e;
      } catch (IOException e) {
        throw JsonMappingException.from(p, "grant data that cannot be read", e); // the tokens throw none
      }
    }

    /** A property of a user's class that is absent stays Jackson's null, wherever the parser is. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
