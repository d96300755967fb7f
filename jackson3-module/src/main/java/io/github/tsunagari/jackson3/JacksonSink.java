package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.read.JsonBinding;
import tools.jackson.core.JsonGenerator;

/**
 * A Jackson 3 {@link JsonGenerator} as the sink of the library's one writer of the canonical form, and as the binding's
 * {@link JsonBinding.Output}.
 */
record JacksonSink(JsonGenerator g) implements JsonBinding.Output {
  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void text(String text) {
    g.writeString(text);
  }

  @Override
  public void number(long number) {
    g.writeNumber(number);
  }

  @Override
  public void flag(boolean flag) {
    g.writeBoolean(flag);
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  /** Flushes and closes the generator, which leaves its stream open where its factory says so. */
  @Override
  public void close() {
    g.close();
  }
}
