package io.github.tsunagari.tables;

/**
 * How a table's header row names its columns (見出し). A reader reads either; a writer writes the one chosen. Both come
 * from the library's form description, so a column has exactly one path and one title.
 */
public enum TableHeaders {
  /**
   * The paths of the canonical form below a grant, as flatten-tool writes them for 360Giving's spreadsheets:
   * {@code grantee/name}, {@code project/serviceArea/text}, {@code project/activities/0/kind}.
   */
  PATHS,
  /**
   * The Japanese titles of the form description, as lists write them: {@code 団体名}, {@code 事業名}, {@code 概要},
   * {@code 事業区域}; a place deeper down says whose it is ({@code 代表団体:団体名}) and a list's element its number
   * ({@code 支援の取組:0:支援の種類}).
   */
  JAPANESE_TITLES
}
