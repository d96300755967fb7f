package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonInput;
import io.github.tsunagari.internal.read.JsonSyntax;
import io.github.tsunagari.internal.read.JsonTokens;
import io.github.tsunagari.internal.read.SourceBytes;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.IOException;
import java.util.Arrays;
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
    Optional<Finding> misread = JacksonTokens.misread(input);
    if (misread.isPresent()) {
      throw new FormReader.Stop(misread.get());
    }
    JsonParser p;
    try {
      p = Limits.READERS.createParser(input);
    } catch (IOException e) {
      throw new FormReader.Stop(JacksonTokens.inputFailure("", e));
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
    Optional<Finding> misread = JacksonTokens.misread(Arrays.copyOfRange(bytes, offset, offset + Math.min(4, length)),
        basePath, lineOffset);
    if (misread.isPresent()) {
      throw new FormReader.Stop(misread.get());
    }
    JsonParser p;
    try {
      p = Limits.READERS.createParser(bytes, offset, length);
    } catch (IOException e) {
      // Jackson looked at the first bytes for an encoding and refused them: the line is not UTF-8, from its start.
      throw new FormReader.Stop(ReadingFindings.syntax(basePath, SourceLocation.of(lineOffset + 1, 1),
          SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.NOT_UTF8)));
    }
    return new JacksonTokens(p, line, basePath, lineOffset);
  }
}
