package io.github.tsunagari.tables;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the Cabinet Office's published list of grantees (交付団体一覧) as its text comes out of the published document:
 * the title line, the 概要 bullets, the 交付団体 section with its （注）, and the table of grantees, tab-separated.
 *
 * <pre>{@code
 * ReadResult<GrantProgram> result = PublishedSheet.read(Path.of("fy2024.txt"));
 * result.getReport().getFindings();        // every problem, each at its line and column
 * GrantProgram fy2024 = result.orElseThrow();
 *
 * // With the rules' findings too, each placed at the cell its value came from:
 * PublishedSheet.read(Path.of("fy2024.txt"), GrantValidator.create());
 * }</pre>
 *
 * <p>What it reads:
 * <ul>
 *   <li>the title line, such as {@code 令和6年度 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業） 交付団体＜中間支援組織＞}:
 *       the {@linkplain GrantProgram#getFiscalYear() fiscal year}, the program's name, the strand in （…） and the grantee
 *       category in ＜…＞;</li>
 *   <li>each bullet ({@code - …}) under {@code 概要} as an aim, as written; the policy plan an aim names as
 *       「name」（令和6年6月11日 body 決定） (its name, decision date and the body that decided it) and the Act it names as
 *       {@code …法に基づく} (its title only: the sheet gives no law number or dates);</li>
 *   <li>under {@code 交付団体}, the bullet that states the number of grantees ({@code 中間支援組織9団体}) and each
 *       （注） line as an eligibility principle;</li>
 *   <li>the table, from its header row {@code \t団体名/事業名\t概要\t事業区域}: each numbered row a grant at that position;
 *       the cell 団体名/事業名 holds the organisation (legal form and name, as {@code Organization.parse} reads them), its
 *       head office in brackets ({@code (東京都)}) and the project's title; a title between 「※」 and
 *       「※コンソーシアムの代表団体」 makes the grantee a consortium with that organisation as its representative and only
 *       known member, and unnamed further members; 概要 is the summary as written; 事業区域 the area, its text exactly
 *       as written ({@code ServiceArea.parse}).</li>
 * </ul>
 * A {@code <p>} at the start of a cell and a {@code </p>} at its end, which the table kept from another format, are
 * removed and each removal reported ({@code read.markup-removed}, INFO); markup anywhere else is left as text, for
 * validation ({@code text.markup}). A page's repeated heading ({@code 交付団体と取組概要 (2/2)}) and header row, and blank
 * lines, are no data.
 *
 * <p>Every problem is reported at once, each at its place: a cell of the table as {@code SourceLocation.ofCell("",
 * line, column, header)} (the line of the text as row, the tab-separated column from 1, the header of the column), a
 * line above the table as its column 1; with the path of the value in the program ({@code /grants/3/project/title}).
 * What cannot be read is a {@code read.*} error (an unknown legal form or prefecture is {@code read.invalid-value} with
 * the typed reason of {@code InvalidValueException}; an empty cell {@code read.missing-property}; a line the layout does
 * not have {@code read.unknown-property}), and the rest is still read: nothing is dropped or guessed. The program is
 * given only if the report has no error; with a validator, what could be read is validated all the same, and the rules'
 * findings are placed at the cells their values came from.
 *
 * <p>The class is stateless and thread-safe; the reading limits of {@code ReadingLimits} hold (line and document
 * length, number of problems).
 */
public final class PublishedSheet {
  private static final String FY2024 = "fy2024-published-sheet.txt";

  private PublishedSheet() {}

  /**
   * Opens the published FY2024 sheet as the Cabinet Office published it, frozen byte for byte: 「令和6年度
   * 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業） 交付団体＜中間支援組織＞」 as tab-separated text, {@code <p>}
   * remnants, repeated page header and all. {@link io.github.tsunagari.sample.SampleData#fy2024()} is derived from
   * it: reading it gives exactly the sample's facts that the sheet states (a test proves it), and the sample adds only
   * what the summaries name.
   *
   * <pre>{@code
   * ReadResult<GrantProgram> read = PublishedSheet.read(PublishedSheet.openFy2024());
   * }</pre>
   *
   * @return the sheet's UTF-8 bytes; the caller closes the stream
   */
  public static InputStream openFy2024() {
    InputStream in = PublishedSheet.class.getResourceAsStream(FY2024);
    if (in == null) {
      throw new IllegalStateException(FY2024 + " is missing from tsunagari-tables: a broken build");
    }
    return in;
  }

  /**
   * Reads a published sheet's text.
   *
   * @param text the text; read to its end, not closed
   * @return the program if it could be read, and the report of reading
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult<GrantProgram> read(Reader text) {
    return read(text, Optional.empty());
  }

  /**
   * Reads a published sheet's text and validates what could be read.
   *
   * @param text the text; read to its end, not closed
   * @param validator the validator
   * @return the program if it could be read, and one report of reading and validation
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult<GrantProgram> read(Reader text, GrantValidator validator) {
    return read(text, Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Reads a published sheet's text, given as UTF-8 bytes (a byte order mark is passed over; bytes that are not UTF-8
   * are each reported at their byte, {@code read.syntax}).
   *
   * @param utf8 the bytes; read to their end, not closed
   * @return the program if it could be read, and the report of reading
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<GrantProgram> read(InputStream utf8) {
    return read(utf8, Optional.empty());
  }

  /**
   * Reads a published sheet's text, given as UTF-8 bytes, and validates what could be read.
   *
   * @param utf8 the bytes; read to their end, not closed
   * @param validator the validator
   * @return the program if it could be read, and one report of reading and validation
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<GrantProgram> read(InputStream utf8, GrantValidator validator) {
    return read(utf8, Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Reads a published sheet's text from a file, UTF-8.
   *
   * @param file the file
   * @return the program if it could be read, and the report of reading
   * @throws IOException if the file cannot be opened or read
   */
  public static ReadResult<GrantProgram> read(Path file) throws IOException {
    return read(file, Optional.empty());
  }

  /**
   * Reads a published sheet's text from a file, UTF-8, and validates what could be read.
   *
   * @param file the file
   * @param validator the validator
   * @return the program if it could be read, and one report of reading and validation
   * @throws IOException if the file cannot be opened or read
   */
  public static ReadResult<GrantProgram> read(Path file, GrantValidator validator) throws IOException {
    return read(file, Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Reads a published sheet's text given as a string.
   *
   * @param text the text
   * @return the program if it could be read, and the report of reading
   */
  public static ReadResult<GrantProgram> read(String text) {
    return read(new StringReader(Objects.requireNonNull(text, "text")));
  }

  /**
   * Reads a published sheet's text given as a string, and validates what could be read.
   *
   * @param text the text
   * @param validator the validator
   * @return the program if it could be read, and one report of reading and validation
   */
  public static ReadResult<GrantProgram> read(String text, GrantValidator validator) {
    return read(new StringReader(Objects.requireNonNull(text, "text")), validator);
  }

  private static ReadResult<GrantProgram> read(Path file, Optional<GrantValidator> validator) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      List<Finding> problems = new ArrayList<>();
      SheetParser parser = new SheetParser(problems);
      SheetLines.read(in, parser, problems);
      return result(parser, problems, validator);
    }
  }

  private static ReadResult<GrantProgram> read(InputStream utf8, Optional<GrantValidator> validator) {
    Objects.requireNonNull(utf8, "utf8");
    List<Finding> problems = new ArrayList<>();
    SheetParser parser = new SheetParser(problems);
    try {
      SheetLines.read(utf8, parser, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result(parser, problems, validator);
  }

  private static ReadResult<GrantProgram> read(Reader text, Optional<GrantValidator> validator) {
    Objects.requireNonNull(text, "text");
    List<Finding> problems = new ArrayList<>();
    SheetParser parser = new SheetParser(problems);
    try {
      SheetLines.read(text, parser, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result(parser, problems, validator);
  }

  private static ReadResult<GrantProgram> result(SheetParser parser, List<Finding> problems,
      Optional<GrantValidator> validator) {
    parser.finish();
    Optional<GrantProgram> readable = parser.program();
    boolean errors = problems.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    ValidationReport report = ValidationReport.of(problems);
    if (validator.isPresent()) {
      report = report.merge(placed(validate(validator.get(), parser, readable, errors), parser));
    }
    return ReadResult.of(errors ? Optional.empty() : readable, report);
  }

  /**
   * Validates what could be read: the whole program, or the program of its readable grants (findings at their rows'
   * places among all the rows), or, where the program itself could not be read, each readable grant on its own.
   */
  private static List<Finding> validate(GrantValidator validator, SheetParser parser,
      Optional<GrantProgram> readable, boolean errors) {
    if (readable.isPresent()) {
      return errors ? validator.validateReadable(readable.get(), parser.grantRows(), parser.rows()).getFindings()
          : validator.validate(readable.get()).getFindings();
    }
    List<Finding> findings = new ArrayList<>();
    int[] rows = parser.grantRows();
    List<Grant> grants = parser.grants();
    for (int i = 0; i < grants.size(); i++) {
      for (Finding f : validator.validate(grants.get(i)).getFindings()) {
        findings.add(f.withPathPrefix("/grants/" + rows[i]));
      }
    }
    return findings;
  }

  /** The findings of validation, each placed where its value was read. */
  private static ValidationReport placed(List<Finding> findings, SheetParser parser) {
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      placed.add(f.getLocation().isPresent() ? f : parser.placeOf(f.getPath()).map(f::withLocation).orElse(f));
    }
    return ValidationReport.of(placed);
  }
}
