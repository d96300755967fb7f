/**
 * Jackson support for the Tsunagari model: the canonical JSON form, strict reading that reports every problem with its
 * place, a JSON Schema, and streaming of large exports.
 */
module io.github.tsunagari.jackson {
  requires transitive io.github.tsunagari.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports io.github.tsunagari.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.tsunagari.jackson.TsunagariModule;
  // The binding the library's readers of JSON read through.
  provides io.github.tsunagari.internal.read.JsonBinding with io.github.tsunagari.jackson.JacksonBinding;
}
