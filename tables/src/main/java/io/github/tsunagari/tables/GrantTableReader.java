package io.github.tsunagari.tables;

import io.github.tsunagari.tables.internal.CsvRows;
import io.github.tsunagari.tables.internal.XlsxWorkbook;
import io.github.tsunagari.internal.read.GrantLists;
import io.github.tsunagari.internal.read.GrantStreams;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and validates tables of grants (交付団体一覧): a row per grant, its header row naming the columns by the
 * paths of the canonical form as flatten-tool writes them ({@code grantee/name}, {@code project/serviceArea/text},
 * {@code project/activities/0/kind}) or by their Japanese titles ({@code 番号}, {@code 団体名}, {@code 事業名},
 * {@code 概要}, {@code 事業区域}), either or both.
 *
 * <pre>{@code
 * GrantTableReader reader = GrantTableReader.create(GrantValidator.create());
 * StreamSummary summary = reader.readCsv(in, record -> {
 *   record.getGrant().ifPresent(grants::add);
 *   System.out.print(record.getReport().toText(Locale.JAPANESE));
 * });
 * }</pre>
 *
 * <p><b>As lists write them.</b> A column may hold a fact as published lists write it, and the reader derives its
 * parts with the model's own readers: 「団体名」 with the legal form and head office in it
 * ({@code NPO法人サービスグラント（東京都）}) where the table has no column of the grantee's legal form or kind,
 * 「事業区域」 as free text (kept as written), an amount with its unit ({@code 600万円}). A part the table gives in a
 * column of its own is read from there; what cannot be derived is reported at its cell, never guessed.
 *
 * <p><b>Findings.</b> Every finding of a row names its cell (sheet, row, column letter, header), with a path from the
 * row's index ({@code /3/project/title}); every problem of a row is reported at once, and a row with an error is
 * reported and not given as a grant (a row with only warnings or notes of reading is given, with them in its report). A column no place of the form has, or named twice, is reported once at its header. The
 * encoding of a CSV file is always said ({@code read.encoding}, INFO).
 *
 * <p><b>Memory.</b> One row is held at a time and handed over before the next is read; a record may hold at most
 * {@value io.github.tsunagari.read.ReadingLimits#MAX_RECORD_LENGTH} characters, a cell
 * {@value io.github.tsunagari.read.ReadingLimits#MAX_STRING_LENGTH}. A reader is immutable and thread-safe; each read is
 * one stream.
 */
public final class GrantTableReader {
  private final GrantValidator validator;
  private final Optional<FiscalYear> fiscalYear;
  private final Optional<Charset> encoding;

  private GrantTableReader(GrantValidator validator, Optional<FiscalYear> fiscalYear, Optional<Charset> encoding) {
    this.validator = validator;
    this.fiscalYear = fiscalYear;
    this.encoding = encoding;
  }

  /**
   * A reader that validates every row with the given validator; the encoding of CSV is detected.
   *
   * @param validator the validator
   * @return the reader
   */
  public static GrantTableReader create(GrantValidator validator) {
    return new GrantTableReader(Objects.requireNonNull(validator, "validator"), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a reader that checks grant and project dates against the program's fiscal year.
   *
   * @param fiscalYear the fiscal year of the grants' program
   * @return a new reader
   */
  public GrantTableReader withFiscalYear(FiscalYear fiscalYear) {
    return new GrantTableReader(validator, Optional.of(Objects.requireNonNull(fiscalYear, "fiscalYear")), encoding);
  }

  /**
   * Returns a reader that reads CSV in the given encoding rather than detecting it; a UTF-8 byte order mark still says
   * UTF-8. Bytes that are not of the encoding end the file with a finding at the first of them.
   *
   * @param encoding such as {@code StandardCharsets.UTF_8} or {@code Charset.forName("windows-31j")}
   * @return a new reader
   */
  public GrantTableReader withEncoding(Charset encoding) {
    return new GrantTableReader(validator, fiscalYear, Optional.of(Objects.requireNonNull(encoding, "encoding")));
  }

  private GrantStreams streams() {
    return new GrantStreams(null, validator, fiscalYear, Optional.empty());
  }

  /**
   * Reads a CSV file of grants (RFC 4180: commas, double quotes, line breaks inside quoted cells), in the encoding
   * given or detected: a byte order mark; else UTF-8 where its first 64 KiB are UTF-8; else Windows-31J (the Shift_JIS
   * Excel writes on Japanese Windows) where they are that; where they are ASCII, which reads the same in both,
   * the choice is made at the first byte that is not. A cell that starts with {@code '} before {@code =}, {@code +},
   * {@code -}, {@code @}, a tab, a carriage return or another {@code '} (as {@link GrantTableWriter} guards them) is
   * read without it.
   *
   * @param csv the bytes; not closed
   * @param each receives every record, in order
   * @return the counts, and the problems of the file itself: its encoding, its header, what ended it early
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readCsv(InputStream csv, Consumer<GrantRecord> each) throws IOException {
    Objects.requireNonNull(each, "each");
    try (CsvRows rows = CsvRows.open(Objects.requireNonNull(csv, "csv"), encoding)) {
      return streams().readTable(rows, each);
    }
  }

  /**
   * Reads the grants of an XLSX workbook, with Apache POI's streaming reader: the sheet named {@code grants} (or
   * 交付決定), else the first sheet. Each cell is read as Excel shows it (furigana never appended); a number or a date
   * where text or a code belongs is read as shown and reported ({@code read.spreadsheet-value}), never repaired. A
   * workbook that is not one, or that expands beyond POI's guards (a zip bomb), is a finding, not an exception.
   *
   * @param xlsx the workbook's bytes; not closed (copied to a temporary file, which POI reads a part at a time)
   * @param each receives every record, in order
   * @return the counts, and the problems of the workbook and the sheet
   * @throws IOException if the stream or the temporary file cannot be read or written
   */
  public StreamSummary readXlsx(InputStream xlsx, Consumer<GrantRecord> each) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(Objects.requireNonNull(xlsx, "xlsx"))) {
      return readGrants(workbook, Objects.requireNonNull(each, "each"));
    }
  }

  /**
   * Reads the grants of an XLSX file, as {@link #readXlsx(InputStream, Consumer)} does.
   *
   * @param xlsx the file
   * @param each receives every record, in order
   * @return the counts, and the problems of the workbook and the sheet
   * @throws IOException if the file cannot be read
   */
  public StreamSummary readXlsx(java.nio.file.Path xlsx, Consumer<GrantRecord> each) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(Objects.requireNonNull(xlsx, "xlsx"))) {
      return readGrants(workbook, Objects.requireNonNull(each, "each"));
    }
  }

  private StreamSummary readGrants(XlsxWorkbook workbook, Consumer<GrantRecord> each) throws IOException {
    Optional<String> sheet = GrantSheets.grantsSheet(workbook.sheetNames());
    try (io.github.tsunagari.internal.read.RowSource rows = sheet.isPresent() ? workbook.rows(sheet.get())
        : workbook.rows()) {
      return streams().readTable(rows, each);
    }
  }

  /**
   * Whether an XLSX file holds a program: a sheet of its facts named {@code grantProgram} (or 交付金事業), as
   * {@link GrantTableWriter#writeXlsx(GrantProgram, java.io.OutputStream)} writes one. Such a workbook is read with
   * {@link #readXlsxProgram(java.nio.file.Path)}, any other with {@link #readXlsx(java.nio.file.Path, Consumer)}.
   *
   * @param xlsx the file
   * @return true if it has a program's sheet; false also for a file that is no workbook (reading it says why)
   * @throws IOException if the file cannot be read
   */
  public static boolean holdsProgram(java.nio.file.Path xlsx) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(Objects.requireNonNull(xlsx, "xlsx"))) {
      return GrantSheets.programSheet(workbook.sheetNames()).isPresent();
    }
  }

  /**
   * Reads a program from an XLSX workbook as {@link GrantTableWriter#writeXlsx(GrantProgram, java.io.OutputStream)}
   * writes it: its facts on the sheet {@code grantProgram} (or 交付金事業), a header row and one row; its grants on the
   * sheet {@code grants} (or 交付決定). The program is validated with every rule.
   *
   * @param xlsx the workbook's bytes; not closed
   * @return the program, where it and every grant could be read, and one report
   * @throws IOException if the stream or the temporary file cannot be read or written
   */
  public ReadResult<GrantProgram> readXlsxProgram(InputStream xlsx) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(Objects.requireNonNull(xlsx, "xlsx"))) {
      return readProgram(workbook);
    }
  }

  /**
   * Reads a program from an XLSX file, as {@link #readXlsxProgram(InputStream)} does.
   *
   * @param xlsx the file
   * @return the program, where it and every grant could be read, and one report
   * @throws IOException if the file cannot be read
   */
  public ReadResult<GrantProgram> readXlsxProgram(java.nio.file.Path xlsx) throws IOException {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(Objects.requireNonNull(xlsx, "xlsx"))) {
      return readProgram(workbook);
    }
  }

  private ReadResult<GrantProgram> readProgram(XlsxWorkbook workbook) throws IOException {
    List<String> sheets = workbook.sheetNames();
    String program = GrantSheets.programSheet(sheets).orElse(GrantSheets.program(TableHeaders.PATHS));
    String grants = GrantSheets.grantsSheet(sheets).orElse(GrantSheets.grants(TableHeaders.PATHS));
    try (io.github.tsunagari.internal.read.RowSource facts = workbook.rows(program);
        io.github.tsunagari.internal.read.RowSource rows = workbook.rows(grants)) {
      ReadResult<GrantProgram> read = streams().readTableProgram(facts, rows);
      return read;
    }
  }

  /**
   * Reads a CSV file of grants into a list, with one report: each row's findings and the file's own.
   *
   * @param csv the bytes; not closed
   * @return the grants, where every row could be read, and the report
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<List<Grant>> readCsvGrants(InputStream csv) throws IOException {
    Objects.requireNonNull(csv, "csv");
    return GrantLists.collect(each -> readCsv(csv, each));
  }

  /**
   * Reads the grants of an XLSX workbook into a list, as {@link #readXlsx(InputStream, Consumer)} reads them, with one
   * report.
   *
   * @param xlsx the bytes; not closed
   * @return the grants, where every row could be read, and the report
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<List<Grant>> readXlsxGrants(InputStream xlsx) throws IOException {
    Objects.requireNonNull(xlsx, "xlsx");
    return GrantLists.collect(each -> readXlsx(xlsx, each));
  }

  /**
   * Reads the grants of an XLSX file into a list, as {@link #readXlsx(java.nio.file.Path, Consumer)} reads them, with
   * one report.
   *
   * @param xlsx the file
   * @return the grants, where every row could be read, and the report
   * @throws IOException if the file cannot be read
   */
  public ReadResult<List<Grant>> readXlsxGrants(java.nio.file.Path xlsx) throws IOException {
    Objects.requireNonNull(xlsx, "xlsx");
    return GrantLists.collect(each -> readXlsx(xlsx, each));
  }

}
