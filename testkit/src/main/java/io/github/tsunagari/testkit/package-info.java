/**
 * For tests of code that uses Tsunagari: jqwik generators of grant data, AssertJ assertions for validation reports, and
 * the bundled sample.
 */
package io.github.tsunagari.testkit;
