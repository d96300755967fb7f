package io.github.tsunagari.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.jackson.JsonReportWriter;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The report of one input, as {@code validate} prints it on standard output and {@code convert} on standard error: for
 * a person, the file and its summary, then every finding (for a stream, the findings as they are found, then the
 * summary); with {@code --format json}, one JSON object per file. Notes (what {@code convert} did not write) follow the
 * findings, as lines or as the object's {@code notes}. Every text from the input or the command line is printed with
 * its control characters escaped ({@link Finding#escape}, {@link Finding#toText}).
 */
final class Report {
  private final PrintStream to;
  private final PrintStream err;
  private final boolean json;
  private final Locale locale;

  /**
   * @param to where the report goes
   * @param err standard error, for the line that says a file cannot be read
   * @param json whether the report is JSON
   * @param locale the language of messages
   */
  Report(PrintStream to, PrintStream err, boolean json, Locale locale) {
    this.to = to;
    this.err = err;
    this.json = json;
    this.locale = locale;
  }

  /**
   * Says that a file cannot be read (or written): on standard error, its name with control characters escaped; with
   * {@code --format json}, as the file's entry in the report instead where the report is on standard error, and also
   * where it is not, so that the output stays one JSON document.
   *
   * @return {@link Tsunagari#UNUSABLE}
   */
  int unreadable(String file, String why) {
    if (!json || to != err) {
      err.println("tsunagari: " + Finding.escape(file) + ": " + why);
    }
    if (json) {
      try (JsonGenerator g = GrantJson.newGenerator(to)) {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("error", why);
        g.writeBooleanField("valid", false);
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      to.println();
    }
    return Tsunagari.UNUSABLE;
  }

  /** The report of a document read whole, with notes after its findings. */
  void document(String file, ValidationReport report, List<String> notes) throws IOException {
    if (json) {
      try (Output o = new Output(file)) {
        for (Finding f : report.getFindings()) {
          o.report.write(f);
        }
        o.report.end(report);
        o.notes(notes);
      }
    } else {
      to.println(Finding.escape(file) + ": " + report.toSummary(locale));
      for (Finding f : report.getFindings()) {
        to.println(f.toText(locale));
      }
      notes.forEach(n -> to.println(Finding.escape(file) + ": " + n));
    }
  }

  /** Starts the report of a stream: its findings follow as they are found, then its summary. */
  Stream stream(String file) throws IOException {
    return new Stream(file);
  }

  /** The report of one stream, printed as it is found. */
  final class Stream implements AutoCloseable {
    private final String file;
    private final Output o;

    Stream(String file) throws IOException {
      this.file = file;
      if (json) {
        o = new Output(file);
      } else {
        o = null;
        to.println(Finding.escape(file) + ":");
      }
    }

    /** A finding of a record; unchecked, for the consumer of records. */
    void finding(Finding f) {
      if (o != null) {
        o.report.writeUnchecked(f);
      } else {
        to.println(f.toText(locale));
      }
    }

    /** The problems of the stream itself, the summary, then the notes. */
    void end(StreamSummary summary, List<String> notes) throws IOException {
      for (Finding f : summary.getStreamProblems().getFindings()) {
        finding(f);
      }
      if (o != null) {
        o.report.end(summary);
        o.notes(notes);
      } else {
        to.println(Finding.escape(file) + ": " + summary.toSummary(locale));
        notes.forEach(n -> to.println(Finding.escape(file) + ": " + n));
      }
    }

    @Override
    public void close() throws IOException {
      if (o != null) {
        o.close();
      }
    }
  }

  /** One file's report as JSON, written as it is found: the file, the findings, then validity, counts and notes. */
  private final class Output implements AutoCloseable {
    private final JsonGenerator g;
    final JsonReportWriter report;

    Output(String file) throws IOException {
      g = GrantJson.newGenerator(to);
      g.writeStartObject();
      g.writeStringField("file", file);
      report = JsonReportWriter.start(g);
    }

    void notes(List<String> notes) throws IOException {
      if (!notes.isEmpty()) {
        g.writeArrayFieldStart("notes");
        for (String n : notes) {
          g.writeString(n);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      g.close();
      to.println();
    }
  }
}
