package io.github.tsunagari.interchange.internal;

import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import io.github.tsunagari.validation.ValueShape;
import java.util.List;
import java.util.Optional;

/**
 * The values of another system's JSON as its importers read them: a text or a number as its text; {@code null}, an
 * empty text and API v2's string {@code "Null"} as no value; anything else a {@code read.wrong-type} finding. Said
 * once for the importers of gBizINFO and jGrants. Not part of the API.
 */
public final class ImportValues {
  /**
   * The area (事業区域) of a grant imported from a system that states none (gBizINFO, the RS system): written as
   * published lists write a missing entry, so that the grant says so rather than holding an empty text; the validator
   * says it names no region.
   */
  public static final String AREA_NOT_STATED = "記載なし";

  /** The text gBizINFO's API v2 writes for an empty value (third-party notes and code; no official specification). */
  public static final String NULL_TEXT = "Null";

  private ImportValues() {}

  /**
   * Whether a text written for a value stands for no value: blank, or {@value #NULL_TEXT}.
   *
   * @param text the text as written
   * @return true for no value
   */
  public static boolean isAbsent(String text) {
    return text.isBlank() || NULL_TEXT.equals(text.strip());
  }

  /**
   * The text of a scalar: a string's, or a number's as written; empty for no value.
   *
   * @param value the value
   * @param problems where a value of another shape (an object, a list, true or false) is reported
   * @return the text, stripped, if there is one
   */
  public static Optional<String> text(JsonTree value, List<Finding> problems) {
    switch (value.kind()) {
      case TEXT:
      case NUMBER:
        String s = value.text().orElse("");
        return isAbsent(s) ? Optional.empty() : Optional.of(s.strip());
      case NULL:
        return Optional.empty();
      default:
        problems.add(ReadingFindings.wrongType(value.pointer(), value.location().orElse(null), shown(value),
            ValueShape.TEXT, shape(value)));
        return Optional.empty();
    }
  }

  /**
   * Reports a value of the wrong shape.
   *
   * @param value the value
   * @param expected the shape wanted
   * @return the finding
   */
  public static Finding wrongType(JsonTree value, ValueShape expected) {
    return ReadingFindings.wrongType(value.pointer(), value.location().orElse(null), shown(value), expected,
        shape(value));
  }

  /**
   * A value as a finding shows it: a scalar's text, {@code {…}} for an object, {@code […]} for a list.
   *
   * @param value the value
   * @return the text
   */
  public static String shown(JsonTree value) {
    switch (value.kind()) {
      case OBJECT:
        return "{…}";
      case ARRAY:
        return "[…]";
      case NULL:
        return "null";
      default:
        return value.text().orElseGet(() -> String.valueOf(value.bool().orElse(false)));
    }
  }

  private static ValueShape shape(JsonTree value) {
    switch (value.kind()) {
      case OBJECT:
        return ValueShape.PROPERTIES;
      case ARRAY:
        return ValueShape.LIST;
      case BOOLEAN:
        return ValueShape.FLAG;
      case NULL:
        return ValueShape.NOTHING;
      case NUMBER:
        // As the canonical reader names them: a number written without a fraction or an exponent is a whole one.
        return value.text().filter(t -> t.chars().allMatch(c -> c == '-' || Character.isDigit(c))).isPresent()
            ? ValueShape.WHOLE_NUMBER : ValueShape.NUMBER;
      default:
        return ValueShape.TEXT;
    }
  }
  /**
   * The findings of the model's rules on a record imported from another system, each without a place of its own given
   * the record's place in the source (where the record starts): their paths are the model's, which the source does not
   * have, and the place tells a reader where to look.
   *
   * @param report the model's findings on the record
   * @param record where the record is in the source, where known
   * @return the findings, located
   */
  public static ValidationReport locatedAt(ValidationReport report, Optional<SourceLocation> record) {
    if (record.isEmpty() || report.isEmpty()) {
      return report;
    }
    List<Finding> located = new java.util.ArrayList<>();
    for (Finding f : report.getFindings()) {
      located.add(f.getLocation().isPresent() ? f : f.withLocation(record.get()));
    }
    return ValidationReport.of(located);
  }
}
