package io.github.tsunagari.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.jackson.GrantJsonReader;
import io.github.tsunagari.jackson.GrantStreamReader;
import io.github.tsunagari.jackson.ReadResult;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command-line validator: {@code tsunagari validate FILE…}.
 *
 * <pre>
 * Usage: tsunagari validate [options] FILE...
 *   FILE               a JSON document (a grant program, or an array of grants) or JSON Lines (.jsonl, .ndjson);
 *                      - for standard input
 *   --format text|json text for a person (default), or the report as JSON
 *   --lang ja|en       the language of messages (default ja)
 *   --jsonl            read standard input (and files of any name) as JSON Lines
 *   --fiscal-year FY   check dates of a stream of grants against this fiscal year (such as 令和6年度); a program
 *                      document has its own fiscal year
 *   --strict           warnings also make the exit code 1
 *   --quiet            no progress on standard error
 * Exit code: 0 no errors; 1 errors found (or warnings, with --strict); 2 a file could not be read or the command was
 * misused.
 * </pre>
 *
 * <p>A program document is read whole; an array of grants and JSON Lines are streamed one record at a time, with
 * progress on standard error when it is a terminal. For streams the summary line comes after the findings, since the
 * findings are printed as they are found.
 */
public final class TsunagariCli {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  private static final String USAGE = String.join("\n",
      "Usage: tsunagari validate [options] FILE...",
      "  FILE               a JSON document (a grant program, or an array of grants) or JSON Lines",
      "                     (.jsonl, .ndjson); - for standard input",
      "  --format text|json text for a person (default), or the report as JSON",
      "  --lang ja|en       the language of messages (default ja)",
      "  --jsonl            read standard input (and files of any name) as JSON Lines",
      "  --fiscal-year FY   check dates of a stream of grants against this fiscal year (such as 令和6年度);",
      "                     a program document has its own fiscal year",
      "  --strict           warnings also make the exit code 1",
      "  --quiet            no progress on standard error",
      "Exit code: 0 no errors; 1 errors found (or warnings, with --strict); 2 a file could not be read",
      "or the command was misused.");

  private static final Logger QUIET_LOGGER = Logger.getLogger("org.hibernate.validator");

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  private boolean json;
  private Locale locale = Locale.JAPANESE;
  private boolean jsonLines;
  private boolean strict;
  private boolean quiet;
  private FiscalYear fiscalYear;

  TsunagariCli(InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    QUIET_LOGGER.setLevel(Level.WARNING); // Hibernate Validator's start-up line is not for the command's user
    System.exit(new TsunagariCli(System.in, out, err, isTerminal()).run(args));
  }

  /**
   * Whether the user watches a terminal. Java 22 and later tell it exactly ({@code Console.isTerminal()}); Java 17 only
   * tells whether standard input and output are both a terminal, which is the test used there.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  int run(String[] args) {
    if (args.length == 0 || !args[0].equals("validate")) {
      if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
        out.println(USAGE);
        return OK;
      }
      return misuse(args.length == 0 ? "no command" : "unknown command " + Text.sanitize(args[0]));
    }
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--format":
          if (i + 1 == args.length || !List.of("text", "json").contains(args[i + 1])) {
            return misuse("--format takes text or json");
          }
          json = args[++i].equals("json");
          break;
        case "--lang":
          if (i + 1 == args.length || !List.of("ja", "en").contains(args[i + 1])) {
            return misuse("--lang takes ja or en");
          }
          locale = args[++i].equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
          break;
        case "--fiscal-year":
          if (i + 1 == args.length) {
            return misuse("--fiscal-year takes a fiscal year such as 令和6年度");
          }
          try {
            fiscalYear = FiscalYear.parse(args[++i]);
          } catch (IllegalArgumentException e) {
            return misuse(Text.sanitize(e.getMessage()));
          }
          break;
        case "--jsonl":
          jsonLines = true;
          break;
        case "--strict":
          strict = true;
          break;
        case "--quiet":
          quiet = true;
          break;
        case "-h":
        case "--help":
          out.println(USAGE);
          return OK;
        default:
          if (a.startsWith("--")) {
            return misuse("unknown option " + Text.sanitize(a));
          }
          files.add(a);
      }
    }
    if (files.isEmpty()) {
      return misuse("no FILE to validate");
    }
    GrantValidator validator = GrantValidator.create();
    int exit = OK;
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
    return exit;
  }

  private int misuse(String why) {
    err.println("tsunagari: " + why);
    err.println(USAGE);
    return UNUSABLE;
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
      int[] counts;
      if (lines || firstByte(counting) == '[') {
        counts = stream(file, counting, validator, lines);
      } else {
        counts = document(file, counting, validator);
      }
      if (counts[0] > 0 || (strict && counts[1] > 0)) {
        return FINDINGS;
      }
      return OK;
    } catch (IOException e) {
      return unreadable(file, "cannot be read");
    }
  }

  /**
   * Says that a file cannot be read: on standard error, its name with control characters escaped; with
   * {@code --format json}, also as the file's entry in the JSON output, so that the output stays one JSON document.
   */
  private int unreadable(String file, String why) {
    err.println("tsunagari: " + Text.sanitize(file) + ": " + why);
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
    return UNUSABLE;
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

  /** Validates a program document, read whole; returns errors, warnings, infos. */
  private int[] document(String file, InputStream in, GrantValidator validator) throws IOException {
    ReadResult<GrantProgram> result = GrantJsonReader.validating(validator).readProgram(in);
    ValidationReport report = result.getReport();
    if (json) {
      try (Output o = new Output(file)) {
        for (Finding f : report.getFindings()) {
          o.finding(f);
        }
        o.end(report.isValid(), report.getErrorCount(), report.getWarningCount(), report.getInfoCount());
      }
    } else {
      out.println(Text.sanitize(file) + ": " + report.toSummary(locale));
      for (Finding f : report.getFindings()) {
        out.println(f.toText(locale));
      }
    }
    return new int[] {report.getErrorCount(), report.getWarningCount(), report.getInfoCount()};
  }

  /** Reads a stream on a thread of its own while the main thread validates it. */
  private static void readingThread(Runnable reading) {
    Thread t = new Thread(reading, "tsunagari-reader");
    t.setDaemon(true);
    t.start();
  }

  /** Validates a stream of grants record by record; returns errors, warnings, infos. */
  private int[] stream(String file, Counting in, GrantValidator validator, boolean lines) throws IOException {
    GrantStreamReader reader = GrantStreamReader.create(validator);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      reader = reader.withReadAhead(TsunagariCli::readingThread);
    }
    if (fiscalYear != null) {
      reader = reader.withFiscalYear(fiscalYear);
    }
    Progress progress = new Progress(in, terminal && !quiet);
    try (Output o = json ? new Output(file) : null) {
      if (!json) {
        out.println(Text.sanitize(file) + ":");
      }
      java.util.function.Consumer<io.github.tsunagari.jackson.GrantRecord> each = record -> {
        for (Finding f : record.getReport().getFindings()) {
          if (o != null) {
            o.findingUnchecked(f);
          } else {
            out.println(f.toText(locale));
          }
        }
        progress.record();
      };
      GrantStreamReader.StreamSummary summary = lines ? reader.readJsonLines(in, each) : reader.readArray(in, each);
      for (Finding f : summary.getStreamProblems().getFindings()) {
        if (o != null) {
          o.finding(f);
        } else {
          out.println(f.toText(locale));
        }
      }
      progress.done();
      int errors = summary.count(Severity.ERROR);
      int warnings = summary.count(Severity.WARNING);
      int infos = summary.count(Severity.INFO);
      if (o != null) {
        o.end(errors == 0, errors, warnings, infos);
      } else {
        out.println(Text.sanitize(file) + ": " + summary.getRecordCount() + (locale.getLanguage().equals("ja") ? "件、" : " records, ")
            + ValidationReport.summary(locale, errors, warnings, infos));
      }
      return new int[] {errors, warnings, infos};
    }
  }

  /** One file's report as JSON, written as it is found: the file, the findings, then validity and counts. */
  private final class Output implements AutoCloseable {
    private final JsonGenerator g;

    Output(String file) throws IOException {
      g = GrantJson.newGenerator(out);
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeArrayFieldStart("findings");
    }

    void finding(Finding f) throws IOException {
      g.writeObject(f);
    }

    void findingUnchecked(Finding f) {
      try {
        finding(f);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    void end(boolean valid, int errors, int warnings, int infos) throws IOException {
      g.writeEndArray();
      g.writeBooleanField("valid", valid);
      g.writeNumberField("errors", errors);
      g.writeNumberField("warnings", warnings);
      g.writeNumberField("infos", infos);
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
