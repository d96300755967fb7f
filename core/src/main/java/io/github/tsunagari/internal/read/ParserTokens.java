package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Path;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The tokens of a streaming parser of the Jackson kind (Jackson 2 and 3 alike), all but the parser's own API: the
 * library's limits checked on the tokens read, so that a mapper of any configuration reads as the library's readers do;
 * locations in characters; and every failure of the parser turned into a finding, told by what the parser says of it
 * ({@link Failure}), its last token and container, and the bytes there ({@link JsonSyntax}), never by an exception's
 * text. A binding extends it with the dozen small methods that ask its parser, and nothing else. Not part of the API.
 *
 * <p>Locations count characters. A parser of bytes counts its columns in bytes, so the line's bytes are counted again,
 * only for a location asked for (a problem), where the parser's input is the reading layer's {@link JsonInput}; a
 * parser of another input (a user's mapper reading a stream) gives the byte and its line.
 */
public abstract class ParserTokens implements JsonTokens {
  /**
   * A place as a parser gives it: its line and column (in bytes for a parser of bytes, in characters for a parser of
   * text) and its byte or character offset, each less than 1 (or 0 for offsets) where the parser does not know it.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param byteOffset the byte offset, or -1
   * @param charOffset the character offset (a parser of text), or -1
   */
  public record Place(int line, int column, long byteOffset, long charOffset) {}

  /** What a parser's failure is, as its kind of exception tells: the binding's only say in the finding. */
  public static final class Failure {
    private final Finding reported;
    private final IOException input;
    private final Place at;
    private final boolean end;
    private final boolean constraint;

    private Failure(Finding reported, IOException input, Place at, boolean end, boolean constraint) {
      this.reported = reported;
      this.input = input;
      this.at = at;
      this.end = end;
      this.constraint = constraint;
    }

    /**
     * A finding made already, placed (by a parser of the binding's own, such as a mapper's root parser).
     *
     * @param finding the finding
     * @return the failure
     */
    public static Failure reported(Finding finding) {
      return new Failure(finding, null, null, false, false);
    }

    /**
     * A failure of the input rather than of the parser (see {@link #inputFailure}).
     *
     * @param e the input's exception
     * @return the failure
     */
    public static Failure input(IOException e) {
      return new Failure(null, e, null, false, false);
    }

    /**
     * A failure of the parser: malformed JSON, the end of the input inside a value, or one of its constraints.
     *
     * @param at where the parser places it, or null where it does not
     * @param end true if the parser met the end of the input
     * @param constraint true if it is one of the parser's constraints (a limit)
     * @return the failure
     */
    public static Failure parser(Place at, boolean end, boolean constraint) {
      return new Failure(null, null, at, end, constraint);
    }
  }

  private final SourceBytes bytes;
  /** The bytes, where they are the reading layer's input, which bounds a record; otherwise null. */
  private final JsonInput input;
  private final String basePath;
  private final int lineOffset;
  private final boolean readsInvalidUtf8;
  /** The last property name read at each depth of nesting, for the place of a name over its limit. */
  private String[] names = new String[8];

  /**
   * Tokens of a parser.
   *
   * @param bytes the bytes it reads (the reading layer's input, or a line), where they are at hand; otherwise null
   * @param basePath prepended to every pointer (a record's place in a stream), or empty
   * @param lineOffset added to every line (a record's line in a JSON Lines file, less one), or 0
   * @param readsInvalidUtf8 true if the parser decodes UTF-8 leniently (see {@link #probe}): the bytes of every text
   *     read that are not all ASCII are then looked at, and refused as a strict parser refuses them
   */
  protected ParserTokens(SourceBytes bytes, String basePath, int lineOffset, boolean readsInvalidUtf8) {
    this.bytes = bytes;
    this.input = bytes instanceof JsonInput ? (JsonInput) bytes : null;
    this.basePath = basePath;
    this.lineOffset = lineOffset;
    this.readsInvalidUtf8 = readsInvalidUtf8;
  }

  /**
   * Texts whose bytes are not UTF-8 that a lenient parser reads as characters: a surrogate written as UTF-8 bytes, an
   * overlong sequence ({@code C0 AF} for {@code /}) and a code point past U+10FFFF, each a JSON string.
   */
  private static final byte[][] INVALID_UTF8 = {
      {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
      {'"', (byte) 0xC0, (byte) 0xAF, '"'},
      {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}};

  /**
   * True if a parser decodes UTF-8 leniently, as Jackson before 2.23 does (jackson-core#363 and the like): it reads one
   * of the strings of bytes that are not UTF-8 as text, so a value would be read altered.
   *
   * @param reads true if the parser reads the bytes (a JSON string) as text without failing
   * @return true if it reads any of them
   */
  public static boolean probe(java.util.function.Predicate<byte[]> reads) {
    for (byte[] text : INVALID_UTF8) {
      if (reads.test(text)) {
        return true;
      }
    }
    return false;
  }

  /** Moves the parser to its next token: the token, or null at the end of the input. */
  protected abstract Token advance() throws Exception;

  /** The parser's current token, or null. */
  protected abstract Token token();

  /** The parser's current property name, or null. */
  protected abstract String currentName() throws Exception;

  /** The text of the parser's current token. */
  protected abstract String currentText() throws Exception;

  /** The digits of the current number, as JSON writes it (see {@link #digits(char[], int, int)}). */
  protected abstract int digits() throws Exception;

  /** True if the current whole number fits a long. */
  protected abstract boolean isLong() throws Exception;

  /** The current whole number. */
  protected abstract long currentLong() throws Exception;

  /** The parser's nesting depth, 0 at the root. */
  protected abstract int depth();

  /** The container the parser is in. */
  protected abstract JsonSyntax.Container container();

  /**
   * The pointer of the parser's container, as the parser gives it.
   *
   * @param parent true for its parent's (where it has one), such as the place of an object at its start
   * @return the pointer
   */
  protected abstract String path(boolean parent);

  /** Where the current token starts. */
  protected abstract Place tokenPlace();

  /** Where the parser is. */
  protected abstract Place currentPlace();

  /**
   * A mark of the current token, cheap to take: at the start of an object or list (where the bytes are at hand) its
   * container, whose start the parser keeps; elsewhere the token's location.
   *
   * @param container true for the container
   * @return the mark
   */
  protected abstract Object parserMark(boolean container);

  /**
   * The place of a mark.
   *
   * @param mark a mark of {@link #parserMark}
   * @return its place: a container's start, or the token's
   */
  protected abstract Place placeOf(Object mark);

  /** True if a mark is a container's. */
  protected abstract boolean isContainer(Object mark);

  /** The parser's own maximum of a limit (nesting depth, string or number length). */
  protected abstract long parserMaximum(ReadingLimit limit);

  /**
   * What an exception of the parser is. A runtime exception that is no failure of the parser is thrown on.
   *
   * @param e the exception
   * @return the failure
   */
  protected abstract Failure failure(Exception e);

  /** Closes the parser. */
  protected abstract void closeParser() throws Exception;

  @Override
  public final void boundRecord(long max) {
    if (input == null) {
      return;
    }
    long start = max <= 0 ? -1 : tokenPlace().byteOffset();
    input.boundRecord(start, max);
  }

  @Override
  public final void checkpoint() {
    // The input's count is ahead of the parser by its buffer at most: look at the token's own offset only past it.
    long end = input == null ? -1 : input.recordEnd();
    if (end >= 0 && input.count() > end && tokenPlace().byteOffset() > end) {
      throw new FormReader.Stop(ReadingFindings.limit(pointer(), location(), ReadingLimit.RECORD_LENGTH,
          input.recordMax()), true);
    }
  }

  @Override
  public final Token next() {
    Token t;
    try {
      t = advance();
    } catch (Exception e) {
      throw stop(e);
    }
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT:
      case START_ARRAY:
        int depth = depth();
        if (depth > ReadingLimits.MAX_NESTING_DEPTH) {
          throw limitHere(ReadingLimit.NESTING_DEPTH, ReadingLimits.MAX_NESTING_DEPTH);
        }
        if (t == Token.START_OBJECT && depth < names.length) {
          names[depth] = null;
        }
        break;
      case WHOLE_NUMBER:
      case NUMBER:
        int digits;
        try {
          digits = digits();
        } catch (Exception e) {
          throw stop(e);
        }
        if (digits > ReadingLimits.MAX_NUMBER_LENGTH) {
          throw limitHere(ReadingLimit.NUMBER_LENGTH, ReadingLimits.MAX_NUMBER_LENGTH);
        }
        break;
      default:
        break;
    }
    return t;
  }

  /**
   * The digits of a number as JSON writes it (a sign and a decimal point are none).
   *
   * @param text the parser's characters
   * @param offset where the number starts in them
   * @param length its length
   * @return its digits
   */
  public static int digits(char[] text, int offset, int length) {
    int digits = 0;
    for (int i = offset; i < offset + length; i++) {
      if (text[i] >= '0' && text[i] <= '9') {
        digits++;
      }
    }
    return digits;
  }

  @Override
  public final Token current() {
    return token();
  }

  @Override
  public final String name() {
    String name;
    try {
      name = currentName();
    } catch (Exception e) {
      throw stop(e);
    }
    if (name == null) {
      return null;
    }
    if (readsInvalidUtf8) {
      refuseInvalidUtf8(name, JsonSyntax.Last.NAME);
    }
    int depth = depth();
    if (depth >= names.length) {
      names = Arrays.copyOf(names, Math.max(2 * names.length, depth + 1));
    }
    if (name.length() > ReadingLimits.MAX_NAME_LENGTH) {
      // Placed as a parser that stops at the name places it: after the name, in the property read before it.
      String before = path(true);
      if (names[depth] != null) {
        before = Path.append(before, names[depth]);
      }
      throw new FormReader.Stop(ReadingFindings.limit(basePath + before, nameEnd(name), ReadingLimit.NAME_LENGTH,
          ReadingLimits.MAX_NAME_LENGTH));
    }
    names[depth] = name;
    return name;
  }

  @Override
  public final String text() {
    String text;
    try {
      text = currentText();
    } catch (Exception e) {
      throw stop(e);
    }
    if (text != null && text.length() > ReadingLimits.MAX_STRING_LENGTH) {
      throw limitHere(ReadingLimit.STRING_LENGTH, ReadingLimits.MAX_STRING_LENGTH);
    }
    if (readsInvalidUtf8 && text != null && token() == Token.TEXT) {
      refuseInvalidUtf8(text, JsonSyntax.Last.STRING);
    }
    return text;
  }

  @Override
  public final boolean fitsLong() {
    try {
      return isLong();
    } catch (Exception e) {
      throw stop(e);
    }
  }

  @Override
  public final long longValue() {
    try {
      return currentLong();
    } catch (Exception e) {
      throw stop(e);
    }
  }

  /**
   * At the start of an object or list, skips to its end token by token, so that the limits hold in what is skipped as
   * in what is read: nesting, names, numbers (a text that is skipped is not kept, so its length costs nothing). A text
   * skipped, the value itself or one inside it, is refused where its bytes are not UTF-8, as one read is.
   */
  @Override
  public final void skipChildren() {
    Token t = token();
    if (t == Token.TEXT) {
      refuseSkippedText(); // a scalar skipped: the value of an unknown or a repeated property
      return;
    }
    if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      Token next = next();
      if (next == null) {
        return; // the parser reports an end inside a value itself
      }
      switch (next) {
        case START_OBJECT:
        case START_ARRAY:
          open++;
          break;
        case END_OBJECT:
        case END_ARRAY:
          open--;
          break;
        case NAME:
          name();
          break;
        case TEXT:
          refuseSkippedText();
          break;
        default:
          break;
      }
    }
  }

  /**
   * On a parser that decodes UTF-8 leniently: refuses a text that is skipped, not read, where its bytes are not UTF-8.
   * A strict parser refuses them wherever they are, read or skipped; so must a lenient one, or the same bytes would be
   * malformed input on one Jackson and a value skipped without a word on another.
   */
  private void refuseSkippedText() {
    if (!readsInvalidUtf8 || bytes == null) {
      return;
    }
    String text;
    try {
      text = currentText();
    } catch (Exception e) {
      throw stop(e);
    }
    refuseInvalidUtf8(text, JsonSyntax.Last.STRING);
  }

  /**
   * On a parser that decodes UTF-8 leniently: refuses a text whose bytes are not UTF-8, as a strict parser and the
   * reading layer refuse it, at its first bad byte. Only the token's own bytes are looked at (from its quote to where
   * the parser has read), and none where each of them is one ASCII character of the text.
   */
  private void refuseInvalidUtf8(String text, JsonSyntax.Last last) {
    if (bytes == null) {
      return;
    }
    Place at = tokenPlace();
    long end = currentPlace().byteOffset();
    if (end - at.byteOffset() == text.length() + 2 && isAscii(text)) {
      return; // two quotes and one byte for each character: all ASCII, which is UTF-8
    }
    Optional<JsonSyntax.Diagnosis> d = JsonSyntax.notUtf8(bytes, new JsonSyntax.Start(last, container(), depth(),
        at.byteOffset(), at.line(), at.column()), end);
    if (d.isPresent()) {
      throw new FormReader.Stop(d.get().finding(safePointer(), bytes, lineOffset));
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The byte offset where the current token starts, or -1 where the parser does not know it.
   *
   * @return the offset
   */
  final long tokenOffset() {
    Place at = tokenPlace();
    return at == null ? -1 : at.byteOffset();
  }

  @Override
  public final String pointer() {
    Token t = token();
    return basePath + path(t == Token.START_OBJECT || t == Token.START_ARRAY);
  }

  @Override
  public final SourceLocation location() {
    return location(tokenPlace());
  }

  @Override
  public final SourceLocation here() {
    return location(currentPlace());
  }

  /**
   * A mark of an object or list is its container, which the parser keeps with the place it starts (its line and
   * column) while it is read: no location is made for every object, only for one a problem is found in. Where the
   * parser's bytes are not at hand, and elsewhere, a mark is the token's location.
   */
  @Override
  public final Object mark() {
    Token t = token();
    return parserMark(bytes != null && (t == Token.START_OBJECT || t == Token.START_ARRAY));
  }

  @Override
  public final SourceLocation location(Object mark) {
    Place start = placeOf(mark);
    if (!isContainer(mark)) {
      return location(start);
    }
    long offset = offsetOf(start.line(), start.column(), tokenPlace());
    return offset < 0 ? SourceLocation.of(start.line() + lineOffset, Math.max(1, start.column()))
        : SourceBytes.locate(bytes, start.line(), start.column(), offset, lineOffset);
  }

  /**
   * The byte offset of a line and column in bytes, counted from a place whose offset is known (the current token):
   * on its line by the columns, on an earlier line by its line breaks, counted back in the bytes at hand as the
   * parser counts them ({@code \n}, or {@code \r} alone); -1 where they are not at hand.
   */
  private long offsetOf(int line, int column, Place anchor) {
    long lineStart = anchor.byteOffset() - (anchor.column() - 1);
    if (anchor.byteOffset() < 0 || column < 1) {
      return -1;
    }
    int lines = anchor.line() - line;
    if (lines < 0) {
      return -1;
    }
    if (lines > 0) {
      // Back over the breaks that end the lines from the mark's to the anchor's, and the one before the mark's line.
      long from = Math.max(bytes.start(), lineStart - (1 << 20));
      byte[] b = lineStart > from ? bytes.copy(from, lineStart) : new byte[0];
      if (b == null) {
        return -1;
      }
      int breaks = lines + 1;
      int i = b.length - 1;
      for (; i >= 0; i--) {
        if ((b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) && --breaks == 0) {
          break;
        }
      }
      if (breaks == 0) {
        lineStart = from + i + 1;
      } else if (breaks == 1 && from == 0) {
        lineStart = 0; // the mark's line is the first
      } else {
        return -1;
      }
    }
    return lineStart + column - 1;
  }

  @Override
  public final void close() {
    try {
      closeParser();
    } catch (Exception e) {
      // the reader is done with the input: nothing to report
    }
  }

  /** The location of a parser's place, in characters; null where it has none. */
  private SourceLocation location(Place at) {
    if (at == null) {
      return null;
    }
    if (at.charOffset() >= 0 || at.byteOffset() < 0) {
      // A parser of text counts characters itself.
      return at.line() >= 1 && at.column() >= 1 ? SourceLocation.of(at.line() + lineOffset, at.column()) : null;
    }
    return SourceBytes.locate(bytes, at.line(), at.column(), at.byteOffset(), lineOffset);
  }

  /** A limit exceeded by the current token, placed where the parser stopped reading it, as a parser's own limit is. */
  private FormReader.Stop limitHere(ReadingLimit limit, long max) {
    return new FormReader.Stop(ReadingFindings.limit(pointer(), here(), limit, max));
  }

  /** The place after the current property name: its closing quote found in the bytes, or counted from its text. */
  private SourceLocation nameEnd(String name) {
    Place at = tokenPlace();
    long start = at.byteOffset();
    if (bytes != null && start >= 0) {
      byte[] b = bytes.copy(start, Math.min(bytes.end(), start + 6L * name.length() + 2));
      if (b != null) {
        int i = 1;
        while (i < b.length && b[i] != '"') {
          i += b[i] == '\\' ? 2 : 1;
        }
        if (i < b.length) {
          return SourceBytes.locate(bytes, at.line(), at.column() + i + 1, start + i + 1, lineOffset);
        }
      }
    }
    if (at.charOffset() >= 0 || start < 0) {
      return at.line() >= 1 && at.column() >= 1
          ? SourceLocation.of(at.line() + lineOffset, at.column() + name.length() + 2) : null;
    }
    long end = start + 2 + name.getBytes(StandardCharsets.UTF_8).length;
    return at.line() >= 1 ? SourceLocation.ofByte(end, at.line() + lineOffset) : SourceLocation.ofByte(end);
  }

  /**
   * The finding of the parser's failure, where the parser is; a record over its bound ends a stream.
   *
   * @param e an exception of the parser
   * @return the stop
   */
  public final FormReader.Stop stop(Exception e) {
    Failure f = failure(e);
    boolean record = f.input instanceof JsonInput.TooLong
        && ((JsonInput.TooLong) f.input).limit() == ReadingLimit.RECORD_LENGTH;
    return new FormReader.Stop(finding(f), record);
  }

  private Finding finding(Failure f) {
    if (f.reported != null) {
      return f.reported;
    }
    String path = safePointer();
    if (f.input != null) {
      return inputFailure(path, f.input);
    }
    Place at = f.at != null ? f.at : currentPlace();
    if (bytes != null) {
      Optional<JsonSyntax.Diagnosis> d = JsonSyntax.diagnose(bytes, start(at), at.byteOffset(),
          f.end || bytes.ended());
      if (d.isPresent() && d.get().limit().isPresent()) {
        // A limit of the parser's own, named by the bytes, where the parser stopped.
        ReadingLimit limit = d.get().limit().get();
        return ReadingFindings.limit(path, location(at), limit, maximumOf(limit));
      } else if (d.isPresent() && !f.constraint) {
        return d.get().finding(path, bytes, lineOffset); // a parser that failed on a limit met no malformed JSON
      }
    }
    if (f.constraint) {
      ReadingLimit limit = constraint();
      return limit == ReadingLimit.OTHER ? ReadingFindings.limit(path, location(at), limit)
          : ReadingFindings.limit(path, location(at), limit, maximumOf(limit));
    }
    return ReadingFindings.syntax(path, location(at), SyntaxError.of(JsonSyntax.FORMAT,
        f.end ? SyntaxError.Kind.UNEXPECTED_END : SyntaxError.Kind.OTHER));
  }

  /**
   * The finding of a failure of the input rather than of the parser: a document over its length, bytes not of their
   * encoding (told by the reading layer's input, or by the parser's look at the first bytes), or an input that cannot
   * be read at all.
   *
   * @param path where reading was
   * @param e the failure
   * @return the finding
   */
  public static Finding inputFailure(String path, IOException e) {
    if (e instanceof JsonInput.TooLong) {
      return ((JsonInput.TooLong) e).finding(path);
    }
    if (e instanceof Utf8.BadEncoding) {
      Utf8.BadEncoding bad = (Utf8.BadEncoding) e;
      return ReadingFindings.syntax(path, SourceLocation.ofByte(bad.offset()),
          SyntaxError.badEncoding(JsonSyntax.FORMAT, bad.charset().name()));
    }
    if (e instanceof CharConversionException) {
      // The parser's look at the first bytes for an encoding: zero bytes it cannot make sense of are not UTF-8.
      return ReadingFindings.syntax(path, SourceLocation.ofByte(0), SyntaxError.of(JsonSyntax.FORMAT,
          SyntaxError.Kind.NOT_UTF8));
    }
    return ReadingFindings.syntax(path, null, SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.UNREADABLE));
  }

  /**
   * The finding of a line of JSON Lines whose first bytes a parser refused as no encoding it knows: the line is not
   * UTF-8, from its start.
   *
   * @param path the record's path
   * @param lineOffset the line's number, less one
   * @return the finding
   */
  public static Finding notUtf8Line(String path, int lineOffset) {
    return ReadingFindings.syntax(path, SourceLocation.of(lineOffset + 1, 1),
        SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.NOT_UTF8));
  }

  /**
   * The problem of an input that a Jackson parser would misread before parsing it: UTF-8 (as its first bytes tell)
   * with a zero byte among its first four, which Jackson's look at the first bytes takes for UTF-16 or UTF-32. A zero
   * byte there is malformed JSON, which the bytes themselves name.
   *
   * @param input the input
   * @return the finding, if the parser would misread the input
   */
  public static Optional<Finding> misread(JsonInput input) {
    return input.encoding().isPresent() ? Optional.empty() : misread(input.head(), "", 0);
  }

  /**
   * The problem of UTF-8 bytes that a parser would misread, as {@link #misread(JsonInput)} says.
   *
   * @param bytes the bytes
   * @param offset where they start
   * @param length how many there are
   * @param path the path of what they are, such as a record's
   * @param lineOffset added to the line
   * @return the finding, if the parser would misread them
   */
  public static Optional<Finding> misread(byte[] bytes, int offset, int length, String path, int lineOffset) {
    return misread(Arrays.copyOfRange(bytes, offset, offset + Math.min(4, length)), path, lineOffset);
  }

  private static Optional<Finding> misread(byte[] head, String path, int lineOffset) {
    if (!containsZero(head)) {
      return Optional.empty();
    }
    SourceBytes bytes = SourceBytes.of(head, 0, head.length);
    return JsonSyntax.diagnose(bytes, new JsonSyntax.Start(JsonSyntax.Last.NOTHING, JsonSyntax.Container.ROOT, 0,
        0, 1, 1), -1, head.length < 4).map(d -> d.finding(path, bytes, lineOffset));
  }

  private static boolean containsZero(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  /** The constraint a parser's limit is, as far as its state tells without its bytes. */
  private ReadingLimit constraint() {
    if (depth() >= parserMaximum(ReadingLimit.NESTING_DEPTH)) {
      return ReadingLimit.NESTING_DEPTH;
    }
    return token() == Token.TEXT ? ReadingLimit.STRING_LENGTH : ReadingLimit.OTHER;
  }

  /** The maximum of a limit this parser enforces: the library's, or its mapper's own where that is lower. */
  private long maximumOf(ReadingLimit limit) {
    switch (limit) {
      case NESTING_DEPTH:
      case STRING_LENGTH:
      case NUMBER_LENGTH:
        return Math.min(JsonSyntax.maximum(limit), parserMaximum(limit));
      default:
        return JsonSyntax.maximum(limit);
    }
  }

  /**
   * Where the parser's last token starts, and what it is. A parser that met the end of its input while reading a
   * property name's value counts the name's offset from a buffer it no longer has; the token is then placed by its
   * column, on the failure's line.
   */
  private JsonSyntax.Start start(Place failure) {
    Token t = token();
    JsonSyntax.Container container = container();
    if (t == null) {
      return new JsonSyntax.Start(JsonSyntax.Last.NOTHING, container, depth(), 0, 1, 1);
    }
    Place at = tokenPlace();
    long offset = at.byteOffset();
    if (failure != null && failure.byteOffset() >= 0 && offset > failure.byteOffset()
        && failure.line() == at.line() && failure.column() >= at.column()) {
      offset = failure.byteOffset() - (failure.column() - at.column());
    }
    return new JsonSyntax.Start(JsonSyntax.Last.of(t), container, depth(), offset, at.line(), at.column());
  }

  /** The pointer where the parser is; the document's, where the parser cannot say. */
  private String safePointer() {
    try {
      return pointer();
    } catch (RuntimeException e) {
      return basePath;
    }
  }
}
