package io.github.tsunagari.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.jackson.JsonReportWriter;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tsunagari validate FILE…}: reads each file, validates it and prints its findings, then a summary.
 *
 * <p>A program document is read whole; an array of grants and JSON Lines are streamed one record at a time (read on
 * a second thread where there are two cores), with progress on standard error when it is a terminal. For streams the
 * summary line comes after the findings, since the findings are printed as they are found.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Tsunagari.Version.class,
    description = "Validates grant data and prints every finding, with its rule, severity, place and message.",
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no errors",
        "1:errors found (or warnings, with --strict)",
        "2:a file could not be read, or the command was misused"})
final class Validate implements Callable<Integer> {
  /** The forms of the report. */
  enum Format { text, json }

  /** The languages of the messages. */
  enum Language {
    ja(Locale.JAPANESE), en(Locale.ENGLISH);

    final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }
  }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "a JSON document (a grant program, or an array of "
      + "grants), or JSON Lines (a file named *.jsonl or *.ndjson); - for standard input")
  List<String> files;

  @Option(names = "--format", paramLabel = "text|json",
      description = "text for a person (the default), or the report as JSON")
  Format format = Format.text;

  @Option(names = "--lang", paramLabel = "ja|en", description = "the language of messages (default ja)")
  Language language = Language.ja;

  @Option(names = "--jsonl", description = "read standard input (and files of any name) as JSON Lines")
  boolean jsonLines;

  @Option(names = "--fiscal-year", paramLabel = "FY", converter = Tsunagari.FiscalYearConverter.class,
      description = "check the dates of a stream of grants against this fiscal year (such as 令和6年度); a program "
          + "document has its own fiscal year")
  FiscalYear fiscalYear;

  @Option(names = "--strict", description = "warnings also make the exit code 1")
  boolean strict;

  @Option(names = "--quiet", description = "no progress on standard error")
  boolean quiet;

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private boolean json;

  Validate(InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  private Locale locale() {
    return language.locale;
  }

  @Override
  public Integer call() {
    json = format == Format.json;
    GrantValidator validator = GrantValidator.create();
    int exit = Tsunagari.OK;
    boolean array = json && files.size() > 1; // several reports in JSON form make one JSON array
    if (array) {
      out.print("[");
    }
    for (int i = 0; i < files.size(); i++) {
      if (array) {
        out.println(i == 0 ? "" : ",");
      }
      exit = Math.max(exit, validate(files.get(i), validator));
    }
    if (array) {
      out.println();
      out.println("]");
    }
    out.flush();
    return exit;
  }

  private int validate(String file, GrantValidator validator) {
    Counting counting;
    try {
      InputStream raw = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
      counting = new Counting(new BufferedInputStream(raw, 1 << 16));
    } catch (NoSuchFileException e) {
      return unreadable(file, "no such file");
    } catch (IOException | RuntimeException e) {
      return unreadable(file, "cannot be read");
    }
    if (Files.isDirectory(Path.of(file))) {
      return unreadable(file, "is a directory");
    }
    try (InputStream in = counting) {
      boolean lines = jsonLines || file.endsWith(".jsonl") || file.endsWith(".ndjson");
      ToIntFunction<Severity> counts = lines || firstByte(counting) == '[' ? stream(file, counting, validator, lines)
          : document(file, counting, validator);
      if (counts.applyAsInt(Severity.ERROR) > 0 || strict && counts.applyAsInt(Severity.WARNING) > 0) {
        return Tsunagari.FINDINGS;
      }
      return Tsunagari.OK;
    } catch (IOException e) {
      return unreadable(file, "cannot be read");
    }
  }

  /**
   * Says that a file cannot be read: on standard error, its name with control characters escaped; with
   * {@code --format json}, also as the file's entry in the JSON output, so that the output stays one JSON document.
   */
  private int unreadable(String file, String why) {
    err.println("tsunagari: " + Finding.escape(file) + ": " + why);
    if (json) {
      try (JsonGenerator g = GrantJson.newGenerator(out)) {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("error", why);
        g.writeBooleanField("valid", false);
        g.writeEndObject();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      out.println();
    }
    return Tsunagari.UNUSABLE;
  }

  private static int firstByte(InputStream in) throws IOException {
    in.mark(4096);
    try {
      int b;
      int skipped = 0;
      do {
        b = in.read();
        skipped++;
      } while ((b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF)
          && skipped < 4096);
      return b;
    } finally {
      in.reset();
    }
  }

  /** Validates a program document, read whole; returns the count of each severity. */
  private ToIntFunction<Severity> document(String file, InputStream in, GrantValidator validator) throws IOException {
    ReadResult<GrantProgram> result = GrantJsonReader.validating(validator).readProgram(in);
    ValidationReport report = result.getReport();
    if (json) {
      try (Output o = new Output(file)) {
        for (Finding f : report.getFindings()) {
          o.finding(f);
        }
        o.end(report);
      }
    } else {
      out.println(Finding.escape(file) + ": " + report.toSummary(locale()));
      for (Finding f : report.getFindings()) {
        out.println(f.toText(locale()));
      }
    }
    return report::count;
  }

  /** Reads a stream on a thread of its own while the main thread validates it. */
  private static void readingThread(Runnable reading) {
    Thread t = new Thread(reading, "tsunagari-reader");
    t.setDaemon(true);
    t.start();
  }

  /** Validates a stream of grants record by record; returns the count of each severity. */
  private ToIntFunction<Severity> stream(String file, Counting in, GrantValidator validator, boolean lines)
      throws IOException {
    GrantStreamReader reader = GrantStreamReader.create(validator);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      reader = reader.withReadAhead(Validate::readingThread);
    }
    if (fiscalYear != null) {
      reader = reader.withFiscalYear(fiscalYear);
    }
    Progress progress = new Progress(in, terminal && !quiet);
    try (Output o = json ? new Output(file) : null) {
      if (!json) {
        out.println(Finding.escape(file) + ":");
      }
      java.util.function.Consumer<GrantRecord> each = record -> {
        List<Finding> findings = record.getReport().getFindings();
        for (int k = 0; k < findings.size(); k++) { // no iterator for the many records without findings
          Finding f = findings.get(k);
          if (o != null) {
            o.findingUnchecked(f);
          } else {
            out.println(f.toText(locale()));
          }
        }
        progress.record();
      };
      StreamSummary summary = lines ? reader.readJsonLines(in, each) : reader.readArray(in, each);
      for (Finding f : summary.getStreamProblems().getFindings()) {
        if (o != null) {
          o.finding(f);
        } else {
          out.println(f.toText(locale()));
        }
      }
      progress.done();
      if (o != null) {
        o.end(summary);
      } else {
        out.println(Finding.escape(file) + ": " + summary.toSummary(locale()));
      }
      return summary::count;
    }
  }

  /** One file's report as JSON, written as it is found: the file, the findings, then validity and counts. */
  private final class Output implements AutoCloseable {
    private final JsonGenerator g;
    private final JsonReportWriter report;

    Output(String file) throws IOException {
      g = GrantJson.newGenerator(out);
      g.writeStartObject();
      g.writeStringField("file", file);
      report = JsonReportWriter.start(g);
    }

    void finding(Finding f) throws IOException {
      report.write(f);
    }

    void findingUnchecked(Finding f) {
      report.writeUnchecked(f);
    }

    void end(ValidationReport r) throws IOException {
      report.end(r);
      g.writeEndObject();
    }

    void end(StreamSummary summary) throws IOException {
      report.end(summary);
      g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      g.close();
      out.println();
    }
  }

  /** Counts the bytes read, for progress. */
  static final class Counting extends FilterInputStream {
    /** Read on the reading thread, looked at for progress on the validating one. */
    volatile long bytes;
    private long marked;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }

    @Override
    public synchronized void mark(int limit) {
      super.mark(limit);
      marked = bytes;
    }

    @Override
    public synchronized void reset() throws IOException {
      super.reset();
      bytes = marked;
    }
  }

  /** Records and megabytes per second on standard error, at most once a second, on one updated line. */
  private final class Progress {
    private final Counting in;
    private final boolean show;
    private final long start = System.nanoTime();
    private long last = start;
    private long records;

    Progress(Counting in, boolean show) {
      this.in = in;
      this.show = show;
    }

    void record() {
      records++;
      if (show && (records & 255) == 0) {
        long now = System.nanoTime();
        if (now - last >= 1_000_000_000L) {
          last = now;
          print(now);
        }
      }
    }

    void done() {
      if (show && records > 0) {
        print(System.nanoTime());
        err.println();
      }
    }

    private void print(long now) {
      double seconds = Math.max((now - start) / 1e9, 1e-9);
      double mb = in.bytes / 1e6;
      err.printf(Locale.ROOT, "\r%,d records, %.1f MB, %,.0f records/s, %.1f MB/s", records, mb, records / seconds,
          mb / seconds);
    }
  }
}
