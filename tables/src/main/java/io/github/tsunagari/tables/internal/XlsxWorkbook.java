package io.github.tsunagari.tables.internal;

import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook opened for reading its sheets as rows ({@link XlsxRows}), with POI's streaming API: the package
 * ({@link OPCPackage}) over the file's zip, {@link XSSFReader} for its parts, never the workbook's object model
 * ({@code XSSFWorkbook}), which would hold every cell in memory.
 *
 * <pre>{@code
 * try (XlsxWorkbook workbook = XlsxWorkbook.open(in); RowSource rows = workbook.rows("交付先一覧")) {
 *   summary = streams.readTable(rows, each);
 * }
 * }</pre>
 *
 * <p>Opening never fails for what the file holds: a file that is empty, not a zip, not a workbook (a CSV file named
 * {@code .xlsx}, an old {@code .xls}), malformed, or a zip bomb opens as a workbook without sheets whose
 * {@link #rows(String)} give no rows and the finding that says why. Only a failure to read the file itself is an
 * {@link IOException}.
 *
 * <p>What is read at opening: the list of sheets and the date system ({@code xl/workbook.xml}), the styles (small), and
 * the shared strings, which a sheet's cells refer to by number and so are held in memory, as Excel holds them. They are
 * read without their phonetic runs ({@code <rPh>}, the furigana Japanese Excel stores beside a text): POI's
 * one-argument {@code ReadOnlySharedStringsTable(pkg)} would append them to the text, which Excel does not show.
 *
 * <p>Not thread-safe; read one sheet at a time. Closing closes the sheets' sources and deletes the file spooled from a
 * stream.
 */
public final class XlsxWorkbook implements Closeable {
  private static final String FORMAT = "XLSX";

  private final Path file;
  private final boolean temporary;
  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<Sheet> sheets;
  private final XlsxRows.Parts parts;
  private final List<Finding> problems;
  private final List<XlsxRows> sources = new ArrayList<>();
  private boolean closed;

  private XlsxWorkbook(Path file, boolean temporary, OPCPackage pkg, XSSFReader reader, List<Sheet> sheets,
      XlsxRows.Parts parts, List<Finding> problems) {
    this.file = file;
    this.temporary = temporary;
    this.pkg = pkg;
    this.reader = reader;
    this.sheets = List.copyOf(sheets);
    this.parts = parts;
    this.problems = List.copyOf(problems);
  }

  /**
   * Opens a workbook from a stream, which is read to its end and not closed.
   *
   * <p>The stream is first copied to a temporary file, deleted on {@link #close()}: a zip's directory is at its end,
   * and POI reads a package from a stream ({@code OPCPackage.open(InputStream)}) by inflating every part into memory,
   * the largest sheet included; from a file it inflates only the part read, as it is read.
   *
   * @param in the workbook's bytes
   * @return the workbook
   * @throws IOException if the stream or the temporary file cannot be read or written
   */
  public static XlsxWorkbook open(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Path spooled = Files.createTempFile("tsunagari-", ".xlsx");
    try {
      Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
      return open(spooled, true);
    } catch (IOException | RuntimeException | Error e) {
      delete(spooled, e);
      throw e;
    }
  }

  /**
   * Opens a workbook from a file, which is read as needed until {@link #close()}.
   *
   * @param file the file
   * @return the workbook
   * @throws IOException if the file cannot be read (it does not exist, it is a directory, the disk fails)
   */
  public static XlsxWorkbook open(Path file) throws IOException {
    return open(Objects.requireNonNull(file, "file"), false);
  }

  private static XlsxWorkbook open(Path file, boolean temporary) throws IOException {
    if (Files.size(file) == 0) {
      return unreadable(file, temporary,
          ReadingFindings.syntax("", null, SyntaxError.of(FORMAT, SyntaxError.Kind.NO_VALUE)));
    }
    XlsxParts zip = null;
    OPCPackage pkg = null;
    try {
      zip = XlsxParts.open(file);
      pkg = OPCPackage.open(zip);
      XSSFReader reader = new XSSFReader(pkg);
      Book book = Book.read(reader);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false); // no furigana appended
      return new XlsxWorkbook(file, temporary, pkg, reader, book.sheets, new XlsxRows.Parts(styles, strings,
          book.date1904), List.of());
    } catch (Exception | Error e) {
      if (pkg != null) {
        pkg.revert(); // read-only: closes without saving
      }
      if (zip != null) {
        try {
          zip.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      Finding finding = finding(e, null);
      if (finding == null) {
        if (temporary) {
          delete(file, e);
        }
        if (e instanceof Error) {
          throw (Error) e;
        }
        if (e instanceof RuntimeException) {
          throw (RuntimeException) e;
        }
        throw e instanceof IOException ? (IOException) e : new IOException("the workbook could not be read", e);
      }
      return unreadable(file, temporary, finding);
    }
  }

  private static XlsxWorkbook unreadable(Path file, boolean temporary, Finding finding) {
    return new XlsxWorkbook(file, temporary, null, null, List.of(), null, List.of(finding));
  }

  /** The file read: the one given, or the temporary copy of a stream (deleted on {@link #close()}). */
  public Path file() {
    return file;
  }

  /** The names of the sheets, in the workbook's order; none where it cannot be read. */
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    for (Sheet s : sheets) {
      names.add(s.name);
    }
    return names;
  }

  /**
   * Why the workbook cannot be read: a finding of {@code read.syntax} or {@code read.limit}; empty where it can. The
   * same findings come with the rows of every sheet.
   */
  public List<Finding> problems() {
    return problems;
  }

  /**
   * The rows of the first sheet.
   *
   * @return the rows; none, with the reason in its problems, where the workbook cannot be read
   */
  public RowSource rows() {
    return sheets.isEmpty() ? track(XlsxRows.none("", problems)) : rows(sheets.get(0).name);
  }

  /**
   * The rows of a sheet. A sheet the workbook does not have gives no rows, so that reading reports the table
   * without a header row at the sheet named ({@code read.no-header}); {@link #sheetNames()} says which there are.
   *
   * @param name the sheet's name, as the workbook writes it
   * @return the rows; none, with the reason in its problems, where the workbook cannot be read
   */
  public RowSource rows(String name) {
    Objects.requireNonNull(name, "name");
    if (closed) {
      throw new IllegalStateException("the workbook is closed");
    }
    if (parts == null) {
      return track(XlsxRows.none(name, problems));
    }
    for (Sheet s : sheets) {
      if (s.name.equals(name)) {
        return track(XlsxRows.of(name, () -> reader.getSheet(s.relation), parts));
      }
    }
    return track(XlsxRows.none(name, List.of()));
  }

  private XlsxRows track(XlsxRows rows) {
    sources.add(rows);
    return rows;
  }

  /** Closes the sheets' sources (stopping their parsers), then the package, and deletes the spooled file. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (XlsxRows rows : sources) {
      rows.close();
    }
    if (pkg != null) {
      pkg.revert(); // opened read-only: close() would only log that revert() is meant, and revert
    }
    if (temporary) {
      Files.deleteIfExists(file);
    }
  }

  private static void delete(Path file, Throwable failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * The finding for what POI (or the zip or XML reader under it) threw, by the types in its chain of causes, never
   * its message: a zip bomb ({@link ExpansionException}) is {@code read.limit}; a file that is not a zip, a
   * malformed part, XML that is not well-formed or a package that is not a workbook is {@code read.syntax}, unreadable.
   * Null for a failure to read the file itself, which the caller throws, and for an {@link Error}.
   *
   * @param thrown what was thrown
   * @param at where reading was, or null
   * @return the finding, or null
   */
  public static Finding finding(Throwable thrown, SourceLocation at) {
    ExpansionException bomb = find(thrown, ExpansionException.class);
    if (bomb != null) {
      return ReadingFindings.limit("", null, bomb.limit(), bomb.maximum());
    }
    if (thrown instanceof Error || thrown instanceof RuntimeException && isOurs(thrown)) {
      return null; // not the input's fault: thrown as it is
    }
    // Commons Compress wraps what it finds malformed in a plain IOException ("Error reading Zip content"), so the
    // whole chain is looked at: a malformed cause anywhere makes the input malformed; otherwise an IOException is a
    // failure to read. What remains are POI's own exceptions for what it cannot read (OpenXML4JException,
    // POIXMLException, NotOfficeXmlFileException and the runtime exceptions it throws on malformed content) and
    // SAXException for XML that is not well-formed.
    boolean io = false;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof IOException && malformed((IOException) t)) {
        io = false;
        break;
      }
      io |= t instanceof IOException;
    }
    return io ? null : ReadingFindings.syntax("", at, SyntaxError.of(FORMAT, SyntaxError.Kind.UNREADABLE));
  }

  /**
   * True for a runtime exception the library's own code threw (its first frame is ours): a bug, which must not be
   * reported as malformed input. POI, the XML parser and Commons Compress throw runtime exceptions for what they
   * cannot read; those are the input's.
   */
  private static boolean isOurs(Throwable thrown) {
    StackTraceElement[] frames = thrown.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().startsWith("io.github.tsunagari.");
  }

  /** True for the IOExceptions that say the bytes are malformed, not that they cannot be read. */
  private static boolean malformed(IOException e) {
    return e instanceof ZipException // not a zip, or inflating fails
        || e instanceof InvalidZipException // POI: entries of the same name
        || e instanceof EOFException // a truncated zip or part
        || e instanceof CharConversionException // XML whose bytes are not of its encoding
        || e instanceof UnsupportedEncodingException; // XML in an encoding the JDK does not know
  }

  /** The first throwable of a type in a chain of causes, or null. */
  public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** A sheet: its name and the relation from the workbook to its part. */
  private static final class Sheet {
    final String name;
    final String relation;

    Sheet(String name, String relation) {
      this.name = name;
      this.relation = relation;
    }
  }

  /** What {@code xl/workbook.xml} says: the sheets in order, and the date system. */
  private static final class Book extends DefaultHandler {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    final List<Sheet> sheets = new ArrayList<>();
    boolean date1904;

    /** Reads the workbook part with POI's secure SAX reader (no DTDs, no external entities). */
    static Book read(XSSFReader reader) throws Exception {
      Book book = new Book();
      try (InputStream in = reader.getWorkbookData()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(book);
        xml.parse(new InputSource(in));
      }
      return book;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      if ("sheet".equals(localName)) {
        String name = attributes.getValue("name");
        String relation = attributes.getValue(RELATIONSHIPS, "id");
        if (name != null && relation != null && sheets.stream().noneMatch(s -> s.name.equals(name))) {
          sheets.add(new Sheet(name, relation));
        }
      } else if ("workbookPr".equals(localName)) {
        String d = attributes.getValue("date1904");
        date1904 = "1".equals(d) || "true".equals(d);
      }
    }
  }
}
