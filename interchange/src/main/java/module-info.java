/**
 * Tsunagari interchange: grant data exchanged with the systems around it. A program as a 360Giving Data Standard
 * package ({@link io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving}), written and read through the JSON
 * binding on the module path (tsunagari-jackson3 or tsunagari-jackson); other systems' tables read through
 * tsunagari-tables.
 */
module io.github.tsunagari.interchange {
  requires transitive io.github.tsunagari.core;
  requires io.github.tsunagari.tables;

  exports io.github.tsunagari.interchange.threesixtygiving;
  exports io.github.tsunagari.interchange.gbizinfo;
  exports io.github.tsunagari.interchange.jgrants;
  exports io.github.tsunagari.interchange.rs;
}
