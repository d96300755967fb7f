package io.github.tsunagari.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.validation.GrantValidator;
import org.junit.jupiter.api.Test;

/**
 * Core alone has no JSON binding: its readers of JSON say so with the documented exception, every time (not an error
 * of class initialisation, and not only the first time).
 */
class NoJsonBindingTest {
  @Test
  void theReadersOfJsonSayThatNoBindingIsThere() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(GrantJsonReader::create).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("tsunagari-jackson");
      assertThatThrownBy(() -> GrantStreamReader.create(GrantValidator.create()))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
