/**
 * Tsunagari tables: grant lists as published (CSV, XLSX, the Cabinet Office's sheet) read into the model with every
 * finding at its cell, and written back.
 */
module io.github.tsunagari.tables {
  requires transitive io.github.tsunagari.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  // ZipArchiveEntry, in the ZipEntrySource through which XLSX parts are read under a typed zip-bomb guard.
  requires org.apache.commons.compress;
  requires java.xml;

  exports io.github.tsunagari.tables;
  // Rows of cells read from and written to CSV and XLSX, whatever they hold: for the library's readers of other
  // systems' tables (gBizINFO's bulk CSV, the RS system's CSV, 360Giving's spreadsheets), not for users.
  exports io.github.tsunagari.tables.internal to io.github.tsunagari.interchange;
}
