/**
 * What every reader of grant data gives, whatever the format (JSON through either Jackson binding, CSV, a workbook):
 * a {@link io.github.tsunagari.read.ReadResult} of a document, the {@link io.github.tsunagari.read.GrantRecord}s and
 * {@link io.github.tsunagari.read.StreamSummary} of a stream of grants, and the
 * {@link io.github.tsunagari.read.InvalidGrantDataException} that carries the report of data that cannot be read. These
 * types depend on no parser, so that a {@code catch} or an exception handler of a service works the same for every
 * reader.
 *
 * <p>Reading goes one way, each step in one place:
 *
 * <pre>
 * bytes ──▶ JSON binding (Jackson 2, Jackson 3): tokens ─┐
 *       └─▶ table reader (CSV, XLSX): rows of cells ─────┴─▶ form reader ──▶ model ──▶ rules ──▶ report
 *                                                              (one description of the form)
 * </pre>
 *
 * A binding or a table reader only turns its format into tokens or cells with their source locations; the form
 * reader, the same for all, builds the model from the form description and reports every problem at once with the
 * format-neutral rules {@code read.*}; validation adds the rules of the program; one report holds both. The limits of
 * reading are {@link io.github.tsunagari.read.ReadingLimits}.
 */
package io.github.tsunagari.read;
