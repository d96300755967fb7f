package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.JsonTokens;
import io.github.tsunagari.internal.read.ParserTokens;
import io.github.tsunagari.internal.read.SourceBytes;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Jackson 3's parser of UTF-8 bytes as the binding of the reading layer, which finds it as a service: the library's
 * readers of JSON ({@code GrantJsonReader}, {@code GrantStreamReader}) read through it when this module is there, and
 * through it rather than Jackson 2's where both are. Not for use by applications; it is public only so that the
 * service loader can make it.
 */
public final class JacksonBinding implements JsonBinding {
  /** Made by the service loader. */
  public JacksonBinding() {}

  /** Jackson 3's: preferred to Jackson 2's on the same class path. */
  @Override
  public int rank() {
    return 3;
  }

  @Override
  public Output output(OutputStream out) {
    return new CheckedOutput(Limits.WRITERS.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8));
  }

  @Override
  public JsonTokens tokens(JsonInput input) {
    ParserTokens.misread(input).ifPresent(f -> {
      throw new FormReader.Stop(f);
    });
    try {
      return new JacksonTokens(Limits.READERS.createParser(input), input, "", 0);
    } catch (JacksonIOException e) {
      throw new FormReader.Stop(ParserTokens.inputFailure("", e.getCause()));
    }
  }

  @Override
  public JsonTokens tokens(String text) {
    return new JacksonTokens(Limits.READERS.createParser(text), null, "", 0);
  }

  @Override
  public JsonTokens tokens(byte[] bytes, int offset, int length, String basePath, int lineOffset) {
    ParserTokens.misread(bytes, offset, length, basePath, lineOffset).ifPresent(f -> {
      throw new FormReader.Stop(f);
    });
    JsonParser p;
    try {
      p = Limits.READERS.createParser(bytes, offset, length);
    } catch (JacksonException e) {
      // Jackson looked at the first bytes for an encoding and refused them: the line is not UTF-8, from its start.
      throw new FormReader.Stop(ParserTokens.notUtf8Line(basePath, lineOffset));
    }
    return new JacksonTokens(p, SourceBytes.of(bytes, offset, length), basePath, lineOffset);
  }
}
