/**
 * JSON for the Tsunagari model through Jackson 3 ({@code tools.jackson}): the
 * {@link io.github.tsunagari.jackson3.TsunagariModule}, the canonical form ({@link io.github.tsunagari.jackson3.GrantJson}),
 * a mapper that reads exactly as the library's readers do, and the binding through which
 * {@code io.github.tsunagari.read.GrantJsonReader} and {@code GrantStreamReader} read. The names are those of
 * {@code io.github.tsunagari.jackson} (Jackson 2): an application moves from one to the other by its imports. Every
 * class here uses Jackson's public API and nothing else of Jackson; everything that does not bind Jackson is in
 * {@code tsunagari-core}.
 */
package io.github.tsunagari.jackson3;
