/** Jackson support for the Tsunagari model. */
module io.github.tsunagari.jackson {
  requires transitive io.github.tsunagari.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.tsunagari.jackson;
}
