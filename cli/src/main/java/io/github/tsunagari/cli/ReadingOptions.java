package io.github.tsunagari.cli;

import io.github.tsunagari.interchange.rs.RsImporter;
import io.github.tsunagari.interchange.rs.RsSystem;
import io.github.tsunagari.program.FiscalYear;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of reading and reporting that {@code validate} and {@code convert} share, said once and mixed into
 * both (picocli's {@code @Mixin}): the input's format, the fiscal year a stream's dates are checked against, the
 * report's form and language, and progress.
 */
final class ReadingOptions {
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

  @Option(names = "--from", paramLabel = "sheet|csv|xlsx|json|jsonl|360giving|gbizinfo|rs|jgrants",
      converter = GrantInput.Format.Converter.class,
      description = "the format of FILE (default: told by the name's ending: .txt or .tsv the "
          + "sheet, .csv, .xlsx, .jsonl or .ndjson; JSON otherwise); other systems' data: a 360Giving package, "
          + "gBizINFO's subsidy records (API JSON or bulk CSV), the RS system's spending table (ZIP or its 5-1 CSV; "
          + "with --budget-project or --budget-project-name), jGrants calls (read as menus)")
  GrantInput.Format from;

  @Option(names = "--budget-project", paramLabel = "ID",
      description = "with --from rs: the budget project (予算事業ID) whose recipients are read")
  String budgetProjectId;

  @Option(names = "--budget-project-name", paramLabel = "NAME",
      description = "with --from rs: the budget project by its name (事業名), where one ID has it")
  String budgetProjectName;

  @Option(names = "--review-year", paramLabel = "YYYY",
      description = "with --from rs: the review's year (事業年度 of the RS system), where neither the table nor its "
          + "file's name says it")
  Integer reviewYear;

  /** The budget project an RS table is read for. */
  static final class BudgetProject {
    private final String id;
    private final String name;
    private final Integer reviewYear;

    BudgetProject(String id, String name, Integer reviewYear) {
      this.id = id;
      this.name = name;
      this.reviewYear = reviewYear;
    }

    /** Whether it is named both ways, which names none for sure. */
    boolean namedTwice() {
      return id != null && name != null;
    }

    /** The RS system's import of it. */
    RsImporter select() {
      RsImporter project = id != null ? RsSystem.project(id) : RsSystem.projectNamed(name);
      return reviewYear == null ? project : project.withReviewYear(reviewYear);
    }
  }

  /** The budget project the options name, or null where they name none. */
  BudgetProject budgetProject() {
    return budgetProjectId == null && budgetProjectName == null ? null
        : new BudgetProject(budgetProjectId, budgetProjectName, reviewYear);
  }

  @Option(names = "--format", paramLabel = "text|json",
      description = "the report: text for a person (the default), or JSON")
  Format format = Format.text;

  @Option(names = "--lang", paramLabel = "ja|en", description = "the language of messages (default ja)")
  Language language = Language.ja;

  @Option(names = "--fiscal-year", paramLabel = "FY", converter = Tsunagari.FiscalYearConverter.class,
      description = "check the dates of a stream of grants against this fiscal year (such as 令和6年度); a program "
          + "has its own fiscal year")
  FiscalYear fiscalYear;

  @Option(names = "--quiet", description = "no progress on standard error")
  boolean quiet;

  /** True where the report is JSON. */
  boolean json() {
    return format == Format.json;
  }

  /**
   * The report these options ask for.
   *
   * @param out where findings go
   * @param err where notes of the command go
   * @return the report
   */
  Report report(PrintStream out, PrintStream err) {
    return new Report(out, err, json(), language.locale);
  }
}
