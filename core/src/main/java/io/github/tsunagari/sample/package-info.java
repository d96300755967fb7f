/**
 * Real data bundled with the library: {@link io.github.tsunagari.sample.SampleData#fy2024()} is the FY2024 (令和6年度)
 * 孤独・孤立対策推進交付金 program (strand 孤独・孤立対策担い手育成支援事業, grantee category 中間支援組織) with its nine
 * grants, transcribed character for character from the Cabinet Office's published list of grantees. It serves as an
 * example of the model, as test data and as a fixture for validation and serialisation; it holds only what the source
 * states and invents nothing the source leaves out, such as corporate numbers, amounts or dates.
 */
package io.github.tsunagari.sample;
