package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.JsonSyntax;
import io.github.tsunagari.internal.read.ParserTokens;
import io.github.tsunagari.internal.read.SourceBytes;
import io.github.tsunagari.validation.ReadingLimit;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * A Jackson 3 {@link JsonParser} as the tokens of the reading layer, through Jackson's public API alone: each method
 * asks the parser one thing; the limits, locations and findings are the reading layer's ({@link ParserTokens}), the
 * same for every binding.
 */
final class JacksonTokens extends ParserTokens {
  /** The reading layer's token of each of Jackson's (none for NOT_AVAILABLE). */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    Map<JsonToken, Token> tokens = new EnumMap<>(JsonToken.class);
    tokens.put(JsonToken.PROPERTY_NAME, Token.NAME);
    tokens.put(JsonToken.VALUE_STRING, Token.TEXT);
    tokens.put(JsonToken.VALUE_NUMBER_INT, Token.WHOLE_NUMBER);
    tokens.put(JsonToken.VALUE_NUMBER_FLOAT, Token.NUMBER);
    tokens.put(JsonToken.VALUE_TRUE, Token.TRUE);
    tokens.put(JsonToken.VALUE_FALSE, Token.FALSE);
    tokens.put(JsonToken.VALUE_NULL, Token.NULL);
    tokens.put(JsonToken.VALUE_EMBEDDED_OBJECT, Token.NULL);
    tokens.put(JsonToken.START_OBJECT, Token.START_OBJECT);
    tokens.put(JsonToken.END_OBJECT, Token.END_OBJECT);
    tokens.put(JsonToken.START_ARRAY, Token.START_ARRAY);
    tokens.put(JsonToken.END_ARRAY, Token.END_ARRAY);
    tokens.forEach((jackson, token) -> TOKENS[jackson.ordinal()] = token);
  }

  /** True if this Jackson decodes UTF-8 leniently ({@link ParserTokens#probe}). */
  static final boolean READS_INVALID_UTF8 = probe(JacksonTokens::readsAsText);

  private static boolean readsAsText(byte[] json) {
    try (JsonParser text = Limits.READERS.createParser(json)) {
      return text.nextToken() == JsonToken.VALUE_STRING && text.getString() != null;
    } catch (JacksonException e) {
      return false;
    }
  }

  private final JsonParser parser;

  /**
   * @param parser the parser
   * @param bytes the bytes it reads (the reading layer's input, or a line), where they are at hand; otherwise null
   * @param basePath prepended to every pointer (a record's place in a stream), or empty
   * @param lineOffset added to every line (a record's line in a JSON Lines file, less one), or 0
   */
  JacksonTokens(JsonParser parser, SourceBytes bytes, String basePath, int lineOffset) {
    super(bytes, basePath, lineOffset, READS_INVALID_UTF8);
    this.parser = parser;
  }

  /** Tokens of a parser made by a mapper: its bytes are at hand where it is one of {@link StrictFactory}'s. */
  static JacksonTokens of(JsonParser p) {
    JsonInput input = p instanceof StrictFactory.RootParser ? ((StrictFactory.RootParser) p).input() : null;
    return new JacksonTokens(p, input, "", 0);
  }

  @Override
  protected void closeParser() {
    parser.close();
  }

  /**
   * Jackson 3 throws unchecked exceptions only: the library's own (a root parser's finding), a failure of the input
   * wrapped in a {@link JacksonIOException}, and the parser's own, whose kind says whether the input ended or a
   * constraint was met.
   */
  @Override
  protected Failure failure(Exception e) {
    if (e instanceof InvalidGrantJsonException) {
      return Failure.reported(((InvalidGrantJsonException) e).getReport().getFindings().get(0));
    } else if (e instanceof JacksonIOException) {
      return Failure.input(((JacksonIOException) e).getCause());
    } else if (e instanceof JacksonException) {
      return Failure.parser(place(((JacksonException) e).getLocation()), e instanceof UnexpectedEndOfInputException,
          e instanceof StreamConstraintsException);
    }
    throw (RuntimeException) e;
  }

  @Override
  protected long parserMaximum(ReadingLimit limit) {
    StreamReadConstraints c = parser.streamReadConstraints();
    if (limit == ReadingLimit.NESTING_DEPTH) {
      return c.getMaxNestingDepth();
    }
    return limit == ReadingLimit.STRING_LENGTH ? c.getMaxStringLength() : c.getMaxNumberLength();
  }

  @Override
  protected Place placeOf(Object mark) {
    if (mark instanceof TokenStreamContext) {
      return place(((TokenStreamContext) mark).startLocation(null));
    }
    return place((TokenStreamLocation) mark);
  }

  @Override
  protected boolean isContainer(Object mark) {
    return mark instanceof TokenStreamContext;
  }

  @Override
  protected Object parserMark(boolean container) {
    if (container) {
      return parser.streamReadContext();
    }
    return parser.currentTokenLocation();
  }

  private static Place place(TokenStreamLocation at) {
    if (at == null) {
      return null;
    }
    return new Place(at.getLineNr(), at.getColumnNr(), at.getByteOffset(), at.getCharOffset());
  }

  @Override
  protected Place currentPlace() {
    return place(parser.currentLocation());
  }

  @Override
  protected Place tokenPlace() {
    return place(parser.currentTokenLocation());
  }

  @Override
  protected String path(boolean parent) {
    TokenStreamContext in = parser.streamReadContext();
    TokenStreamContext of = parent && in.getParent() != null ? in.getParent() : in;
    return of.pathAsPointer().toString();
  }

  @Override
  protected JsonSyntax.Container container() {
    TokenStreamContext in = parser.streamReadContext();
    if (in.inArray()) {
      return JsonSyntax.Container.ARRAY;
    }
    return in.inObject() ? JsonSyntax.Container.OBJECT : JsonSyntax.Container.ROOT;
  }

  @Override
  protected int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  @Override
  protected long currentLong() {
    return parser.getLongValue();
  }

  @Override
  protected boolean isLong() {
    JsonParser.NumberType type = parser.getNumberType();
    return type == JsonParser.NumberType.LONG || type == JsonParser.NumberType.INT;
  }

  @Override
  protected int digits() {
    return digits(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
  }

  @Override
  protected String currentText() {
    return parser.getString();
  }

  @Override
  protected String currentName() {
    return parser.currentName();
  }

  @Override
  protected Token token() {
    return token(parser.currentToken());
  }

  @Override
  protected Token advance() {
    return token(parser.nextToken());
  }

  private static Token token(JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }
}
