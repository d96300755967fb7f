/**
 * JSON for the Tsunagari model through Jackson 2: the {@link io.github.tsunagari.jackson.TsunagariModule}, the
 * canonical form ({@link io.github.tsunagari.jackson.GrantJson}), a mapper and a factory that read exactly as the
 * library's readers do, and the binding through which {@code io.github.tsunagari.read.GrantJsonReader} and
 * {@code GrantStreamReader} read. Every class here uses Jackson's public API and nothing else of Jackson; everything
 * that does not bind Jackson is in {@code tsunagari-core}.
 */
package io.github.tsunagari.jackson;
