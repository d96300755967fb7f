package io.github.tsunagari.validation;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.internal.Messages.Message;
import io.github.tsunagari.region.AreaNote;
import io.github.tsunagari.region.LocalGovernment;
import io.github.tsunagari.region.RegionalBlock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The findings of the rules of reading ({@code read.*}), the same for every format: the library's JSON bindings and
 * table readers make them here, and so may a reader of one's own. Each says where the problem is in the model (a path
 * such as {@code /grants/0/project/title}, relative to what is read), where it is in the source (a
 * {@link SourceLocation} of the format's kind, or null where none is known), and why, as data: names, shapes, the
 * typed reason of a value that cannot exist, a {@link SyntaxError} or a {@link ReadingLimit}. The finding writes the
 * message in Japanese or English.
 *
 * <pre>{@code
 * ReadingFindings.missingProperty("/grants/0/project/title", SourceLocation.ofCell("交付先一覧", 12, 4, "事業名"), "title");
 * }</pre>
 */
public final class ReadingFindings {
  private ReadingFindings() {}

  /**
   * The input is not well-formed in its format; nothing after the place can be read.
   *
   * @param path the path where reading was
   * @param location where in the source, or null
   * @param error why
   * @return the finding of {@link Rule#READ_SYNTAX}
   */
  public static Finding syntax(String path, SourceLocation location, SyntaxError error) {
    return Finding.reading(Rule.READ_SYNTAX, path, location, null, error.detail(), error.getFormat());
  }

  /**
   * A reading limit that has a maximum is exceeded.
   *
   * @param path the path where reading was
   * @param location where in the source, or null
   * @param limit the limit
   * @param max its maximum
   * @return the finding of {@link Rule#READ_LIMIT}
   * @throws IllegalArgumentException if the limit has no maximum
   */
  public static Finding limit(String path, SourceLocation location, ReadingLimit limit, long max) {
    if (!limit.hasMaximum()) {
      throw new IllegalArgumentException(limit + " has no maximum");
    }
    return Finding.reading(Rule.READ_LIMIT, path, location, null, new Message(limit.messageKey(), max));
  }

  /**
   * A reading limit without a maximum ({@link ReadingLimit#RECORDS_AFTER}, {@link ReadingLimit#OTHER}).
   *
   * @param path the path where reading was
   * @param location where in the source, or null
   * @param limit the limit
   * @return the finding of {@link Rule#READ_LIMIT}
   * @throws IllegalArgumentException if the limit has a maximum, which belongs in its finding
   */
  public static Finding limit(String path, SourceLocation location, ReadingLimit limit) {
    if (limit.hasMaximum()) {
      throw new IllegalArgumentException(limit + " has a maximum: give it");
    }
    return Finding.reading(Rule.READ_LIMIT, path, location, null, new Message(limit.messageKey()));
  }

  /**
   * A property (or column) that the form does not define.
   *
   * @param path the property's path
   * @param location where in the source, or null
   * @param name the property's name as written
   * @param expected the names the form defines there
   * @return the finding of {@link Rule#READ_UNKNOWN_PROPERTY}
   */
  public static Finding unknownProperty(String path, SourceLocation location, String name,
      Collection<String> expected) {
    return Finding.reading(Rule.READ_UNKNOWN_PROPERTY, path, location, Objects.requireNonNull(name, "name"),
        String.join(", ", expected));
  }

  /**
   * The same property twice; the second is not read.
   *
   * @param path the property's path
   * @param location where the second is, or null
   * @param name the property's name
   * @return the finding of {@link Rule#READ_DUPLICATE_PROPERTY}
   */
  public static Finding duplicateProperty(String path, SourceLocation location, String name) {
    return Finding.reading(Rule.READ_DUPLICATE_PROPERTY, path, location, Objects.requireNonNull(name, "name"));
  }

  /**
   * A required property is missing.
   *
   * @param path the missing property's path
   * @param location where the object that lacks it is, or null
   * @param name the property's name
   * @return the finding of {@link Rule#READ_MISSING_PROPERTY}
   */
  public static Finding missingProperty(String path, SourceLocation location, String name) {
    return Finding.reading(Rule.READ_MISSING_PROPERTY, path, location, Objects.requireNonNull(name, "name"));
  }

  /**
   * A value of the wrong shape, such as a number where text belongs, or nothing (null).
   *
   * @param path the value's path
   * @param location where in the source, or null
   * @param value the value as written ({@code {…}} or {@code […]} for a structure, {@code null} for nothing)
   * @param expected the shape the property needs
   * @param found the shape the input has
   * @return the finding of {@link Rule#READ_WRONG_TYPE}
   */
  public static Finding wrongType(String path, SourceLocation location, String value, ValueShape expected,
      ValueShape found) {
    return Finding.reading(Rule.READ_WRONG_TYPE, path, location, value, Objects.requireNonNull(expected, "expected"),
        Objects.requireNonNull(found, "found"));
  }

  /**
   * A value of the right shape that cannot exist, with its typed reason.
   *
   * @param path the value's path
   * @param location where in the source, or null
   * @param value the value as written
   * @param reason why it cannot exist, as its type's {@code parse} or {@code of} said
   * @return the finding of {@link Rule#READ_INVALID_VALUE}
   */
  public static Finding invalidValue(String path, SourceLocation location, String value,
      InvalidValueException reason) {
    return Finding.reading(Rule.READ_INVALID_VALUE, path, location, value, reason.getSubject(), explanation(reason));
  }

  /**
   * An object whose parts cannot stand together, with the typed reason its builder gave.
   *
   * @param path the object's path
   * @param location where the object is, or null
   * @param reason why, as the builder said
   * @return the finding of {@link Rule#READ_INVALID_OBJECT}
   */
  public static Finding invalidObject(String path, SourceLocation location, InvalidValueException reason) {
    return Finding.reading(Rule.READ_INVALID_OBJECT, path, location, null, explanation(reason));
  }

  /**
   * The encoding a table was read in, and how it was chosen: said, never silently chosen.
   *
   * @param location where the table starts, or null
   * @param encoding the encoding's name, such as {@code UTF-8} or {@code Windows-31J}
   * @param choice how it was chosen
   * @return the finding of {@link Rule#READ_ENCODING}, at the path {@code ""}
   */
  public static Finding encoding(SourceLocation location, String encoding, EncodingChoice choice) {
    return Finding.reading(Rule.READ_ENCODING, "", location, null, Objects.requireNonNull(encoding, "encoding"),
        new Message(choice.messageKey()));
  }

  /**
   * The table has no header row.
   *
   * @param location where the table is (its first row), or null
   * @return the finding of {@link Rule#READ_NO_HEADER}, at the path {@code ""}
   */
  public static Finding noHeader(SourceLocation location) {
    return Finding.reading(Rule.READ_NO_HEADER, "", location, null);
  }

  /**
   * A row has a value beyond the header's last column.
   *
   * @param path the path of the row's object, such as {@code /3}
   * @param location the cell
   * @param value the cell's text
   * @param columns how many columns the header names
   * @return the finding of {@link Rule#READ_RAGGED_ROW}
   */
  public static Finding raggedRow(String path, SourceLocation location, String value, int columns) {
    return Finding.reading(Rule.READ_RAGGED_ROW, path, location, Objects.requireNonNull(value, "value"), columns);
  }

  /**
   * Markup was removed from a text as it was read.
   *
   * @param path the text's path
   * @param location where in the source, or null
   * @param markup the markup removed, such as {@code <p></p>}
   * @return the finding of {@link Rule#READ_MARKUP_REMOVED}
   */
  public static Finding markupRemoved(String path, SourceLocation location, String markup) {
    return Finding.reading(Rule.READ_MARKUP_REMOVED, path, location, null, Objects.requireNonNull(markup, "markup"));
  }

  /**
   * A spreadsheet cell holds a value as Excel stores it, read as Excel shows it.
   *
   * @param path the value's path
   * @param location the cell
   * @param shown the text Excel shows, which is read
   * @param value what the cell holds
   * @return the finding of {@link Rule#READ_SPREADSHEET_VALUE}
   */
  public static Finding spreadsheetValue(String path, SourceLocation location, String shown,
      SpreadsheetValue value) {
    return Finding.reading(Rule.READ_SPREADSHEET_VALUE, path, location, Objects.requireNonNull(shown, "shown"),
        new Message(value.messageKey()));
  }

  /**
   * What reading an area text noticed about one of its parts ({@code ServiceArea.read}), as the finding of the rule of
   * its kind: {@link Rule#READ_AREA_LABEL_OR_MARK}, {@link Rule#READ_AREA_PLACE_WITHIN_MUNICIPALITY},
   * {@link Rule#READ_AREA_REGIONAL_BLOCK} (INFO); {@link Rule#READ_AREA_BRACKETED_PLACE_NOT_PREFECTURE},
   * {@link Rule#READ_AREA_NAMED_AREA_WITHOUT_MEMBERS}, {@link Rule#READ_AREA_AMBIGUOUS_MUNICIPALITY},
   * {@link Rule#READ_AREA_UNKNOWN_PART} (WARNING). The finding's value is the part the note is about.
   *
   * <pre>{@code
   * for (AreaNote note : ServiceArea.read(cell).getNotes()) {
   *   findings.add(ReadingFindings.areaNote("/grants/3/project/serviceArea", at, note));
   * }
   * }</pre>
   *
   * @param path the area's path, such as {@code /grants/3/project/serviceArea}
   * @param at where the area text is in the source, such as its cell
   * @param note the note
   * @return the finding
   */
  public static Finding areaNote(String path, SourceLocation at, AreaNote note) {
    return areaFinding(path, Objects.requireNonNull(at, "at"), note);
  }

  /**
   * {@link #areaNote(String, SourceLocation, AreaNote)} for an area text whose place in the source is not known.
   *
   * @param path the area's path
   * @param note the note
   * @return the finding, without a source location
   */
  public static Finding areaNote(String path, AreaNote note) {
    return areaFinding(path, null, note);
  }

  private static Finding areaFinding(String path, SourceLocation at, AreaNote note) {
    Objects.requireNonNull(note, "note");
    switch (note.getKind()) {
      case LABEL_OR_MARK:
        return Finding.reading(Rule.READ_AREA_LABEL_OR_MARK, path, at, note.getText());
      case PLACE_WITHIN_MUNICIPALITY:
        return Finding.reading(Rule.READ_AREA_PLACE_WITHIN_MUNICIPALITY, path, at, note.getText(), note.getDetail());
      case REGIONAL_BLOCK:
        return Finding.reading(Rule.READ_AREA_REGIONAL_BLOCK, path, at, note.getText(),
            Messages.list(RegionalBlock.find(note.getText()).map(RegionalBlock::getPrefectures).orElse(List.of())));
      case BRACKETED_PLACE_NOT_PREFECTURE:
        return Finding.reading(Rule.READ_AREA_BRACKETED_PLACE_NOT_PREFECTURE, path, at, note.getText(),
            note.getDetail());
      case NAMED_AREA_WITHOUT_MEMBERS:
        return Finding.reading(Rule.READ_AREA_NAMED_AREA_WITHOUT_MEMBERS, path, at, note.getText());
      case AMBIGUOUS_MUNICIPALITY:
        List<String> candidates = new ArrayList<>();
        for (LocalGovernment g : note.getCandidates()) {
          candidates.add(g.toString());
        }
        return Finding.reading(Rule.READ_AREA_AMBIGUOUS_MUNICIPALITY, path, at, note.getText(),
            Messages.data(candidates));
      case UNKNOWN_PART:
      default:
        return Finding.reading(Rule.READ_AREA_UNKNOWN_PART, path, at, note.getText());
    }
  }

  /** The explanation of a refused value, as a message written in the reader's language. */
  private static Message explanation(InvalidValueException e) {
    return new Message("reason." + e.getReason().name(), e.getDetails().toArray());
  }
}
