package io.github.tsunagari.interchange.rs;

import java.util.List;

/**
 * The words by which a spending block's role (事業を行う上での役割) or name (支出先ブロック名) says that its money was
 * passed on by a recipient of an earlier block, said once: 再委託 (a contractor contracting out in turn), 再補助 and
 * 間接補助 (a subsidy passed on as a subsidy), 再交付 (a grant passed on). Public code that reads the RS tables calls
 * such chains 再委託 (igomuni/marumie-rssystem, {@code scripts/generate-subcontracts.ts}: 「再委託構造データ生成」;
 * a block described there as 「再委託先グループ、役割は「J-StarX運営事務局・広報業務の実施…」」 in
 * {@code docs/tasks/archive/20260504_1342_PID7152_再委託見える化改善検討.md}).
 *
 * <p>A bare 交付 is not among them: 「交付金事業」 (a role in the same code's
 * {@code docs/tasks/archive/20260505_0632_再委託構造_カード型フロー_リスト型サイドパネル設計案.md}) says how the
 * ministry pays a block, not that a recipient passes money on. Which block pays which is stated only in another table
 * (5-2 支出ブロックのつながり), which this import does not read; a role that says nothing of passing on, such as
 * 「需要家に対する電気・都市ガス料金の値引きを実施する小売事業者等の公募・選定…」 (a block that did pass money on, in
 * {@code docs/tasks/} of the same code), is read as a recipient's.
 */
final class PassedOn {
  /** The words, in the order they are looked for. */
  static final List<String> WORDS = List.of("再委託", "再補助", "間接補助", "再交付");

  private PassedOn() {}

  /**
   * Whether a text says the money was passed on.
   *
   * @param text a role or block name, as written
   * @return true if it holds one of {@link #WORDS}
   */
  static boolean says(String text) {
    String folded = RsColumn.fold(text);
    return WORDS.stream().anyMatch(folded::contains);
  }
}
