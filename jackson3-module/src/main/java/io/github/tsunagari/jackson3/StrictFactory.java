package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.ParserTokens;
import io.github.tsunagari.internal.read.RootValues;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.DataInput;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The factory of a mapper of {@link GrantJson#newMapper()}: its parsers read their bytes through the reading layer's
 * input, as {@code GrantJsonReader} reads them (UTF-16 and UTF-32 decoded strictly, the document length counted, the
 * last bytes kept for locations in characters), and what goes wrong outside the value a deserializer reads (an empty
 * document, malformed JSON before or after it) is thrown as the library's exception. Through Jackson's public API: the
 * public {@code createParser} methods, and {@link JsonParserDelegate}.
 */
final class StrictFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  StrictFactory(JsonFactoryBuilder b) {
    super(b);
  }

  private StrictFactory(StrictFactory src) {
    super(src);
  }

  @Override
  public JsonFactory copy() {
    return new StrictFactory(this);
  }

  /** A builder of a factory like this one, with what is changed on it: {@code newFactory().rebuild()…build()}. */
  @Override
  public JsonFactoryBuilder rebuild() {
    return new JsonFactoryBuilder(this) {
      @Override
      public JsonFactory build() {
        return new StrictFactory(this);
      }
    };
  }

  @Override
  public JsonParser createParser(ObjectReadContext ctxt, InputStream in) {
    return root(ctxt, () -> JsonInput.of(in, ReadingLimits.MAX_DOCUMENT_LENGTH), null);
  }

  @Override
  public JsonParser createParser(ObjectReadContext ctxt, byte[] data, int offset, int length) {
    return root(ctxt, () -> JsonInput.of(data, offset, length, ReadingLimits.MAX_DOCUMENT_LENGTH), null);
  }

  @Override
  public JsonParser createParser(ObjectReadContext ctxt, byte[] data) {
    return createParser(ctxt, data, 0, data.length);
  }

  @Override
  public JsonParser createParser(ObjectReadContext ctxt, File f) {
    return createParser(ctxt, f.toPath());
  }

  /** A parser of a file: the stream the factory opens is closed with the parser, whatever the mapper's settings. */
  @Override
  public JsonParser createParser(ObjectReadContext ctxt, Path path) {
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    try {
      return root(ctxt, () -> JsonInput.of(in, ReadingLimits.MAX_DOCUMENT_LENGTH), in);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /** Text from a reader: parsed as text, whose parser counts characters itself. */
  @Override
  public JsonParser createParser(ObjectReadContext ctxt, Reader r) {
    return new RootParser(super.createParser(ctxt, r), null, null);
  }

  @Override
  public JsonParser createParser(ObjectReadContext ctxt, DataInput in) {
    return new RootParser(super.createParser(ctxt, in), null, null);
  }

  /**
   * Text is read as its UTF-8 bytes are, as {@code GrantJsonReader} reads it; text with half a character (a lone
   * surrogate), which has no UTF-8 bytes, is parsed as text.
   */
  @Override
  public JsonParser createParser(ObjectReadContext ctxt, String content) {
    Optional<byte[]> bytes = JsonInput.utf8(content);
    return bytes.isPresent() ? createParser(ctxt, bytes.get()) : createParser(ctxt, new StringReader(content));
  }

  @Override
  public JsonParser createParser(ObjectReadContext ctxt, char[] content, int offset, int length) {
    return createParser(ctxt, new String(content, offset, length));
  }

  /** Opens the reading layer's input. */
  @FunctionalInterface
  private interface Opening {
    JsonInput open() throws IOException;
  }

  /** The root parser of an input; {@code owned} is a stream the factory opened, or null. */
  private JsonParser root(ObjectReadContext ctxt, Opening opening, InputStream owned) {
    JsonInput input;
    try {
      input = opening.open();
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    Optional<Finding> misread = ParserTokens.misread(input);
    if (misread.isPresent()) {
      closeQuietly(input);
      throw new InvalidGrantJsonException(null, ValidationReport.of(List.of(misread.get())));
    }
    try {
      return new RootParser(super.createParser(ctxt, input), input, owned);
    } catch (JacksonIOException e) {
      closeQuietly(input);
      throw new InvalidGrantJsonException(null, ValidationReport.of(List.of(ParserTokens.inputFailure("",
          e.getCause()))));
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A parser whose failures outside any value (the document's first token, what follows the value) are the library's
   * exception with its finding; inside a value, the value's deserializer reports them with the value's other problems.
   */
  static final class RootParser extends JsonParserDelegate {
    private final RootValues root;
    private final InputStream owned;
    private final JsonInput input;

    RootParser(JsonParser parser, JsonInput input, InputStream owned) {
      super(parser);
      this.root = new RootValues(input);
      this.owned = owned;
      this.input = input;
    }

    /** Closes the parser, and a stream the factory opened for it (a file's), whatever the settings. */
    @Override
    public void close() {
      try {
        super.close();
      } finally {
        if (owned != null) {
          closeQuietly(owned);
        }
      }
    }

    @Override
    public JsonToken nextToken() {
      if (delegate().streamReadContext().inRoot()) {
        JsonToken t = rootToken();
        root.next(t == null, tokens()).ifPresent(f -> {
          throw failure(f);
        });
        return t;
      }
      return delegate().nextToken();
    }

    private JsonToken rootToken() {
      try {
        return delegate().nextToken();
      } catch (JacksonException e) {
        throw failure(tokens().stop(e).finding());
      }
    }

    /** The library's exception with one finding, thrown from this parser. */
    private InvalidGrantJsonException failure(Finding finding) {
      return new InvalidGrantJsonException(this, ValidationReport.of(List.of(finding)));
    }

    /** The reading layer's input this parser reads, or null for a parser of text with half a character. */
    JsonInput input() {
      return input;
    }

    /** The tokens of the parser this one delegates to, with the input's bytes. */
    private JacksonTokens tokens() {
      return new JacksonTokens(delegate(), input, "", 0);
    }
  }
}
