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
  static final boolean READS_INVALID_UTF8 = probe(text -> {
    try (JsonParser p = Limits.READERS.createParser(text)) {
      p.nextToken();
      return p.getString() != null;
    } catch (JacksonException e) {
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

  /** Tokens of a parser made by a mapper: its bytes are at hand where it is one of {@link StrictFactory}'s. */
  static JacksonTokens of(JsonParser p) {
    JsonInput input = p instanceof StrictFactory.RootParser ? ((StrictFactory.RootParser) p).input() : null;
    return new JacksonTokens(p, input, "", 0);
  }

  private static Token token(JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  protected Token advance() {
    return token(p.nextToken());
  }

  @Override
  protected Token token() {
    return token(p.currentToken());
  }

  @Override
  protected String currentName() {
    return p.currentName();
  }

  @Override
  protected String currentText() {
    return p.getString();
  }

  @Override
  protected int digits() {
    return digits(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
  }

  @Override
  protected boolean isLong() {
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.LONG || type == JsonParser.NumberType.INT;
  }

  @Override
  protected long currentLong() {
    return p.getLongValue();
  }

  @Override
  protected int depth() {
    return p.streamReadContext().getNestingDepth();
  }

  @Override
  protected JsonSyntax.Container container() {
    TokenStreamContext in = p.streamReadContext();
    if (in.inArray()) {
      return JsonSyntax.Container.ARRAY;
    }
    return in.inObject() ? JsonSyntax.Container.OBJECT : JsonSyntax.Container.ROOT;
  }

  @Override
  protected String path(boolean parent) {
    TokenStreamContext in = p.streamReadContext();
    TokenStreamContext of = parent && in.getParent() != null ? in.getParent() : in;
    return of.pathAsPointer().toString();
  }

  @Override
  protected Place tokenPlace() {
    return place(p.currentTokenLocation());
  }

  @Override
  protected Place currentPlace() {
    return place(p.currentLocation());
  }

  private static Place place(TokenStreamLocation at) {
    if (at == null) {
      return null;
    }
    return new Place(at.getLineNr(), at.getColumnNr(), at.getByteOffset(), at.getCharOffset());
  }

  @Override
  protected Object parserMark(boolean container) {
    if (container) {
      return p.streamReadContext();
    }
    return p.currentTokenLocation();
  }

  @Override
  protected boolean isContainer(Object mark) {
    return mark instanceof TokenStreamContext;
  }

  @Override
  protected Place placeOf(Object mark) {
    if (mark instanceof TokenStreamContext) {
      return place(((TokenStreamContext) mark).startLocation(null));
    }
    return place((TokenStreamLocation) mark);
  }

  @Override
  protected long parserMaximum(ReadingLimit limit) {
    StreamReadConstraints c = p.streamReadConstraints();
    if (limit == ReadingLimit.NESTING_DEPTH) {
      return c.getMaxNestingDepth();
    }
    return limit == ReadingLimit.STRING_LENGTH ? c.getMaxStringLength() : c.getMaxNumberLength();
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
  protected void closeParser() {
    p.close();
  }
}
