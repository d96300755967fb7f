/**
 * What every reader of grant data gives, whatever the format: a {@link io.github.tsunagari.read.ReadResult} of a
 * document, the {@link io.github.tsunagari.read.GrantRecord}s and {@link io.github.tsunagari.read.StreamSummary} of a
 * stream of grants, and the {@link io.github.tsunagari.read.InvalidGrantDataException} that carries the report of data
 * that cannot be read. These types depend on no parser, so that a {@code catch} or an exception handler of a service
 * works the same for every reader.
 *
 * <p>Reading goes one way, each step in one place (the README's section Reading draws it): a JSON binding
 * ({@code tsunagari-jackson} for Jackson 2) turns bytes into tokens, a table reader would turn a table into rows of
 * cells, each with their source locations; the form reader, the same for all, builds the model from the one
 * description of the form and reports every problem at once with the format-neutral rules {@code read.*}; validation
 * adds the rules of the program; one report holds both. The limits of reading are
 * {@link io.github.tsunagari.read.ReadingLimits}.
 */
package io.github.tsunagari.read;
