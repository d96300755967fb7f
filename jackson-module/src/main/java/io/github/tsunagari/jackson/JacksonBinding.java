package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonParser;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.JsonTokens;
import io.github.tsunagari.internal.read.ParserTokens;
import io.github.tsunagari.internal.read.SourceBytes;
import io.github.tsunagari.validation.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Jackson 2's parser of UTF-8 bytes as the binding of the reading layer, which finds it as a service: the library's
 * readers of JSON ({@code GrantJsonReader}, {@code GrantStreamReader}) read through it when this module is there. Not
 * for use by applications; it is public only so that the service loader can make it.
 */
public final class JacksonBinding implements JsonBinding {
  /** Made by the service loader. */
  public JacksonBinding() {}

  @Override
  public JsonTokens tokens(JsonInput input) throws IOException {
    Optional<Finding> misread = ParserTokens.misread(input);
    if (misread.isPresent()) {
      throw new FormReader.Stop(misread.get());
    }
    JsonParser p;
    try {
      p = Limits.READERS.createParser(input);
    } catch (IOException e) {
      throw new FormReader.Stop(ParserTokens.inputFailure("", e));
    }
    return new JacksonTokens(p, input, "", 0);
  }

  @Override
  public JsonTokens tokens(String text) throws IOException {
    return new JacksonTokens(Limits.READERS.createParser(text), null, "", 0);
  }

  @Override
  public JsonTokens tokens(byte[] bytes, int offset, int length, String basePath, int lineOffset) {
    SourceBytes line = SourceBytes.of(bytes, offset, length);
    Optional<Finding> misread = ParserTokens.misread(bytes, offset, length, basePath, lineOffset);
    if (misread.isPresent()) {
      throw new FormReader.Stop(misread.get());
    }
    JsonParser p;
    try {
      p = Limits.READERS.createParser(bytes, offset, length);
    } catch (IOException e) {
      // Jackson looked at the first bytes for an encoding and refused them: the line is not UTF-8, from its start.
      throw new FormReader.Stop(ParserTokens.notUtf8Line(basePath, lineOffset));
    }
    return new JacksonTokens(p, line, basePath, lineOffset);
  }

  @Override
  public Output output(OutputStream out) throws IOException {
    return new JacksonSink(Limits.WRITERS.createGenerator(out, JsonEncoding.UTF8));
  }

  /** Jackson 2's: a Jackson 3 binding on the same class path is preferred to it. */
  @Override
  public int rank() {
    return 2;
  }
}
