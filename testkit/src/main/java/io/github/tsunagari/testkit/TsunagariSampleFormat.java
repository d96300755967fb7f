package io.github.tsunagari.testkit;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.SampleReportingFormat;

/**
 * How jqwik shows a generated program or grant when a property fails: a short summary (fiscal year, the grants'
 * positions, grantees and titles) instead of every field of every object, which runs to pages. Registered as a
 * service, so it applies without setup. What a failed assertion shows is the report's findings with their paths
 * ({@link ValidationReportAssert}).
 */
public final class TsunagariSampleFormat implements SampleReportingFormat {
  /** How many grants of a program are listed. */
  private static final int LISTED = 5;

  /** Creates the format; jqwik finds it as a service. */
  public TsunagariSampleFormat() {}

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof GrantProgram || value instanceof Grant;
  }

  @Override
  public Object report(Object value) {
    if (value instanceof Grant) {
      return summary((Grant) value);
    }
    GrantProgram program = (GrantProgram) value;
    List<String> lines = new ArrayList<>();
    lines.add(program.getName() + ", " + program.getFiscalYear().getJapaneseLabel() + ", "
        + program.getGrants().size() + " grants");
    for (int i = 0; i < Math.min(LISTED, program.getGrants().size()); i++) {
      lines.add("  /grants/" + i + ": " + summary(program.getGrants().get(i)));
    }
    if (program.getGrants().size() > LISTED) {
      lines.add("  … " + (program.getGrants().size() - LISTED) + " more");
    }
    return String.join("\n", lines);
  }

  private static String summary(Grant grant) {
    // Generated text may hold control characters (the text variants put them there): escaped, as in findings.
    return Finding.escape("#" + grant.getPosition() + " " + grant.getGrantee().getRecipientName() + ": "
        + grant.getProject().getTitle() + " (" + grant.getProject().getServiceArea().getText() + ")");
  }
}
