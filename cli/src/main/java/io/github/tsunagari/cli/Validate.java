package io.github.tsunagari.cli;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tsunagari validate FILE…}: reads each file, validates it and prints its findings, then a summary.
 *
 * <p>Every format {@link GrantInput} reads: a program document (the published sheet, a JSON program, a workbook with a
 * program sheet) is read whole; an array of grants, JSON Lines, CSV and a workbook of grants are streamed one record at
 * a time (JSON read on a second thread where there are two cores), with progress on standard error when it is a
 * terminal. For streams the summary line comes after the findings, since the findings are printed as they are found.
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
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "a JSON document (a grant program, or an array of "
      + "grants), JSON Lines, CSV, XLSX or the published sheet (tab-separated text); - for standard input")
  List<String> files;

  @Mixin
  ReadingOptions reading = new ReadingOptions();

  @Option(names = "--encoding", paramLabel = "UTF-8|Windows-31J|Shift_JIS",
      converter = Tsunagari.EncodingConverter.class,
      description = "the encoding of CSV (default: detected); the report says which was read")
  Charset encoding;

  @Option(names = "--jsonl", description = "read standard input (and files of any name) as JSON Lines (as --from jsonl)")
  boolean jsonLines;

  @Option(names = "--strict", description = "warnings also make the exit code 1")
  boolean strict;

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  Validate(InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    GrantValidator validator = GrantValidator.create();
    Report report = reading.report(out, err);
    int exit = Tsunagari.OK;
    boolean array = reading.json() && files.size() > 1; // several reports in JSON form make one JSON array
    if (array) {
      out.print("[");
    }
    for (int i = 0; i < files.size(); i++) {
      if (array) {
        out.println(i == 0 ? "" : ",");
      }
      exit = Math.max(exit, validate(files.get(i), validator, report));
    }
    if (array) {
      out.println();
      out.println("]");
    }
    out.flush();
    return exit;
  }

  private int validate(String file, GrantValidator validator, Report report) {
    GrantInput.Format format = reading.from != null ? reading.from : jsonLines ? GrantInput.Format.jsonl : null;
    try (GrantInput input = GrantInput.open(file, stdin, format)) {
      Progress progress = new Progress(err, input.bytes(), terminal && !reading.quiet);
      ToIntFunction<Severity> counts = input.read(validator, reading.fiscalYear, encoding, reading.budgetProject(),
          progress, new Printing(file, report));
      if (counts.applyAsInt(Severity.ERROR) > 0 || strict && counts.applyAsInt(Severity.WARNING) > 0) {
        return Tsunagari.FINDINGS;
      }
      return Tsunagari.OK;
    } catch (GrantInput.Unreadable e) {
      return report.unreadable(file, e.getMessage());
    } catch (IOException e) {
      return report.unreadable(file, "cannot be read");
    }
  }

  /** Prints the report of one input as it is read. */
  private static final class Printing implements GrantInput.Handler {
    private final String file;
    private final Report report;
    private Report.Stream stream;

    Printing(String file, Report report) {
      this.file = file;
      this.report = report;
    }

    @Override
    public void program(ReadResult<GrantProgram> result) throws IOException {
      report.document(file, result.getReport(), List.of());
    }

    @Override
    public void menus(ReadResult<List<Menu>> result) throws IOException {
      report.document(file, result.getReport(), List.of());
    }

    @Override
    public Consumer<GrantRecord> stream() throws IOException {
      stream = report.stream(file);
      return record -> {
        List<Finding> findings = record.getReport().getFindings();
        for (int k = 0; k < findings.size(); k++) { // no iterator for the many records without findings
          stream.finding(findings.get(k));
        }
      };
    }

    @Override
    public void end(StreamSummary summary) throws IOException {
      try (Report.Stream s = stream) {
        s.end(summary, List.of());
      }
    }
  }
}
