/**
 * Tsunagari testkit, for tests of code that uses Tsunagari: jqwik generators of valid and single-rule-breaking grant
 * data ({@link io.github.tsunagari.testkit.GrantArbitraries}, also for {@code @ForAll} parameters through
 * {@link io.github.tsunagari.testkit.TsunagariArbitraryProvider}), AssertJ assertions for validation reports
 * ({@link io.github.tsunagari.testkit.TsunagariAssertions}) and the FY2024 sample
 * ({@link io.github.tsunagari.testkit.TestSamples}). It brings jqwik's engine at run time, so that {@code @Property} methods run
 * with nothing more than JUnit 5.
 */
module io.github.tsunagari.testkit {
  requires transitive io.github.tsunagari.core;
  requires transitive net.jqwik.api;
  requires transitive org.assertj.core;

  exports io.github.tsunagari.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with io.github.tsunagari.testkit.TsunagariArbitraryProvider;
  provides net.jqwik.api.SampleReportingFormat with io.github.tsunagari.testkit.TsunagariSampleFormat;
}
