package io.github.tsunagari.cli;

import io.github.tsunagari.interchange.gbizinfo.GBizInfo;
import io.github.tsunagari.interchange.gbizinfo.GBizInfoImporter;
import io.github.tsunagari.interchange.jgrants.JGrants;
import io.github.tsunagari.interchange.jgrants.JGrantsCall;
import io.github.tsunagari.interchange.rs.RsImporter;
import io.github.tsunagari.interchange.threesixtygiving.GivingReader;
import io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.tables.GrantTableReader;
import io.github.tsunagari.tables.PublishedSheet;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

/**
 * One input of grant data, in any format the commands read, read and validated: a program document read whole (the
 * published sheet, a JSON program, a workbook with a program sheet), or a stream of grants read record by record (a
 * JSON array, JSON Lines, CSV, a workbook of grants only). Standard input ({@code -}) is read as a file is, a workbook
 * after it is copied to a temporary file (a zip's directory is at its end), deleted on {@link #close()}.
 */
final class GrantInput implements Closeable {
  /** The formats read, as {@code --from} names them ({@link #toString()}). */
  enum Format {
    sheet, csv, xlsx, json, jsonl,
    /** A 360Giving package (JSON): its grants, streamed. */
    giving {
      @Override
      public String toString() {
        return "360giving";
      }
    },
    /** gBizINFO's subsidy records: its API's JSON or its bulk CSV. */
    gbizinfo,
    /** The RS system's spending table (5-1), in its ZIP or bare, of one budget project ({@code --budget-project}). */
    rs,
    /** jGrants calls, as its API returns them: the model's menus. */
    jgrants;

    /** Whether the format holds grants only, never a program's own facts. */
    boolean holdsGrantsOnly() {
      return this == csv || this == jsonl || this == giving || this == gbizinfo;
    }

    /** Reads {@code --from}. */
    static final class Converter extends Tsunagari.Labels<Format> {
      Converter() {
        super(Format.class);
      }
    }

    /**
     * The format a file's name says: {@code .csv}, {@code .xlsx}, {@code .jsonl} or {@code .ndjson}, {@code .txt} or
     * {@code .tsv} (the published sheet); JSON otherwise, standard input included.
     */
    static Format byName(String file) {
      String name = file.toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return csv;
      } else if (name.endsWith(".xlsx")) {
        return xlsx;
      } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return jsonl;
      } else if (name.endsWith(".txt") || name.endsWith(".tsv")) {
        return sheet;
      }
      return json;
    }
  }

  /**
   * What reading hands over: a program read whole, a stream's records as they come, then its summary, or the menus of
   * calls for applications.
   */
  interface Handler {
    /** A program document, read whole. */
    void program(ReadResult<GrantProgram> result) throws IOException;

    /** Calls for applications (jGrants), read whole: the model's menus. */
    void menus(ReadResult<List<Menu>> result) throws IOException;

    /** A stream starts: the consumer of its records, in order. */
    Consumer<GrantRecord> stream() throws IOException;

    /** The stream has ended (after its last record and the progress). */
    void end(StreamSummary summary) throws IOException;
  }

  /** The file cannot be opened; {@code why} is said to the user. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  private final Format format;
  private final Path path;
  private final Progress.Counting in;
  private Path spooled;

  private GrantInput(Format format, Path path, Progress.Counting in) {
    this.format = format;
    this.path = path;
    this.in = in;
  }

  /**
   * Opens an input.
   *
   * @param file the file's name, or {@code -} for standard input
   * @param stdin standard input
   * @param format the format, or null for the one its name says
   */
  static GrantInput open(String file, InputStream stdin, Format format) throws Unreadable {
    Format f = format != null ? format : Format.byName(file);
    if (file.equals("-")) {
      return new GrantInput(f, null, new Progress.Counting(new BufferedInputStream(stdin, 1 << 16)));
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new Unreadable("no such file");
    }
    if (Files.isDirectory(path)) {
      throw new Unreadable("is a directory");
    }
    if (f == Format.xlsx) { // read from its file, a part at a time
      if (!Files.isRegularFile(path)) {
        throw new Unreadable(Files.exists(path) ? "cannot be read" : "no such file");
      }
      return new GrantInput(f, path, null);
    }
    try {
      return new GrantInput(f, path, new Progress.Counting(new BufferedInputStream(Files.newInputStream(path),
          1 << 16)));
    } catch (NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("cannot be read");
    }
  }

  Format format() {
    return format;
  }

  /** The bytes read so far, for progress; null where they are not counted (a workbook). */
  LongSupplier bytes() {
    return in == null ? null : () -> in.bytes;
  }

  /**
   * Reads and validates the input, handing over what it reads.
   *
   * @param validator the validator
   * @param fiscalYear the fiscal year of a stream's grants, or null; a program has its own
   * @param encoding the encoding of CSV, or null to detect it
   * @param budgetProject the budget project (予算事業) an RS table is read for, or null
   * @param progress told of every record of a stream
   * @param handler receives the program, or the stream's records and summary
   * @return the count of each severity
   * @throws IOException if the input cannot be read, or the handler fails
   * @throws Unreadable if the input needs an option not given
   */
  ToIntFunction<Severity> read(GrantValidator validator, FiscalYear fiscalYear, Charset encoding,
      ReadingOptions.BudgetProject budgetProject, Progress progress, Handler handler) throws IOException, Unreadable {
    switch (format) {
      case giving: {
        GivingReader reader = ThreeSixtyGiving.reader().withValidator(validator);
        GivingReader read = fiscalYear == null ? reader : reader.withFiscalYear(fiscalYear);
        return stream(each -> read.read(in, each), progress, handler);
      }
      case gbizinfo: {
        GBizInfoImporter importer = GBizInfo.importer().withValidator(validator);
        // Streamed, a row (or a corporation) at a time: the bulk CSV is the whole of Japan's subsidies.
        return stream(each -> firstByte(in) == '{' ? importer.readJson(in, each)
            : encoding == null ? importer.readCsv(in, each) : importer.readCsv(in, encoding, each), progress, handler);
      }
      case rs: {
        if (budgetProject != null && budgetProject.namedTwice()) {
          throw new Unreadable("the RS system's table is read for one budget project (予算事業): give "
              + "--budget-project ID or --budget-project-name NAME, not both");
        }
        if (budgetProject == null) {
          throw new Unreadable("the RS system's table is read for one budget project (予算事業): give "
              + "--budget-project ID or --budget-project-name NAME");
        }
        RsImporter project = budgetProject.select();
        return program(startsWith(in, ZIP) ? project.readZip(in) : project.readCsv(in), handler);
      }
      case jgrants: {
        ReadResult<List<JGrantsCall>> calls = JGrants.reader().withValidator(validator).readCalls(in);
        ReadResult<List<Menu>> menus = ReadResult.of(calls.getValue().map(c -> c.stream().map(JGrantsCall::getMenu)
            .collect(Collectors.toUnmodifiableList())), calls.getReport());
        handler.menus(menus);
        return menus.getReport()::count;
      }
      case sheet:
        return program(sheet(validator), handler);
      case json:
        if (firstByte(in) != '[') {
          return program(GrantJsonReader.validating(validator).readProgram(in), handler);
        }
        return stream(each -> jsonReader(validator, fiscalYear).readArray(in, each), progress, handler);
      case jsonl:
        return stream(each -> jsonReader(validator, fiscalYear).readJsonLines(in, each), progress, handler);
      case csv:
        return stream(each -> tableReader(validator, fiscalYear, encoding).readCsv(in, each), progress, handler);
      default:
        Path workbook = workbook();
        if (GrantTableReader.holdsProgram(workbook)) {
          return program(GrantTableReader.create(validator).readXlsxProgram(workbook), handler);
        }
        return stream(each -> tableReader(validator, fiscalYear, encoding).readXlsx(workbook, each), progress,
            handler);
    }
  }

  private ReadResult<GrantProgram> sheet(GrantValidator validator) throws IOException {
    try {
      return PublishedSheet.read(in, validator);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static ToIntFunction<Severity> program(ReadResult<GrantProgram> result, Handler handler) throws IOException {
    handler.program(result);
    return result.getReport()::count;
  }

  /** Reads a stream, the records handed over as they are read. */
  @FunctionalInterface
  private interface Streaming {
    StreamSummary read(Consumer<GrantRecord> each) throws IOException;
  }

  private static ToIntFunction<Severity> stream(Streaming reading, Progress progress, Handler handler)
      throws IOException {
    Consumer<GrantRecord> each = handler.stream();
    StreamSummary summary = reading.read(record -> {
      each.accept(record);
      progress.record();
    });
    progress.done();
    handler.end(summary);
    return summary::count;
  }

  private static GrantStreamReader jsonReader(GrantValidator validator, FiscalYear fiscalYear) {
    GrantStreamReader reader = GrantStreamReader.create(validator);
    if (Runtime.getRuntime().availableProcessors() > 1) { // read on a thread of its own while this one validates
      reader = reader.withReadAhead(reading -> {
        Thread t = new Thread(reading, "tsunagari-reader");
        t.setDaemon(true);
        t.start();
      });
    }
    return fiscalYear == null ? reader : reader.withFiscalYear(fiscalYear);
  }

  private static GrantTableReader tableReader(GrantValidator validator, FiscalYear fiscalYear, Charset encoding) {
    GrantTableReader reader = GrantTableReader.create(validator);
    if (fiscalYear != null) {
      reader = reader.withFiscalYear(fiscalYear);
    }
    return encoding == null ? reader : reader.withEncoding(encoding);
  }

  /** The workbook's file: the one given, or standard input copied to a temporary file. */
  private Path workbook() throws IOException {
    if (path != null) {
      return path;
    }
    spooled = Files.createTempFile("tsunagari-", ".xlsx");
    Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
    return spooled;
  }

  /** The first bytes of a ZIP file: a local file header. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** Whether the stream starts with these bytes; it is reset to where it was. */
  private static boolean startsWith(InputStream in, byte[] start) throws IOException {
    in.mark(start.length);
    try {
      return java.util.Arrays.equals(in.readNBytes(start.length), start);
    } finally {
      in.reset();
    }
  }

  /** The first byte that is not white space or a byte order mark; the stream is reset to where it was. */
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

  @Override
  public void close() throws IOException {
    try {
      if (in != null) {
        in.close();
      }
    } finally {
      if (spooled != null) {
        Files.deleteIfExists(spooled);
      }
    }
  }
}
