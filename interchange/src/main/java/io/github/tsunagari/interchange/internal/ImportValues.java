package io.github.tsunagari.interchange.internal;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import io.github.tsunagari.validation.ValueShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
            ValueShape.TEXT, value.shape()));
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
        value.shape());
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
      located.add(locatedAt(f, record));
    }
    return ValidationReport.of(located);
  }

  /**
   * A finding of a rule of exchanging data about a value of another system's JSON: at its pointer, and where it stands.
   *
   * @param rule the rule, of category INTERCHANGE
   * @param value the value the finding is about
   * @param shown what the message names first
   * @param arguments what it names after
   * @return the finding
   */
  public static Finding at(Rule rule, JsonTree value, Object shown, Object... arguments) {
    return locatedAt(InterchangeFindings.of(rule, value.pointer(), shown, arguments), value.location());
  }

  /**
   * One finding of the model's rules on an imported record, given the record's place where it has none of its own.
   *
   * @param finding the finding
   * @param record where the record is in the source, where known
   * @return the finding, located
   */
  public static Finding locatedAt(Finding finding, Optional<SourceLocation> record) {
    return finding.getLocation().isPresent() || record.isEmpty() ? finding : finding.withLocation(record.get());
  }

  /**
   * A JSON number as an amount of yen: accepted where it is exactly a whole number of yen however written
   * ({@code 1000}, {@code 1e3}, {@code 1000.0}), as 360Giving's reader, gBizINFO's and jGrants' read a JSON number of yen.
   *
   * @param number the number's text as written in the JSON
   * @return the amount
   * @throws InvalidValueException if it is negative, not whole, beyond what a {@link Yen} holds, or no number
   */
  public static Yen wholeYen(String number) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(number);
    } catch (NumberFormatException e) {
      // A number whose exponent is beyond what BigDecimal holds (1e2147483648): far beyond a yen or far below one.
      throw number.matches(".*[eE]-.*")
          ? InvalidValueException.of(InvalidValueException.Subject.YEN, InvalidValueException.Reason.FRACTION_OF_YEN,
              number)
          : InvalidValueException.of(InvalidValueException.Subject.YEN, InvalidValueException.Reason.OUT_OF_RANGE,
              number, 0, Long.MAX_VALUE);
    }
    if (amount.signum() < 0) {
      throw InvalidValueException.of(InvalidValueException.Subject.YEN, InvalidValueException.Reason.NEGATIVE_AMOUNT,
          number);
    }
    if (amount.stripTrailingZeros().scale() > 0) {
      throw InvalidValueException.of(InvalidValueException.Subject.YEN, InvalidValueException.Reason.FRACTION_OF_YEN,
          number);
    }
    if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw InvalidValueException.of(InvalidValueException.Subject.YEN, InvalidValueException.Reason.OUT_OF_RANGE,
          number, 0, Long.MAX_VALUE);
    }
    return Yen.of(amount.longValue());
  }

  /**
   * A date written YYYY-MM-DD, or an ISO date-time (with or without an offset), whose day as written is the date.
   *
   * @param written the text
   * @return the date
   * @throws InvalidValueException if it is neither, or names no day of the calendar
   */
  public static LocalDate day(String written) {
    return Kinds.parseDate(written.length() > 10 && isDateTime(written) ? written.substring(0, 10) : written);
  }

  private static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException notLocal) {
        return false;
      }
    }
  }
}
