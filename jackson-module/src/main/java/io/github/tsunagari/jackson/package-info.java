/**
 * JSON for the Tsunagari model: the Jackson {@link io.github.tsunagari.jackson.TsunagariModule}, the canonical form
 * ({@link io.github.tsunagari.jackson.GrantJson}), reading with every problem located
 * ({@link io.github.tsunagari.jackson.GrantJsonReader}) and streaming large exports
 * ({@link io.github.tsunagari.jackson.GrantStreamReader}).
 */
package io.github.tsunagari.jackson;
