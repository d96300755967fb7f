package io.github.tsunagari.internal.read;

import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Tokens.Token;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SpreadsheetValue;
import io.github.tsunagari.validation.SyntaxError;
import io.github.tsunagari.validation.ValidationReport;
import io.github.tsunagari.validation.ValueShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads and validates streams of grants one record at a time, for every format and binding: a JSON array of grants,
 * JSON Lines, whose framing (lines of bytes, blank lines, a byte-order mark on the first) is the same whatever parses
 * the lines, and the rows of a table. One record is held at a time. Not part of the API; a reading of streams is
 * immutable and thread-safe, and each read is one stream.
 */
public final class GrantStreams {
  private final JsonBinding binding;
  private final GrantValidator validator;
  private final Optional<FiscalYear> fiscalYear;
  private final Optional<Executor> readAhead;

  /**
   * A reading of streams.
   *
   * @param binding the binding whose parser reads JSON records (none is needed for tables)
   * @param validator validates every record
   * @param fiscalYear the program's fiscal year, if the records' dates are checked against it
   * @param readAhead the executor that reads ahead, if any
   */
  public GrantStreams(JsonBinding binding, GrantValidator validator, Optional<FiscalYear> fiscalYear,
      Optional<Executor> readAhead) {
    this.binding = binding;
    this.validator = Objects.requireNonNull(validator, "validator");
    this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
    this.readAhead = Objects.requireNonNull(readAhead, "readAhead");
  }

  /** Validates each record as it comes and hands it on, counting. */
  private ReadAhead.Records validating(Consumer<GrantRecord> each, Tally tally) {
    GrantStreamValidator stream = fiscalYear.map(validator::openStream).orElseGet(validator::openStream);
    return (grant, problems) -> {
      GrantRecord record = record(stream, grant, problems);
      tally.add(record);
      each.accept(record);
    };
  }

  private static GrantRecord record(GrantStreamValidator stream, Optional<Grant> grant, List<Finding> problems) {
    int index = stream.getCount();
    ValidationReport read = ValidationReport.of(problems);
    if (read.hasErrors() || grant.isEmpty()) {
      stream.skip();
      return GrantRecord.of(index, Optional.empty(), read);
    }
    // What reading noticed without an error (an area's label, a value as Excel stored it) goes with the rules'.
    return GrantRecord.of(index, grant, read.merge(stream.validate(grant.get())));
  }

  /**
   * Reads a JSON array of grants.
   *
   * @param json the stream, not closed
   * @param each receives every record, in order
   * @return the counts, and the problems that belong to no single record
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readArray(InputStream json, Consumer<GrantRecord> each) throws IOException {
    Objects.requireNonNull(binding, "a JSON binding");
    Tally tally = new Tally();
    ReadAhead.Records validating = validating(each, tally);
    if (readAhead.isEmpty()) {
      return tally.summary(readArray(json, validating));
    }
    return tally.summary(ReadAhead.run(readAhead.get(),
        items -> readArray(json, (grant, problems) -> items.accept(new ReadAhead.Read(grant, problems))),
        validating));
  }

  /** Reads the records of an array into {@code out}; returns the problems of the array itself. */
  private ValidationReport readArray(InputStream json, ReadAhead.Records out) throws IOException {
    List<Finding> streamProblems = new ArrayList<>();
    List<Finding> current = null; // the problems of the record being read, if one is
    int index = 0; // of the record being read
    try (JsonTokens tokens = binding.tokens(JsonInput.of(json, -1))) {
      Token first = tokens.next();
      if (first != Token.START_ARRAY) {
        streamProblems.add(first == null
            ? ReadingFindings.syntax("", tokens.here(), SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.NO_VALUE))
            : ReadingFindings.wrongType("", tokens.location(), FormReader.valueOf(tokens),
                ValueShape.LIST, FormReader.shapeOf(first)));
        return ValidationReport.of(streamProblems);
      }
      while (tokens.next() != Token.END_ARRAY) {
        current = new ArrayList<>();
        Optional<Grant> grant;
        tokens.boundRecord(ReadingLimits.MAX_RECORD_LENGTH);
        try {
          grant = new FormReader(tokens, current).read(Forms.GRANT);
        } catch (FormReader.Stop stop) {
          if (!stop.isOverBound()) {
            throw stop; // malformed: the array cannot be read on
          }
          // A record over a limit cannot be skipped token by token without reading it: the array ends here, and the
          // stream says so, so that the records after it are not lost without a word.
          current.add(stop.finding());
          out.add(Optional.empty(), current);
          streamProblems.add(ReadingFindings.limit("/" + index, stop.finding().getLocation().orElse(null),
              ReadingLimit.RECORDS_AFTER));
          return ValidationReport.of(streamProblems);
        }
        tokens.boundRecord(0); // what follows a record is no longer its own
        out.add(grant, current);
        current = null;
        index++;
      }
      if (tokens.next() != null) {
        streamProblems.add(ReadingFindings.syntax("", tokens.location(), SyntaxError.of(JsonSyntax.FORMAT,
            SyntaxError.Kind.CONTENT_AFTER_VALUE)));
      }
    } catch (FormReader.Stop broken) {
      if (current != null) {
        // The array broke inside a record: the record keeps what was found in it and why it broke, and counts as a
        // record that was not read. Nothing after it can be read.
        current.add(broken.finding());
        out.add(Optional.empty(), current);
      } else {
        streamProblems.add(broken.finding());
      }
    }
    return ValidationReport.of(streamProblems);
  }

  /**
   * Reads a table of grants, one grant per row, as its reader gives its rows: the header row names each column by its
   * path into a grant, as flatten-tool names 360Giving's columns ({@code grantee/name}, {@code project/title},
   * {@code project/activities/0/kind}); every other row is a record, a blank row none. Every finding of a record is
   * placed at its cell (sheet, row, column and header); a column the form does not define, or one named twice, is a
   * problem of the table, once, at its header, and its cells are not read.
   *
   * @param rows the rows; not closed
   * @param each receives every record, in order
   * @return the counts, and the problems of the table itself (its header)
   * @throws IOException if the table cannot be read
   */
  public StreamSummary readTable(RowSource rows, Consumer<GrantRecord> each) throws IOException {
    Tally tally = new Tally();
    Tables.Locator[] row = {null};
    ReadAhead.Records out = validating(record -> each.accept(located(record, row[0])), tally);
    List<Finding> problems = Tables.readRows(rows, Forms.GRANT, i -> "/" + i, (grant, found, locator) -> {
      row[0] = locator; // records are made and handed over on this thread, one at a time
      out.add(grant, found);
    });
    return tally.summary(ValidationReport.of(problems));
  }

  /** A rule's finding of a program read from tables, placed at its grant's row, or else the facts' row. */
  private static Finding locate(Finding f, Tables.Locator facts, List<Tables.Locator> rows) {
    String path = f.getPath();
    if (path.startsWith("/grants/")) {
      int end = path.indexOf('/', "/grants/".length());
      String number = path.substring("/grants/".length(), end < 0 ? path.length() : end);
      if (RowTokens.isIndex(number) && Integer.parseInt(number) < rows.size()) {
        String base = "/grants/" + number;
        return rows.get(Integer.parseInt(number)).locate(f, base);
      }
    }
    return facts == null || path.startsWith("/grants") ? f : facts.locate(f, "");
  }

  /** A record whose findings the rules made (which name paths only) placed at their row's cells. */
  private static GrantRecord located(GrantRecord record, Tables.Locator row) {
    List<Finding> findings = record.getReport().getFindings();
    List<Finding> placed = new ArrayList<>(findings.size());
    boolean moved = false;
    for (Finding f : findings) {
      Finding at = row.locate(f, "/" + record.getIndex());
      moved |= at != f;
      placed.add(at);
    }
    return moved ? GrantRecord.of(record.getIndex(), record.getGrant(), ValidationReport.of(placed)) : record;
  }

  /**
   * Reads a program from two tables: a sheet of its own facts (a header row, then one row) and a sheet of its grants,
   * one per row, read as {@link #readTable} reads them; validates the program with every rule where it can be built.
   *
   * @param program the rows of the program's sheet; not closed
   * @param grants the rows of the grants' sheet; not closed
   * @return the program, where it and all its grants could be read, and one report: the findings of the grants'
   *     sheet at {@code /grants/i/…}, each at its cell
   * @throws IOException if a table cannot be read
   */
  public ReadResult<GrantProgram> readTableProgram(RowSource program, RowSource grants) throws IOException {
    List<Finding> problems = new ArrayList<>();
    List<Optional<GrantProgram>> facts = new ArrayList<>();
    // The program's one row is the program itself: its findings' paths start at the program (/name).
    SourceLocation[] secondRow = {null};
    Tables.Locator[] factsRow = {null};
    problems.addAll(Tables.readRows(program, Forms.PROGRAM, i -> "", (read, found, row) -> {
      facts.add(read);
      if (facts.size() == 1) {
        problems.addAll(found);
        factsRow[0] = row;
      } else if (secondRow[0] == null) {
        secondRow[0] = row.row();
      }
    }));
    if (facts.size() > 1) {
      // More than one row of facts: the first is read; the others are said, at the first of them, not dropped silently.
      problems.add(ReadingFindings.duplicateProperty("", secondRow[0], Forms.PROGRAM.name()));
    }
    List<Grant> readable = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    int[] listed = {0};
    List<Tables.Locator> rows = new ArrayList<>();
    for (Finding f : Tables.readRows(grants, Forms.GRANT, i -> "/" + i, (grant, found, row) -> {
      for (Finding f : found) {
        problems.add(f.withPathPrefix("/grants"));
      }
      if (grant.isPresent()) {
        readable.add(grant.get());
        index.add(listed[0]);
      }
      rows.add(row); // its header and number: a program's rows are in memory anyway
      listed[0]++;
    })) {
      problems.add(f.getPath().isEmpty() ? f : f.withPathPrefix("/grants"));
    }
    List<Finding> once = new ArrayList<>(new java.util.LinkedHashSet<>(problems)); // a workbook's problem is each sheet's
    problems.clear();
    problems.addAll(once);
    boolean unreadable = ValidationReport.of(problems).hasErrors() || readable.size() < listed[0];
    if (facts.isEmpty() || facts.get(0).isEmpty()) {
      return ReadResult.of(Optional.empty(), ValidationReport.of(problems));
    }
    GrantProgram built;
    try {
      built = GrantProgram.builder().from(facts.get(0).get()).grants(readable).build();
    } catch (InvalidValueException e) {
      problems.add(ReadingFindings.invalidObject("", null, e));
      return ReadResult.of(Optional.empty(), ValidationReport.of(problems));
    }
    int[] at = index.stream().mapToInt(Integer::intValue).toArray();
    List<Finding> rules = new ArrayList<>();
    for (Finding f : validator.validateReadable(built, at, listed[0]).getFindings()) {
      rules.add(locate(f, factsRow[0], rows));
    }
    ValidationReport report = ValidationReport.of(problems).merge(ValidationReport.of(rules));
    return ReadResult.of(unreadable ? Optional.empty() : Optional.of(built), report);
  }

  /**
   * Reads JSON Lines: one grant per line, lines separated by {@code \n} (a {@code \r} before it is allowed). Blank
   * lines are passed over.
   *
   * @param jsonLines the stream, UTF-8; not closed
   * @param each receives every record, in order
   * @return the counts; JSON Lines has no problems outside its records
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readJsonLines(InputStream jsonLines, Consumer<GrantRecord> each) throws IOException {
    Objects.requireNonNull(binding, "a JSON binding");
    Tally tally = new Tally();
    ReadAhead.Records validating = validating(each, tally);
    if (readAhead.isEmpty()) {
      JsonLines.split(jsonLines, line -> parse(line, validating));
      return tally.summary(ValidationReport.empty());
    }
    // Lines are split on the reading thread; each is parsed by whichever thread comes to it first.
    return tally.summary(ReadAhead.run(readAhead.get(), lines -> {
      JsonLines.split(jsonLines, line -> lines.accept(line.copy()));
      return ValidationReport.empty();
    }, this::parse, validating));
  }

  /** Reads the record of one line. */
  private void parse(JsonLines.Line line, ReadAhead.Records out) {
    List<Finding> problems = new ArrayList<>();
    Optional<Grant> grant = Optional.empty();
    String path = "/" + line.index();
    if (line.tooLong()) {
      problems.add(ReadingFindings.limit(path, SourceLocation.of(line.number(), 1), ReadingLimit.LINE_LENGTH,
          ReadingLimits.MAX_LINE_LENGTH));
    } else if (Utf8.otherEncoding(line.bytes(), line.offset(), line.length()).isPresent()) {
      // JSON Lines is UTF-8 only: bytes that look like UTF-16 or UTF-32 are not UTF-8.
      problems.add(ReadingFindings.syntax(path, SourceLocation.of(line.number(), 1), SyntaxError.of(
          JsonSyntax.FORMAT, SyntaxError.Kind.NOT_UTF8)));
    } else {
      try (JsonTokens tokens = binding.tokens(line.bytes(), line.offset(), line.length(), path, line.number() - 1)) {
        Documents.Outcome<Grant> outcome = Documents.read(tokens, r -> r.read(Forms.GRANT));
        grant = outcome.value();
        problems.addAll(outcome.problems());
      } catch (FormReader.Stop stop) {
        problems.add(stop.finding());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a parser of bytes in memory reads nothing
      }
    }
    out.add(grant, problems);
  }
}
