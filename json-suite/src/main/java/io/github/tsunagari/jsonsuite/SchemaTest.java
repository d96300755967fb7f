package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.tsunagari.activity.DeliveryMode;
import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kind;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.NpoCertification;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the canonical form against the writer and the reader: what the writer writes is valid, and what
 * the schema rejects the reader rejects too, with a {@code read.*} error. The reader may refuse more than the schema
 * (check digits, a centre outside the listed prefectures) and accept other value forms (names for codes); it must
 * never accept a document the schema rejects.
 */
class SchemaTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  static final String SCHEMA_ID = "https://tsunagari.github.io/schema/grant-program.schema.json";
  static final String META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";

  static final ObjectMapper TREES = new ObjectMapper();
  static final String SCHEMA_TEXT = text(BINDING.openSchema());
  static final String SAMPLE_TEXT = text(BINDING.openSampleFy2024());
  /** Asserts formats too, so that {@code "format": "date"} is held to the reader's dates. */
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(Map.of(SCHEMA_ID, SCHEMA_TEXT))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID));
  static final GrantJsonReader READER = GrantJsonReader.create();

  static String text(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(JsonNode node) {
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  static JsonNode def(String name) {
    JsonNode def = tree(SCHEMA_TEXT).path("$defs").path(name);
    assertThat(def.isObject()).as("$defs/%s", name).isTrue();
    return def;
  }

  // ---- the schema itself

  @Test
  void isAValidDraft202012Schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA_ID));

    assertThat(meta.validate(SCHEMA_TEXT, InputFormat.JSON)).isEmpty();
    JsonNode schema = tree(SCHEMA_TEXT);
    assertThat(schema.path("$schema").asText()).isEqualTo(META_SCHEMA_ID);
    assertThat(schema.path("$id").asText()).isEqualTo(SCHEMA_ID);
    assertThat(schema.path("title").asText()).isNotBlank();
    assertThat(schema.path("description").asText()).isNotBlank();
  }

  @Test
  void everyReferenceResolvesAndEveryDefinitionIsUsed() {
    JsonNode schema = tree(SCHEMA_TEXT);
    List<String> refs = new ArrayList<>();
    collectRefs(schema, refs);
    List<String> defs = new ArrayList<>();
    schema.path("$defs").fieldNames().forEachRemaining(defs::add);

    assertThat(refs).allSatisfy(ref -> {
      assertThat(ref).startsWith("#/$defs/");
      assertThat(schema.at(ref.substring(1)).isObject()).as(ref).isTrue();
    });
    assertThat(refs.stream().map(r -> r.substring("#/$defs/".length())).distinct())
        .containsExactlyInAnyOrderElementsOf(defs);
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }

  @Test
  void everyDefinitionDescribesEachPropertyInJapaneseAndEnglish() {
    JsonNode defs = tree(SCHEMA_TEXT).path("$defs");
    defs.properties().forEach(def -> {
      assertThat(def.getValue().path("description").asText()).as(def.getKey()).contains(" / ");
      def.getValue().path("properties").properties().forEach(p -> {
        if (!p.getValue().has("const")) {
          assertThat(p.getValue().path("description").asText()).as("%s.%s", def.getKey(), p.getKey())
              .contains(" / ");
        }
      });
    });
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("legalForm", LegalForm.class),
        Arguments.of("npoCertification", NpoCertification.class),
        Arguments.of("supportActivityKind", SupportActivityKind.class),
        Arguments.of("deliveryMode", DeliveryMode.class),
        Arguments.of("targetGroup", TargetGroup.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void enumListsEveryConstantInOrder(String name, Class<? extends Enum<?>> type) {
    List<String> listed = new ArrayList<>();
    def(name).path("enum").forEach(n -> listed.add(n.asText()));

    assertThat(listed).containsExactlyElementsOf(
        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    for (Enum<?> constant : type.getEnumConstants()) {
      assertThat(def(name).path("description").asText()).as("description of %s", name)
          .contains(constant.name());
    }
  }

  /**
   * Without reflection: each object type of the schema has the properties of its form, in the form's order, the
   * form's required ones, and for each the type or reference its kind and cardinality call for.
   */
  @Test
  void everyObjectTypeOfTheSchemaIsItsForm() {
    for (Form<?> form : Forms.ALL) {
      JsonNode def = def(form.name());
      JsonNode fields = def.has("properties") ? def : def(form.name() + "Fields");
      List<String> names = new ArrayList<>();
      fields.path("properties").fieldNames().forEachRemaining(names::add);
      names.remove("type"); // a grantee variant's discriminator, from the union
      List<String> required = new ArrayList<>();
      fields.path("required").forEach(n -> required.add(n.asText()));
      required.remove("type");

      assertThat(names).as(form.name()).containsExactlyElementsOf(form.propertyNames());
      assertThat(required).as(form.name()).containsExactlyElementsOf(form.properties().stream()
          .filter(p -> p.isRequired()).map(p -> p.name()).toList());
      for (io.github.tsunagari.internal.form.Property<?, ?> p : form.properties()) {
        JsonNode schema = fields.path("properties").path(p.name());
        if (p.cardinality() == io.github.tsunagari.internal.form.Property.Cardinality.LIST) {
          assertThat(schema.path("type").asText()).as(p.toString()).isEqualTo("array");
          schema = schema.path("items");
        }
        assertThat(schemaOf(schema)).as(p.toString()).isEqualTo(kindName(p.kind()));
      }
    }
    List<String> tags = new ArrayList<>();
    def(Forms.GRANTEE.name()).path("properties").path("type").path("enum").forEach(n -> tags.add(n.asText()));
    assertThat(tags).containsExactlyElementsOf(Forms.GRANTEE.variants().stream().map(v -> v.tag()).toList());
  }

  private static String schemaOf(JsonNode schema) {
    return schema.has("$ref") ? schema.path("$ref").asText().substring("#/$defs/".length())
        : schema.path("type").asText();
  }

  private static String kindName(Kind<?> kind) {
    if (kind == Kinds.TEXT) {
      return "string";
    } else if (kind == Kinds.FLAG) {
      return "boolean";
    } else if (kind instanceof Kind.NumberKind) {
      return "integer";
    } else if (kind == Kinds.YEN) {
      return Kinds.YEN.name();
    } else if (kind instanceof Kind.ObjectKind) {
      return ((Kind.ObjectKind<?>) kind).form().name();
    } else if (kind instanceof Kind.UnionKind) {
      return ((Kind.UnionKind<?>) kind).name();
    }
    return ((Kind.CodeKind<?>) kind).name();
  }

  /** Each code of the schema has the pattern or values of its kind. */
  @Test
  void everyCodeOfTheSchemaIsItsKind() {
    for (Kind.CodeKind<?> code : Forms.CODES) {
      JsonNode def = def(code.name());
      if (code.values().isEmpty()) {
        assertThat(def.path("pattern").asText()).as(code.name()).isEqualTo(code.pattern().orElseThrow());
      } else {
        List<String> values = new ArrayList<>();
        def.path("enum").forEach(n -> values.add(n.asText()));
        assertThat(values).as(code.name()).containsExactlyElementsOf(code.values().stream()
            .map(v -> ((Kind.CodeKind<Object>) code).canonical(v)).toList());
      }
    }
  }

  @Test
  void everyObjectTypeIsClosed() {
    JsonNode defs = tree(SCHEMA_TEXT).path("$defs");
    defs.properties().forEach(def -> {
      JsonNode d = def.getValue();
      if (d.has("properties") && !def.getKey().equals("organizationFields") && !def.getKey().equals("grantee")) {
        assertThat(d.path("additionalProperties").isBoolean() && !d.path("additionalProperties").asBoolean())
            .as("%s has additionalProperties: false", def.getKey()).isTrue();
      }
    });
    // organizationFields is shared, so its users close it after adding their own properties; a grantee is closed by
    // whichever of its two kinds it is.
    assertThat(def("organization").path("unevaluatedProperties").asBoolean(true)).isFalse();
    assertThat(def("grantee").path("oneOf").path(0).path("unevaluatedProperties").asBoolean(true)).isFalse();
    assertThat(def("grantee").path("oneOf").path(1).path("$ref").asText()).isEqualTo("#/$defs/consortium");
  }

  /** Every string a fiscal year pattern accepts is a year {@link FiscalYear} can hold, and the other way round. */
  @Test
  void fiscalYearPatternMatchesTheYearsTheModelHolds() {
    Schema fiscalYear = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/fiscalYear"));
    List<Integer> accepted = new ArrayList<>();
    for (int year = 0; year <= 9999; year++) {
      if (fiscalYear.validate(String.format("\"FY%04d\"", year), InputFormat.JSON).isEmpty()) {
        accepted.add(year);
      }
    }

    assertThat(accepted).hasSize(FiscalYear.MAX_YEAR - FiscalYear.MIN_YEAR + 1)
        .startsWith(FiscalYear.MIN_YEAR).endsWith(FiscalYear.MAX_YEAR);
    assertThat(fiscalYear.validate("\"FY20245\"", InputFormat.JSON)).isNotEmpty();
    assertThat(fiscalYear.validate("\"2024\"", InputFormat.JSON)).isNotEmpty();
    assertThat(fiscalYear.validate("\"fy2024\"", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void prefectureCodePatternMatchesThe47Codes() {
    Schema prefecture = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/prefectureCode"));
    List<String> accepted = new ArrayList<>();
    for (int n = 0; n <= 99; n++) {
      String code = String.format("%02d", n);
      if (prefecture.validate("\"" + code + "\"", InputFormat.JSON).isEmpty()) {
        accepted.add(code);
      }
    }

    assertThat(accepted).containsExactlyElementsOf(
        Arrays.stream(Prefecture.values()).map(Prefecture::getCode).toList());
    for (String notCanonical : List.of("1", "013", "東京都", "Tokyo", " 13")) {
      assertThat(prefecture.validate(TREES.valueToTree(notCanonical).toString(), InputFormat.JSON))
          .as(notCanonical).isNotEmpty();
    }
  }

  @Test
  void codePatternsMatchTheValueTypes() {
    Schema corporate = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/corporateNumber"));
    Schema localGovernment = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/localGovernmentCode"));
    Schema municipality = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/municipality"));
    Schema date = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/date"));

    assertThat(corporate.validate("\"7000012050002\"", InputFormat.JSON)).isEmpty();
    for (String bad : List.of("700001205000", "70000120500021", "0000012050002", "JP-JCN-7000012050002")) {
      assertThat(corporate.validate("\"" + bad + "\"", InputFormat.JSON)).as(bad).isNotEmpty();
    }
    assertThat(localGovernment.validate("\"032034\"", InputFormat.JSON)).isEmpty();
    assertThat(localGovernment.validate("\"130001\"", InputFormat.JSON)).isEmpty();
    for (String bad : List.of("03203", "480001", "000000", "0320341")) {
      assertThat(localGovernment.validate("\"" + bad + "\"", InputFormat.JSON)).as(bad).isNotEmpty();
    }
    assertThat(municipality.validate("{\"code\": \"032034\", \"name\": \"大船渡市\"}", InputFormat.JSON)).isEmpty();
    assertThat(municipality.validate("{\"code\": \"130001\", \"name\": \"東京都\"}", InputFormat.JSON))
        .as("a prefecture's own code").isNotEmpty();
    assertThat(date.validate("\"2024-02-29\"", InputFormat.JSON)).isEmpty();
    for (String bad : List.of("2024-13-01", "2024-6-11", "2023-02-29", "2024/06/11", "令和6年6月11日")) {
      assertThat(date.validate("\"" + bad + "\"", InputFormat.JSON)).as(bad).isNotEmpty();
    }
  }

  // ---- valid documents

  @Test
  void theBundledSampleIsValidAndReadsAsTheSampleData() {
    String sample;
    try (InputStream in = BINDING.openSampleFy2024()) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(schemaErrors(sample)).isEmpty();
    // As another system would: the schema loaded from the stream alone, with the default (annotation-only) formats.
    Schema standalone = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(BINDING.openSchema());
    assertThat(standalone.validate(sample, InputFormat.JSON)).isEmpty();
    assertThat(standalone.validate(sample.replace("\"13\"", "\"東京都\""), InputFormat.JSON)).isNotEmpty();
    ReadResult<GrantProgram> read = READER.readProgram(sample);
    assertThat(read.getReport().getFindings()).isEmpty();
    assertThat(read.getValue()).contains(SampleData.fy2024());
  }

  @Property(tries = 300)
  void theTestkitsProgramsWithEveryFactAreValidAgainstTheSchema(
      @ForAll("testkitPrograms") GrantProgram program) {
    String json = BINDING.write(program);
    assertThat(schemaErrors(json)).as(json).isEmpty();
    assertThat(READER.readProgram(json).getValue()).contains(program);
  }

  @Provide
  Arbitrary<GrantProgram> testkitPrograms() {
    return io.github.tsunagari.testkit.GrantArbitraries.programs();
  }

  @Property(tries = 500)
  void writtenProgramsAreValidAndReadBackEqual(@ForAll("programs") GrantProgram program) {
    String json = BINDING.write(program);

    assertThat(schemaErrors(json)).as(json).isEmpty();
    ReadResult<GrantProgram> read = READER.readProgram(json);
    assertThat(read.getReport().getFindings()).as(json).isEmpty();
    assertThat(read.getValue()).contains(program);
    assertThat(BINDING.write(read.getValue().get())).isEqualTo(json);
  }

  // ---- rejected documents

  /** A change to a document, made on its tree and written back as text. */
  enum MutationKind {
    DELETE_PROPERTY,
    ADD_UNKNOWN_PROPERTY,
    STRING_TO_NUMBER,
    NUMBER_TO_STRING,
    OBJECT_TO_ARRAY,
    ARRAY_TO_OBJECT,
    TO_NULL,
    BOOLEAN_TO_STRING,
    IMPOSSIBLE_CODE
  }

  /** Names an added property may have: unknown ones, and the names of other types' properties. */
  static final List<String> ADDED_NAMES = List.of("foo", "type", "name", "members", "legalForm", "headOffice",
      "prefectures", "center", "code", "title", "kind", "grants", "Name", "fiscal_year", "");
  static final List<JsonNode> ADDED_VALUES = List.of(JsonNodeFactory.instance.textNode("x"),
      JsonNodeFactory.instance.numberNode(1), JsonNodeFactory.instance.booleanNode(true),
      JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.objectNode(),
      JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.textNode("13"),
      JsonNodeFactory.instance.textNode("organization"));
  /** Codes no reader can make sense of: prefecture 48, letters, a five-digit year, a 12-digit corporate number. */
  static final List<String> IMPOSSIBLE_CODES = List.of("48", "00", "ABC", "FY20245", "700001205000", "2024-13-01",
      "480001", "");

  /**
   * One mutation of one document.
   *
   * @param document the document before the change
   * @param kind what to change
   * @param pointer where: a JSON Pointer to a node the kind applies to
   * @param variant picks among the values of the kind
   */
  record Mutation(String document, MutationKind kind, String pointer, int variant) {
    String apply() {
      JsonNode root = tree(document);
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode target = root.at(at);
      JsonNode replacement;
      switch (kind) {
        case DELETE_PROPERTY:
          ((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty());
          return json(root);
        case ADD_UNKNOWN_PROPERTY:
          ((ObjectNode) target).set(ADDED_NAMES.get(variant % ADDED_NAMES.size()),
              ADDED_VALUES.get(variant % ADDED_VALUES.size()).deepCopy());
          return json(root);
        case STRING_TO_NUMBER:
          replacement = target.asText().matches("[0-9]{1,18}")
              ? JsonNodeFactory.instance.numberNode(Long.parseLong(target.asText()))
              : List.<JsonNode>of(JsonNodeFactory.instance.numberNode(48), JsonNodeFactory.instance.numberNode(0),
                  JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(1.5))
                  .get(variant % 4);
          break;
        case NUMBER_TO_STRING:
          replacement = JsonNodeFactory.instance.textNode(target.asText());
          break;
        case OBJECT_TO_ARRAY:
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          if (variant % 3 == 1) {
            array.add(target.deepCopy());
          } else if (variant % 3 == 2) {
            target.forEach(v -> array.add(v.deepCopy()));
          }
          replacement = array;
          break;
        case ARRAY_TO_OBJECT:
          ObjectNode object = JsonNodeFactory.instance.objectNode();
          if (variant % 2 == 1) {
            for (int i = 0; i < target.size(); i++) {
              object.set(Integer.toString(i), target.get(i).deepCopy());
            }
          }
          replacement = object;
          break;
        case TO_NULL:
          replacement = JsonNodeFactory.instance.nullNode();
          break;
        case BOOLEAN_TO_STRING:
          replacement = JsonNodeFactory.instance.textNode(variant % 2 == 0 ? target.asText() : "yes");
          break;
        default:
          replacement = JsonNodeFactory.instance.textNode(IMPOSSIBLE_CODES.get(variant % IMPOSSIBLE_CODES.size()));
          break;
      }
      return json(replace(root, at, replacement));
    }

    /** The pointer of the node the mutation changed, added or removed. */
    String changedPath() {
      if (kind != MutationKind.ADD_UNKNOWN_PROPERTY) {
        return pointer;
      }
      if (tree(document).at(pointer).has(ADDED_NAMES.get(variant % ADDED_NAMES.size()))) {
        return pointer; // a property given a new value, such as a grantee's type: the object is what changed
      }
      return pointer + "/" + ADDED_NAMES.get(variant % ADDED_NAMES.size()).replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
      return kind + " at " + pointer + " (variant " + variant + ")";
    }
  }

  static JsonNode replace(JsonNode root, JsonPointer at, JsonNode replacement) {
    if (at.matches()) {
      return replacement;
    }
    JsonNode parent = root.at(at.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), replacement);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
    }
    return root;
  }

  /** The pointers of the nodes a kind of mutation applies to. */
  static List<String> targets(JsonNode root, MutationKind kind) {
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    Map<String, Boolean> inObject = new LinkedHashMap<>();
    walk(root, "", false, nodes, inObject);
    List<String> targets = new ArrayList<>();
    nodes.forEach((pointer, node) -> {
      boolean applies;
      switch (kind) {
        case DELETE_PROPERTY:
          applies = inObject.get(pointer);
          break;
        case ADD_UNKNOWN_PROPERTY:
        case OBJECT_TO_ARRAY:
          applies = node.isObject();
          break;
        case STRING_TO_NUMBER:
        case IMPOSSIBLE_CODE:
          applies = node.isTextual();
          break;
        case NUMBER_TO_STRING:
          applies = node.isNumber();
          break;
        case ARRAY_TO_OBJECT:
          applies = node.isArray();
          break;
        case BOOLEAN_TO_STRING:
          applies = node.isBoolean();
          break;
        default:
          applies = true;
          break;
      }
      if (applies) {
        targets.add(pointer);
      }
    });
    return targets;
  }

  private static void walk(JsonNode node, String pointer, boolean propertyOfObject, Map<String, JsonNode> nodes,
      Map<String, Boolean> inObject) {
    nodes.put(pointer, node);
    inObject.put(pointer, propertyOfObject);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), true, nodes,
            inObject);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, false, nodes, inObject);
      }
    }
  }

  /**
   * Mutations of the sample and of generated documents: a kind that applies to the document, a node it applies to,
   * chosen among all the document's nodes, and a variant that picks the new value. Edge cases are left out of the
   * property below: they are tiny documents, which the examples and the random documents cover.
   */
  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<String> documents = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(SAMPLE_TEXT)),
        Tuple.of(3, programs().map(BINDING::write)),
        // The testkit's programs hold every fact of the model (amounts, menus, regrants, local governments …).
        Tuple.of(2, io.github.tsunagari.testkit.GrantArbitraries.programs().map(BINDING::write)));
    return documents.flatMap(document -> {
      JsonNode root = tree(document);
      Map<MutationKind, List<String>> targets = new EnumMap<>(MutationKind.class);
      for (MutationKind kind : MutationKind.values()) {
        List<String> pointers = targets(root, kind);
        if (!pointers.isEmpty()) {
          targets.put(kind, pointers);
        }
      }
      return Arbitraries.of(targets.keySet()).flatMap(kind -> Combinators.combine(
              Arbitraries.of(targets.get(kind)), Arbitraries.integers().between(0, 999))
          .as((pointer, variant) -> new Mutation(document, kind, pointer, variant)));
    });
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void whatTheSchemaRejectsTheReaderRejects(@ForAll("mutations") Mutation mutation) {
    String json = mutation.apply();
    List<String> schemaErrors = schemaErrors(json);
    ReadResult<GrantProgram> read = READER.readProgram(json);

    assertAgreement(mutation.toString(), json, schemaErrors, read);
    if (!schemaErrors.isEmpty()) {
      String changed = mutation.changedPath();
      assertThat(read.getReport().getFindings()).as("%s: a finding at, above or below %s in %s", mutation, changed,
              read.getReport().getFindings())
          .anySatisfy(f -> assertThat(related(f.getPath(), changed)).isTrue());
    }
  }

  /** True if one pointer is the other or leads to a node inside the other's. */
  static boolean related(String a, String b) {
    return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/") || a.isEmpty() || b.isEmpty();
  }

  /**
   * If the schema rejects a document, the reader gives no value and at least one {@code read.*} error. If the schema
   * accepts it, the reader finds nothing wrong with its structure: its problems, if any, are values the schema cannot
   * check (check digits, a centre outside the listed prefectures).
   */
  static void assertAgreement(String what, String json, List<String> schemaErrors, ReadResult<GrantProgram> read) {
    List<Finding> findings = read.getReport().getFindings();
    String context = what + "\nschema: " + schemaErrors + "\nreader: " + findings + "\n" + json;
    if (!schemaErrors.isEmpty()) {
      assertThat(read.getValue()).as(context).isEmpty();
      assertThat(findings).as(context).anySatisfy(f -> {
        assertThat(f.getRuleId()).startsWith("read.");
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      });
    } else {
      assertThat(findings).as(context)
          .allSatisfy(f -> assertThat(f.getRuleId()).isIn("read.invalid-value", "read.invalid-object"));
    }
  }

  static Stream<Arguments> mutationExamples() {
    return Stream.of(
        Arguments.of(MutationKind.DELETE_PROPERTY, "/grants/0/project/title", 0,
            "read.missing-property", "/grants/0/project/title"),
        Arguments.of(MutationKind.DELETE_PROPERTY, "/grants/7/grantee/type", 0,
            "read.missing-property", "/grants/7/grantee/type"),
        Arguments.of(MutationKind.DELETE_PROPERTY, "/policyPlan/decidedBy", 0,
            "read.missing-property", "/policyPlan/decidedBy"),
        Arguments.of(MutationKind.ADD_UNKNOWN_PROPERTY, "/grants/0/project", 0,
            "read.unknown-property", "/grants/0/project/foo"),
        Arguments.of(MutationKind.ADD_UNKNOWN_PROPERTY, "/grants/7/grantee/representative", 1,
            "read.unknown-property", "/grants/7/grantee/representative/type"),
        Arguments.of(MutationKind.ADD_UNKNOWN_PROPERTY, "/grants/0/grantee", 3,
            "read.unknown-property", "/grants/0/grantee/members"),
        Arguments.of(MutationKind.STRING_TO_NUMBER, "/fiscalYear", 0,
            "read.wrong-type", "/fiscalYear"),
        Arguments.of(MutationKind.STRING_TO_NUMBER, "/grants/0/grantee/headOffice", 0,
            "read.wrong-type", "/grants/0/grantee/headOffice"),
        Arguments.of(MutationKind.NUMBER_TO_STRING, "/grants/0/position", 0,
            "read.wrong-type", "/grants/0/position"),
        Arguments.of(MutationKind.NUMBER_TO_STRING, "/statedGranteeCount", 0,
            "read.wrong-type", "/statedGranteeCount"),
        Arguments.of(MutationKind.OBJECT_TO_ARRAY, "/legalBasis", 1,
            "read.wrong-type", "/legalBasis"),
        Arguments.of(MutationKind.OBJECT_TO_ARRAY, "", 0,
            "read.wrong-type", ""),
        Arguments.of(MutationKind.ARRAY_TO_OBJECT, "/aims", 1,
            "read.wrong-type", "/aims"),
        Arguments.of(MutationKind.ARRAY_TO_OBJECT, "/grants/3/project/serviceArea/namedAreas/0/municipalities", 0,
            "read.wrong-type", "/grants/3/project/serviceArea/namedAreas/0/municipalities"),
        Arguments.of(MutationKind.TO_NULL, "/grants/2/grantee", 0,
            "read.wrong-type", "/grants/2/grantee"),
        Arguments.of(MutationKind.TO_NULL, "/grants/1/project/activities/3/delivery", 0,
            "read.wrong-type", "/grants/1/project/activities/3/delivery"),
        Arguments.of(MutationKind.TO_NULL, "/grants/7/grantee/unnamedMembers", 0,
            "read.wrong-type", "/grants/7/grantee/unnamedMembers"),
        Arguments.of(MutationKind.BOOLEAN_TO_STRING, "/grants/1/project/serviceArea/nationwide", 0,
            "read.wrong-type", "/grants/1/project/serviceArea/nationwide"),
        Arguments.of(MutationKind.BOOLEAN_TO_STRING, "/grants/2/project/serviceArea/unnamedPrefectures", 1,
            "read.wrong-type", "/grants/2/project/serviceArea/unnamedPrefectures"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/grants/0/grantee/headOffice", 0,
            "read.invalid-value", "/grants/0/grantee/headOffice"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/grants/0/grantee/legalForm", 2,
            "read.invalid-value", "/grants/0/grantee/legalForm"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/fiscalYear", 3,
            "read.invalid-value", "/fiscalYear"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/grants/3/project/serviceArea/namedAreas/0/municipalities/0/code",
            6, "read.invalid-value", "/grants/3/project/serviceArea/namedAreas/0/municipalities/0/code"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/grants/3/project/serviceArea/prefectures/1", 1,
            "read.invalid-value", "/grants/3/project/serviceArea/prefectures/1"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/legalBasis/effectiveDate", 5,
            "read.invalid-value", "/legalBasis/effectiveDate"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/grants/0/project/activities/0/kind", 2,
            "read.invalid-value", "/grants/0/project/activities/0/kind"),
        Arguments.of(MutationKind.IMPOSSIBLE_CODE, "/grants/0/grantee/type", 2,
            "read.invalid-value", "/grants/0/grantee/type"));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("mutationExamples")
  void mutatedSampleIsRejectedByBoth(MutationKind kind, String pointer, int variant, String rule, String path) {
    Mutation mutation = new Mutation(SAMPLE_TEXT, kind, pointer, variant);
    String json = mutation.apply();
    List<String> schemaErrors = schemaErrors(json);
    ReadResult<GrantProgram> read = READER.readProgram(json);

    assertThat(schemaErrors).as(json).isNotEmpty();
    assertAgreement(mutation.toString(), json, schemaErrors, read);
    assertThat(read.getReport().getFindings()).as(json)
        .anySatisfy(f -> {
          assertThat(f.getRuleId()).isEqualTo(rule);
          assertThat(f.getPath()).isEqualTo(path);
          assertThat(f.getLocation()).isPresent();
        });
  }

  @Test
  void aTwelveDigitCorporateNumberIsRejectedByBoth() {
    ObjectNode root = (ObjectNode) tree(SAMPLE_TEXT);
    ((ObjectNode) root.at("/grants/0/grantee")).put("corporateNumber", "700001205000");
    String json = json(root);

    assertThat(schemaErrors(json)).isNotEmpty();
    assertThat(READER.readProgram(json).getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.invalid-value");
      assertThat(f.getPath()).isEqualTo("/grants/0/grantee/corporateNumber");
      assertThat(f.getValue()).contains("700001205000");
    });
  }

  @Test
  void anNpoCertificationOfAnotherLegalFormIsRejectedByBoth() {
    ObjectNode root = (ObjectNode) tree(SAMPLE_TEXT);
    ((ObjectNode) root.at("/grants/1/grantee")).put("npoCertification", "CERTIFIED");
    String json = json(root);

    assertThat(schemaErrors(json)).isNotEmpty();
    assertThat(READER.readProgram(json).getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.invalid-object");
      assertThat(f.getPath()).isEqualTo("/grants/1/grantee");
    });
  }

  @Test
  void aNamedAreaOfNothingAndACentreWithoutPrefecturesAreRejectedByBoth() {
    ObjectNode root = (ObjectNode) tree(SAMPLE_TEXT);
    ((ObjectNode) root.at("/grants/0/project/serviceArea/namedAreas/0")).putArray("prefectures");
    ((ObjectNode) root.at("/grants/2/project/serviceArea")).remove("prefectures");
    String json = json(root);

    assertThat(schemaErrors(json)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(READER.readProgram(json).getReport().getFindings())
        .extracting(f -> f.getRuleId() + " " + f.getPath())
        .containsExactly(
            "read.invalid-object /grants/0/project/serviceArea/namedAreas/0",
            "read.invalid-object /grants/2/project/serviceArea");
  }

  // ---- the reader's findings: rule, JSON Pointer, line and column

  /** The 1-based line and column of the first occurrence of a text. */
  static SourceLocation.Position locate(String json, String text) {
    int index = json.indexOf(text);
    assertThat(index).as(text).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceLocation.of(line, index - lineStart + 1);
  }

  /** The place of whatever follows the first occurrence of a text. */
  static SourceLocation.Position after(String json, String text) {
    SourceLocation.Position at = locate(json, text);
    return SourceLocation.of(at.getLine(), at.getColumn() + text.length());
  }

  static Finding onlyFinding(String json) {
    ReadResult<GrantProgram> read = READER.readProgram(json);
    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getFindings()).hasSize(1);
    return read.getReport().getFindings().get(0);
  }

  static String firstProjectWith(UnaryOperator<String> change) {
    String marker = "\"project\": {\n        \"title\": ";
    assertThat(SAMPLE_TEXT).contains(marker);
    int at = SAMPLE_TEXT.indexOf(marker);
    return SAMPLE_TEXT.substring(0, at) + change.apply(SAMPLE_TEXT.substring(at));
  }

  @Test
  void unknownPropertyIsReportedAtItsPointerAndItsValuesPlace() {
    String json = firstProjectWith(s -> s.replaceFirst("\"project\": \\{\n",
        "\"project\": {\n        \"foo\": \"bar\",\n"));

    Finding f = onlyFinding(json);

    assertThat(f.getRuleId()).isEqualTo("read.unknown-property");
    assertThat(f.getPath()).isEqualTo("/grants/0/project/foo");
    assertThat(f.getValue()).contains("foo");
    assertThat(f.getLocation()).contains(after(json, "\"foo\": "));
    assertThat(schemaErrors(json)).isNotEmpty();
  }

  @Test
  void missingPropertyIsReportedAtItsPointerAndTheObjectsPlace() {
    String json = firstProjectWith(s -> s.replaceFirst("\n        \"title\": \"[^\"]*\",", ""));

    Finding f = onlyFinding(json);

    assertThat(f.getRuleId()).isEqualTo("read.missing-property");
    assertThat(f.getPath()).isEqualTo("/grants/0/project/title");
    assertThat(f.getValue()).contains("title");
    assertThat(f.getLocation()).contains(after(json, "\"project\": "));
    assertThat(schemaErrors(json)).isNotEmpty();
  }

  @Test
  void aNumberForACodeIsTheWrongType() {
    String json = SAMPLE_TEXT.replaceFirst("\"headOffice\": \"13\"", "\"headOffice\": 48");

    Finding f = onlyFinding(json);

    assertThat(f.getRuleId()).isEqualTo("read.wrong-type");
    assertThat(f.getPath()).isEqualTo("/grants/0/grantee/headOffice");
    assertThat(f.getValue()).contains("48");
    assertThat(f.getLocation()).contains(after(json, "\"headOffice\": "));
    assertThat(schemaErrors(json)).isNotEmpty();
  }

  @Test
  void aCodeThatDoesNotExistIsAnInvalidValue() {
    String json = SAMPLE_TEXT.replaceFirst("\"headOffice\": \"13\"", "\"headOffice\": \"48\"");

    Finding f = onlyFinding(json);

    assertThat(f.getRuleId()).isEqualTo("read.invalid-value");
    assertThat(f.getPath()).isEqualTo("/grants/0/grantee/headOffice");
    assertThat(f.getValue()).contains("48");
    assertThat(f.getLocation()).contains(after(json, "\"headOffice\": "));
    assertThat(schemaErrors(json)).isNotEmpty();
  }

  @Test
  void aPropertyOfTheOtherGranteeTypeIsUnknown() {
    String json = SAMPLE_TEXT.replaceFirst("\"headOffice\": \"13\"", "\"headOffice\": \"13\", \"unnamedMembers\": true");

    Finding f = onlyFinding(json);

    assertThat(f.getRuleId()).isEqualTo("read.unknown-property");
    assertThat(f.getPath()).isEqualTo("/grants/0/grantee/unnamedMembers");
    assertThat(f.getLocation()).contains(after(json, "\"unnamedMembers\": "));
    assertThat(schemaErrors(json)).isNotEmpty();
  }

  @Test
  void aNullIsTheWrongType() {
    String json = SAMPLE_TEXT.replaceFirst("\"strand\": \"[^\"]*\"", "\"strand\": null");

    Finding f = onlyFinding(json);

    assertThat(f.getRuleId()).isEqualTo("read.wrong-type");
    assertThat(f.getPath()).isEqualTo("/strand");
    assertThat(f.getLocation()).contains(after(json, "\"strand\": "));
    assertThat(schemaErrors(json)).isNotEmpty();
  }

  // ---- generated programs

  /** Words to build text from: Japanese, full-width, and characters JSON must escape. */
  static final List<String> WORDS = List.of("つながり", "孤独", "孤立", "支援", "地域", "居場所", "ネットワーク",
      "こども食堂", "NPO", "センター", "研修会", "伴走型", "北摂", "気仙", "十勝管内", "ＡＢＣ", "１２３", "・", "、",
      "「引用」", "\"quoted\"", "back\\slash", "改行\n", "tab\t", "😊", "\u2028", " ", "</p>");

  static Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("", words));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Arbitrary<CorporateNumber> corporateNumbers() {
    return Arbitraries.strings().numeric().ofLength(12)
        .map(base -> CorporateNumber.of(CorporateNumber.checkDigit(base) + base));
  }

  /** Municipalities with valid codes: a prefecture, three digits other than 000 (a prefecture's own), check digit. */
  static Arbitrary<Municipality> municipalities() {
    return Combinators.combine(Arbitraries.of(Prefecture.class), Arbitraries.integers().between(1, 999), texts())
        .as((prefecture, n, name) -> Municipality.of(
            LocalGovernmentCode.fromJisCode(prefecture.getCode() + String.format("%03d", n)), name));
  }

  static Arbitrary<NamedArea> namedAreas() {
    return Combinators.combine(texts(), Arbitraries.of(Prefecture.class).list().ofMaxSize(2),
        municipalities().list().ofMaxSize(2), Arbitraries.of(Prefecture.class))
        .as((name, prefectures, municipalities, fallback) -> {
          NamedArea.Builder b = NamedArea.builder().name(name).addAllPrefectures(prefectures)
              .addAllMunicipalities(municipalities);
          if (prefectures.isEmpty() && municipalities.isEmpty()) {
            b.addPrefecture(fallback);
          }
          return b.build();
        });
  }

  /**
   * Service areas of every shape: named prefectures, nationwide (alone or beside prefectures), a centre with unnamed
   * further prefectures, municipalities, named areas, and mixtures; with the text given or written from the parts.
   */
  static Arbitrary<ServiceArea> serviceAreas() {
    return Combinators.combine(
        Arbitraries.of(Prefecture.class).list().ofMaxSize(3),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(-1, 2),
        Arbitraries.of(true, false),
        municipalities().list().ofMaxSize(2),
        namedAreas().list().ofMaxSize(2),
        texts().optional(0.7))
        .as((prefectures, nationwide, center, unnamed, municipalities, named, text) -> {
          ServiceArea.Builder b = ServiceArea.builder()
              .addAllPrefectures(prefectures)
              .nationwide(nationwide)
              .unnamedPrefectures(unnamed)
              .addAllMunicipalities(municipalities)
              .addAllNamedAreas(named);
          if (center >= 0 && center < prefectures.size()) {
            b.center(prefectures.get(center));
          }
          text.ifPresent(b::text);
          return b.build();
        });
  }

  static Arbitrary<Organization> organizations() {
    return Combinators.combine(texts(), Arbitraries.of(LegalForm.class),
        Arbitraries.of(Prefecture.class).optional(0.7), corporateNumbers().optional(0.5),
        Arbitraries.of(NpoCertification.class).optional(0.5))
        .as((name, form, office, number, certification) -> Organization.builder()
            .name(name)
            .legalForm(form)
            .headOffice(office)
            .corporateNumber(form.isIncorporated() ? number : Optional.empty())
            .npoCertification(form == LegalForm.SPECIFIED_NONPROFIT_CORPORATION ? certification : Optional.empty())
            .build());
  }

  static Arbitrary<Consortium> consortia() {
    return Combinators.combine(texts().optional(0.5), organizations(), organizations().list().ofMaxSize(3),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((name, representative, others, representativeIsMember, unnamed) -> {
          Consortium.Builder b = Consortium.builder().name(name).representative(representative);
          if (representativeIsMember) {
            b.addMember(representative);
          }
          return b.addAllMembers(others).unnamedMembers(unnamed).build();
        });
  }

  static Arbitrary<Grantee> grantees() {
    return Arbitraries.frequencyOf(Tuple.of(3, organizations()), Tuple.of(2, consortia()));
  }

  static Arbitrary<SupportActivity> activities() {
    return Combinators.combine(Arbitraries.of(SupportActivityKind.class),
        Arbitraries.of(DeliveryMode.class).optional(0.4), texts().optional(0.6))
        .as((kind, delivery, description) -> SupportActivity.builder()
            .kind(kind).delivery(delivery).description(description).build());
  }

  static Arbitrary<Project> projects() {
    return Combinators.combine(texts(), texts(), serviceAreas(), activities().list().ofMaxSize(4),
        Arbitraries.of(TargetGroup.class).list().ofMaxSize(3),
        Arbitraries.longs().between(0, Long.MAX_VALUE).optional(0.5), dates().optional(0.4),
        dates().optional(0.4))
        .as((title, summary, area, activities, groups, amount, start, end) -> {
          Project.Builder b = Project.builder().title(title).summary(summary).serviceArea(area)
              .addAllActivities(activities).addAllTargetGroups(groups).startDate(start).endDate(end);
          // Now and then with a tax statement, which the canonical form writes as text.
          amount.ifPresent(a -> b.awardedAmount(a % 3 == 0 ? io.github.tsunagari.money.Yen.of(a,
              io.github.tsunagari.money.Yen.Tax.INCLUDED) : io.github.tsunagari.money.Yen.of(a)));
          return b.build();
        });
  }

  static Arbitrary<Grant> grants() {
    return Combinators.combine(Arbitraries.integers().between(1, Integer.MAX_VALUE), grantees(), projects(),
        dates().optional(0.3))
        .as((position, grantee, project, awarded) -> Grant.builder()
            .position(position).grantee(grantee).project(project).awardDate(awarded).build());
  }

  static Arbitrary<Law> laws() {
    return Combinators.combine(texts(), texts().optional(0.6), dates().optional(0.6), dates().optional(0.6))
        .as((title, number, promulgated, effective) -> Law.builder()
            .title(title).number(number).promulgationDate(promulgated).effectiveDate(effective).build());
  }

  static Arbitrary<PolicyPlan> policyPlans() {
    return Combinators.combine(texts(), dates(), texts())
        .as((name, decided, by) -> PolicyPlan.builder().name(name).decisionDate(decided).decidedBy(by).build());
  }

  @Provide
  static Arbitrary<GrantProgram> programs() {
    Arbitrary<GrantProgram> heads = Combinators.combine(texts(), texts().optional(0.6), texts().optional(0.6),
        Arbitraries.integers().between(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR).map(FiscalYear::of),
        laws().optional(0.5), policyPlans().optional(0.5))
        .as((name, strand, category, year, law, plan) -> GrantProgram.builder()
            .name(name).strand(strand).granteeCategory(category).fiscalYear(year)
            .legalBasis(law).policyPlan(plan).build());
    return Combinators.combine(heads, texts().list().ofMaxSize(2), texts().list().ofMaxSize(2),
        Arbitraries.integers().between(0, Integer.MAX_VALUE).optional(0.5), grants().list().ofMaxSize(5))
        .as((head, aims, principles, count, grants) -> {
          GrantProgram.Builder b = GrantProgram.builder().from(head).addAllAims(aims)
              .addAllEligibilityPrinciples(principles).addAllGrants(grants);
          count.ifPresent(b::statedGranteeCount);
          return b.build();
        });
  }
}
