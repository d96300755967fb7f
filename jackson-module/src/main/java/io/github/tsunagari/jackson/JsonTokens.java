package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import io.github.tsunagari.internal.Findings;
import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Tokens;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;

/**
 * A Jackson {@link JsonParser} as the {@link Tokens} of the library's one reader. Locations are lines and columns in
 * characters: a parser of UTF-8 bytes counts bytes, so its columns are counted again in the bytes of the line, and
 * only for a location that is asked for (a problem). Where the bytes are not at hand, the location is the byte.
 */
final class JsonTokens implements Tokens {
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
    TOKENS[JsonToken.VALUE_EMBEDDED_OBJECT.ordinal()] = Token.NULL;
    TOKENS[JsonToken.NOT_AVAILABLE.ordinal()] = null;
  }

  /** The bytes a parser of UTF-8 read, where they can still be looked at. */
  interface Bytes {
    /**
     * The number of UTF-16 characters the bytes from one offset to another decode to, or -1 if they are no longer at
     * hand.
     */
    int charsBetween(long from, long to);

    /** A copy of the bytes from one offset to another (fewer at the end of the input), or null if not at hand. */
    byte[] copy(long from, long to);
  }

  /** The bytes of a whole document or line, held in an array. */
  static Bytes of(byte[] bytes, int offset, int length) {
    boolean mark = Utf8.hasMark(bytes, offset, length);
    return new Bytes() {
      @Override
      public int charsBetween(long from, long to) {
        if (from < 0 || to > length || from > to) {
          return -1;
        }
        // A byte-order mark, which the parser passes over, is no column.
        long start = from == 0 && mark ? Math.min(3, to) : from;
        return Utf8.chars(bytes, offset + (int) start, offset + (int) to);
      }

      @Override
      public byte[] copy(long from, long to) {
        if (from < 0 || from > length) {
          return null;
        }
        return java.util.Arrays.copyOfRange(bytes, offset + (int) from, offset + (int) Math.min(to, length));
      }
    };
  }

  private final JsonParser p;
  /** The parser as Jackson's parser of UTF-8 bytes, whose token place is read without a JsonLocation; or null. */
  private final ParserBase utf8;
  /**
   * Marks by depth of nesting, two slots a depth: the byte offset of the token where it was taken, then its line
   * and column. Made at the first mark: a JSON Lines line has tokens of its own.
   */
  private long[] marks;
  private final String basePath;
  private final int lineOffset;
  private Bytes bytes;
  private long recordStart = -1;
  private long maxRecordLength = -1;

  /**
   * @param p the parser
   * @param bytes the bytes it reads, where it reads UTF-8 bytes that are at hand; otherwise null
   * @param basePath prepended to every pointer (a record's place in a stream), or empty
   * @param lineOffset added to every line (a record's line in a JSON Lines file, less one), or 0
   */
  JsonTokens(JsonParser p, Bytes bytes, String basePath, int lineOffset) {
    this.p = p;
    this.utf8 = p.getClass() == UTF8StreamJsonParser.class ? (ParserBase) p : null;
    this.bytes = bytes;
    this.basePath = basePath;
    this.lineOffset = lineOffset;
  }

  /** Tokens of a parser made by a mapper: the bytes are those the parser's content reference keeps, if any. */
  static JsonTokens ofMapper(JsonParser p) {
    Bytes bytes = null;
    JsonLocation at = p.currentTokenLocation();
    ContentReference content = at == null ? null : at.contentReference();
    if (content != null && content.getRawContent() instanceof byte[]) {
      byte[] raw = (byte[]) content.getRawContent();
      int offset = Math.max(content.contentOffset(), 0);
      int length = content.contentLength() < 0 ? raw.length - offset : content.contentLength();
      bytes = of(raw, offset, length);
    }
    return new JsonTokens(p, bytes, "", 0);
  }

  /**
   * Bounds the record that starts at the current token to a number of characters (bytes, for UTF-8): one record of a
   * stream is held in memory whole, so its size must be bounded.
   */
  JsonTokens boundRecord(long max) {
    if (p instanceof ParserBase) {
      recordStart = ((ParserBase) p).getTokenCharacterOffset();
      maxRecordLength = max;
    }
    return this;
  }

  JsonParser parser() {
    return p;
  }

  @Override
  public void checkpoint() {
    if (maxRecordLength > 0 && ((ParserBase) p).getTokenCharacterOffset() - recordStart > maxRecordLength) {
      throw new FormReader.Stop(Findings.limit(pointer(), location(),
          new Messages.Message("limit.record-length", maxRecordLength)));
    }
  }

  @Override
  public Token next() throws IOException {
    JsonToken t = p.nextToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public Token current() {
    JsonToken t = p.currentToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public String name() throws IOException {
    return p.currentName();
  }

  @Override
  public String text() throws IOException {
    return p.getText();
  }

  @Override
  public boolean fitsLong() throws IOException {
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  @Override
  public long longValue() throws IOException {
    return p.getLongValue();
  }

  @Override
  public void skipChildren() throws IOException {
    p.skipChildren();
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

  /**
   * A mark, valid until the next mark at the same depth of nesting (the reader takes one at the start of each object
   * and asks for its location while reading that object). Objects and lists start a depth: for Jackson's parser of
   * UTF-8 bytes the mark is the depth, and the place is kept in arrays, so that the objects of every record cost no
   * location unless a problem is found; any other parser's mark is its {@link JsonLocation}.
   */
  @Override
  public Object mark() {
    if (utf8 == null || !(p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)) {
      return p.currentTokenLocation();
    }
    int depth = utf8.getParsingContext().getNestingDepth();
    if (marks == null || 2 * depth + 1 >= marks.length) {
      marks = java.util.Arrays.copyOf(marks == null ? new long[0] : marks, Math.max(16, 4 * depth + 2));
    }
    // As UTF8StreamJsonParser.currentTokenLocation() makes its location of a token that is not a name.
    int column = utf8.getTokenColumnNr();
    marks[2 * depth] = utf8.getTokenCharacterOffset() - 1;
    marks[2 * depth + 1] = (long) utf8.getTokenLineNr() << 32 | (column >= 1 ? column - 1 : column) & 0xFFFFFFFFL;
    return depth;
  }

  @Override
  public SourceLocation location(Object mark) {
    return location(jsonLocation(mark));
  }

  /** The Jackson location of a mark. */
  JsonLocation jsonLocation(Object mark) {
    if (mark instanceof Integer) {
      int depth = (Integer) mark;
      long place = marks[2 * depth + 1];
      return new JsonLocation(null, marks[2 * depth], -1L, (int) (place >> 32), (int) place);
    }
    return (JsonLocation) mark;
  }

  /**
   * The location of the first byte that is not UTF-8 on the line of a Jackson location: the parser reports such a
   * byte where it stopped, a few bytes on.
   */
  SourceLocation badByte(JsonLocation loc) {
    if (loc == null || bytes == null || loc.getCharOffset() >= 0 || loc.getByteOffset() < 0 || loc.getColumnNr() < 1) {
      return location(loc);
    }
    long lineStart = loc.getByteOffset() - (loc.getColumnNr() - 1);
    byte[] line = bytes.copy(lineStart, loc.getByteOffset() + 4);
    int bad = line == null ? -1 : Utf8.firstMalformed(line);
    if (bad < 0) {
      return location(loc);
    }
    int chars = bytes.charsBetween(lineStart, lineStart + bad);
    return chars < 0 ? SourceLocation.ofByte(lineStart + bad, loc.getLineNr() + lineOffset)
        : SourceLocation.of(loc.getLineNr() + lineOffset, chars + 1);
  }

  /** The location of a Jackson location, in characters; null where it has none. */
  SourceLocation location(JsonLocation loc) {
    if (loc == null) {
      return null;
    }
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    long byteOffset = loc.getByteOffset();
    if (loc.getCharOffset() < 0 && byteOffset >= 0) {
      // A parser of bytes: its column counts bytes. Count the characters of the line up to the place instead.
      int chars = bytes == null || column < 1 ? -1 : bytes.charsBetween(byteOffset - (column - 1), byteOffset);
      if (chars < 0) {
        return line >= 1 ? SourceLocation.ofByte(byteOffset, line + lineOffset) : SourceLocation.ofByte(byteOffset);
      }
      byte[] at = bytes.copy(byteOffset, byteOffset + 1);
      if (chars > 0 && at != null && at.length == 1 && (at[0] & 0xC0) == 0x80) {
        chars--; // the place is inside a character of several bytes (the parser read it already): that character
      }
      column = chars + 1;
    }
    if (line < 1 || column < 1) {
      return byteOffset >= 0 ? SourceLocation.ofByte(byteOffset) : null;
    }
    return SourceLocation.of(line + lineOffset, column);
  }
}
