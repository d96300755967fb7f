package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.JsonSyntax;
import io.github.tsunagari.internal.read.JsonTokens;
import io.github.tsunagari.internal.read.SourceBytes;
import io.github.tsunagari.internal.read.Utf8;
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
 * A Jackson 2 {@link JsonParser} as the tokens of the reading layer, through Jackson's public API alone. It checks the
 * library's limits on the tokens it reads (nesting, text, name and number lengths), so that a mapper of any
 * configuration reads as the library's readers do, and turns each failure of the parser into a finding: what is wrong
 * is told by the kind of the exception, the parser's last token and container, and the bytes there
 * ({@link JsonSyntax}), never by the exception's text.
 *
 * <p>Locations count characters. A parser of bytes counts its columns in bytes, so the line's bytes are counted again,
 * only for a location asked for (a problem), where the parser's input is the reading layer's {@link JsonInput}; a
 * parser of another input (a user's mapper reading a stream) gives the byte and its line.
 */
final class JacksonTokens implements JsonTokens {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.TEXT;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.WHOLE_NUMBER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.NUMBER;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
    TOKENS[JsonToken.VALUE_EMBEDDED_OBJECT.ordinal()] = Token.NULL; // NOT_AVAILABLE stays null
  }

  /**
   * True if this Jackson decodes UTF-8 leniently, as Jackson before 2.23 does (jackson-core#363 and the like): a
   * surrogate written as UTF-8 bytes ({@code ED A0 80}, before 2.21), an overlong sequence ({@code C0 AF} for
   * {@code /}) or a code point past U+10FFFF is read as characters, so a value would be read altered. Such bytes are
   * not UTF-8: on such a Jackson, the bytes of every text read that are not all ASCII are looked at for them, and
   * refused as a later Jackson refuses them.
   */
  static final boolean READS_INVALID_UTF8 = probe(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'})
      || probe(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'})
      || probe(new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'});

  private static boolean probe(byte[] text) {
    try (JsonParser p = Limits.READERS.createParser(text)) {
      p.nextToken();
      p.getText();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private final JsonParser p;
  private final SourceBytes bytes;
  /** The bytes, where they are the reading layer's input, which bounds a record; otherwise null. */
  private final JsonInput input;
  private final String basePath;
  private final int lineOffset;
  /** The last property name read at each depth of nesting, for the place of a name over its limit. */
  private String[] names = new String[8];

  /**
   * @param p the parser
   * @param bytes the bytes it reads (the reading layer's input, or a line), where they are at hand; otherwise null
   * @param basePath prepended to every pointer (a record's place in a stream), or empty
   * @param lineOffset added to every line (a record's line in a JSON Lines file, less one), or 0
   */
  JacksonTokens(JsonParser p, SourceBytes bytes, String basePath, int lineOffset) {
    this.p = p;
    this.bytes = bytes;
    this.input = bytes instanceof JsonInput ? (JsonInput) bytes : null;
    this.basePath = basePath;
    this.lineOffset = lineOffset;
  }

  /**
   * Tokens of a parser made by a mapper: its bytes are at hand where its input is the reading layer's, as in a parser
   * of {@link StrictFactory} (a parser lets go of its input at the end of it, so the factory's parser keeps it).
   */
  static JacksonTokens of(JsonParser p) {
    Object source = p instanceof StrictFactory.RootParser ? ((StrictFactory.RootParser) p).input()
        : p.getInputSource();
    return new JacksonTokens(p, source instanceof JsonInput ? (JsonInput) source : null, "", 0);
  }

  @Override
  public void boundRecord(long max) {
    if (input == null) {
      return;
    }
    long start = max <= 0 ? -1 : p.currentTokenLocation().getByteOffset();
    input.boundRecord(start, max);
  }

  @Override
  public void checkpoint() {
    // The input's count is ahead of the parser by its buffer at most: look at the token's own offset only past it.
    long end = input == null ? -1 : input.recordEnd();
    if (end >= 0 && input.count() > end && p.currentTokenLocation().getByteOffset() > end) {
      throw new FormReader.Stop(ReadingFindings.limit(pointer(), location(), ReadingLimit.RECORD_LENGTH,
          input.recordMax()), true);
    }
  }

  @Override
  public Token next() {
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (IOException e) {
      throw stop(e);
    }
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT:
      case START_ARRAY:
        int depth = p.getParsingContext().getNestingDepth();
        if (depth > ReadingLimits.MAX_NESTING_DEPTH) {
          throw limitHere(ReadingLimit.NESTING_DEPTH, ReadingLimits.MAX_NESTING_DEPTH);
        }
        if (t == JsonToken.START_OBJECT && depth < names.length) {
          names[depth] = null;
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (digits() > ReadingLimits.MAX_NUMBER_LENGTH) {
          throw limitHere(ReadingLimit.NUMBER_LENGTH, ReadingLimits.MAX_NUMBER_LENGTH);
        }
        break;
      default:
        break;
    }
    return TOKENS[t.ordinal()];
  }

  /** The digits of the current number, as JSON writes it (a sign and a decimal point are none). */
  private int digits() {
    try {
      char[] text = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      int digits = 0;
      for (int i = offset; i < offset + length; i++) {
        if (text[i] >= '0' && text[i] <= '9') {
          digits++;
        }
      }
      return digits;
    } catch (IOException e) {
      throw stop(e);
    }
  }

  @Override
  public Token current() {
    JsonToken t = p.currentToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public String name() {
    String name;
    try {
      name = p.currentName();
    } catch (IOException e) {
      throw stop(e);
    }
    if (name == null) {
      return null;
    }
    if (READS_INVALID_UTF8) {
      refuseInvalidUtf8(name, JsonSyntax.Last.NAME);
    }
    JsonStreamContext ctx = p.getParsingContext();
    int depth = ctx.getNestingDepth();
    if (depth >= names.length) {
      names = Arrays.copyOf(names, Math.max(2 * names.length, depth + 1));
    }
    if (name.length() > ReadingLimits.MAX_NAME_LENGTH) {
      // Placed as a parser that stops at the name places it: after the name, in the property read before it.
      JsonPointer before = ctx.getParent() == null ? JsonPointer.empty() : ctx.getParent().pathAsPointer();
      if (names[depth] != null) {
        before = before.appendProperty(names[depth]);
      }
      throw new FormReader.Stop(ReadingFindings.limit(basePath + before, nameEnd(name), ReadingLimit.NAME_LENGTH,
          ReadingLimits.MAX_NAME_LENGTH));
    }
    names[depth] = name;
    return name;
  }

  @Override
  public String text() {
    String text;
    try {
      text = p.getText();
    } catch (IOException e) {
      throw stop(e);
    }
    if (text != null && text.length() > ReadingLimits.MAX_STRING_LENGTH) {
      throw limitHere(ReadingLimit.STRING_LENGTH, ReadingLimits.MAX_STRING_LENGTH);
    }
    if (READS_INVALID_UTF8 && text != null && p.currentToken() == JsonToken.VALUE_STRING) {
      refuseInvalidUtf8(text, JsonSyntax.Last.STRING);
    }
    return text;
  }

  @Override
  public boolean fitsLong() {
    try {
      JsonParser.NumberType type = p.getNumberType();
      return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    } catch (IOException e) {
      throw stop(e);
    }
  }

  @Override
  public long longValue() {
    try {
      return p.getLongValue();
    } catch (IOException e) {
      throw stop(e);
    }
  }

  /**
   * At the start of an object or list, skips to its end token by token, so that the limits hold in what is skipped as
   * in what is read: nesting, names, numbers (a text that is skipped is not kept, so its length costs nothing).
   */
  @Override
  public void skipChildren() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
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
          if (READS_INVALID_UTF8 && bytes != null) {
            try {
              refuseInvalidUtf8(p.getText(), JsonSyntax.Last.STRING);
            } catch (IOException e) {
              throw stop(e);
            }
          }
          break;
        default:
          break;
      }
    }
  }

  /**
   * On a Jackson that decodes UTF-8 leniently: refuses a text whose bytes are not UTF-8, as a later Jackson and the
   * reading layer refuse it, at its first bad byte. Only the token's own bytes are looked at (from its quote to where
   * the parser has read), and none where each of them is one ASCII character of the text.
   */
  private void refuseInvalidUtf8(String text, JsonSyntax.Last last) {
    if (bytes == null) {
      return;
    }
    JsonLocation at = p.currentTokenLocation();
    long end = p.currentLocation().getByteOffset();
    if (end - at.getByteOffset() == text.length() + 2 && isAscii(text)) {
      return; // two quotes and one byte for each character: all ASCII, which is UTF-8
    }
    JsonStreamContext ctx = p.getParsingContext();
    JsonSyntax.Container container = ctx.inObject() ? JsonSyntax.Container.OBJECT
        : ctx.inArray() ? JsonSyntax.Container.ARRAY : JsonSyntax.Container.ROOT;
    Optional<JsonSyntax.Diagnosis> d = JsonSyntax.notUtf8(bytes, new JsonSyntax.Start(last, container,
        ctx.getNestingDepth(), at.getByteOffset(), at.getLineNr(), at.getColumnNr()), end);
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

  @Override
  public String pointer() {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return basePath + ctx.pathAsPointer().toString();
  }

  @Override
  public SourceLocation location() {
    return location(p.currentTokenLocation());
  }

  @Override
  public SourceLocation here() {
    return location(p.currentLocation());
  }

  /**
   * A mark of an object or list is its parsing context, which Jackson keeps with the place it starts (its line and
   * column) while it is read: no location is made for every object, only for one a problem is found in. Where the
   * parser's bytes are not at hand, and elsewhere, a mark is the token's {@link JsonLocation}.
   */
  @Override
  public Object mark() {
    JsonToken t = p.currentToken();
    if (bytes != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      return p.getParsingContext();
    }
    return p.currentTokenLocation();
  }

  @Override
  public SourceLocation location(Object mark) {
    if (!(mark instanceof JsonStreamContext)) {
      return location((JsonLocation) mark);
    }
    JsonLocation start = ((JsonStreamContext) mark).startLocation(null);
    JsonLocation now = p.currentTokenLocation();
    long offset = offsetOf(start.getLineNr(), start.getColumnNr(), now);
    return offset < 0 ? SourceLocation.of(start.getLineNr() + lineOffset, Math.max(1, start.getColumnNr()))
        : SourceBytes.locate(bytes, start.getLineNr(), start.getColumnNr(), offset, lineOffset);
  }

  /**
   * The byte offset of a line and column in bytes, counted from a place whose offset is known (the current token):
   * on its line by the columns, on an earlier line by its line breaks, counted back in the bytes at hand as the
   * parser counts them ({@code \n}, or {@code \r} alone); -1 where they are not at hand.
   */
  private long offsetOf(int line, int column, JsonLocation anchor) {
    long lineStart = anchor.getByteOffset() - (anchor.getColumnNr() - 1);
    if (anchor.getByteOffset() < 0 || column < 1) {
      return -1;
    }
    int lines = anchor.getLineNr() - line;
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
  public void close() {
    try {
      p.close();
    } catch (IOException e) {
      // the reader is done with the input: nothing to report
    }
  }

  /** The location of a Jackson location, in characters; null where it has none. */
  private SourceLocation location(JsonLocation loc) {
    if (loc == null) {
      return null;
    }
    if (loc.getCharOffset() >= 0 || loc.getByteOffset() < 0) {
      // A parser of text counts characters itself.
      return loc.getLineNr() >= 1 && loc.getColumnNr() >= 1
          ? SourceLocation.of(loc.getLineNr() + lineOffset, loc.getColumnNr()) : null;
    }
    return SourceBytes.locate(bytes, loc.getLineNr(), loc.getColumnNr(), loc.getByteOffset(), lineOffset);
  }

  /** A limit exceeded by the current token, placed where the parser stopped reading it, as a parser's own limit is. */
  private FormReader.Stop limitHere(ReadingLimit limit, long max) {
    return new FormReader.Stop(ReadingFindings.limit(pointer(), here(), limit, max));
  }

  /** The place after the current property name: its closing quote found in the bytes, or counted from its text. */
  private SourceLocation nameEnd(String name) {
    JsonLocation at = p.currentTokenLocation();
    long start = at.getByteOffset();
    if (bytes != null && start >= 0) {
      byte[] b = bytes.copy(start, Math.min(bytes.end(), start + 6L * name.length() + 2));
      if (b != null) {
        int i = 1;
        while (i < b.length && b[i] != '"') {
          i += b[i] == '\\' ? 2 : 1;
        }
        if (i < b.length) {
          return SourceBytes.locate(bytes, at.getLineNr(), at.getColumnNr() + i + 1, start + i + 1, lineOffset);
        }
      }
    }
    if (at.getCharOffset() >= 0 || start < 0) {
      return at.getLineNr() >= 1 && at.getColumnNr() >= 1
          ? SourceLocation.of(at.getLineNr() + lineOffset, at.getColumnNr() + name.length() + 2) : null;
    }
    long end = start + 2 + name.getBytes(StandardCharsets.UTF_8).length;
    return at.getLineNr() >= 1 ? SourceLocation.ofByte(end, at.getLineNr() + lineOffset) : SourceLocation.ofByte(end);
  }

  /** The finding of the parser's failure, where the parser is; a record over its bound ends a stream. */
  FormReader.Stop stop(IOException e) {
    boolean record = e instanceof JsonInput.TooLong
        && ((JsonInput.TooLong) e).limit() == ReadingLimit.RECORD_LENGTH;
    return new FormReader.Stop(finding(e), record);
  }

  private Finding finding(IOException e) {
    if (e instanceof InvalidGrantJsonException) {
      return ((InvalidGrantJsonException) e).getReport().getFindings().get(0); // the root parser's, placed already
    }
    String path = safePointer();
    if (!(e instanceof JsonProcessingException)) {
      return inputFailure(path, e);
    }
    JsonLocation at = ((JsonProcessingException) e).getLocation();
    if (at == null) {
      at = p.currentLocation();
    }
    boolean end = e instanceof JsonEOFException;
    if (bytes != null) {
      Optional<JsonSyntax.Diagnosis> d = JsonSyntax.diagnose(bytes, start(at), at.getByteOffset(),
          end || bytes.ended());
      if (d.isPresent() && d.get().limit().isPresent()) {
        // A limit of the parser's own, named by the bytes, where the parser stopped.
        ReadingLimit limit = d.get().limit().get();
        return ReadingFindings.limit(path, location(at), limit, maximumOf(limit));
      } else if (d.isPresent() && !(e instanceof StreamConstraintsException)) {
        return d.get().finding(path, bytes, lineOffset); // a parser that failed on a limit met no malformed JSON
      }
    }
    if (e instanceof StreamConstraintsException) {
      ReadingLimit limit = constraint();
      return limit == ReadingLimit.OTHER ? ReadingFindings.limit(path, location(at), limit)
          : ReadingFindings.limit(path, location(at), limit, maximumOf(limit));
    }
    return ReadingFindings.syntax(path, location(at), SyntaxError.of(JsonSyntax.FORMAT,
        end ? SyntaxError.Kind.UNEXPECTED_END : SyntaxError.Kind.OTHER));
  }

  /**
   * The finding of a failure of the input rather than of the parser: a document over its length, bytes not of their
   * encoding (told by the reading layer's input, or by Jackson's look at the first bytes), or an input that cannot be
   * read at all.
   *
   * @param path where reading was
   * @param e the failure
   * @return the finding
   */
  static Finding inputFailure(String path, IOException e) {
    if (e instanceof JsonInput.TooLong) {
      return ((JsonInput.TooLong) e).finding(path);
    }
    if (e instanceof Utf8.BadEncoding) {
      Utf8.BadEncoding bad = (Utf8.BadEncoding) e;
      return ReadingFindings.syntax(path, SourceLocation.ofByte(bad.offset()),
          SyntaxError.badEncoding(JsonSyntax.FORMAT, bad.charset().name()));
    }
    if (e instanceof CharConversionException) {
      // Jackson's look at the first bytes for an encoding: zero bytes it cannot make sense of are not UTF-8.
      return ReadingFindings.syntax(path, SourceLocation.ofByte(0), SyntaxError.of(JsonSyntax.FORMAT,
          SyntaxError.Kind.NOT_UTF8));
    }
    return ReadingFindings.syntax(path, null, SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.UNREADABLE));
  }

  /**
   * The problem of an input that Jackson would misread before parsing it: UTF-8 (as its first bytes tell) with a zero
   * byte among its first four, which Jackson's look at the first bytes takes for UTF-16 or UTF-32. A zero byte there
   * is malformed JSON, which the bytes themselves name.
   *
   * @param input the input
   * @return the finding, if Jackson would misread the input
   */
  static Optional<Finding> misread(JsonInput input) {
    return input.encoding().isPresent() ? Optional.empty() : misread(input.head(), "", 0);
  }

  /**
   * The problem of UTF-8 bytes that Jackson would misread, as {@link #misread(JsonInput)} says.
   *
   * @param head the first bytes (four, or all there are)
   * @param path the path of what they are, such as a record's
   * @param lineOffset added to the line
   * @return the finding, if Jackson would misread them
   */
  static Optional<Finding> misread(byte[] head, String path, int lineOffset) {
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
    if (p.getParsingContext().getNestingDepth() >= p.streamReadConstraints().getMaxNestingDepth()) {
      return ReadingLimit.NESTING_DEPTH;
    }
    return p.currentToken() == JsonToken.VALUE_STRING ? ReadingLimit.STRING_LENGTH : ReadingLimit.OTHER;
  }

  /** The maximum of a limit this parser enforces: the library's, or its mapper's own where that is lower. */
  private long maximumOf(ReadingLimit limit) {
    StreamReadConstraints c = p.streamReadConstraints();
    switch (limit) {
      case NESTING_DEPTH:
        return Math.min(ReadingLimits.MAX_NESTING_DEPTH, c.getMaxNestingDepth());
      case STRING_LENGTH:
        return Math.min(ReadingLimits.MAX_STRING_LENGTH, c.getMaxStringLength());
      case NUMBER_LENGTH:
        return Math.min(ReadingLimits.MAX_NUMBER_LENGTH, c.getMaxNumberLength());
      default:
        return JsonSyntax.maximum(limit);
    }
  }

  /**
   * Where the parser's last token starts, and what it is. A parser that met the end of its input while reading a
   * property name's value counts the name's offset from a buffer it no longer has; the token is then placed by its
   * column, on the failure's line.
   */
  private JsonSyntax.Start start(JsonLocation failure) {
    JsonToken t = p.currentToken();
    JsonStreamContext ctx = p.getParsingContext();
    JsonSyntax.Container container = ctx.inObject() ? JsonSyntax.Container.OBJECT
        : ctx.inArray() ? JsonSyntax.Container.ARRAY : JsonSyntax.Container.ROOT;
    if (t == null) {
      return new JsonSyntax.Start(JsonSyntax.Last.NOTHING, container, ctx.getNestingDepth(), 0, 1, 1);
    }
    JsonSyntax.Last last = JsonSyntax.Last.of(TOKENS[t.ordinal()]);
    JsonLocation at = p.currentTokenLocation();
    long offset = at.getByteOffset();
    if (failure != null && failure.getByteOffset() >= 0 && offset > failure.getByteOffset()
        && failure.getLineNr() == at.getLineNr() && failure.getColumnNr() >= at.getColumnNr()) {
      offset = failure.getByteOffset() - (failure.getColumnNr() - at.getColumnNr());
    }
    return new JsonSyntax.Start(last, container, ctx.getNestingDepth(), offset, at.getLineNr(), at.getColumnNr());
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
