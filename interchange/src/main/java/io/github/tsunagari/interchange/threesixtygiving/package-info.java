/**
 * A grant program (交付金事業) as a <a href="https://standard.threesixtygiving.org/">360Giving Data Standard</a> 1.4.3
 * package, in a Japan profile: amounts in JPY, organisations by their corporate number (法人番号) as org-id.guide's
 * {@code JP-JCN-<13 digits>}, areas served by their local-government code (全国地方公共団体コード) and location scope.
 * Start at {@link io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving#exporter(String, Funder)}; a package,
 * ours or another funder's, is read back into the model's grants by
 * {@link io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving#reader()}, which says what cannot be carried
 * over.
 */
package io.github.tsunagari.interchange.threesixtygiving;
