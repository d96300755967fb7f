package io.github.tsunagari.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kind;
import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.NumberKind;
import io.github.tsunagari.internal.form.Kind.ObjectKind;
import io.github.tsunagari.internal.form.Kind.UnionKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.internal.form.Property;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.read.ReadingLimits;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes the JSON Schema (draft 2020-12) of the canonical form from the {@linkplain Forms forms}: every object type
 * with its properties in canonical order, their kinds, which are required, and the codes with their patterns and
 * values. The {@code grant-program.schema.json} that core bundles is this schema, written out; a test holds the two
 * together.
 *
 * <p>Five rules of objects are not properties, and JSON Schema states them here by hand (the reader enforces them
 * through the model's builders, and a test proves the two agree): an NPO certification needs the NPO legal form; a
 * group without legal personality (UNINCORPORATED) has no corporate number; a centre needs prefectures; a named area is made of at least one prefecture or municipality; a municipality's code is
 * not a prefecture's.
 */
final class SchemaWriting {
  static final String ID = "https://tsunagari.github.io/schema/grant-program.schema.json";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String FIELDS = "Fields";

  private SchemaWriting() {}

  /** The schema. */
  static ObjectNode schema() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "孤独・孤立対策推進交付金 grant program (Tsunagari canonical JSON)");
    root.put("description", "交付金事業（一年度分）とその交付決定の正規JSON形式。コードは名称ではなくコードで書く（都道府県は"
        + " \"13\"、\"東京都\" ではない）。値のない項目、false のフラグ、空の配列は書かれない（null は書かれない）。数値は小数部・指数の"
        + "ない整数で書く（1.0 ではなく 1）。検査用数字（法人番号・地方公共団体コード）などこのスキーマで表しきれない条件は読み込み時"
        + "に検査される。読み込みは、" + ReadingLimits.MAX_STRING_LENGTH + "文字を超える文字列と" + ReadingLimits.MAX_NESTING_DEPTH
        + "段を超える入れ子を拒否する。 / The canonical JSON form of one fiscal"
        + " year of a grant program and its grants, as written by Tsunagari (io.github.tsunagari.jackson.GrantJson)."
        + " Codes are written as codes, not names (prefecture \"13\", not \"東京都\"). Absent values, false flags and"
        + " empty lists are left out; null is never written. Numbers are whole numbers written without a fraction or"
        + " exponent (1, not 1.0). What this schema cannot express, such as check digits (corporate numbers, local"
        + " government codes), is checked when the document is read; reading also refuses strings over "
        + ReadingLimits.MAX_STRING_LENGTH + " characters and nesting deeper than " + ReadingLimits.MAX_NESTING_DEPTH + ".");
    root.put("$ref", ref(Forms.PROGRAM.name()));
    ObjectNode defs = root.putObject("$defs");
    for (Form<?> form : Forms.ALL) {
      if (form == Forms.ORGANIZATION) {
        defs.set(Forms.GRANTEE.name(), union(Forms.GRANTEE));
      }
      defineForm(defs, form);
    }
    defs.set(Kinds.YEN.name(), yen());
    for (CodeKind<?> code : Forms.CODES) {
      defs.set(code.name(), code(code));
    }
    return root;
  }

  private static String ref(String name) {
    return "#/$defs/" + name;
  }

  private static String both(String japanese, String english) {
    return japanese + "。 / " + english;
  }

  /** The union's variants whose forms are also used on their own, without the discriminator. */
  private static Set<Form<?>> usedAlone() {
    Set<Form<?>> alone = new LinkedHashSet<>();
    for (Form<?> form : Forms.ALL) {
      for (Property<?, ?> p : form.properties()) {
        if (p.kind() instanceof ObjectKind) {
          alone.add(((ObjectKind<?>) p.kind()).form());
        }
      }
    }
    return alone;
  }

  private static Variant<?> variantOf(Form<?> form) {
    for (Variant<?> v : Forms.GRANTEE.variants()) {
      if (v.form() == form) {
        return v;
      }
    }
    return null;
  }

  private static void defineForm(ObjectNode defs, Form<?> form) {
    Variant<?> variant = variantOf(form);
    if (variant != null && usedAlone().contains(form)) {
      // Shared by the closed type and the union's variant, so it is closed by each of them, not here.
      ObjectNode fields = object(form, null, form.englishName() + " properties / " + form.japaneseName() + "の項目",
          both(form.japaneseName() + "の項目。" + form.name() + " と単独の" + Forms.GRANTEE.japaneseName()
              + "が共有する（単独では閉じていない）", "The properties of " + article(form.englishName()) + ", shared by "
              + form.name() + " and the " + form.name() + " grantee; not closed on its own."));
      defs.set(form.name() + FIELDS, fields);
      ObjectNode closed = defs.putObject(form.name());
      closed.put("title", form.englishName() + " / " + form.japaneseName());
      closed.put("description", both(form.japaneseName() + "（\"" + Forms.GRANTEE.discriminator() + "\" なし）",
          form.description() + " Without \"" + Forms.GRANTEE.discriminator() + "\", as it stands inside another object."));
      closed.put("$ref", ref(form.name() + FIELDS));
      closed.put("unevaluatedProperties", false);
    } else {
      ObjectNode def = object(form, variant, form.englishName() + " / " + form.japaneseName(),
          both(form.japaneseName(), form.description()));
      def.put("additionalProperties", false);
      defs.set(form.name(), def);
    }
  }

  private static String article(String name) {
    return ("AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "an " : "a ") + name.toLowerCase();
  }

  /** An object type's schema: its properties (after the discriminator of its variant, if any), required, rules. */
  private static ObjectNode object(Form<?> form, Variant<?> variant, String title, String description) {
    ObjectNode def = F.objectNode();
    def.put("title", title);
    def.put("description", description);
    def.put("type", "object");
    ObjectNode properties = def.putObject("properties");
    ArrayNode required = F.arrayNode();
    if (variant != null) {
      ObjectNode type = properties.putObject(Forms.GRANTEE.discriminator());
      type.put("description", both(Forms.GRANTEE.japaneseName() + "の種類：" + variant.japaneseName(),
          "The kind of grantee: " + variant.englishName().toLowerCase() + "."));
      type.put("const", variant.tag());
      required.add(Forms.GRANTEE.discriminator());
    }
    for (Property<?, ?> p : form.properties()) {
      ObjectNode schema = property(p);
      schema.put("description", both(p.japaneseName(), p.description()));
      ObjectNode ordered = F.objectNode();
      ordered.set("description", schema.remove("description"));
      ordered.setAll(schema);
      properties.set(p.name(), ordered);
      if (p.isRequired()) {
        required.add(p.name());
      }
    }
    def.set("required", required);
    objectRules(form, def, properties);
    return def;
  }

  /** The rules of objects that are not properties (see the class comment). */
  private static void objectRules(Form<?> form, ObjectNode def, ObjectNode properties) {
    if (form == Forms.ORGANIZATION) {
      String certification = Forms.ORGANIZATION.property("npoCertification").name();
      String legalForm = Forms.ORGANIZATION.property("legalForm").name();
      def.putObject("if").putArray("required").add(certification);
      def.putObject("then").putObject("properties").putObject(legalForm)
          .put("const", LegalForm.SPECIFIED_NONPROFIT_CORPORATION.name());
      // A group without legal personality (任意団体) has no corporate number.
      ObjectNode unincorporatedWithNumber = def.putObject("not");
      unincorporatedWithNumber.putObject("properties").putObject(legalForm)
          .put("const", LegalForm.UNINCORPORATED.name());
      unincorporatedWithNumber.putArray("required").add(legalForm)
          .add(Forms.ORGANIZATION.property("corporateNumber").name());
    } else if (form == Forms.SERVICE_AREA) {
      def.putObject("dependentRequired").putArray(Forms.SERVICE_AREA.property("center").name())
          .add(Forms.SERVICE_AREA.property("prefectures").name());
    } else if (form == Forms.NAMED_AREA) {
      ArrayNode anyOf = def.putArray("anyOf");
      for (String list : new String[] {"prefectures", "municipalities"}) {
        String name = Forms.NAMED_AREA.property(list).name();
        ObjectNode one = anyOf.addObject();
        one.putObject("properties").putObject(name).put("minItems", 1);
        one.putArray("required").add(name);
      }
    } else if (form == Forms.MUNICIPALITY) {
      ((ObjectNode) properties.get(Forms.MUNICIPALITY.property("code").name())).putObject("not")
          .put("pattern", "^[0-9]{2}000");
    }
  }

  private static ObjectNode property(Property<?, ?> p) {
    if (p.cardinality() == Property.Cardinality.LIST) {
      ObjectNode list = F.objectNode();
      list.put("type", "array");
      list.set("items", value(p.kind()));
      return list;
    }
    return value(p.kind());
  }

  private static ObjectNode value(Kind<?> kind) {
    ObjectNode v = F.objectNode();
    if (kind == Kinds.TEXT) {
      v.put("type", "string");
    } else if (kind == Kinds.FLAG) {
      v.put("type", "boolean");
    } else if (kind instanceof NumberKind) {
      v.put("type", "integer");
      v.put("minimum", ((NumberKind<?>) kind).validMin());
      v.put("maximum", ((NumberKind<?>) kind).max());
    } else if (kind instanceof CodeKind) {
      v.put("$ref", ref(((CodeKind<?>) kind).name()));
    } else if (kind == Kinds.YEN) {
      v.put("$ref", ref(Kinds.YEN.name()));
    } else if (kind instanceof ObjectKind) {
      v.put("$ref", ref(((ObjectKind<?>) kind).form().name()));
    } else {
      v.put("$ref", ref(((UnionKind<?>) kind).name()));
    }
    return v;
  }

  private static ObjectNode union(UnionKind<?> union) {
    ObjectNode def = F.objectNode();
    def.put("title", union.englishName() + " / " + union.japaneseName());
    def.put("description", both(union.japaneseName(), union.description()));
    def.put("type", "object");
    ObjectNode type = def.putObject("properties").putObject(union.discriminator());
    type.put("description", both(union.japaneseName() + "の種類", "The kind of " + union.englishName().toLowerCase()
        + "."));
    ArrayNode tags = type.putArray("enum");
    union.variants().forEach(v -> tags.add(v.tag()));
    def.putArray("required").add(union.discriminator());
    ArrayNode oneOf = def.putArray("oneOf");
    Set<Form<?>> alone = usedAlone();
    for (Variant<?> v : union.variants()) {
      ObjectNode branch = oneOf.addObject();
      if (alone.contains(v.form())) {
        branch.put("title", v.englishName() + " / " + v.japaneseName());
        branch.put("$ref", ref(v.form().name() + FIELDS));
        branch.putObject("properties").putObject(union.discriminator()).put("const", v.tag());
        branch.putArray("required").add(union.discriminator());
        branch.put("unevaluatedProperties", false);
      } else {
        branch.put("$ref", ref(v.form().name()));
      }
    }
    return def;
  }

  /** An amount of yen: a whole number from 0, or the Japanese form with its tax statement. */
  private static JsonNode yen() {
    ObjectNode def = F.objectNode();
    def.put("title", "Amount of yen / 金額");
    def.put("description", both("金額（円）", "Whole yen from 0; where the source states whether tax is included,"
        + " the Japanese form with the statement, such as \"75万円(税込)\"."));
    com.fasterxml.jackson.databind.node.ArrayNode oneOf = def.putArray("oneOf");
    oneOf.addObject().put("type", "integer").put("minimum", 0).put("maximum", Long.MAX_VALUE);
    oneOf.addObject().put("type", "string").put("pattern", io.github.tsunagari.internal.form.Kind.MoneyKind.TEXT_PATTERN);
    return def;
  }

  private static JsonNode code(CodeKind<?> code) {
    ObjectNode def = F.objectNode();
    def.put("title", code.englishName() + " / " + code.japaneseName());
    def.put("description", both(code.japaneseName(), code.description()));
    if (code.values().isEmpty()) {
      def.put("type", "string");
      code.format().ifPresent(f -> def.put("format", f));
      code.pattern().ifPresent(p -> def.put("pattern", p));
    } else {
      ArrayNode values = def.putArray("enum");
      for (Object value : code.values()) {
        values.add(((Enum<?>) value).name());
      }
    }
    return def;
  }
}
