package io.github.tsunagari.interchange.rs;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.tables.internal.CsvRows;
import io.github.tsunagari.tables.internal.ExpansionException;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import io.github.tsunagari.validation.ValidationReport;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.zip.ZipException;

/**
 * An importer of one budget project (予算事業) from the RS system's spending table (5-1 支出先_支出情報): its recipients
 * (支出先) with their amounts as the model's grants, and the recipients of blocks whose role says their money was
 * passed on (再委託, 再補助 …) as the regrants of the recipient that passed it. Made by {@link RsSystem}; immutable and
 * thread-safe.
 *
 * <p>What the import gives, and why:
 *
 * <ul>
 *   <li>the program: the project's name (事業名) and the fiscal year of the spending, the year before the review's
 *       (事業年度): the 2024 review records the spending of FY2023 (igomuni/marumie-rssystem,
 *       {@code docs/rs-data-scope.md}: 「シートに記録される執行実績は前年度（2023年度）の実績」); its identifier
 *       {@code rs-<事業年度>-<予算事業ID>} where the ID is letters and digits;</li>
 *   <li>a grant per recipient the model can take as a grantee: an organisation whose name states its legal form (or
 *       whose 法人種別 code names one form: 301–305), or a local government; with its corporate number where the
 *       check digit is right (a wrong one is a finding, never repaired), its head office where 所在地 starts with a
 *       prefecture, and its amount in yen (支出先の合計支出額, else the sum of its contracts' 金額). Other recipients
 *       (民間企業等, a ministry) are left out with a finding that names their amount;</li>
 *   <li>the project of a grant: titled by the recipient's one contract summary (契約概要), else its block's role, else
 *       the project's name; summarised by the block's role and the contract summaries. The table says nothing of the
 *       area served (事業区域), so the area is written 記載なし (not stated), as gBizINFO's import writes it, and the
 *       model's validation says it names no region ({@code eligibility.unresolved-area}): nothing is invented;</li>
 *   <li>regrants: the recipients of a block whose role or name says its money was passed on ({@link PassedOn}) are
 *       regrants of the grant it can only have come from, where exactly one earlier block passes no money on and has
 *       one recipient; otherwise (several such blocks, several recipients) which grant passed it cannot be told from
 *       this table, and its recipients are left out with their amounts ({@code import.rs.regrant-source-unknown}),
 *       never guessed and never taken as grants of their own, which would count the money twice;</li>
 *   <li>findings {@code import.rs.*} for what cannot be carried, merged with the model's validation.</li>
 * </ul>
 */
public final class RsImporter {
  /** The first year of a review the import reads, as {@link #withReviewYear(int)} and a 事業年度 cell may give it. */
  static final int FIRST_REVIEW_YEAR = 2000;
  /** The last year of a review the import reads: its spending's fiscal year is the last the model holds. */
  static final int LAST_REVIEW_YEAR = FiscalYear.MAX_YEAR;

  private final RsSelection selection;
  private final OptionalInt reviewYear;
  private final GrantValidator validator;

  RsImporter(RsSelection selection, OptionalInt reviewYear, GrantValidator validator) {
    this.selection = selection;
    this.reviewYear = reviewYear;
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Returns this importer with the year of the review (事業年度, as in {@code RS_2024}) given, for a table that states it
   * in no column (事業年度) and comes without its file name. A year the table states is the one used.
   *
   * @param year the year of the review, such as 2024; the spending is of the fiscal year before
   * @return the importer with the year
   * @throws IllegalArgumentException if the year is before 2000 or after 9998
   */
  public RsImporter withReviewYear(int year) {
    if (!isReviewYear(year)) {
      throw new IllegalArgumentException("not a year of the RS system's reviews: " + year);
    }
    return new RsImporter(selection, OptionalInt.of(year), validator);
  }

  /**
   * Returns this importer validating the program read with another validator, such as one using an application's
   * Jakarta validator or a clock of its own.
   *
   * @param validator the validator
   * @return the importer with the validator
   */
  public RsImporter withValidator(GrantValidator validator) {
    return new RsImporter(selection, reviewYear, validator);
  }

  /**
   * Reads the spending table from a ZIP file of the RS system's open data: the first entry named {@code 5-1_….csv},
   * whatever the encoding of the entry names, read under explicit limits against zip bombs ({@code read.limit}). A
   * file that is no well-formed ZIP, or ends within an entry, is {@code read.syntax} at the byte where reading stopped.
   *
   * @param in the ZIP file's bytes; not closed
   * @return the program read, and every finding
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<GrantProgram> readZip(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    List<Finding> findings = new ArrayList<>();
    try (SpendingZip zip = SpendingZip.of(in)) {
      try {
        SpendingZip.Found found = zip.find();
        if (found.name().isEmpty()) {
          StringJoiner names = new StringJoiner(", ");
          found.others().stream().limit(20).forEach(names::add);
          findings.add(InterchangeFindings.at(Rule.IMPORT_RS_NO_SPENDING_TABLE, "",
              SourceLocation.ofByte(zip.position()), names.toString()));
          return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
        }
        return readCsv(found.in(), found.name(), findings);
      } catch (ExpansionException e) {
        findings.add(ReadingFindings.limit("", SourceLocation.ofByte(zip.position()), e.limit(), e.maximum()));
      } catch (ZipException | EOFException e) {
        // EOFException: the file ends within an entry (java.util.zip's word for a truncated ZIP file)
        findings.add(ReadingFindings.syntax("", SourceLocation.ofByte(zip.position()),
            SyntaxError.of("ZIP", SyntaxError.Kind.UNREADABLE)));
      }
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
  }

  /**
   * Reads the spending table from a ZIP file, as {@link #readZip(InputStream)}.
   *
   * @param file the ZIP file
   * @return the program read, and every finding
   * @throws IOException if the file cannot be read
   */
  public ReadResult<GrantProgram> readZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readZip(in);
    }
  }

  /**
   * Reads the spending table as a bare CSV file: UTF-8 with or without a byte order mark, or Windows-31J, detected
   * and said ({@code read.encoding}).
   *
   * @param in the CSV file's bytes; not closed
   * @return the program read, and every finding
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<GrantProgram> readCsv(InputStream in) throws IOException {
    return readCsv(Objects.requireNonNull(in, "in"), Optional.empty(), new ArrayList<>());
  }

  /**
   * Reads the spending table as a bare CSV file, as {@link #readCsv(InputStream)}; the file's name tells the year of
   * the review where the table does not ({@code 5-1_RS_2024_…}).
   *
   * @param file the CSV file
   * @return the program read, and every finding
   * @throws IOException if the file cannot be read
   */
  public ReadResult<GrantProgram> readCsv(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return readCsv(in, Optional.ofNullable(name).map(Path::toString), new ArrayList<>());
    }
  }

  private ReadResult<GrantProgram> readCsv(InputStream in, Optional<String> name, List<Finding> findings)
      throws IOException {
    SpendingRows rows = new SpendingRows(selection);
    RowSource source = CsvRows.open(in, Optional.empty());
    try (source) {
      rows.read(source);
    } finally {
      findings.addAll(rows.findings());
      findings.addAll(source.problems());
    }
    if (!rows.complete() || findings.stream().anyMatch(f -> f.getRuleId().equals(Rule.READ_SYNTAX.getId())
        || f.getRuleId().equals(Rule.READ_LIMIT.getId()))) {
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
    Optional<Integer> given = reviewYear.isPresent() ? Optional.of(reviewYear.getAsInt()) : Optional.empty();
    Optional<Integer> named = name.flatMap(n -> yearIn(n, findings));
    return ProjectMapping.map(rows, selection, named.or(() -> given), validator, findings);
  }

  /** The year of the review a file's name states, {@code RS_2024}; a year no review has is a finding. */
  private static Optional<Integer> yearIn(String name, List<Finding> findings) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("RS_(\\d{4})").matcher(name);
    if (!m.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (isReviewYear(year)) {
      return Optional.of(year);
    }
    findings.add(InterchangeFindings.at(Rule.IMPORT_RS_INVALID_REVIEW_YEAR, "", SourceLocation.ofCell(1, 1, ""),
        m.group(), Integer.toString(FIRST_REVIEW_YEAR), Integer.toString(LAST_REVIEW_YEAR)));
    return Optional.empty();
  }

  /**
   * The year of the review a 事業年度 cell states: {@code 2024}, {@code 2024年度}, {@code 令和6年度}.
   *
   * @param text the cell's text, not blank
   * @return the year; empty if the text states none the import reads
   */
  static Optional<Integer> reviewYear(String text) {
    String folded = RsColumn.fold(text);
    try {
      int year = folded.matches("\\d{4}") ? Integer.parseInt(folded) : FiscalYear.parse(folded).getStartYear();
      return isReviewYear(year) ? Optional.of(year) : Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static boolean isReviewYear(int year) {
    return year >= FIRST_REVIEW_YEAR && year <= LAST_REVIEW_YEAR;
  }
}
