package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.GrantJsonReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Malformed JSON is named, never guessed at: whatever a mutation breaks, the reader's finding of it says what is wrong
 * (a character and what was expected there, the end of the input, bytes that are not UTF-8, a control character, an
 * escape, a number, a word) at a line and column, from the parser's state and the bytes alone, never from the
 * parser's text; "a part that is not JSON" would mean that the reading layer could not tell.
 */
class SyntaxDiagnosisTest {
  private static final String OTHER = "a part that is not JSON";

  /** The line of the document where a finding is, for a message. */
  static String near(byte[] bytes, Finding f) {
    if (!(f.getLocation().orElse(null) instanceof SourceLocation.Position)) {
      return "";
    }
    String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    int line = ((SourceLocation.Position) f.getLocation().get()).getLine();
    return line <= lines.length ? lines[line - 1].replace("\t", "\\t") : "";
  }

  @Provide
  Arbitrary<JsonPropertiesTest.Mutant> mutants() {
    return new JsonPropertiesTest().mutants();
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void everySyntaxErrorIsNamedAndPlaced(@ForAll("mutants") JsonPropertiesTest.Mutant mutant) throws IOException {
    byte[] bytes = mutant.bytes();
    List<Finding> findings = new ArrayList<>(GrantJsonReader.create().readProgram(new ByteArrayInputStream(bytes))
        .getReport().getFindings());
    // The same bytes as a stream of grants: as one array (a program is no array: its problem is its shape), and as
    // JSON Lines, each line of the document a record of its own, most of them broken.
    GrantStreamReader stream = JsonPropertiesTest.STREAM;
    String array = "[" + new String(bytes, StandardCharsets.ISO_8859_1) + "]";
    findings.addAll(stream.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.ISO_8859_1)),
        r -> findings.addAll(r.getReport().getFindings())).getStreamProblems().getFindings());
    stream.readJsonLines(new ByteArrayInputStream(bytes), r -> findings.addAll(r.getReport().getFindings()));

    for (Finding f : findings) {
      if (!f.getRuleId().equals("read.syntax")) {
        continue;
      }
      assertThat(f.getMessage(Locale.ENGLISH)).as("%s%n%s%n%s", mutant, f, near(bytes, f)).doesNotEndWith(OTHER);
      assertThat(f.getLocation()).as("%s%n%s", mutant, f).isPresent();
      if (!f.getMessage(Locale.ENGLISH).contains("not valid UTF-")) {
        assertThat(f.getLocation().get()).as("%s%n%s", mutant, f).isInstanceOf(SourceLocation.Position.class);
      }
    }
  }
}
