/**
 * What every reader of grant data gives, whatever the format: a {@link io.github.tsunagari.read.ReadResult} of a
 * document, the {@link io.github.tsunagari.read.GrantRecord}s and {@link io.github.tsunagari.read.StreamSummary} of a
 * stream of grants, and the {@link io.github.tsunagari.read.InvalidGrantDataException} that carries the report of data
 * that cannot be read. These types depend on no parser, so that a {@code catch} or an exception handler of a service
 * works the same for every reader.
 *
 * <p>Reading goes one way, each step in one place (the README's section Reading draws it): a JSON binding
 * ({@code tsunagari-jackson} for Jackson 2, {@code tsunagari-jackson3} for Jackson 3) turns bytes into tokens, a table
 * reader would turn a table into rows of cells, each with their source locations; the form reader, the same for all,
 * builds the model from the one description of the form and reports every problem at once with the format-neutral
 * rules {@code read.*}; validation adds the rules of the program; one report holds both. The limits of reading are
 * {@link io.github.tsunagari.read.ReadingLimits}.
 *
 * <h2 id="canonical-json">The canonical JSON form</h2>
 * What {@link io.github.tsunagari.read.GrantJsonReader} and {@link io.github.tsunagari.read.GrantStreamReader} read,
 * and what each JSON binding's {@code GrantJson} and {@code TsunagariModule} write, the same text on Jackson 2 and 3:
 * <ul>
 *   <li>Property names are the model's ({@code getServiceArea()} is {@code serviceArea}), in a fixed order;</li>
 *   <li>value types are strings: a fiscal year {@code "FY2024"}, a corporate number {@code "7000012050002"}, a local
 *       government code {@code "032034"}, a prefecture its JIS code {@code "13"}, dates {@code "2024-06-11"};</li>
 *   <li>enums are their constant names: {@code "SPECIFIED_NONPROFIT_CORPORATION"}, {@code "HANDS_ON_SUPPORT"};</li>
 *   <li>a grantee has {@code "type": "organization"} or {@code "type": "consortium"}, first;</li>
 *   <li>absent values, {@code false} flags and empty lists are left out: no {@code null} is ever written.</li>
 * </ul>
 * Its JSON Schema (draft 2020-12) is generated from the same description of the form as the readers and writers, and
 * bundled in {@code tsunagari-core} with the FY2024 sample in this form; either binding's {@code GrantJson} opens them
 * ({@code openSchema()}, {@code openSampleFy2024()}).
 *
 * <p>Reading accepts the forms Japanese data comes in, and writing gives back the canonical one: a prefecture as
 * {@code "13"}, {@code "東京都"}, {@code "東京"} or {@code "Tokyo"}; a legal form by full name, abbreviation
 * ({@code "NPO法人"}, {@code "(公財)"}) or constant name; enums by constant or Japanese name; full-width digits and
 * surrounding spaces in codes and dates. Text is kept exactly. Unknown properties, wrong types, nulls, bad codes and
 * missing required properties are refused, every problem of a document at once.
 */
package io.github.tsunagari.read;
