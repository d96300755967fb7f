package io.github.tsunagari.jsonsuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonBindings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The binding's neutral writer of one JSON document (what the 360Giving export writes through): compact UTF-8, and a
 * stream that fails is an {@link IOException} on every binding, never a binding's unchecked exception.
 */
class BindingOutputTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();

  private static void document(JsonBinding.Output out, int items) throws IOException {
    out.startObject();
    out.name("grants");
    out.startArray();
    for (int i = 0; i < items; i++) {
      out.startObject();
      out.name("title");
      out.text("地域の居場所づくり 𠮷 \"" + i + "\"");
      out.name("amountAwarded");
      out.number(i);
      out.name("open");
      out.flag(i % 2 == 0);
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  @Test
  void writesCompactUtf8() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonBinding.Output out = JsonBindings.get().output(bytes)) {
      document(out, 1);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"grants\":[{\"title\":\"地域の居場所づくり 𠮷 \\\"0\\\"\",\"amountAwarded\":0,\"open\":true}]}");
  }

  @Test
  void aStreamThatFailsIsAnIoException() {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    Throwable thrown = catchThrowable(() -> {
      try (JsonBinding.Output out = JsonBindings.get().output(failing)) {
        document(out, 10_000);
      }
    });
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage("disk full");
  }
}
