package io.github.tsunagari.examples;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.GrantValidator;
import java.util.Locale;

/** Reads a JSON document with three problems and prints its report: all three, each with where it is. */
public final class ReadJsonReport {
  private ReadJsonReport() {}

  static final String DOCUMENT = String.join("\n",
      "{",
      "  \"name\": \"孤独・孤立対策推進交付金\",",
      "  \"fiscalYear\": \"令和6年度\",",
      "  \"grants\": [{",
      "    \"position\": 1,",
      "    \"grantee\": {\"type\": \"organization\", \"name\": \"えんがお\", \"legalForm\": \"(一社)\",",
      "                \"headOffice\": \"栃木\", \"corporateNumber\": \"1234567890123\"},",
      "    \"project\": {\"title\": \"ネットワークづくり\", \"summary\": \"創業支援を行う。\",",
      "                \"serviceArea\": {\"text\": \"全国\", \"nationwide\": \"yes\"}, \"budget\": 100}",
      "  }]",
      "}");

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ReadResult<GrantProgram> result = GrantJsonReader.validating(GrantValidator.create()).readProgram(DOCUMENT);
    System.out.println(result.getValue().isPresent() ? "read" : "could not be read");
    System.out.println(result.getReport().toText(Locale.JAPANESE));
  }
}
