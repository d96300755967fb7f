package io.github.tsunagari.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tsunagari.interchange.threesixtygiving.GivingExport;
import io.github.tsunagari.interchange.threesixtygiving.GivingExporter;
import io.github.tsunagari.interchange.threesixtygiving.GivingSpreadsheet;
import io.github.tsunagari.interchange.threesixtygiving.MultipleSheetsException;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.tables.GrantTableWriter;
import io.github.tsunagari.tables.TableHeaders;
import io.github.tsunagari.tables.UnwritableCellException;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tsunagari convert FILE}: reads grant data in any format {@link GrantInput} reads, validates it as
 * {@code validate} does, and writes it as JSON, JSON Lines, CSV or XLSX to standard output or {@code -o FILE}; the
 * report goes to standard error, rendered as {@code validate} renders it ({@link Report}).
 *
 * <p>What is written: a stream's records without errors, as they are read (a record with errors is reported and not
 * written); a program only whole and without errors (its grants are checked together, against the program's stated
 * counts among others, so none is dropped from it). A program written as CSV or JSON Lines, which hold grants only,
 * loses its own facts: a note on standard error names them. A stream is written in bounded memory
 * ({@link GrantOutput}).
 * {@code -o FILE} is written to a temporary file beside it, which replaces it when done: a failed conversion leaves
 * {@code FILE} as it was.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Tsunagari.Version.class,
    description = {"Converts grant data between the published sheet, CSV, XLSX, JSON and JSON Lines, from 360Giving, "
        + "gBizINFO, the RS system and jGrants, and to 360Giving, validating it: the data to standard output or -o "
        + "FILE, the report (as validate prints it) to standard error.",
        "Nothing is dropped silently: a record with errors is reported and not written (the others are), a program "
            + "with errors is not written at all, and either makes the exit code 1. A program converted to csv or "
            + "jsonl, which hold grants only, loses its own facts (name, fiscal year, aims …): a note says which; "
            + "json and xlsx keep them."},
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no errors",
        "1:errors found: what had them was reported and not written",
        "2:the file could not be read or the output written, or the command was misused"})
final class Convert implements Callable<Integer> {
  /** The formats written, as {@code --to} names them ({@link #toString()}). */
  enum Target {
    json, jsonl, csv, xlsx,
    /** A 360Giving Data Standard package (JSON), of a program. */
    giving {
      @Override
      public String toString() {
        return "360giving";
      }
    };

    /** Reads {@code --to}: a format's name as {@link #toString()} says it, in any case. */
    static final class Converter extends Tsunagari.Labels<Target> {
      Converter() {
        super(Target.class);
      }
    }

    /**
     * The format a file's name says, by the names input is told by ({@link GrantInput.Format#byName}); JSON otherwise,
     * the published sheet's names included, as that layout is read, not written.
     */
    static Target byName(String file) {
      GrantInput.Format format = GrantInput.Format.byName(file);
      return format == GrantInput.Format.sheet ? json : valueOf(format.name());
    }
  }

  /** Why a list of grants is not written as 360Giving: a package is of a program. */
  private static final String GIVING_OF_A_PROGRAM = "360Giving is written from a program (a JSON program, XLSX "
      + "with a program sheet, the published sheet)";
  /** Why calls for applications are written as JSON only. */
  private static final String MENUS_AS_JSON = "calls for applications (--from jgrants) are read as the model's "
      + "menus, written as JSON only (--to json)";

  /**
   * The header rows of tables, as {@code --headers} names them: of grant tables, and of 360Giving's spreadsheets (null
   * where a kind of table has no such header).
   */
  enum Headers {
    paths(TableHeaders.PATHS, GivingSpreadsheet.Headers.PATHS), ja(TableHeaders.JAPANESE_TITLES, null),
    titles(null, GivingSpreadsheet.Headers.TITLES);

    final TableHeaders headers;
    final GivingSpreadsheet.Headers giving;

    Headers(TableHeaders headers, GivingSpreadsheet.Headers giving) {
      this.headers = headers;
      this.giving = giving;
    }
  }

  @Parameters(paramLabel = "FILE", arity = "1", description = "a JSON document (a grant program, or an array of "
      + "grants), JSON Lines, CSV, XLSX or the published sheet (tab-separated text); - for standard input")
  String file;

  @Mixin
  ReadingOptions reading = new ReadingOptions();

  @Option(names = "--to", paramLabel = "json|jsonl|csv|xlsx|360giving", converter = Target.Converter.class,
      description = "the format to write (default: told by the name of -o FILE, JSON otherwise); 360giving: a "
          + "360Giving package of a program, with --prefix and --funder")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write to FILE, replaced only when done, instead of standard output (never XLSX to a terminal)")
  String output;

  @Option(names = "--headers", paramLabel = "paths|ja|titles",
      description = "the header row of CSV and XLSX: paths (grantee/name; the default) or ja (団体名); of a 360Giving "
          + "spreadsheet (-o FILE.xlsx or .csv): paths (recipientOrganization/0/id) or titles (Recipient "
          + "Org:Identifier)")
  Headers headers = Headers.paths;

  @Mixin
  GivingOptions giving = new GivingOptions();

  @Option(names = "--encoding", paramLabel = "UTF-8|Windows-31J|Shift_JIS",
      converter = Tsunagari.EncodingConverter.class,
      description = "the encoding of CSV, read (default: detected; the report says which) and written (default: "
          + "UTF-8 with a byte order mark, as Excel opens it)")
  Charset encoding;

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final Tsunagari.Terminal terminal;

  Convert(InputStream stdin, PrintStream out, PrintStream err, Tsunagari.Terminal terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Target target = to != null ? to : output != null ? Target.byName(output) : Target.json;
    if (target == Target.xlsx && output == null && terminal.stdout()) {
      err.println("tsunagari: XLSX is binary and is not written to a terminal: give -o FILE, or redirect standard "
          + "output to a file");
      return Tsunagari.UNUSABLE;
    }
    // What the options alone decide is refused before the input is read, which may be long.
    GrantInput.Format format = reading.from != null ? reading.from : GrantInput.Format.byName(file);
    if (format == GrantInput.Format.jgrants && target != Target.json) {
      err.println("tsunagari: " + MENUS_AS_JSON);
      return Tsunagari.UNUSABLE;
    }
    if (target == Target.giving && (format.holdsGrantsOnly() || format == GrantInput.Format.jgrants)) {
      err.println("tsunagari: " + GIVING_OF_A_PROGRAM + ", and " + format + " holds none");
      return Tsunagari.UNUSABLE;
    }
    if ((target == Target.giving ? headers.giving : headers.headers) == null) {
      err.println("tsunagari: --headers " + headers + " is not a header of " + (target == Target.giving
          ? "360Giving's spreadsheets (paths or titles)" : "grant tables (paths or ja)"));
      return Tsunagari.UNUSABLE;
    }
    Optional<GivingExporter> exporter = Optional.empty();
    if (target == Target.giving) {
      try {
        exporter = Optional.of(giving.exporter());
      } catch (GivingOptions.Misuse e) {
        err.println("tsunagari: " + e.getMessage());
        return Tsunagari.UNUSABLE;
      }
    }
    Report report = reading.report(err, err);
    Destination destination;
    try {
      destination = new Destination();
    } catch (IOException | InvalidPathException e) {
      return report.unreadable(output, "cannot be written");
    }
    try (Destination d = destination; GrantInput input = GrantInput.open(file, stdin, reading.from)) {
      Progress progress = new Progress(err, input.bytes(), terminal.stderr() && !reading.quiet);
      Converting converting = new Converting(target, exporter, report, d);
      ToIntFunction<Severity> counts = input.read(GrantValidator.create(), reading.fiscalYear, encoding,
          reading.budgetProject(), progress, converting);
      if (converting.failed || !d.commit()) {
        return Tsunagari.UNUSABLE;
      }
      return counts.applyAsInt(Severity.ERROR) > 0 || converting.exportErrors ? Tsunagari.FINDINGS : Tsunagari.OK;
    } catch (GrantInput.Unreadable e) {
      return report.unreadable(file, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return report.unreadable(file, "cannot be read");
    } finally {
      err.flush();
    }
  }

  /** Reads, writes what may be written, and reports both. */
  private final class Converting implements GrantInput.Handler {
    private final Target target;
    private final Optional<GivingExporter> exporter;
    private final Report report;
    private final Destination destination;
    private final List<String> notes = new ArrayList<>();
    private GrantOutput sink;
    private Report.Stream stream;
    private long written;
    private long withheld;
    /** Whether the output could not be written: exit code 2. */
    boolean failed;
    /** Whether the export found facts missing that 360Giving requires: exit code 1. */
    boolean exportErrors;

    Converting(Target target, Optional<GivingExporter> exporter, Report report, Destination destination) {
      this.target = target;
      this.exporter = exporter;
      this.report = report;
      this.destination = destination;
    }

    private GrantTableWriter tableWriter() {
      GrantTableWriter writer = GrantTableWriter.create().withHeaders(headers.headers);
      return encoding == null ? writer : writer.withEncoding(encoding);
    }

    @Override
    public void program(ReadResult<GrantProgram> result) throws IOException {
      if (exporter.isPresent() && result.getValue().isPresent() && !result.getReport().hasErrors()) {
        GrantProgram program = result.getValue().get();
        report.document(file, result.getReport().merge(export(exporter.get().export(program),
            program.getGrants().size())), notes);
        return;
      }
      if (result.getValue().isPresent() && !result.getReport().hasErrors()) {
        GrantProgram program = result.getValue().get();
        if (target == Target.csv || target == Target.jsonl) {
          notes.add(lost(program));
        }
        write(() -> {
          OutputStream o = destination.open();
          switch (target) {
            case json:
              GrantJson.write(program, o);
              break;
            case jsonl:
              try (GrantOutput lines = GrantOutput.jsonLines(o)) {
                for (Grant g : program.getGrants()) {
                  lines.add(g);
                }
                lines.finish();
              }
              break;
            case csv:
              tableWriter().writeCsv(program.getGrants(), o);
              break;
            default:
              tableWriter().writeXlsx(program, o);
          }
          o.flush();
        });
      } else {
        notes.add("nothing written: a program is written only whole, and this one has errors");
      }
      report.document(file, result.getReport(), notes);
    }

    @Override
    public void menus(ReadResult<List<Menu>> result) throws IOException {
      if (result.getValue().isPresent() && !result.getReport().hasErrors()) {
        write(() -> GrantJson.write(result.getValue().get(), destination.open()));
        notes.add("a call's target area and acceptance period are not part of the model's menu and are not written");
      } else {
        notes.add("nothing written: the calls are written only all together, and these have errors");
      }
      report.document(file, result.getReport(), notes);
    }

    /**
     * Writes a 360Giving package: whole, or only where every grant has what 360Giving requires; with
     * {@code --complete-grants-only}, the grants that lack nothing. Returns the export's findings.
     */
    private ValidationReport export(GivingExport export, int grants) {
      Optional<GivingSpreadsheet> spreadsheet = Optional.ofNullable(output).map(name -> {
        GivingSpreadsheet.Format format = switch (Target.byName(name)) {
          case xlsx -> GivingSpreadsheet.Format.XLSX;
          case csv -> GivingSpreadsheet.Format.CSV;
          default -> null;
        };
        return format == null ? null : GivingSpreadsheet.of(format, headers.giving);
      });
      if (export.isComplete()) {
        writePackage(() -> {
          if (spreadsheet.isPresent()) {
            export.writeTo(destination.open(), spreadsheet.get());
          } else {
            export.writeTo(destination.open());
          }
        });
        return export.getReport();
      }
      exportErrors = true;
      if (!giving.completeGrantsOnly) {
        notes.add("nothing written: 360Giving requires facts that " + export.getReport().getErrorCount()
            + " findings say the data lacks; --complete-grants-only writes the grants that lack nothing");
        return export.getReport();
      }
      if (export.getCompleteGrants().isEmpty()) {
        notes.add("nothing written: no grant has every fact 360Giving requires");
        return export.getReport();
      }
      ValidationReport[] written = {export.getReport()};
      writePackage(() -> written[0] = spreadsheet.isPresent()
          ? export.writeCompleteGrantsTo(destination.open(), spreadsheet.get())
          : export.writeCompleteGrantsTo(destination.open()));
      notes.add(export.getCompleteGrants().size() + " of " + grants
          + " grants written: those that lack nothing 360Giving requires");
      return written[0];
    }

    /** Writes a package; a CSV file, which holds one sheet, is refused for one that needs several. */
    private void writePackage(Writing writing) {
      write(() -> {
        try {
          writing.write();
        } catch (MultipleSheetsException e) {
          fail("a CSV file holds one sheet, and this package needs the sheets " + String.join(", ",
              e.getSheetNames()) + "; write it as XLSX (-o FILE.xlsx) or JSON");
        }
      });
    }

    /** The note that a program's own facts are not written, naming those it has. */
    private String lost(GrantProgram program) {
      JsonNode canonical = GrantJson.newMapper().valueToTree(program);
      List<String> facts = new ArrayList<>();
      for (Iterator<String> names = canonical.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("grants")) {
          facts.add(name);
        }
      }
      return "the program's own facts (" + String.join(", ", facts) + ") are not written: " + target
          + " holds grants only; convert --to json or --to xlsx to keep them";
    }

    @Override
    public Consumer<GrantRecord> stream() throws IOException {
      stream = report.stream(file);
      if (exporter.isPresent()) {
        // A package is of a program (its name, fiscal year and identifiers): a list of grants has none.
        failed = true;
        notes.add("nothing written: " + GIVING_OF_A_PROGRAM + ", and this is a list of grants");
        return record -> record.getReport().getFindings().forEach(stream::finding);
      }
      write(() -> {
        OutputStream o = destination.open();
        switch (target) {
          case json:
            sink = GrantOutput.jsonArray(o);
            break;
          case jsonl:
            sink = GrantOutput.jsonLines(o);
            break;
          default:
            sink = GrantOutput.table(tableWriter(), target == Target.xlsx, o);
        }
      });
      return record -> {
        List<Finding> findings = record.getReport().getFindings();
        for (int k = 0; k < findings.size(); k++) { // no iterator for the many records without findings
          stream.finding(findings.get(k));
        }
        if (record.getGrant().isEmpty() || record.getReport().hasErrors()) {
          withheld++;
        } else if (!failed) {
          written++;
          write(() -> sink.add(record.getGrant().get()));
        }
      };
    }

    @Override
    public void end(StreamSummary summary) throws IOException {
      if (!failed && sink != null) {
        write(sink::finish);
      }
      if (withheld > 0) {
        notes.add(withheld + (withheld == 1 ? " record" : " records") + " with errors not written, "
            + written + " written");
      }
      try (Report.Stream s = stream; GrantOutput closing = sink) {
        s.end(summary, notes);
      }
    }

    /** Writes; a failure to write is a note and exit code 2, not an exception through the reader. */
    private void write(Writing writing) {
      if (failed) {
        return;
      }
      try {
        writing.write();
      } catch (UnwritableCellException e) {
        fail(Finding.escape(e.getMessage()));
      } catch (IOException | UncheckedIOException e) {
        fail("the output cannot be written");
      }
    }

    private void fail(String why) {
      failed = true;
      notes.add("not written" + (destination.file == null ? " whole: standard output is incomplete" : "") + ": "
          + why);
    }
  }

  @FunctionalInterface
  private interface Writing {
    void write() throws IOException;
  }

  /**
   * Standard output, or {@code -o FILE}: a temporary file beside it, opened when first written, which replaces it on
   * {@link #commit()} and is deleted otherwise.
   */
  private final class Destination implements AutoCloseable {
    final Path file;
    private Path temporary;
    private OutputStream stream;

    Destination() throws IOException {
      file = output == null ? null : Path.of(output).toAbsolutePath();
      if (file != null && (Files.isDirectory(file) || !Files.isDirectory(file.getParent()))) {
        throw new IOException("cannot be written");
      }
    }

    OutputStream open() throws IOException {
      if (stream == null) {
        if (file == null) {
          stream = new NotClosing(out);
        } else {
          // Not Files.createTempFile, whose file only its owner may read: this one has a new file's permissions.
          temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
          stream = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE), 1 << 16);
        }
      }
      return stream;
    }

    /**
     * Ends the output: flushes standard output, or moves the file into place.
     *
     * @return false, said on standard error, where it cannot be
     */
    boolean commit() {
      if (stream == null) {
        return true;
      }
      try {
        stream.close();
        if (temporary != null) {
          try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
          }
          temporary = null;
        }
        if (!out.checkError()) {
          return true;
        }
      } catch (IOException e) {
        // said below
      }
      err.println("tsunagari: " + Finding.escape(file == null ? "standard output" : output) + ": cannot be written");
      return false;
    }

    @Override
    public void close() throws IOException {
      if (temporary != null) {
        try {
          stream.close();
        } finally {
          Files.deleteIfExists(temporary);
        }
      }
    }
  }

  /** Standard output for the writers, which close nothing they are given, and for this command, which closes it. */
  private static final class NotClosing extends java.io.FilterOutputStream {
    NotClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
