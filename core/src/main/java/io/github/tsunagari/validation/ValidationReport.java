package io.github.tsunagari.validation;

import io.github.tsunagari.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that is wrong with some grant data, at once: field-constraint violations and rule findings in one
 * immutable list, ordered by path, then rule id (and then value, message and location, so the order is total).
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(program);
 * report.isValid();                      // no errors (warnings and infos allowed)
 * report.count(Severity.WARNING);        // 1
 * report.getFindings(Severity.ERROR);    // the errors alone
 * System.out.println(report.toText(Locale.JAPANESE));
 * }</pre>
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getPath, JsonPointer.ORDER)
      .thenComparing(Finding::getRuleId)
      .thenComparing(f -> f.getValue().orElse(""))
      .thenComparing(Finding::argumentText) // the message's data, without formatting a message per comparison
      .thenComparing(f -> f.getLocation().map(Object::toString).orElse(""));
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Finding> findings;
  private final Map<Severity, Integer> counts;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
    this.counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.getSeverity(), 1, Integer::sum);
    }
  }

  /**
   * A report of the given findings, in report order; duplicates are kept once.
   *
   * @param findings the findings
   * @return the report
   */
  public static ValidationReport of(Collection<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    if (findings.isEmpty()) {
      return EMPTY;
    }
    Set<Finding> distinct = new LinkedHashSet<>(findings.size() * 2);
    for (Finding f : findings) {
      distinct.add(Objects.requireNonNull(f, "finding"));
    }
    List<Finding> sorted = new ArrayList<>(distinct);
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted));
  }

  /** The report without findings. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * A report with the findings of both reports.
   *
   * @param other another report
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    if (other.findings.isEmpty()) {
      return this;
    }
    if (findings.isEmpty()) {
      return other;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all);
  }

  /** All findings, ordered by path, then rule id. */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return those findings, in report order
   */
  public List<Finding> getFindings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Finding> result = new ArrayList<>();
    for (Finding f : findings) {
      if (f.getSeverity() == severity) {
        result.add(f);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The number of findings of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts.get(Objects.requireNonNull(severity, "severity"));
  }

  /** The number of errors. */
  public int getErrorCount() {
    return count(Severity.ERROR);
  }

  /** The number of warnings. */
  public int getWarningCount() {
    return count(Severity.WARNING);
  }

  /** The number of infos. */
  public int getInfoCount() {
    return count(Severity.INFO);
  }

  /** True if any finding is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** True if no finding is an error: the data is valid, though it may carry warnings and infos. */
  public boolean isValid() {
    return !hasErrors();
  }

  /** True if there is no finding at all. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * The summary line of a report: the number of findings and of each severity.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @return such as {@code 1 finding: no errors, 1 warning, no infos}
   */
  public String toSummary(Locale locale) {
    return summary(locale, getErrorCount(), getWarningCount(), getInfoCount());
  }

  /**
   * The summary line for counts kept elsewhere, such as those of a stream whose findings were not kept together.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @param errors the number of errors
   * @param warnings the number of warnings
   * @param infos the number of infos
   * @return such as {@code 3 findings: 1 error, 2 warnings, no infos}
   */
  public static String summary(Locale locale, int errors, int warnings, int infos) {
    Objects.requireNonNull(locale, "locale");
    return Messages.format("report.summary", locale, errors + warnings + infos, errors, warnings, infos);
  }

  /**
   * The report for a person: a summary line with the counts, then one line per finding.
   *
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @return the text, lines separated by {@code \n}
   */
  public String toText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    StringBuilder sb = new StringBuilder(toSummary(locale));
    for (Finding f : findings) {
      sb.append('\n').append(f.toText(locale));
    }
    return sb.toString();
  }

  /** {@link #toText(Locale)} in English. */
  @Override
  public String toString() {
    return toText(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }
}
