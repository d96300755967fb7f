/**
 * What the whole model shares: {@link io.github.tsunagari.InvalidValueException}, thrown with a typed reason by every
 * factory and builder that refuses a value that cannot exist, and {@link io.github.tsunagari.Bilingual}, the names in
 * Japanese and English of the model's named constants. The model itself is in the subpackages: {@code program},
 * {@code organization}, {@code region}, {@code activity}; validation in {@code validation}.
 */
package io.github.tsunagari;
