package io.github.tsunagari.testkit;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.WritableAssertionInfo;

/**
 * Assertions on the findings of one rule in a {@link ValidationReport}, as returned by
 * {@link ValidationReportAssert#hasError(String)} and its kin. The actual value is the list of matching findings, never
 * empty; each method narrows it further and fails if nothing is left. Failure messages end with the whole report.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasError("consistency.duplicate-position").at("/grants/3/position")
 *     .withValue("2");
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {
  private final ValidationReport report;
  private final String what;

  FindingAssert(ValidationReport report, String what, List<Finding> findings, WritableAssertionInfo parent) {
    super(List.copyOf(findings), FindingAssert.class);
    this.report = report;
    this.what = what;
    if (parent.hasDescription()) {
      describedAs(parent.description());
    }
  }

  /**
   * Narrows to the findings at a place: checks that one of them has exactly this path.
   *
   * @param jsonPointer a JSON Pointer into the validated object, such as {@code /grants/0/project/title}; {@code ""}
   *     or {@code "/"} is the object itself
   * @return an assertion on the findings at that path
   * @throws AssertionError if none of the findings is at that path; the message lists them
   */
  public FindingAssert at(String jsonPointer) {
    Objects.requireNonNull(jsonPointer, "jsonPointer");
    String path = jsonPointer.equals("/") ? "" : jsonPointer;
    return narrow(f -> f.getPath().equals(path), "at " + (path.isEmpty() ? "/" : path));
  }

  /**
   * Narrows to the findings whose offending value, as the report renders it, is the given text.
   *
   * @param value the value, such as {@code 北海道}
   * @return an assertion on those findings
   * @throws AssertionError if none of the findings has that value
   */
  public FindingAssert withValue(String value) {
    Objects.requireNonNull(value, "value");
    return narrow(f -> f.getValue().map(value::equals).orElse(false), "with value \"" + value + "\"");
  }

  /**
   * Narrows to the findings whose message, in English or in Japanese, contains the text.
   *
   * @param text part of the message, such as {@code 一つの都道府県}
   * @return an assertion on those findings
   * @throws AssertionError if no finding's message contains it
   */
  public FindingAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow(f -> f.getMessage(Locale.ENGLISH).contains(text) || f.getMessage(Locale.JAPANESE).contains(text),
        "with a message containing \"" + text + "\"");
  }

  /**
   * Checks how many findings are left.
   *
   * @param expected the number of findings expected
   * @return this assertion
   * @throws AssertionError if there are more or fewer
   */
  public FindingAssert times(int expected) {
    if (actual.size() != expected) {
      fail("Expecting " + expected + " " + what + ", but found " + actual.size() + " at " + paths(actual));
    }
    return this;
  }

  private FindingAssert narrow(Predicate<Finding> test, String condition) {
    List<Finding> left = new ArrayList<>();
    for (Finding f : actual) {
      if (test.test(f)) {
        left.add(f);
      }
    }
    if (left.isEmpty()) {
      StringBuilder candidates = new StringBuilder();
      for (Finding f : actual) {
        candidates.append(String.format("%n  ")).append(f.toText(Locale.ENGLISH));
      }
      fail("Expecting a " + what + " " + condition + ", but none of these is:" + candidates);
    }
    return new FindingAssert(report, what + " " + condition, left, info);
  }

  private static Set<String> paths(List<Finding> findings) {
    Set<String> paths = new TreeSet<>();
    for (Finding f : findings) {
      paths.add(ValidationReportAssert.pathOf(f));
    }
    return paths;
  }

  private void fail(String message) {
    failWithMessage("%s%n%nThe report:%n%s", message, report.toText(Locale.ENGLISH));
  }
}
