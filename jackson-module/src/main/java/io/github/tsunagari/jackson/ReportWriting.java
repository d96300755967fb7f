package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a validation report: each finding with rule id, severity, path, source location where known, value, and its
 * message in Japanese and English; then {@code valid} and the counts.
 */
final class ReportWriting {
  private ReportWriting() {}

  static void report(JsonGenerator g, ValidationReport report) throws IOException {
    g.writeStartObject();
    JsonReportWriter writer = JsonReportWriter.start(g);
    for (Finding f : report.getFindings()) {
      writer.write(f);
    }
    writer.end(report);
    g.writeEndObject();
  }

  /**
   * A location as the properties of its kind: line and column; sheet (where there is one), row, column, column letter
   * and header; or byte (and line).
   */
  private static void location(JsonGenerator g, SourceLocation location) throws IOException {
    if (location instanceof SourceLocation.Position) {
      g.writeNumberField("line", ((SourceLocation.Position) location).getLine());
      g.writeNumberField("column", ((SourceLocation.Position) location).getColumn());
    } else if (location instanceof SourceLocation.Cell) {
      SourceLocation.Cell cell = (SourceLocation.Cell) location;
      if (cell.getSheet().isPresent()) {
        g.writeStringField("sheet", cell.getSheet().get());
      }
      g.writeNumberField("row", cell.getRow());
      g.writeNumberField("column", cell.getColumn());
      g.writeStringField("columnLetter", cell.getColumnLetter());
      g.writeStringField("header", cell.getHeader());
    } else {
      SourceLocation.ByteOffset at = (SourceLocation.ByteOffset) location;
      if (at.getLine().isPresent()) {
        g.writeNumberField("line", at.getLine().getAsInt());
      }
      g.writeNumberField("byte", at.getOffset());
    }
  }

  static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.getRuleId());
    g.writeStringField("severity", f.getSeverity().name());
    g.writeStringField("path", f.getPath());
    if (f.getLocation().isPresent()) {
      location(g, f.getLocation().get());
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
