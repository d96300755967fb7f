/**
 * Tsunagari core: the immutable model of Japan's 孤独・孤立対策推進交付金 grant data, its validation and the bundled
 * FY2024 sample. Its only dependency is the Jakarta Validation API.
 */
module io.github.tsunagari.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value;

  exports io.github.tsunagari;
  exports io.github.tsunagari.activity;
  exports io.github.tsunagari.money;
  exports io.github.tsunagari.organization;
  exports io.github.tsunagari.program;
  exports io.github.tsunagari.read;
  exports io.github.tsunagari.region;
  exports io.github.tsunagari.sample;
  exports io.github.tsunagari.validation;
  exports io.github.tsunagari.validation.constraints;
  // The canonical form, its reader and writer, the reading layer and the library's messages: for the library's own
  // format modules, testkit and Spring integration (the report form of a problem's findings), not for users.
  exports io.github.tsunagari.internal to io.github.tsunagari.jackson, io.github.tsunagari.jackson3,
      io.github.tsunagari.testkit,
      io.github.tsunagari.tables;
  exports io.github.tsunagari.internal.form to io.github.tsunagari.jackson, io.github.tsunagari.jackson3,
      io.github.tsunagari.testkit,
      io.github.tsunagari.tables,
      io.github.tsunagari.interchange,
      io.github.tsunagari.spring;
  exports io.github.tsunagari.internal.read to io.github.tsunagari.jackson, io.github.tsunagari.jackson3,
      io.github.tsunagari.tables,
      io.github.tsunagari.interchange;

  // The files of the canonical JSON form (internal.form.FormFiles): the FY2024 sample beside SampleData, and the JSON
  // Schema; opened so that they are class-path resources on the module path too, as GrantJson's constants name them.
  opens io.github.tsunagari.sample;
  opens io.github.tsunagari.schema;

  // The JSON binding the readers of JSON read through (tsunagari-jackson provides one for Jackson 2,
  // tsunagari-jackson3 one for Jackson 3; where both are there, JsonBindings takes Jackson 3's).
  uses io.github.tsunagari.internal.read.JsonBinding;
}
