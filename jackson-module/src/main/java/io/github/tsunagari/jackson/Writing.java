package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes the canonical JSON form: properties in the fixed order of this class, value types as their canonical strings,
 * enums as their constant names, and absent values, {@code false} flags and empty lists left out (never null).
 */
final class Writing {
  private Writing() {}

  static void program(JsonGenerator g, GrantProgram p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", p.getName());
    optionalText(g, "strand", p.getStrand());
    optionalText(g, "granteeCategory", p.getGranteeCategory());
    g.writeStringField("fiscalYear", p.getFiscalYear().toString());
    if (p.getLegalBasis().isPresent()) {
      g.writeFieldName("legalBasis");
      law(g, p.getLegalBasis().get());
    }
    if (p.getPolicyPlan().isPresent()) {
      g.writeFieldName("policyPlan");
      policyPlan(g, p.getPolicyPlan().get());
    }
    texts(g, "aims", p.getAims());
    texts(g, "eligibilityPrinciples", p.getEligibilityPrinciples());
    if (p.getStatedGranteeCount().isPresent()) {
      g.writeNumberField("statedGranteeCount", p.getStatedGranteeCount().getAsInt());
    }
    if (!p.getGrants().isEmpty()) {
      g.writeArrayFieldStart("grants");
      for (Grant grant : p.getGrants()) {
        grant(g, grant);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void law(JsonGenerator g, Law law) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", law.getTitle());
    optionalText(g, "number", law.getNumber());
    date(g, "promulgationDate", law.getPromulgationDate());
    date(g, "effectiveDate", law.getEffectiveDate());
    g.writeEndObject();
  }

  static void policyPlan(JsonGenerator g, PolicyPlan plan) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", plan.getName());
    g.writeStringField("decisionDate", plan.getDecisionDate().toString());
    g.writeStringField("decidedBy", plan.getDecidedBy());
    g.writeEndObject();
  }

  static void grant(JsonGenerator g, Grant grant) throws IOException {
    g.writeStartObject();
    g.writeNumberField("position", grant.getPosition());
    g.writeFieldName("grantee");
    grantee(g, grant.getGrantee());
    g.writeFieldName("project");
    project(g, grant.getProject());
    date(g, "awardDate", grant.getAwardDate());
    g.writeEndObject();
  }

  static void grantee(JsonGenerator g, Grantee grantee) throws IOException {
    if (grantee instanceof Consortium) {
      consortium(g, (Consortium) grantee);
    } else {
      organization(g, (Organization) grantee, true);
    }
  }

  static void organization(JsonGenerator g, Organization org, boolean typed) throws IOException {
    g.writeStartObject();
    if (typed) {
      g.writeStringField("type", Reading.ORGANIZATION);
    }
    g.writeStringField("name", org.getName());
    g.writeStringField("legalForm", org.getLegalForm().name());
    if (org.getHeadOffice().isPresent()) {
      g.writeStringField("headOffice", org.getHeadOffice().get().getCode());
    }
    if (org.getCorporateNumber().isPresent()) {
      g.writeStringField("corporateNumber", org.getCorporateNumber().get().toString());
    }
    if (org.getNpoCertification().isPresent()) {
      g.writeStringField("npoCertification", org.getNpoCertification().get().name());
    }
    g.writeEndObject();
  }

  static void consortium(JsonGenerator g, Consortium c) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", Reading.CONSORTIUM);
    optionalText(g, "name", c.getName());
    g.writeFieldName("representative");
    organization(g, c.getRepresentative(), false);
    if (!c.getMembers().isEmpty()) {
      g.writeArrayFieldStart("members");
      for (Organization member : c.getMembers()) {
        organization(g, member, false);
      }
      g.writeEndArray();
    }
    if (c.hasUnnamedMembers()) {
      g.writeBooleanField("unnamedMembers", true);
    }
    g.writeEndObject();
  }

  static void project(JsonGenerator g, Project p) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", p.getTitle());
    g.writeStringField("summary", p.getSummary());
    g.writeFieldName("serviceArea");
    serviceArea(g, p.getServiceArea());
    if (!p.getActivities().isEmpty()) {
      g.writeArrayFieldStart("activities");
      for (SupportActivity a : p.getActivities()) {
        activity(g, a);
      }
      g.writeEndArray();
    }
    if (!p.getTargetGroups().isEmpty()) {
      g.writeArrayFieldStart("targetGroups");
      for (TargetGroup t : p.getTargetGroups()) {
        g.writeString(t.name());
      }
      g.writeEndArray();
    }
    if (p.getAwardedAmount().isPresent()) {
      g.writeNumberField("awardedAmount", p.getAwardedAmount().getAsLong());
    }
    date(g, "startDate", p.getStartDate());
    date(g, "endDate", p.getEndDate());
    g.writeEndObject();
  }

  static void activity(JsonGenerator g, SupportActivity a) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", a.getKind().name());
    if (a.getDelivery().isPresent()) {
      g.writeStringField("delivery", a.getDelivery().get().name());
    }
    optionalText(g, "description", a.getDescription());
    g.writeEndObject();
  }

  static void serviceArea(JsonGenerator g, ServiceArea area) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", area.getText());
    prefectures(g, area.getPrefectures());
    if (area.isNationwide()) {
      g.writeBooleanField("nationwide", true);
    }
    if (area.getCenter().isPresent()) {
      g.writeStringField("center", area.getCenter().get().getCode());
    }
    if (area.hasUnnamedPrefectures()) {
      g.writeBooleanField("unnamedPrefectures", true);
    }
    municipalities(g, area.getMunicipalities());
    if (!area.getNamedAreas().isEmpty()) {
      g.writeArrayFieldStart("namedAreas");
      for (NamedArea a : area.getNamedAreas()) {
        namedArea(g, a);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void namedArea(JsonGenerator g, NamedArea area) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", area.getName());
    prefectures(g, area.getPrefectures());
    municipalities(g, area.getMunicipalities());
    g.writeEndObject();
  }

  static void municipality(JsonGenerator g, Municipality m) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", m.getCode().toString());
    g.writeStringField("name", m.getName());
    g.writeEndObject();
  }

  private static void municipalities(JsonGenerator g, List<Municipality> municipalities) throws IOException {
    if (!municipalities.isEmpty()) {
      g.writeArrayFieldStart("municipalities");
      for (Municipality m : municipalities) {
        municipality(g, m);
      }
      g.writeEndArray();
    }
  }

  private static void prefectures(JsonGenerator g, List<Prefecture> prefectures) throws IOException {
    if (!prefectures.isEmpty()) {
      g.writeArrayFieldStart("prefectures");
      for (Prefecture p : prefectures) {
        g.writeString(p.getCode());
      }
      g.writeEndArray();
    }
  }

  private static void texts(JsonGenerator g, String name, List<String> texts) throws IOException {
    if (!texts.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String t : texts) {
        g.writeString(t);
      }
      g.writeEndArray();
    }
  }

  private static void optionalText(JsonGenerator g, String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeStringField(name, text.get());
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      g.writeStringField(name, date.get().toString());
    }
  }
}
