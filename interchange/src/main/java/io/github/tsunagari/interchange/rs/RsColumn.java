package io.github.tsunagari.interchange.rs;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The columns of the RS system's spending table ({@code 5-1_RS_<year>_支出先_支出情報.csv}, 支出先・支出情報), said once:
 * each column's header, and whether the import needs it, carries it into the model, or knows it and has no place for
 * it.
 *
 * <p>The headers are those public code that reads the table lists (igomuni/marumie-rssystem, {@code
 * types/rs-system.ts}, interface {@code SpendingInfo}; {@code 入札者数} and {@code 落札率} from its
 * {@code docs/tasks/archive/20260322_1406_sankey2データソース整理.md}). That code reads the table after normalising it
 * ({@code scripts/normalize_csv.py}: NFKC, full-width brackets to half-width, runs of spaces to one), so raw headers
 * may differ in width and spacing: a header is matched after {@link #fold(String) the same folding}, never by its
 * exact text.
 */
enum RsColumn {
  /** シート種別: レビューシート or 基金シート. */
  SHEET_KIND("シート種別", Use.NOT_CARRIED),
  /** 事業年度: the year of the review sheet (RS_2024); the spending it records is of the year before. */
  REVIEW_YEAR("事業年度", Use.CARRIED),
  /** 予算事業ID: the budget project's ID, the key the import selects by. */
  PROJECT_ID("予算事業ID", Use.REQUIRED),
  /** 事業名: the budget project's name. */
  PROJECT_NAME("事業名", Use.REQUIRED),
  /** 府省庁の建制順. */
  MINISTRY_ORDER("府省庁の建制順", Use.NOT_CARRIED),
  /** 政策所管府省庁. */
  POLICY_MINISTRY("政策所管府省庁", Use.NOT_CARRIED),
  /** 府省庁: the ministry; the model's program has no funder. */
  MINISTRY("府省庁", Use.NOT_CARRIED),
  /** 局・庁. */
  BUREAU("局・庁", Use.NOT_CARRIED),
  /** 部. */
  DEPARTMENT("部", Use.NOT_CARRIED),
  /** 課. */
  DIVISION("課", Use.NOT_CARRIED),
  /** 室. */
  OFFICE("室", Use.NOT_CARRIED),
  /** 班. */
  TEAM("班", Use.NOT_CARRIED),
  /** 係. */
  SECTION("係", Use.NOT_CARRIED),
  /** 支出先ブロック番号: A, B, C …, the block within the project. */
  BLOCK_NUMBER("支出先ブロック番号", Use.REQUIRED),
  /** 支出先ブロック名. */
  BLOCK_NAME("支出先ブロック名", Use.REQUIRED),
  /** 支出先の数: how many recipients the block has. */
  RECIPIENT_COUNT("支出先の数", Use.NOT_CARRIED),
  /** 事業を行う上での役割: what the block does for the project. */
  ROLE("事業を行う上での役割", Use.REQUIRED),
  /** ブロックの合計支出額: the block's total, on its header row. */
  BLOCK_TOTAL("ブロックの合計支出額", Use.REQUIRED),
  /** 支出先名: the recipient as written; blank on a block's header row. */
  RECIPIENT_NAME("支出先名", Use.REQUIRED),
  /** 法人番号. */
  CORPORATE_NUMBER("法人番号", Use.REQUIRED),
  /** 所在地: where the recipient is; its prefecture is the head office. */
  LOCATION("所在地", Use.CARRIED),
  /** 法人種別: the National Tax Agency's kind code (101 national body, 201 local government, 301–305 companies …). */
  KIND("法人種別", Use.CARRIED),
  /** その他支出先: whether the row sums other recipients. */
  OTHER_RECIPIENTS("その他支出先", Use.NOT_CARRIED),
  /** 支出先の合計支出額: the recipient's total, on its first row. */
  RECIPIENT_TOTAL("支出先の合計支出額", Use.REQUIRED),
  /** 契約概要: what a contract is for. */
  CONTRACT_SUMMARY("契約概要", Use.CARRIED),
  /** 金額: a contract's amount. */
  AMOUNT("金額", Use.REQUIRED),
  /** 契約方式等. */
  CONTRACT_METHOD("契約方式等", Use.NOT_CARRIED),
  /** 具体的な契約方式等. */
  CONTRACT_METHOD_DETAIL("具体的な契約方式等", Use.NOT_CARRIED),
  /** 入札者数. */
  BIDDERS("入札者数", Use.NOT_CARRIED),
  /** 落札率. */
  WINNING_BID_RATE("落札率", Use.NOT_CARRIED);

  /** What the import does with a column. */
  enum Use {
    /** Needed: without it nothing is imported. */
    REQUIRED,
    /** Carried into the model where it has a value; may be missing. */
    CARRIED,
    /** Known, with no place in the model: said once, not carried. */
    NOT_CARRIED
  }

  private final String header;
  private final Use use;

  RsColumn(String header, Use use) {
    this.header = header;
    this.use = use;
  }

  /** The header, as the public code lists it. */
  String header() {
    return header;
  }

  /** What the import does with the column. */
  Use use() {
    return use;
  }

  /**
   * The column a header names, after folding.
   *
   * @param written the header as written
   * @return the column, if the header names one
   */
  static Optional<RsColumn> named(String written) {
    String folded = fold(written);
    for (RsColumn c : values()) {
      if (fold(c.header).equals(folded)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * A header or key folded as the public code normalises the table before reading it: NFKC (full-width letters,
   * digits and brackets to half-width), a byte order mark and all white space removed.
   *
   * @param text the text as written
   * @return the folded text
   */
  static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(c -> c != '\uFEFF' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
