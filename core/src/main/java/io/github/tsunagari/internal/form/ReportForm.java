package io.github.tsunagari.internal.form;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.Locale;

/**
 * The JSON form of a validation report, written to any binding's sink: each finding with rule id, severity, path,
 * source location where known, value, and its message in Japanese and English; then {@code valid} and the counts. A
 * report may also be written piece by piece ({@link #startFindings}, {@link #finding}, {@link #endFindings}), its
 * findings as they are found. Not part of the API.
 */
public final class ReportForm {
  private ReportForm() {}

  /**
   * Writes a report as an object.
   *
   * @param out the sink
   * @param report the report
   * @throws IOException from the sink
   */
  public static void report(FormWriter.Sink out, ValidationReport report) throws IOException {
    out.startObject();
    startFindings(out);
    for (Finding f : report.getFindings()) {
      finding(out, f);
    }
    endFindings(out, report.isValid(), report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO));
    out.endObject();
  }

  /**
   * Starts the list of findings, inside an object.
   *
   * @param out the sink
   * @throws IOException from the sink
   */
  public static void startFindings(FormWriter.Sink out) throws IOException {
    out.name("findings");
    out.startArray();
  }

  /**
   * Ends the list of findings and writes the validity and counts.
   *
   * @param out the sink
   * @param valid whether the report is valid
   * @param errors its errors
   * @param warnings its warnings
   * @param infos its notes
   * @throws IOException from the sink
   */
  public static void endFindings(FormWriter.Sink out, boolean valid, int errors, int warnings, int infos)
      throws IOException {
    out.endArray();
    out.name("valid");
    out.flag(valid);
    number(out, "errors", errors);
    number(out, "warnings", warnings);
    number(out, "infos", infos);
  }

  /**
   * Writes a finding as an object.
   *
   * @param out the sink
   * @param f the finding
   * @throws IOException from the sink
   */
  public static void finding(FormWriter.Sink out, Finding f) throws IOException {
    out.startObject();
    text(out, "ruleId", f.getRuleId());
    text(out, "severity", f.getSeverity().name());
    text(out, "path", f.getPath());
    if (f.getLocation().isPresent()) {
      location(out, f.getLocation().get());
    }
    if (f.getValue().isPresent()) {
      text(out, "value", f.getValue().get());
    }
    out.name("message");
    out.startObject();
    text(out, "ja", f.getMessage(Locale.JAPANESE));
    text(out, "en", f.getMessage(Locale.ENGLISH));
    out.endObject();
    out.endObject();
  }

  /**
   * A location as the properties of its kind: line and column; sheet (where there is one), row, column, column letter
   * and header; or byte (and line).
   */
  private static void location(FormWriter.Sink out, SourceLocation location) throws IOException {
    if (location instanceof SourceLocation.Position) {
      number(out, "line", ((SourceLocation.Position) location).getLine());
      number(out, "column", ((SourceLocation.Position) location).getColumn());
    } else if (location instanceof SourceLocation.Cell) {
      SourceLocation.Cell cell = (SourceLocation.Cell) location;
      if (cell.getSheet().isPresent()) {
        text(out, "sheet", cell.getSheet().get());
      }
      number(out, "row", cell.getRow());
      number(out, "column", cell.getColumn());
      text(out, "columnLetter", cell.getColumnLetter());
      text(out, "header", cell.getHeader());
    } else {
      SourceLocation.ByteOffset at = (SourceLocation.ByteOffset) location;
      if (at.getLine().isPresent()) {
        number(out, "line", at.getLine().getAsInt());
      }
      number(out, "byte", at.getOffset());
    }
  }

  private static void text(FormWriter.Sink out, String name, String text) throws IOException {
    out.name(name);
    out.text(text);
  }

  private static void number(FormWriter.Sink out, String name, long number) throws IOException {
    out.name(name);
    out.number(number);
  }
}
