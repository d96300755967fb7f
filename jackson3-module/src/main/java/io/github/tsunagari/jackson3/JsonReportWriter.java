package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.form.FormWriter;
import io.github.tsunagari.internal.form.ReportForm;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a report (検証結果) as JSON piece by piece on Jackson 3, in the form of a {@link ValidationReport}'s JSON, as
 * {@code io.github.tsunagari.jackson.JsonReportWriter} does on Jackson 2, with the same text: its findings as they
 * are found (a stream of grants has findings long before it has counts), then its validity and counts. The writer
 * starts inside an object of the caller's, so that the caller may write properties of its own first, such as the
 * file read:
 *
 * <pre>{@code
 * g.writeStartObject();
 * g.writeStringProperty("file", name);
 * JsonReportWriter report = JsonReportWriter.start(g);
 * reader.readJsonLines(in, record -> record.getReport().getFindings().forEach(report::write));
 * report.end(summary);
 * g.writeEndObject();
 * }</pre>
 *
 * <p>As everything of Jackson 3's, it throws unchecked exceptions: a {@link tools.jackson.core.JacksonException} where
 * the generator cannot write. For one report, on one thread.
 */
public final class JsonReportWriter {
  private final JacksonSink out;

  private JsonReportWriter(JsonGenerator g) {
    this.out = new JacksonSink(g);
  }

  /** A step of the report's form on the sink, which a Jackson 3 generator takes without a checked exception. */
  @FunctionalInterface
  private interface Step {
    void on(FormWriter.Sink out) throws IOException;
  }

  private void step(Step step) {
    try {
      step.on(out);
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // a Jackson 3 generator throws none
    }
  }

  /**
   * Starts the findings of a report in the object the generator is in.
   *
   * @param g a generator, inside an object; such as one of {@link GrantJson#newGenerator}
   * @return the writer
   */
  public static JsonReportWriter start(JsonGenerator g) {
    JsonReportWriter writer = new JsonReportWriter(Objects.requireNonNull(g, "g"));
    writer.step(ReportForm::startFindings);
    return writer;
  }

  /**
   * Writes a finding: its rule id, severity, path, source location where known, value, and its message in Japanese
   * and English.
   *
   * @param f the finding
   */
  public void write(Finding f) {
    Objects.requireNonNull(f, "f");
    step(sink -> ReportForm.finding(sink, f));
  }

  /**
   * Writes a finding, as {@link #write(Finding)} does: the name that Jackson 2's
   * {@code io.github.tsunagari.jackson.JsonReportWriter} gives its unchecked write, so that code moves from Jackson 2
   * by its imports.
   *
   * @param f the finding
   */
  public void writeUnchecked(Finding f) {
    write(f);
  }

  /**
   * Ends the findings and writes the validity and counts of a report.
   *
   * @param report the report whose findings were written
   */
  public void end(ValidationReport report) {
    end(report.isValid(), report::count);
  }

  /**
   * Ends the findings and writes the validity and counts of a stream.
   *
   * @param summary the summary of the stream whose findings were written
   */
  public void end(StreamSummary summary) {
    end(summary.isValid(), summary::count);
  }

  private void end(boolean valid, java.util.function.ToIntFunction<Severity> count) {
    step(sink -> ReportForm.endFindings(sink, valid, count.applyAsInt(Severity.ERROR),
        count.applyAsInt(Severity.WARNING), count.applyAsInt(Severity.INFO)));
  }
}
