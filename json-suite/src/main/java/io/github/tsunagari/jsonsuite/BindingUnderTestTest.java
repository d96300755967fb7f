package io.github.tsunagari.jsonsuite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.internal.read.JsonBindings;
import org.junit.jupiter.api.Test;

/**
 * The suite runs against the binding it was given, and the library's readers read through that binding too: a run
 * wired to the wrong binding (or to two) fails here instead of passing on another.
 */
class BindingUnderTestTest {
  @Test
  void theReadersReadThroughTheBindingUnderTest() {
    JsonBindingUnderTest under = JsonBindingUnderTest.get();
    System.out.println("JSON binding suite: " + under.name() + ", core reads through "
        + JsonBindings.get().getClass().getName());
    assertThat(JsonBindings.get().getClass()).as("the binding core found, for %s", under.name())
        .isEqualTo(under.bindingClass());
  }
}
