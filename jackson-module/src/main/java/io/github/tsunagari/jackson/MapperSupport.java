package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tsunagari.internal.Findings;
import io.github.tsunagari.internal.Messages.Message;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a mapper of {@link GrantJson#newMapper()} read as {@link GrantJsonReader} reads: the same decoding of
 * bytes (UTF-8 with Jackson's parser of bytes; UTF-16 and UTF-32 strictly), kept at hand so that columns count
 * characters, and malformed input reported as an {@link InvalidGrantDataException}.
 */
final class MapperSupport {
  private MapperSupport() {}

  /** A factory that decodes as the reader does and keeps the bytes of a document for its locations. */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Factory(JsonFactoryBuilder b) {
      super(b);
    }

    private Factory(Factory src, ObjectCodec codec) {
      super(src, codec);
    }

    @Override
    public JsonFactory copy() {
      return new Factory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
      byte[] bytes;
      try {
        bytes = JsonInput.readAll(in, Limits.MAX_DOCUMENT_LENGTH);
      } catch (JsonInput.TooLong e) {
        throw new InvalidGrantDataException(null, ValidationReport.of(List.of(e.finding())));
      } finally {
        if (ctxt.isResourceManaged() || isEnabled(JsonParser.Feature.AUTO_CLOSE_SOURCE)) {
          in.close();
        }
      }
      return createParser(bytes);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
      java.util.Optional<java.nio.charset.Charset> other = Utf8.otherEncoding(data, offset, len);
      if (other.isPresent()) {
        String text;
        try {
          text = Utf8.decode(data, offset, len, other.get());
        } catch (Utf8.BadEncoding e) {
          throw new InvalidGrantDataException(null, ValidationReport.of(List.of(Findings.syntax("",
              io.github.tsunagari.validation.SourceLocation.ofByte(e.offset),
              new Message("syntax.bad-encoding", other.get().name())))));
        }
        return createParser(text);
      }
      try {
        return super._createParser(data, offset, len, ctxt);
      } catch (java.io.CharConversionException e) {
        throw new InvalidGrantDataException(null, ValidationReport.of(List.of(Findings.syntax("",
            io.github.tsunagari.validation.SourceLocation.ofByte(0), new Message("syntax.not-utf8")))));
      }
    }
  }

  /** A mapper whose reading of a whole document reports malformed input as the library's exception. */
  static final class Mapper extends JsonMapper {
    private static final long serialVersionUID = 1L;

    Mapper(JsonFactory factory) {
      super(factory);
    }

    private Mapper(Mapper src) {
      super(src);
    }

    @Override
    public JsonMapper copy() {
      _checkInvalidCopy(Mapper.class);
      return new Mapper(this);
    }

    @Override
    protected Object _readMapAndClose(JsonParser p, JavaType valueType) throws IOException {
      // Jackson closes the parser it reads; the one given to it here leaves the real one open, so that the content
      // after a value that could not be read is still looked at, as GrantJsonReader looks at it.
      JsonParser kept = new JsonParserDelegate(p) {
        @Override
        public void close() {}
      };
      try (p) {
        return readKeepingOpen(p, kept, valueType);
      }
    }

    /** Reads the value; the catch clauses run with the parser still open (a try with resources would close it). */
    private Object readKeepingOpen(JsonParser p, JsonParser kept, JavaType valueType) throws IOException {
      try {
        return super._readMapAndClose(kept, valueType);
      } catch (InvalidGrantDataException e) {
        if (!isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) || stopped(e)
            || !p.getParsingContext().inRoot()) {
          throw e;
        }
        JsonTokens tokens = JsonTokens.ofMapper(p);
        Finding after;
        try {
          after = p.nextToken() == null ? null
              : Findings.syntax("", tokens.location(), new Message("syntax.content-after-value"));
        } catch (IOException malformed) {
          after = Documents.finding(tokens, malformed);
        }
        if (after == null) {
          throw e;
        }
        List<Finding> all = new ArrayList<>(e.getReport().getFindings());
        all.add(after);
        throw new InvalidGrantDataException(p, ValidationReport.of(all));
      } catch (JsonParseException | StreamConstraintsException e) {
        throw malformed(p, e);
      } catch (MismatchedInputException e) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.startsWith("No content to map") || text.startsWith("Trailing token")) {
          throw malformed(p, e);
        }
        throw e;
      }
    }

    /** A document that is null is no grant data; as a property of a user's class, null stays Jackson's null. */
    @Override
    protected com.fasterxml.jackson.core.JsonToken _initForReading(JsonParser p, JavaType valueType)
        throws IOException {
      com.fasterxml.jackson.core.JsonToken t = super._initForReading(p, valueType);
      if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL && isModel(valueType.getRawClass())) {
        JsonTokens tokens = JsonTokens.ofMapper(p);
        throw new InvalidGrantDataException(p, ValidationReport.of(List.of(Findings.wrongShape("", tokens.location(),
            "null", isCode(valueType.getRawClass()) ? Findings.Shape.TEXT : Findings.Shape.PROPERTIES,
            Findings.Shape.NOTHING))));
      }
      return t;
    }

    private static boolean isCode(Class<?> type) {
      for (io.github.tsunagari.internal.form.Kind.CodeKind<?> c : io.github.tsunagari.internal.form.Forms.CODES) {
        if (c.type() == type) {
          return true;
        }
      }
      return false;
    }

    /** True for a type of the model or one of its values, which the module reads. */
    private static boolean isModel(Class<?> type) {
      if (io.github.tsunagari.organization.Grantee.class.isAssignableFrom(type)) {
        return true;
      }
      for (io.github.tsunagari.internal.form.Form<?> f : io.github.tsunagari.internal.form.Forms.ALL) {
        if (f.type().isAssignableFrom(type)) {
          return true;
        }
      }
      for (io.github.tsunagari.internal.form.Kind.CodeKind<?> c : io.github.tsunagari.internal.form.Forms.CODES) {
        if (c.type() == type && c != io.github.tsunagari.internal.form.Kinds.DATE) {
          return true;
        }
      }
      return false;
    }

    /** True if reading stopped inside the value (malformed, or over a limit): nothing after it can be read. */
    private static boolean stopped(InvalidGrantDataException e) {
      for (Finding f : e.getReport().getFindings()) {
        if (f.getRule() == Rule.JSON_SYNTAX || f.getRule() == Rule.JSON_LIMIT) {
          return true;
        }
      }
      return false;
    }

    private static InvalidGrantDataException malformed(JsonParser p, JsonProcessingException e) {
      JsonTokens tokens = JsonTokens.ofMapper(p);
      return new InvalidGrantDataException(p, ValidationReport.of(List.of(Documents.finding(tokens, e))));
    }
  }
}
