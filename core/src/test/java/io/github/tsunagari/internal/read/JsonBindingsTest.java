package io.github.tsunagari.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where several bindings are found, the choice is the highest rank, whatever the order they are found in. */
class JsonBindingsTest {
  @Test
  void theHighestRankIsChosenInAnyOrder() {
    List<JsonBinding> found = new ArrayList<>(List.of(new Jackson2(), new Jackson3(), new AlsoJackson3()));
    for (int i = 0; i < 6; i++) {
      Collections.rotate(found, 1);
      if (i == 3) {
        Collections.reverse(found);
      }
      assertThat(JsonBindings.choose(found)).containsInstanceOf(AlsoJackson3.class);
    }
    assertThat(JsonBindings.choose(List.of(new Jackson2()))).containsInstanceOf(Jackson2.class);
    assertThat(JsonBindings.choose(List.of())).isEmpty();
  }

  private abstract static class Ranked implements JsonBinding {
    @Override
    public JsonTokens tokens(JsonInput input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonTokens tokens(byte[] bytes, int offset, int length, String basePath, int lineOffset) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonTokens tokens(String text) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Output output(java.io.OutputStream out) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class Jackson2 extends Ranked {
    @Override
    public int rank() {
      return 2;
    }
  }

  /** Of rank 3, and first by class name ("...JsonBindingsTest$AlsoJackson3" sorts before "...$Jackson3"). */
  private static final class AlsoJackson3 extends Ranked {
    @Override
    public int rank() {
      return 3;
    }
  }

  private static final class Jackson3 extends Ranked {
    @Override
    public int rank() {
      return 3;
    }
  }
}
