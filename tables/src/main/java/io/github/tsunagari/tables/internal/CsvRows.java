package io.github.tsunagari.tables.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a CSV file, parsed by Jackson's CSV module as the text streams: a row per record (a quoted cell may hold
 * line breaks; rows are counted by records, as a spreadsheet shows them), each cell's text as written, a leading
 * {@code '} that guards a formula-looking cell taken off (see {@link CellText}). The encoding read is said in
 * {@link #problems()}, and so is whatever ends the file early: bytes that are not of the encoding, a quote never
 * closed, a record over its bound. Not part of the API.
 */
public final class CsvRows implements RowSource {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  private static final String FORMAT = "CSV";

  private final TableText text;
  private final JsonParser parser;
  private final List<Finding> problems = new ArrayList<>();
  private final List<String> header = new ArrayList<>();
  /** The cells of the row being read: one list for every row, so that it grows once, not for each row. */
  private final List<String> cells = new ArrayList<>();
  private int rows;
  private boolean ended;

  private CsvRows(TableText text) throws IOException {
    this.text = text;
    this.parser = FACTORY.createParser(text);
    // No schema: each record is an array of its cells' texts.
    ((CsvParser) parser).setSchema(CsvSchema.emptySchema());

  }

  /**
   * Opens the rows of a CSV file.
   *
   * @param in its bytes; not closed
   * @param encoding the encoding given, or empty to detect it
   * @return the rows
   * @throws IOException if the stream cannot be read
   */
  public static CsvRows open(InputStream in, Optional<Charset> encoding) throws IOException {
    return new CsvRows(TableText.open(in, encoding, ReadingLimits.MAX_RECORD_LENGTH));
  }

  @Override
  public String sheet() {
    return "";
  }

  @Override
  public Row next() throws IOException {
    if (ended) {
      return null;
    }
    List<String> cells = this.cells; // Row.of copies what it keeps
    cells.clear();
    int number = rows + 1;
    text.record();
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        ended = true;
        return null;
      }
      for (t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        String cell = parser.getText();
        if (cell.length() > ReadingLimits.MAX_STRING_LENGTH) {
          problems.add(ReadingFindings.limit("", at(number, cells.size()), ReadingLimit.STRING_LENGTH,
              ReadingLimits.MAX_STRING_LENGTH));
          cell = "";
        }
        cells.add(CellText.read(cell));
      }
    } catch (TableText.BadBytes e) {
      return end(SourceLocation.ofCell("", number, cells.size() + 1, header(cells.size())),
          ReadingFindings.syntax("", SourceLocation.ofByte(e.offset, number), SyntaxError.badEncoding(FORMAT,
              e.charset.name())), cells, number);
    } catch (TableText.TooLong e) {
      return end(at(number, cells.size()), ReadingFindings.limit("", at(number, cells.size()),
          ReadingLimit.RECORD_LENGTH, ReadingLimits.MAX_RECORD_LENGTH), cells, number);
    } catch (JsonProcessingException e) {
      // The CSV parser's own failures: at the end of the text, a quoted cell never closed; else unreadable.
      SyntaxError error = SyntaxError.of(FORMAT, text.atEnd() ? SyntaxError.Kind.UNCLOSED_QUOTE
          : SyntaxError.Kind.UNREADABLE);
      return end(at(number, cells.size()), ReadingFindings.syntax("", at(number, cells.size()), error), cells,
          number);
    }
    rows = number;
    if (number == 1) {
      header.addAll(cells);
    }
    return Row.of(number, cells);
  }

  /** The text ends early with a finding; the cells read of the record are not given as a row. */
  private Row end(SourceLocation where, Finding finding, List<String> cells, int number) {
    ended = true;
    problems.add(finding);
    if (finding.getRuleId().equals("read.limit")) {
      problems.add(ReadingFindings.limit("", where, ReadingLimit.RECORDS_AFTER));
    }
    return null;
  }

  private SourceLocation at(int row, int index) {
    return SourceLocation.ofCell("", row, index + 1, header(index));
  }

  private String header(int index) {
    return index < header.size() ? header.get(index) : "";
  }

  /** The problems, the encoding first: known once the text is read (a file of ASCII first chooses late). */
  @Override
  public List<Finding> problems() {
    List<Finding> all = new ArrayList<>(problems.size() + 1);
    all.add(ReadingFindings.encoding(SourceLocation.ofByte(text.detectedAt()), text.charset().name(), text.choice()));
    all.addAll(problems);
    return all;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
