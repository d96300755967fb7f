package com.example.grants;

import org.junit.jupiter.api.Test;

/** The consumer's program, on the class path. */
class MainTest {
  @Test
  void runs() throws Exception {
    Main.main(new String[0]);
  }
}
