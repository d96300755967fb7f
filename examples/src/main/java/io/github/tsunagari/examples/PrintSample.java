package io.github.tsunagari.examples;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints the bundled FY2024 program: one line per grant with its grantee, area and title. */
public final class PrintSample {
  private PrintSample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SampleData.fy2024(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void print(GrantProgram program, PrintStream out) {
    out.println(program.getFiscalYear().getJapaneseLabel() + " " + program.getName()
        + program.getStrand().map(s -> "（" + s + "）").orElse("")
        + " " + program.getGrants().size() + "件");
    for (Grant grant : program.getGrants()) {
      out.println(grant.getPosition() + ". " + grant.getGrantee().recipient().getDisplayName()
          + " [" + grant.getProject().getServiceArea().getText() + "] " + grant.getProject().getTitle());
    }
  }
}
