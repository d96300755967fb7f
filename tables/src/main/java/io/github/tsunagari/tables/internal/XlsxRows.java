package io.github.tsunagari.tables.internal;

import io.github.tsunagari.tables.UnwritableCellException;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The rows of one sheet of an XLSX workbook, read as they stream: POI's event API ({@link XSSFSheetXMLHandler} over
 * SAX) reads the sheet's XML, never the workbook's object model, so memory holds a few rows, not the sheet.
 *
 * <p>Each row has its number as the sheet numbers it (rows the sheet skips, and rows with no text, which are not given,
 * keep their numbers) and its cells from column A, gaps filled with empty texts. A cell's text is what Excel shows
 * (POI's {@link DataFormatter}, in Japanese conventions), except a date, given as its ISO date ({@code 2024-04-01};
 * with its time, {@code 2024-04-01T09:30:00}, where it has one) and marked {@link Stored#DATE}. A number is marked
 * {@link Stored#NUMBER}; a text that is a plain decimal number (Excel's green triangle) {@link Stored#NUMBER_AS_TEXT}.
 *
 * <p>SAX pushes and {@link RowSource} pulls: the sheet is parsed on a thread of its own (a daemon thread, started at
 * the first {@link #next()}), which hands rows over through a queue of {@value #QUEUE} rows and waits while it is full.
 * {@link #close()} stops it. An instance is for one reader.
 *
 * <p>Hostile or broken input ends the rows with a finding in {@link #problems()}, never with POI's exception or its
 * text: malformed XML or parts ({@code read.syntax}, XLSX, unreadable), a part that expands too much (a zip bomb,
 * {@code read.limit}), a cell longer than {@link ReadingLimits#MAX_STRING_LENGTH} (the cell is read as empty), a row or
 * column beyond Excel's last (the sheet ends there). Only a failure to read the file itself is an {@link IOException}.
 */
public final class XlsxRows implements RowSource {
  /** Excel's rows in a sheet. */
  public static final int MAX_ROWS = UnwritableCellException.Reason.ROWS.getMaximum().orElseThrow();
  /** Excel's columns in a sheet (A to XFD). */
  public static final int MAX_COLUMNS = UnwritableCellException.Reason.COLUMNS.getMaximum().orElseThrow();
  /** Rows handed over at most at once: the rows in memory beyond the one being built. */
  private static final int QUEUE = 16;
  private static final String FORMAT = "XLSX";
  private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  /** What a sheet's XML comes from: opened on the thread that parses it, so that its failures become findings. */
  interface SheetData {
    /**
     * Opens the sheet's XML.
     *
     * @return the stream, which the caller closes
     * @throws Exception as the workbook's parts fail (POI's checked and unchecked exceptions)
     */
    InputStream open() throws Exception;
  }

  /** The workbook's parts a sheet's cells refer to. */
  public static final class Parts {
    final Styles styles;
    final SharedStrings strings;
    final boolean date1904;

    /**
     * The parts.
     *
     * @param styles the styles table, or null where the workbook has none (numbers are then shown as stored)
     * @param strings the shared strings, read without their phonetic runs
     * @param date1904 true where the workbook counts dates from 1904 (a Mac's old default)
     */
    Parts(Styles styles, SharedStrings strings, boolean date1904) {
      this.styles = styles;
      this.strings = Objects.requireNonNull(strings, "strings");
      this.date1904 = date1904;
    }
  }

  private final String sheet;
  private final SheetData data;
  private final Parts parts;
  private final List<Finding> problems = new ArrayList<>();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
  private volatile boolean cancelled;
  private Thread parser;
  private boolean ended;

  private XlsxRows(String sheet, SheetData data, Parts parts, List<Finding> problems) {
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.data = data;
    this.parts = parts;
    this.problems.addAll(problems);
  }

  /**
   * The rows of a sheet.
   *
   * @param sheet the sheet's name
   * @param data where its XML comes from
   * @param parts the workbook's styles and shared strings
   * @return the rows, read from the first {@link #next()}
   */
  public static XlsxRows of(String sheet, SheetData data, Parts parts) {
    return new XlsxRows(sheet, Objects.requireNonNull(data, "data"), Objects.requireNonNull(parts, "parts"), List.of());
  }

  /**
   * No rows, for a workbook or sheet that cannot be read: the findings say why.
   *
   * @param sheet the sheet's name, or empty where none is known
   * @param problems the findings
   * @return the rows: none
   */
  public static XlsxRows none(String sheet, List<Finding> problems) {
    XlsxRows rows = new XlsxRows(sheet, null, null, problems);
    rows.ended = true;
    return rows;
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public Row next() throws IOException {
    if (ended) {
      return null;
    }
    if (parser == null) {
      parser = new Thread(this::parse, "tsunagari-xlsx-rows");
      parser.setDaemon(true); // a source dropped unclosed must not keep the JVM alive
      parser.start();
    }
    Object next;
    try {
      next = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the rows of sheet " + sheet);
    }
    if (next instanceof Row) {
      return (Row) next;
    }
    ended = true;
    if (next instanceof Failure) {
      Throwable cause = ((Failure) next).cause;
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause; // the library's own failure: a bug to see, not input to report
      }
      throw new IOException("the rows of sheet " + sheet + " could not be read", cause);
    }
    return null;
  }

  /** The findings of the sheet; complete once {@link #next()} has returned null. */
  @Override
  public List<Finding> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** Stops the thread that parses the sheet, if it runs, and waits for it: the workbook can be closed after this. */
  @Override
  public void close() {
    ended = true;
    cancelled = true;
    Thread t = parser;
    if (t == null) {
      return;
    }
    queue.clear(); // a parser waiting to hand over a row sees that it is cancelled
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true; // keep waiting: the workbook must not be closed under the parser
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The parser's thread: reads the sheet to its end, to a finding, or until closed. */
  private void parse() {
    Rows rows = new Rows();
    Object last = End.END;
    try (InputStream in = data.open()) {
      XMLReader xml = XMLHelper.newXMLReader(); // POI's secure reader: no DTDs, no external entities
      DataFormatter formatter = new Shown(parts.date1904, rows);
      xml.setContentHandler(new Cells(parts, rows, formatter));
      xml.parse(new InputSource(in));
    } catch (Throwable t) {
      Throwable stop = XlsxWorkbook.find(t, Stop.class);
      if (stop == null) {
        Finding finding = XlsxWorkbook.finding(t, rows.location());
        if (finding == null) {
          last = new Failure(t);
        } else {
          add(finding);
        }
      }
    }
    hand(last);
  }

  private void add(Finding finding) {
    synchronized (problems) {
      problems.add(finding);
    }
  }

  /** Hands a row (or the end) to the reader, waiting while the queue is full; stops when closed. */
  private void hand(Object item) {
    try {
      while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        if (cancelled) {
          throw new Stop();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stop();
    }
  }

  /** Unwinds the parser when the source is closed or the sheet must end; never leaves the parser's thread. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** The end of the rows. */
  private enum End {
    END
  }

  /** A failure to read the file, handed to the reader to throw. */
  private static final class Failure {
    final Throwable cause;

    Failure(Throwable cause) {
      this.cause = cause;
    }
  }

  /**
   * The rows as POI's handler reports them: builds each row's cells and hands it over at its end. Also what the
   * handler's subclass and the formatter note of the cell being read, for its {@link Stored} mark.
   */
  private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private List<String> header = List.of();
    private List<String> cells = new ArrayList<>();
    private Map<Integer, Stored> stored = new HashMap<>();
    private int number;
    private int column;
    private boolean text;
    /** The type of the cell being read ({@code t}: null for a number, {@code s}, {@code inlineStr}, …). */
    String type;
    /** True where the formatter has just written the cell being read as a date. */
    boolean date;
    /** True where the cell being read is a number in one of Japanese Excel's built-in date formats. */
    boolean builtInDate;
    /** The value of a number cell as stored ({@code <v>}), its first 64 characters: a number is shorter. */
    final StringBuilder raw = new StringBuilder();

    @Override
    public void startRow(int rowNum) {
      if (cancelled) {
        throw new Stop();
      }
      long n = rowNum + 1L;
      if (n < 1 || n > MAX_ROWS) {
        add(ReadingFindings.syntax("", n < 1 ? null : SourceLocation.ofCell(sheet, (int) n, 1, ""),
            SyntaxError.of(FORMAT, SyntaxError.Kind.UNREADABLE)));
        throw new Stop(); // Excel has no such row: the sheet is broken from here
      }
      number = (int) n;
      column = 0;
      text = false;
      cells = new ArrayList<>();
      stored = new HashMap<>();
    }

    @Override
    public void cell(String reference, String shown, XSSFComment comment) {
      int c = reference == null ? column : columnOf(reference);
      if (c < 0 || c >= MAX_COLUMNS) {
        add(ReadingFindings.syntax("", SourceLocation.ofCell(sheet, number, c < 0 ? MAX_COLUMNS + 1 : c + 1, ""),
            SyntaxError.of(FORMAT, SyntaxError.Kind.UNREADABLE)));
        return; // Excel has no such column: the cell is not read
      }
      column = c + 1;
      String value = shown == null ? "" : shown; // null for an empty cell that has only a comment
      if ("e".equals(type) && value.startsWith("ERROR:")) {
        value = value.substring("ERROR:".length()); // POI's prefix; Excel shows the error as it is (#N/A)
      } else if (builtInDate && !date) {
        String iso = isDecimal(value) ? iso(Double.parseDouble(value), parts.date1904) : null;
        if (iso != null) {
          value = iso;
          date = true;
        }
      } else if ("d".equals(type) && value.endsWith("T00:00:00")) {
        value = value.substring(0, value.length() - "T00:00:00".length()); // a date without its time, as ISO
      }
      if (value.length() > ReadingLimits.MAX_STRING_LENGTH) {
        String name = c < header.size() ? header.get(c) : "";
        add(ReadingFindings.limit("", SourceLocation.ofCell(sheet, number, c + 1, name), ReadingLimit.STRING_LENGTH,
            ReadingLimits.MAX_STRING_LENGTH));
        value = "";
      }
      while (cells.size() <= c) {
        cells.add("");
      }
      cells.set(c, value);
      if (!value.isEmpty()) {
        text = true;
        Stored how = date || "d".equals(type) ? Stored.DATE
            : (type == null || "n".equals(type)) && isNumber(raw) ? Stored.NUMBER
            : ("s".equals(type) || "inlineStr".equals(type)) && isDecimal(value) ? Stored.NUMBER_AS_TEXT
            : null;
        if (how == null) {
          stored.remove(c);
        } else {
          stored.put(c, how);
        }
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (!text) {
        return; // a row with no text is no row (the next keeps its number)
      }
      Row row = Row.of(number, cells, stored);
      if (header.isEmpty()) {
        header = row.cells();
      }
      hand(row);
    }

    /** Where the sheet was when reading stopped: the row being read, or null before the first. */
    SourceLocation location() {
      return number < 1 ? null : SourceLocation.ofCell(sheet, number, Math.max(column, 1), "");
    }
  }

  /**
   * True where a cell's style has one of Japanese Excel's built-in date formats without writing it out: POI's handler
   * then passes the number through as it is stored, without asking the formatter.
   */
  private boolean builtInDate(String style) {
    if (parts.styles == null || style == null) {
      return false;
    }
    try {
      XSSFCellStyle s = parts.styles.getStyleAt(Integer.parseInt(style));
      return s != null && s.getDataFormatString() == null && JAPANESE_DATES.contains((int) s.getDataFormat());
    } catch (RuntimeException e) {
      return false; // a style that does not exist: POI's handler decides what the cell is
    }
  }

  /**
   * POI's handler, which also tells {@link Rows} the type of each cell (POI's handler passes only its shown text) and
   * stops when the source is closed.
   */
  private final class Cells extends XSSFSheetXMLHandler {
    private final Rows rows;
    private boolean value;

    Cells(Parts parts, Rows rows, DataFormatter formatter) {
      super(parts.styles, null, parts.strings, rows, formatter, false);
      this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      if (cancelled) {
        throw new Stop();
      }
      Attributes given = attributes;
      if ("v".equals(localName) && (uri == null || SPREADSHEETML.equals(uri))) {
        value = true; // POI's handler passes on a number's value only as formatted: keep it as stored too
        rows.raw.setLength(0);
      } else if ("c".equals(localName) && (uri == null || SPREADSHEETML.equals(uri))) { // as POI's handler matches it
        rows.type = attributes.getValue("t");
        rows.date = false;
        rows.builtInDate = rows.type == null && builtInDate(attributes.getValue("s"));
        if ("d".equals(rows.type)) {
          // An ISO 8601 date (t="d", rare): POI's handler would parse it as a number and fail; as "str" it passes
          // the text through as it is.
          AttributesImpl text = new AttributesImpl(attributes);
          text.setValue(text.getIndex("t"), "str");
          given = text;
        }
      }
      super.startElement(uri, localName, qName, given);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (cancelled) {
        throw new Stop(); // a long text or a long run of white space still stops promptly
      }
      if (value && rows.raw.length() < 64) {
        rows.raw.append(ch, start, Math.min(length, 64 - rows.raw.length()));
      }
      super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      super.endElement(uri, localName, qName); // the cell is reported here, at the end of its value
      if ("v".equals(localName)) {
        value = false;
      }
    }
  }

  /**
   * Excel's display of numbers (in Japanese conventions, whatever the machine's locale), but ISO dates for cells
   * formatted as dates: POI's handler formats every number through {@link #formatRawCellContents(double, int, String)},
   * which is where a date is known as one.
   */
  private static final class Shown extends DataFormatter {
    private final boolean date1904;
    private final Rows rows;

    Shown(boolean date1904, Rows rows) {
      super(Locale.JAPAN);
      this.date1904 = date1904;
      this.rows = rows;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (isDate(formatIndex, formatString)) {
        String iso = iso(value, date1904);
        if (iso != null) {
          rows.date = true;
          return iso;
        }
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /**
   * A date's ISO text: {@code 2024-04-01}, or {@code 2024-04-01T09:30:00} where it has a time of day; null for a number
   * that is no date Excel shows (negative, or after 9999).
   */
  public static String iso(double value, boolean date1904) {
    if (!DateUtil.isValidExcelDate(value)) {
      return null;
    }
    LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
    if (at == null) {
      return null;
    }
    return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
        : at.truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
  }

  /**
   * Japanese Excel's built-in date formats (ECMA-376 Part 1, 18.8.30, ja-JP: {@code [$-411]ge.m.d},
   * {@code ggge"年"m"月"d"日"}, {@code yyyy"年"m"月"}, …; 32 and 33 are times): a file refers to them by number without
   * writing them out, and POI knows them only as "reserved" or not at all.
   */
  private static final Set<Integer> JAPANESE_DATES =
      Set.of(27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58);

  /**
   * True where a number format shows a date: one POI knows as a date format and that shows a year, a month's day or an
   * era (not only a time of day, {@code h:mm}, which is shown as Excel shows it); a Japanese era format, which POI does
   * not know ({@code [$-ja-JP-x-gannen]ggge"年"m"月"d"日"}); or one of Japanese Excel's built-in dates.
   *
   * @param index the format's number
   * @param format the format, or null where the file does not write it out
   * @return true for a date
   */
  public static boolean isDate(int index, String format) {
    if (format == null || format.startsWith("reserved-")) {
      return JAPANESE_DATES.contains(index);
    }
    String bare = bare(format);
    boolean day = bare.indexOf('y') >= 0 || bare.indexOf('d') >= 0;
    boolean era = (bare.indexOf('g') >= 0 || bare.indexOf('e') >= 0)
        && (bare.indexOf('m') >= 0 || bare.indexOf('d') >= 0) && bare.indexOf('0') < 0 && bare.indexOf('#') < 0;
    return DateUtil.isADateFormat(index, format) ? day || era : era;
  }

  /**
   * A number format's letters that format, in lower case: without quoted text, escaped characters, bracketed parts
   * ({@code [$-411]}, {@code [Red]}) and the word {@code General}.
   */
  private static String bare(String format) {
    StringBuilder b = new StringBuilder(format.length());
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char ch = format.charAt(i);
      if (ch == '\\' && !quoted) {
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == '[') {
        bracket = true;
      } else if (!quoted && ch == ']') {
        bracket = false;
      } else if (!quoted && !bracket) {
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString().replace("general", "");
  }

  /**
   * True where a number cell's stored value is a number: POI's handler passes any other text through as it is (a
   * broken file), which is then read as text.
   */
  public static boolean isNumber(CharSequence raw) {
    if (raw.length() == 0 || raw.length() >= 64) {
      return false;
    }
    try {
      Double.parseDouble(raw.toString());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** True for a plain decimal number: an optional sign, digits, and at most one point followed by digits. */
  public static boolean isDecimal(String s) {
    if (s.isEmpty()) {
      return false; // an empty value (<v></v>) is no number
    }
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.' && !point && digits > 0) {
        point = true;
        digits = 0;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /**
   * The column of a cell reference such as {@code AB12}, from 0; -1 where it has no letters or more than 3 (beyond
   * {@code XFD}, which is checked by the caller, so that a hostile reference cannot overflow).
   */
  public static int columnOf(String reference) {
    int c = 0;
    int letters = 0;
    for (int i = 0; i < reference.length(); i++) {
      char ch = reference.charAt(i);
      if (ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z') {
        if (++letters > 3) {
          return -1;
        }
        c = c * 26 + (Character.toUpperCase(ch) - 'A' + 1);
      } else if (ch == '$') {
        continue;
      } else {
        break;
      }
    }
    return letters == 0 ? -1 : c - 1;
  }
}
