package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.activity.SupportActivityKind;
import io.github.tsunagari.activity.DeliveryMode;
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
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Jackson module for the Tsunagari model: serializers and deserializers for every model type, value type and
 * the validation report. {@code ObjectMapper.findAndRegisterModules()} and Spring Boot find it through
 * {@code META-INF/services}.
 *
 * <h2>The canonical JSON form</h2>
 * <ul>
 *   <li>Property names are the model's ({@code getServiceArea()} is {@code serviceArea}), in a fixed order;</li>
 *   <li>value types are strings: a fiscal year {@code "FY2024"}, a corporate number {@code "7000012050002"}, a local
 *       government code {@code "032034"}, a prefecture its JIS code {@code "13"}, dates {@code "2024-06-11"};</li>
 *   <li>enums are their constant names: {@code "SPECIFIED_NONPROFIT_CORPORATION"}, {@code "HANDS_ON_SUPPORT"};</li>
 *   <li>a grantee has {@code "type": "organization"} or {@code "type": "consortium"};</li>
 *   <li>absent values, {@code false} flags and empty lists are left out: no {@code null} is ever written.</li>
 * </ul>
 * The JSON Schema of this form is the resource {@code io/github/tsunagari/jackson/schema/grant-program.schema.json}.
 *
 * <h2>Reading</h2>
 * Reading accepts the forms Japanese data comes in and writes back the canonical one: a prefecture as {@code "13"},
 * {@code "東京都"}, {@code "東京"} or {@code "Tokyo"}; a legal form by full name, abbreviation ({@code "NPO法人"},
 * {@code "(公財)"}) or constant name; enums by constant or Japanese name; full-width digits and surrounding spaces in
 * codes and dates. Text is kept exactly. Unknown properties, wrong types, nulls, bad codes and missing required
 * properties are refused: a model deserializer throws an {@link InvalidGrantDataException} carrying every problem of
 * the value, not only the first. {@link GrantJsonReader} returns them as a report instead.
 */
public final class TsunagariModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TsunagariModule() {
    super("TsunagariModule", new Version(0, 1, 0, "SNAPSHOT", "io.github.tsunagari", "tsunagari-jackson"));
    model(GrantProgram.class, Writing::program, Reading::program);
    model(Grant.class, Writing::grant, Reading::grant);
    model(Grantee.class, Writing::grantee, Reading::grantee);
    model(Organization.class, (g, o) -> Writing.organization(g, o, true), r -> r.grantee(Organization.class));
    model(Consortium.class, Writing::consortium, r -> r.grantee(Consortium.class));
    model(Project.class, Writing::project, Reading::project);
    model(ServiceArea.class, Writing::serviceArea, Reading::serviceArea);
    model(NamedArea.class, Writing::namedArea, Reading::namedArea);
    model(Municipality.class, Writing::municipality, Reading::municipality);
    model(SupportActivity.class, Writing::activity, Reading::activity);
    model(Law.class, Writing::law, Reading::law);
    model(PolicyPlan.class, Writing::policyPlan, Reading::policyPlan);
    addSerializer(FiscalYear.class, new Serializer<>(FiscalYear.class, (g, v) -> g.writeString(v.toString())));
    addSerializer(CorporateNumber.class,
        new Serializer<>(CorporateNumber.class, (g, v) -> g.writeString(v.toString())));
    addSerializer(LocalGovernmentCode.class,
        new Serializer<>(LocalGovernmentCode.class, (g, v) -> g.writeString(v.toString())));
    addSerializer(Prefecture.class, new Serializer<>(Prefecture.class, (g, v) -> g.writeString(v.getCode())));
    value(Prefecture.class, "prefecture", Prefecture::find);
    value(LegalForm.class, "legalForm", LegalForm::find);
    value(FiscalYear.class, "fiscalYear", text -> parsed(FiscalYear::parse, text));
    value(CorporateNumber.class, "corporateNumber", text -> parsed(CorporateNumber::parse, text));
    value(LocalGovernmentCode.class, "localGovernmentCode", text -> parsed(LocalGovernmentCode::parse, text));
    value(SupportActivityKind.class, "code", SupportActivityKind::find);
    value(TargetGroup.class, "code", TargetGroup::find);
    value(DeliveryMode.class, "code", DeliveryMode::find);
    value(NpoCertification.class, "code", NpoCertification::find);
    addSerializer(ValidationReport.class, new Serializer<>(ValidationReport.class, ReportWriting::report));
    addSerializer(Finding.class, new Serializer<>(Finding.class, ReportWriting::finding));
  }

  private static <T> Optional<T> parsed(java.util.function.Function<String, T> parse, String text) {
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A value type or enum read from a string in the forms {@link Reading} accepts; its serializer is Jackson's own. */
  private <T> void value(Class<T> type, String kind, java.util.function.Function<String, Optional<T>> find) {
    addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Optional<Finding.Location> at = Optional.ofNullable(p.currentTokenLocation())
            .filter(l -> l.getLineNr() > 0 && l.getColumnNr() > 0)
            .map(l -> Finding.Location.of(l.getLineNr(), l.getColumnNr()));
        String path = p.getParsingContext().pathAsPointer().toString();
        if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          throw new InvalidGrantDataException(p, ValidationReport.of(List.of(
              Finding.wrongType(path, at, p.getText(), "string", Reading.typeOf(p.currentToken())))));
        }
        String text = p.getText();
        return find.apply(text).orElseThrow(() -> new InvalidGrantDataException(p, ValidationReport.of(List.of(
            Finding.invalidValue(path, at, text, kind, "not a valid " + type.getSimpleName())))));
      }
    });
  }

  private <T> void model(Class<T> type, Write<T> write, Read<T> read) {
    addSerializer(type, new Serializer<>(type, write));
    addDeserializer(type, new Deserializer<>(type, read));
  }

  @FunctionalInterface
  interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  @FunctionalInterface
  interface Read<T> {
    Optional<T> read(Reading reading) throws IOException;
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

  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Read<T> read;

    Deserializer(Class<T> type, Read<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<Finding> problems = new ArrayList<>();
      Optional<T> value;
      try {
        value = read.read(new Reading(p, problems, "", 0));
      } catch (Reading.Stop stop) {
        problems.add(stop.finding);
        value = Optional.empty();
      }
      if (!problems.isEmpty() || value.isEmpty()) {
        throw new InvalidGrantDataException(p, ValidationReport.of(problems));
      }
      return value.get();
    }
  }
}
