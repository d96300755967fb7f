/**
 * Jackson 3 support for the Tsunagari model: the same canonical JSON and strict reading that
 * {@code io.github.tsunagari.jackson} gives on Jackson 2, under the same names in this module's package.
 */
module io.github.tsunagari.jackson3 {
  requires transitive io.github.tsunagari.core;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;

  exports io.github.tsunagari.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.tsunagari.jackson3.TsunagariModule;
  // The binding the library's readers of JSON read through; preferred to Jackson 2's where both are there.
  provides io.github.tsunagari.internal.read.JsonBinding with io.github.tsunagari.jackson3.JacksonBinding;
}
