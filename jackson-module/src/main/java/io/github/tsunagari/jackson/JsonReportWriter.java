package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.internal.form.ReportForm;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes a report as JSON piece by piece, in the form of a {@link ValidationReport}'s JSON: its findings as they are
 * found (a stream of grants has findings long before it has counts), then its validity and counts. The writer
 * starts inside an object of the caller's, so that the caller may write properties of its own first, such as the
 * file read:
 *
 * <pre>{@code
 * g.writeStartObject();
 * g.writeStringField("file", name);
 * JsonReportWriter report = JsonReportWriter.start(g);
 * reader.readJsonLines(in, record -> record.getReport().getFindings().forEach(report::writeUnchecked));
 * report.end(summary);
 * g.writeEndObject();
 * }</pre>
 *
 * <p>For one report, on one thread.
 */
public final class JsonReportWriter {
  private final JacksonSink out;

  private JsonReportWriter(JsonGenerator g) {
    this.out = new JacksonSink(g);
  }

  /**
   * Starts the findings of a report in the object the generator is in.
   *
   * @param g a generator, inside an object; such as one of {@link GrantJson#newGenerator}
   * @return the writer
   * @throws IOException if the generator cannot write
   */
  public static JsonReportWriter start(JsonGenerator g) throws IOException {
    JsonReportWriter writer = new JsonReportWriter(Objects.requireNonNull(g, "g"));
    ReportForm.startFindings(writer.out);
    return writer;
  }

  /**
   * Writes a finding: its rule id, severity, path, source location where known, value, and its message in Japanese
   * and English.
   *
   * @param f the finding
   * @throws IOException if the generator cannot write
   */
  public void write(Finding f) throws IOException {
    ReportForm.finding(out, f);
  }

  /**
   * Writes a finding, for a consumer of records (which may not throw a checked exception).
   *
   * @param f the finding
   * @throws java.io.UncheckedIOException if the generator cannot write
   */
  public void writeUnchecked(Finding f) {
    try {
      write(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Ends the findings and writes the validity and counts of a report.
   *
   * @param report the report whose findings were written
   * @throws IOException if the generator cannot write
   */
  public void end(ValidationReport report) throws IOException {
    ReportForm.endFindings(out, report.isValid(), report.count(Severity.ERROR), report.count(Severity.WARNING),
        report.count(Severity.INFO));
  }

  /**
   * Ends the findings and writes the validity and counts of a stream.
   *
   * @param summary the summary of the stream whose findings were written
   * @throws IOException if the generator cannot write
   */
  public void end(StreamSummary summary) throws IOException {
    ReportForm.endFindings(out, summary.isValid(), summary.count(Severity.ERROR), summary.count(Severity.WARNING),
        summary.count(Severity.INFO));
  }
}
