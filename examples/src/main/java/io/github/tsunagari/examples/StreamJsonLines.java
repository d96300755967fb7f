package io.github.tsunagari.examples;

import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Stream-validates a JSON Lines file of grants, one record at a time, printing progress every 10 000 records and each
 * finding as it is found. Memory stays at one record plus compact keys, however large the file.
 */
public final class StreamJsonLines {
  private StreamJsonLines() {}

  /**
   * Runs the example.
   *
   * @param args the JSON Lines file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create())
        .withFiscalYear(FiscalYear.parse("令和6年度"));
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      StreamSummary summary = reader.readJsonLines(in, record -> {
        for (Finding f : record.getReport().getFindings()) {
          System.out.println(f.toText(Locale.ENGLISH));
        }
        if ((record.getIndex() + 1) % 10_000 == 0) {
          System.err.println((record.getIndex() + 1) + " records");
        }
      });
      System.out.println(summary.getRecordCount() + " records, " + summary.count(Severity.ERROR) + " errors, "
          + summary.count(Severity.WARNING) + " warnings");
    }
  }
}
