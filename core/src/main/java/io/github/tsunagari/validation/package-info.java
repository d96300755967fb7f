/**
 * Validation of grant data: {@link io.github.tsunagari.validation.GrantValidator} checks field constraints and the
 * program's {@link io.github.tsunagari.validation.Rule rules} and returns one
 * {@link io.github.tsunagari.validation.ValidationReport} of {@link io.github.tsunagari.validation.Finding}s, each with a
 * stable rule id, a {@link io.github.tsunagari.validation.Severity}, a JSON Pointer and a message in Japanese or English.
 */
package io.github.tsunagari.validation;
