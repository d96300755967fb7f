/**
 * Grant lists as tables (表形式の交付団体一覧): CSV and XLSX read and written, and the Cabinet Office's published sheet read.
 *
 * <p>{@link io.github.tsunagari.tables.GrantTableReader} reads a table of grants, a row per grant, its columns named by
 * the paths of the canonical form as flatten-tool names them for 360Giving's spreadsheets ({@code grantee/name},
 * {@code project/activities/0/kind}) or by their Japanese titles ({@code 団体名}, {@code 事業名}, {@code 概要},
 * {@code 事業区域}); {@link io.github.tsunagari.tables.GrantTableWriter} writes one, with the headers a
 * {@link io.github.tsunagari.tables.TableHeaders} chooses. Both columns and titles derive from the library's one form
 * description. Every finding of reading names its cell: sheet, row, column letter and header.
 *
 * <p>{@link io.github.tsunagari.tables.PublishedSheet} reads the Cabinet Office's published list of grantees as its
 * text comes out of the published document (title line, 概要, 交付団体, and the table 団体名/事業名, 概要, 事業区域), each
 * finding at its line and tab-separated column.
 */
package io.github.tsunagari.tables;
