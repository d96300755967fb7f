package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.ParserTokens;
import io.github.tsunagari.internal.read.RootValues;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.Closeable;
import java.io.DataInput;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

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

  private StrictFactory(StrictFactory src, ObjectCodec codec) {
    super(src, codec);
  }

  @Override
  public JsonFactory copy() {
    return new StrictFactory(this, null);
  }

  /** A builder of a factory like this one, with what is changed on it: {@code newFactory().rebuild()…build()}. */
  @Override
  public JsonFactoryBuilder rebuild() {
    return new Builder(this);
  }

  /** Builds a factory of this kind from Jackson's builder of factories. */
  private static final class Builder extends JsonFactoryBuilder {
    Builder(JsonFactory base) {
      super(base);
    }

    @Override
    public JsonFactory build() {
      return new StrictFactory(this);
    }
  }

  @Override
  public JsonParser createParser(InputStream in) throws IOException {
    return root(JsonInput.of(in, ReadingLimits.MAX_DOCUMENT_LENGTH), null);
  }

  @Override
  public JsonParser createParser(byte[] data) throws IOException {
    return createParser(data, 0, data.length);
  }

  @Override
  public JsonParser createParser(byte[] data, int offset, int length) throws IOException {
    return root(JsonInput.of(data, offset, length, ReadingLimits.MAX_DOCUMENT_LENGTH), null);
  }

  @Override
  public JsonParser createParser(File f) throws IOException {
    return opened(Files.newInputStream(f.toPath()));
  }

  @Override
  public JsonParser createParser(URL url) throws IOException {
    return opened(url.openStream());
  }

  /** A parser of a stream the factory opened: closed with the parser, whatever the mapper's settings. */
  private JsonParser opened(InputStream in) throws IOException {
    try {
      return root(JsonInput.of(in, ReadingLimits.MAX_DOCUMENT_LENGTH), in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Text from a reader: parsed as text, whose parser counts characters itself. */
  @Override
  public JsonParser createParser(Reader r) throws IOException {
    return new RootParser(super.createParser(r), null, null);
  }

  @Override
  public JsonParser createParser(DataInput in) throws IOException {
    return new RootParser(super.createParser(in), null, null);
  }

  /**
   * Text is read as its UTF-8 bytes are, as {@code GrantJsonReader} reads it; text with half a character (a lone
   * surrogate), which has no UTF-8 bytes, is parsed as text.
   */
  @Override
  public JsonParser createParser(String content) throws IOException {
    Optional<byte[]> bytes = JsonInput.utf8(content);
    return bytes.isPresent() ? createParser(bytes.get()) : createParser(new StringReader(content));
  }

  @Override
  public JsonParser createParser(char[] content) throws IOException {
    return createParser(new String(content));
  }

  @Override
  public JsonParser createParser(char[] content, int offset, int length) throws IOException {
    return createParser(new String(content, offset, length));
  }

  /** The root parser of an input; {@code owned} is a stream the factory opened, or null. */
  private JsonParser root(JsonInput input, Closeable owned) throws IOException {
    Optional<Finding> misread = ParserTokens.misread(input);
    if (misread.isPresent()) {
      input.close();
      throw new InvalidGrantJsonException(null, ValidationReport.of(List.of(misread.get())));
    }
    try {
      return new RootParser(super.createParser(input), input, owned);
    } catch (IOException e) {
      input.close();
      throw new InvalidGrantJsonException(null, ValidationReport.of(List.of(ParserTokens.inputFailure("", e))));
    }
  }

  /**
   * A parser whose failures outside any value (the document's first token, what follows the value) are the library's
   * exception with its finding; inside a value, the value's deserializer reports them with the value's other problems.
   */
  static final class RootParser extends JsonParserDelegate {
    private final JsonInput input;
    private final Closeable owned;
    private final RootValues root;

    RootParser(JsonParser d, JsonInput input, Closeable owned) {
      super(d);
      this.input = input;
      this.owned = owned;
      this.root = new RootValues(input);
    }

    /** Closes the parser, and a stream the factory opened for it (a file, a URL's), whatever the settings. */
    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (owned != null) {
          owned.close();
        }
      }
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonParser d = delegate();
      if (!d.getParsingContext().inRoot()) {
        return d.nextToken();
      }
      JsonToken t;
      try {
        t = d.nextToken();
      } catch (IOException e) {
        throw failure(tokens().stop(e).finding());
      }
      Optional<Finding> problem = root.next(t == null, tokens());
      if (problem.isPresent()) {
        throw failure(problem.get());
      }
      return t;
    }

    /** The reading layer's input this parser reads, or null for a parser of text with half a character. */
    JsonInput input() {
      return input;
    }

    private JacksonTokens tokens() {
      return new JacksonTokens(delegate(), input, "", 0);
    }

    private InvalidGrantJsonException failure(Finding finding) {
      return new InvalidGrantJsonException(this, ValidationReport.of(List.of(finding)));
    }
  }
}
