package io.github.tsunagari.cli;

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

  @Option(names = "--from", paramLabel = "sheet|csv|xlsx|json|jsonl",
      description = "the format of FILE (default: told by the name's ending: .txt or .tsv the "
          + "sheet, .csv, .xlsx, .jsonl or .ndjson; JSON otherwise)")
  GrantInput.Format from;

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
