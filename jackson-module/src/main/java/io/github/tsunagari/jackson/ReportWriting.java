package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a validation report: {@code valid}, the counts, and each finding with rule id, severity, path, line and
 * column where known, value, and its message in Japanese and English.
 */
final class ReportWriting {
  private ReportWriting() {}

  static void report(JsonGenerator g, ValidationReport report) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("valid", report.isValid());
    g.writeNumberField("errors", report.count(Severity.ERROR));
    g.writeNumberField("warnings", report.count(Severity.WARNING));
    g.writeNumberField("infos", report.count(Severity.INFO));
    g.writeArrayFieldStart("findings");
    for (Finding f : report.getFindings()) {
      finding(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.getRuleId());
    g.writeStringField("severity", f.getSeverity().name());
    g.writeStringField("path", f.getPath());
    if (f.getLocation().isPresent()) {
      g.writeNumberField("line", f.getLocation().get().getLine());
      g.writeNumberField("column", f.getLocation().get().getColumn());
    }
    if (f.getValue().isPresent()) {
      g.writeStringField("value", f.getValue().get());
    }
    g.writeObjectFieldStart("message");
    g.writeStringField("ja", f.getMessage(Locale.JAPANESE));
    g.writeStringField("en", f.getMessage(Locale.ENGLISH));
    g.writeEndObject();
    g.writeEndObject();
  }
}
