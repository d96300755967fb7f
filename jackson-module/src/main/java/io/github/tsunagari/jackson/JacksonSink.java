package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.internal.read.JsonBinding;
import java.io.IOException;

/**
 * A Jackson {@link JsonGenerator} as the sink of the library's one writer of the canonical form, and as the binding's
 * {@link JsonBinding.Output}.
 */
final class JacksonSink implements JsonBinding.Output {
  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void text(String text) throws IOException {
    g.writeString(text);
  }

  @Override
  public void number(long number) throws IOException {
    g.writeNumber(number);
  }

  @Override
  public void flag(boolean flag) throws IOException {
    g.writeBoolean(flag);
  }

  /** Flushes and closes the generator, which leaves its stream open where its factory says so. */
  @Override
  public void close() throws IOException {
    g.close();
  }
}
