package io.github.tsunagari.testkit;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.sample.SampleData;

/**
 * Real grant data for example-based tests, beside the generated data of {@link GrantArbitraries}.
 */
public final class TestSamples {
  private TestSamples() {}

  /**
   * The FY2024 (令和6年度) program as published: the nine grantees of the Cabinet Office sheet 「令和6年度
   * 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業） 交付団体＜中間支援組織＞」, the same immutable instance as
   * {@link SampleData#fy2024()}.
   *
   * <p>This is real data, frozen: every text is the sheet's own (only the {@code <p>} tags some cells carry are
   * removed), and what the sheet does not give (corporate numbers, amounts, dates) is absent, never invented. The core
   * module checks it against a frozen copy of the sheet, so tests written against it do not move. It validates with
   * no error and one warning: row 1's area {@code 北海道} stays within one prefecture
   * ({@code eligibility.single-prefecture-area} at {@code /grants/0/project/serviceArea}).
   *
   * @return the FY2024 program
   */
  public static GrantProgram fy2024() {
    return SampleData.fy2024();
  }
}
