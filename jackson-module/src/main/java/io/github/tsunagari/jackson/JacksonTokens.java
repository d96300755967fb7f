package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.JsonSyntax;
import io.github.tsunagari.internal.read.ParserTokens;
import io.github.tsunagari.internal.read.SourceBytes;
import io.github.tsunagari.validation.ReadingLimit;
import java.io.IOException;

/**
 * A Jackson 2 {@link JsonParser} as the tokens of the reading layer, through Jackson's public API alone: each method
 * asks the parser one thing; the limits, locations and findings are the reading layer's ({@link ParserTokens}), the
 * same for every binding.
 */
final class JacksonTokens extends ParserTokens {
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
   * True if this Jackson decodes UTF-8 leniently, as Jackson before 2.23 does ({@link ParserTokens#probe}): the bytes
   * of every text read that are not all ASCII are then looked at, and refused as a later Jackson refuses them.
   */
  static final boolean READS_INVALID_UTF8 = probe(text -> {
    try (JsonParser p = Limits.READERS.createParser(text)) {
      p.nextToken();
      p.getText();
      return true;
    } catch (IOException e) {
      return false;
    }
  });

  private final JsonParser p;

  /**
   * @param p the parser
   * @param bytes the bytes it reads (the reading layer's input, or a line), where they are at hand; otherwise null
   * @param basePath prepended to every pointer (a record's place in a stream), or empty
   * @param lineOffset added to every line (a record's line in a JSON Lines file, less one), or 0
   */
  JacksonTokens(JsonParser p, SourceBytes bytes, String basePath, int lineOffset) {
    super(bytes, basePath, lineOffset, READS_INVALID_UTF8);
    this.p = p;
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
  protected Token advance() throws IOException {
    JsonToken t = p.nextToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  protected Token token() {
    JsonToken t = p.currentToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  protected String currentName() throws IOException {
    return p.currentName();
  }

  @Override
  protected String currentText() throws IOException {
    return p.getText();
  }

  @Override
  protected int digits() throws IOException {
    return digits(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  @Override
  protected boolean isLong() throws IOException {
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  @Override
  protected long currentLong() throws IOException {
    return p.getLongValue();
  }

  @Override
  protected int depth() {
    return p.getParsingContext().getNestingDepth();
  }

  @Override
  protected JsonSyntax.Container container() {
    JsonStreamContext ctx = p.getParsingContext();
    return ctx.inObject() ? JsonSyntax.Container.OBJECT
        : ctx.inArray() ? JsonSyntax.Container.ARRAY : JsonSyntax.Container.ROOT;
  }

  @Override
  protected String path(boolean parent) {
    JsonStreamContext ctx = p.getParsingContext();
    return (parent && ctx.getParent() != null ? ctx.getParent() : ctx).pathAsPointer().toString();
  }

  @Override
  protected Place tokenPlace() {
    return place(p.currentTokenLocation());
  }

  @Override
  protected Place currentPlace() {
    return place(p.currentLocation());
  }

  private static Place place(JsonLocation at) {
    return at == null ? null : new Place(at.getLineNr(), at.getColumnNr(), at.getByteOffset(), at.getCharOffset());
  }

  @Override
  protected Object parserMark(boolean container) {
    return container ? p.getParsingContext() : p.currentTokenLocation();
  }

  @Override
  protected Place placeOf(Object mark) {
    return place(mark instanceof JsonStreamContext ? ((JsonStreamContext) mark).startLocation(null)
        : (JsonLocation) mark);
  }

  @Override
  protected boolean isContainer(Object mark) {
    return mark instanceof JsonStreamContext;
  }

  @Override
  protected long parserMaximum(ReadingLimit limit) {
    StreamReadConstraints c = p.streamReadConstraints();
    return limit == ReadingLimit.NESTING_DEPTH ? c.getMaxNestingDepth()
        : limit == ReadingLimit.STRING_LENGTH ? c.getMaxStringLength() : c.getMaxNumberLength();
  }

  @Override
  protected Failure failure(Exception e) {
    if (e instanceof InvalidGrantJsonException) {
      return Failure.reported(((InvalidGrantJsonException) e).getReport().getFindings().get(0)); // placed already
    }
    if (e instanceof JsonProcessingException) {
      return Failure.parser(place(((JsonProcessingException) e).getLocation()), e instanceof JsonEOFException,
          e instanceof StreamConstraintsException);
    }
    if (e instanceof IOException) {
      return Failure.input((IOException) e);
    }
    throw (RuntimeException) e; // the parser's methods throw no other checked exception
  }

  @Override
  protected void closeParser() throws IOException {
    p.close();
  }
}
