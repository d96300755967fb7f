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
import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.form.FormWriter;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Jackson module for the Tsunagari model: serializers and deserializers for every model type, value type and
 * the validation report. {@code ObjectMapper.findAndRegisterModules()} finds it through {@code META-INF/services}.
 *
 * <h2>The canonical JSON form</h2>
 * <ul>
 *   <li>Property names are the model's ({@code getServiceArea()} is {@code serviceArea}), in a fixed order;</li>
 *   <li>value types are strings: a fiscal year {@code "FY2024"}, a corporate number {@code "7000012050002"}, a local
 *       government code {@code "032034"}, a prefecture its JIS code {@code "13"}, dates {@code "2024-06-11"};</li>
 *   <li>enums are their constant names: {@code "SPECIFIED_NONPROFIT_CORPORATION"}, {@code "HANDS_ON_SUPPORT"};</li>
 *   <li>a grantee has {@code "type": "organization"} or {@code "type": "consortium"}, first;</li>
 *   <li>absent values, {@code false} flags and empty lists are left out: no {@code null} is ever written.</li>
 * </ul>
 * The JSON Schema of this form is the resource {@code io/github/tsunagari/jackson/schema/grant-program.schema.json},
 * generated from the same description of the form as this module's serializers and deserializers.
 *
 * <h2>Reading</h2>
 * The deserializers are the library's one reader, the one {@code GrantJsonReader} uses, through Jackson's public API
 * alone: on any mapper, a user's own and one Spring Boot builds included, a value is read strictly, with every
 * problem of it (malformed JSON inside it, unknown, duplicate and missing properties, wrong types, limits) thrown at
 * once as an {@link InvalidGrantJsonException}. With the mapper of {@link GrantJson#newMapper()}, {@code readValue}
 * gives exactly the findings of the reader for the same bytes; what a mapper of one's own does differently (outside
 * the value, and in its locations) is said in the README. Reading accepts the forms Japanese data comes in and writes back the canonical one: a prefecture as
 * {@code "13"}, {@code "東京都"}, {@code "東京"} or {@code "Tokyo"}; a legal form by full name, abbreviation
 * ({@code "NPO法人"}, {@code "(公財)"}) or constant name; enums by constant or Japanese name; full-width digits and
 * surrounding spaces in codes and dates. Text is kept exactly. Unknown properties, wrong types, nulls, bad codes and
 * missing required properties are refused: a model deserializer throws an {@link InvalidGrantJsonException} carrying
 * every problem of the value, not only the first.
 */
public final class TsunagariModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TsunagariModule() {
    super("TsunagariModule", PackageVersion.VERSION);
    for (Form<?> form : Forms.ALL) {
      form(form);
    }
    addSerializer(Grantee.class, new Serializer<>(Grantee.class,
        (g, v) -> FormWriter.write(Forms.GRANTEE, v, new JacksonSink(g))));
    addDeserializer(Grantee.class, new Deserializer<>(Grantee.class, r -> r.read(Forms.GRANTEE)));
    for (CodeKind<?> code : Forms.CODES) {
      if (code != Kinds.DATE) { // LocalDate is the user's mapper's, as java.time's module writes it
        code(code);
      }
    }
    // Amounts of yen: a whole number, or the Japanese form where a tax statement is kept (as in the canonical form).
    addSerializer(Yen.class, new Serializer<>(Yen.class, (g, yen) -> FormWriter.value(Kinds.YEN, yen,
        new JacksonSink(g))));
    addDeserializer(Yen.class, new Deserializer<>(Yen.class, r -> r.read(Kinds.YEN)));
    addSerializer(ValidationReport.class, new Serializer<>(ValidationReport.class, ReportWriting::report));
    addSerializer(Finding.class, new Serializer<>(Finding.class, ReportWriting::finding));
  }

  /**
   * A form's serializer and deserializer; a variant of the grantee union (an organisation, a consortium) is written
   * and read with its {@code type}, as a grantee, and read only as its own variant.
   */
  @SuppressWarnings("unchecked")
  private <T> void form(Form<T> form) {
    for (Variant<? extends Grantee> v : Forms.GRANTEE.variants()) {
      if (v.form() == form) {
        Variant<? extends Grantee> variant = v;
        addSerializer(form.type(), new Serializer<>(form.type(),
            (g, value) -> FormWriter.write(Forms.GRANTEE, (Grantee) value, new JacksonSink(g))));
        addDeserializer(form.type(), new Deserializer<>(form.type(),
            r -> (Optional<T>) r.read(Forms.GRANTEE, variant)));
        return;
      }
    }
    addSerializer(form.type(), new Serializer<>(form.type(), (g, value) -> FormWriter.write(form, value,
        new JacksonSink(g))));
    addDeserializer(form.type(), new Deserializer<>(form.type(), r -> r.read(form)));
  }

  private <V> void code(CodeKind<V> code) {
    addSerializer(code.type(), new Serializer<>(code.type(), (g, value) -> g.writeString(code.canonical(value))));
    addDeserializer(code.type(), new Deserializer<>(code.type(), r -> r.read(code)));
  }

  @FunctionalInterface
  interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Write<T> write;

    Serializer(Class<T> type, Write<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      write.write(g, value);
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
      List<Finding> problems = new ArrayList<>();
      Optional<T> value = Optional.empty();
      JacksonTokens tokens = JacksonTokens.of(p);
      boolean ended = false;
      try {
        value = read.read(new FormReader(tokens, problems));
        ended = true;
      } catch (FormReader.Stop stop) {
        problems.add(stop.finding());
      }
      if (ended && !problems.isEmpty() && p.getParsingContext().inRoot()
          && ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
        // The document will not be read on: say all that is wrong with it, what follows the value included, as the
        // mapper would if the value could be read.
        Documents.end(tokens, problems);
      }
      if (!problems.isEmpty() || value.isEmpty()) {
        throw new InvalidGrantJsonException(p, ValidationReport.of(problems));
      }
      return value.get();
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
