package io.github.tsunagari.examples;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Prints the bundled FY2024 program, one line per grant, and its validation report.
 *
 * <p>Run it with {@code mvn -q -B -DskipTests -pl examples -am package exec:java}; pass {@code -Dexec.args=en} for the
 * report in English.
 */
public final class PrintSample {
  private PrintSample() {}

  /**
   * Runs the example.
   *
   * @param args {@code en} for an English report; Japanese otherwise
   */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    GrantProgram program = SampleData.fy2024();
    print(program, out);
    out.println();
    ValidationReport report = GrantValidator.create().validate(program);
    out.println(report.toText(locale));
  }

  static void print(GrantProgram program, PrintStream out) {
    out.println(program.getFiscalYear().getJapaneseLabel() + " " + program.getName()
        + program.getStrand().map(s -> "（" + s + "）").orElse("")
        + " " + program.getGrants().size() + "件");
    for (Grant grant : program.getGrants()) {
      out.println(grant.getPosition() + ". " + grant.getGrantee().getRecipientName()
          + " [" + grant.getProject().getServiceArea().getText() + "] " + grant.getProject().getTitle());
    }
  }
}
