package io.github.tsunagari.jackson3;

import io.github.tsunagari.internal.read.JsonBinding;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The binding's {@link JsonBinding.Output}: a Jackson 3 generator whose stream's failures are the
 * {@link IOException}s the reading layer's writers declare, as Jackson 2's are, not Jackson 3's unchecked wrapper of
 * them. A caller of {@code GivingExport.writeTo} catches {@code IOException} whichever binding writes.
 */
record CheckedOutput(JacksonSink sink) implements JsonBinding.Output {
  CheckedOutput(JsonGenerator g) {
    this(new JacksonSink(g));
  }

  /** One step of writing. */
  @FunctionalInterface
  private interface Step {
    void run();
  }

  private static void io(Step step) throws IOException {
    try {
      step.run();
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      throw cause != null ? cause : new IOException(e);
    }
  }

  @Override
  public void startObject() throws IOException {
    io(sink::startObject);
  }

  @Override
  public void endObject() throws IOException {
    io(sink::endObject);
  }

  @Override
  public void startArray() throws IOException {
    io(sink::startArray);
  }

  @Override
  public void endArray() throws IOException {
    io(sink::endArray);
  }

  @Override
  public void name(String name) throws IOException {
    io(() -> sink.name(name));
  }

  @Override
  public void text(String text) throws IOException {
    io(() -> sink.text(text));
  }

  @Override
  public void number(long number) throws IOException {
    io(() -> sink.number(number));
  }

  @Override
  public void flag(boolean flag) throws IOException {
    io(() -> sink.flag(flag));
  }

  @Override
  public void close() throws IOException {
    io(sink::close);
  }
}
