/**
 * The RS system (行政事業レビュー): one budget project's (予算事業) recipients and amounts from its spending table
 * (5-1 支出先_支出情報), in a ZIP file of its open data or bare, as the model's grants and regrants, with findings
 * {@code import.rs.*} for what cannot be carried. Start at {@link io.github.tsunagari.interchange.rs.RsSystem}.
 */
package io.github.tsunagari.interchange.rs;
