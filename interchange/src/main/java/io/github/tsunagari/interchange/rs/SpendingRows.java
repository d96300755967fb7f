package io.github.tsunagari.interchange.rs;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The rows of the RS spending table that belong to one budget project (予算事業), gathered into its spending blocks
 * (支出先ブロック) and their recipients (支出先), with the findings of reading them. Rows of other projects are counted,
 * not kept, so memory grows with the one project, not the table.
 *
 * <p>The rows, as public code describes the table (igomuni/marumie-rssystem,
 * {@code docs/tasks/archive/20260308_1859_5-1CSV構造深堀りレポート.md}): a block's header row has no 支出先名 and states
 * the block's total (ブロックの合計支出額), its name and role; a recipient's first row states its total
 * (支出先の合計支出額), and its contract rows their amounts (金額) and summaries (契約概要). A recipient is told apart,
 * as that code's {@code scripts/generate-subcontracts.ts} does, by its block, name and corporate number. Amounts are in
 * yen: 「全金額は1円単位（千円・百万円単位ではない）」 ({@code docs/rs-data-scope.md} of the same code).
 */
final class SpendingRows {
  private final RsSelection selection;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<RsColumn, Integer> columns = new EnumMap<>(RsColumn.class);
  private final List<String> header = new ArrayList<>();
  /** The projects whose rows are kept, by ID: one when selecting by ID, those of the name when by name. */
  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final Set<RsColumn> notCarried = new LinkedHashSet<>();
  private int otherRows;

  /**
   * Rows to be read for a project.
   *
   * @param selection the project asked for
   */
  SpendingRows(RsSelection selection) {
    this.selection = selection;
  }

  /**
   * Reads the rows of the selected project. The findings met are kept as they are met, so that they stand even where
   * reading stops with an exception.
   *
   * @param rows the table, header row first
   * @throws IOException if the rows cannot be read
   */
  void read(RowSource rows) throws IOException {
    RowSource.Row first = rows.next();
    if (first == null) {
      findings.add(ReadingFindings.noHeader(SourceLocation.ofCell(rows.sheet(), 1, 1, "")));
      return;
    }
    if (!header(first, rows.sheet())) {
      return;
    }
    for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
      row(row, rows.sheet());
    }
    summarise();
  }

  /** The findings, in the order met. */
  List<Finding> findings() {
    return findings;
  }

  /** True if the header had every required column. */
  boolean complete() {
    return !columns.isEmpty();
  }

  /** The projects of the selection found, by ID: none, one, or for a name several. */
  Map<String, Project> projects() {
    return projects;
  }

  private boolean header(RowSource.Row row, String sheet) {
    header.addAll(row.cells());
    Map<RsColumn, Integer> found = new EnumMap<>(RsColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String written = header.get(i);
      Optional<RsColumn> column = RsColumn.named(written);
      SourceLocation cell = SourceLocation.ofCell(sheet, row.number(), i + 1, written);
      if (column.isEmpty()) {
        if (!RsColumn.fold(written).isEmpty()) {
          findings.add(InterchangeFindings.at(Rule.IMPORT_RS_UNKNOWN_COLUMN, "", cell, written));
        }
      } else if (found.containsKey(column.get())) {
        findings.add(ReadingFindings.duplicateProperty("", cell, written));
      } else {
        found.put(column.get(), i);
      }
    }
    boolean complete = true;
    for (RsColumn c : RsColumn.values()) {
      if (c.use() == RsColumn.Use.REQUIRED && !found.containsKey(c)) {
        complete = false;
        findings.add(InterchangeFindings.at(Rule.IMPORT_RS_MISSING_COLUMN, "",
            SourceLocation.ofCell(sheet, row.number(), Math.max(header.size(), 1), ""), c.header()));
      }
    }
    if (complete) {
      columns.putAll(found);
    }
    return complete;
  }

  private void row(RowSource.Row row, String sheet) {
    for (int i = header.size(); i < row.cells().size(); i++) {
      if (!row.cells().get(i).isBlank()) { // a value no column names: said, never dropped unread
        findings.add(ReadingFindings.raggedRow("", SourceLocation.ofCell(sheet, row.number(), i + 1, ""),
            row.cells().get(i), header.size()));
        break;
      }
    }
    Cells cells = new Cells(row, sheet);
    String id = cells.text(RsColumn.PROJECT_ID);
    String name = cells.text(RsColumn.PROJECT_NAME);
    if (!selection.selects(id, name)) {
      otherRows++;
      return;
    }
    Project project = projects.computeIfAbsent(id, k -> new Project(id, name));
    for (RsColumn c : columns.keySet()) {
      if (c.use() == RsColumn.Use.NOT_CARRIED && !cells.text(c).isEmpty()) {
        notCarried.add(c);
      }
    }
    String year = cells.text(RsColumn.REVIEW_YEAR);
    if (!year.isEmpty()) {
      Optional<Integer> stated = RsImporter.reviewYear(year);
      if (stated.isEmpty()) {
        findings.add(InterchangeFindings.at(Rule.IMPORT_RS_INVALID_REVIEW_YEAR, "", cells.at(RsColumn.REVIEW_YEAR),
            year, Integer.toString(RsImporter.FIRST_REVIEW_YEAR), Integer.toString(RsImporter.LAST_REVIEW_YEAR)));
      }
      keep(project.reviewYear, stated, cells, RsColumn.REVIEW_YEAR);
    }
    String number = cells.text(RsColumn.BLOCK_NUMBER);
    Block block = project.blocks.computeIfAbsent(BlockKey.of(number), k -> new Block(number));
    keep(block.name, cells.text(RsColumn.BLOCK_NAME), cells);
    keep(block.role, cells.text(RsColumn.ROLE), cells);
    keep(block.total, cells.amount(RsColumn.BLOCK_TOTAL), cells, RsColumn.BLOCK_TOTAL);
    String recipientName = cells.text(RsColumn.RECIPIENT_NAME);
    if (recipientName.isEmpty()) {
      return; // the block's header row, or a row that defines the block only
    }
    String corporateNumber = cells.text(RsColumn.CORPORATE_NUMBER);
    Recipient r = block.recipients.computeIfAbsent(recipientName + "\u0000" + corporateNumber,
        k -> new Recipient(recipientName, corporateNumber, cells.at(RsColumn.RECIPIENT_NAME),
            cells.at(RsColumn.CORPORATE_NUMBER)));
    keep(r.location, cells.text(RsColumn.LOCATION), cells);
    keep(r.kind, cells.text(RsColumn.KIND), cells);
    keep(r.total, cells.amount(RsColumn.RECIPIENT_TOTAL), cells, RsColumn.RECIPIENT_TOTAL);
    Optional<Yen> amount = cells.amount(RsColumn.AMOUNT);
    if (amount.isPresent() && !r.contractsPastYen) {
      Yen a = amount.get();
      if (r.contracts.isPresent() && Long.MAX_VALUE - r.contracts.get().getAmount() < a.getAmount()) {
        // a sum no yen holds: said at the contract that took it past, and no sum is carried
        findings.add(InterchangeFindings.at(Rule.IMPORT_RS_INVALID_AMOUNT, "", cells.at(RsColumn.AMOUNT),
            cells.text(RsColumn.AMOUNT), RsColumn.AMOUNT.header()));
        r.contractsPastYen = true;
        r.contracts = Optional.empty();
      } else {
        r.contracts = Optional.of(r.contracts.map(a::plus).orElse(a));
      }
    }
    String summary = cells.text(RsColumn.CONTRACT_SUMMARY);
    if (!summary.isEmpty()) {
      r.summaries.add(summary);
    }
  }

  private void summarise() {
    if (otherRows > 0) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_OTHER_PROJECT_ROWS, "",
          SourceLocation.ofCell(1, 1, header.isEmpty() ? "" : header.get(0)), selection.key(), otherRows));
    }
    if (!notCarried.isEmpty()) {
      StringJoiner names = new StringJoiner(", ");
      notCarried.forEach(c -> names.add(c.header()));
      int first = columns.get(notCarried.iterator().next());
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_COLUMNS_NOT_CARRIED, "",
          SourceLocation.ofCell(1, first + 1, header.get(first)), names.toString()));
    }
  }

  /** Keeps a text cell's first value, as {@link #keep(Stated, Optional, Cells, RsColumn)}; a blank cell states none. */
  private void keep(Stated<String> kept, String text, Cells cells) {
    keep(kept, text.isEmpty() ? Optional.empty() : Optional.of(text), cells, kept.column);
  }

  /**
   * Keeps the first value a repeated cell states for its project, block or recipient; a later value that differs
   * (texts after folding, amounts and years by their value) is said at its cell, once for each value, never dropped
   * unsaid.
   */
  private <T> void keep(Stated<T> kept, Optional<T> next, Cells cells, RsColumn column) {
    if (next.isEmpty()) {
      return;
    }
    if (kept.value.isEmpty()) {
      kept.value = next;
      kept.cell = cells.at(column);
      kept.text = cells.text(column);
    } else if (!Stated.key(kept.value.get()).equals(Stated.key(next.get()))
        && kept.differing.add(Stated.key(next.get()))) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_CONFLICTING_VALUE, "", cells.at(column),
          cells.text(column), column.header(), kept.text, Integer.toString(kept.cell.getRow())));
    }
  }

  /** The cells of one row, by column. */
  private final class Cells {
    private final RowSource.Row row;
    private final String sheet;

    Cells(RowSource.Row row, String sheet) {
      this.row = row;
      this.sheet = sheet;
    }

    /** The text of a column, stripped; empty where the table has no such column or the row no such cell. */
    String text(RsColumn c) {
      Integer i = columns.get(c);
      return i == null || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }

    SourceLocation.Cell at(RsColumn c) {
      int i = columns.getOrDefault(c, 0);
      return SourceLocation.ofCell(sheet, row.number(), i + 1, i < header.size() ? header.get(i) : "");
    }

    /** The amount of a column, in yen; a cell that is no amount is a finding. */
    Optional<Yen> amount(RsColumn c) {
      String text = text(c);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Yen.parse(text));
      } catch (InvalidValueException e) {
        findings.add(InterchangeFindings.at(Rule.IMPORT_RS_INVALID_AMOUNT, "", at(c), text, c.header()));
        return Optional.empty();
      }
    }
  }

  /** A block number ordered as the table letters them: A … Z, then AA …; numbers by their value. */
  record BlockKey(String number) implements Comparable<BlockKey> {
    static BlockKey of(String number) {
      return new BlockKey(RsColumn.fold(number));
    }

    @Override
    public int compareTo(BlockKey o) {
      int byLength = Integer.compare(number.length(), o.number.length());
      return byLength != 0 ? byLength : number.compareTo(o.number);
    }
  }

  /** The rows of one budget project. */
  static final class Project {
    final String id;
    final String name;
    /** The year of the review the first readable 事業年度 states. */
    final Stated<Integer> reviewYear = new Stated<>(RsColumn.REVIEW_YEAR);
    final Map<BlockKey, Block> blocks = new TreeMap<>();

    Project(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** A spending block (支出先ブロック). */
  static final class Block {
    final String number;
    final Stated<String> name = new Stated<>(RsColumn.BLOCK_NAME);
    final Stated<String> role = new Stated<>(RsColumn.ROLE);
    final Stated<Yen> total = new Stated<>(RsColumn.BLOCK_TOTAL);
    final Map<String, Recipient> recipients = new LinkedHashMap<>();

    Block(String number) {
      this.number = number;
    }
  }

  /** A recipient (支出先) of a block. */
  static final class Recipient {
    final String name;
    final String corporateNumber;
    final SourceLocation.Cell nameCell;
    final SourceLocation.Cell numberCell;
    final Stated<String> location = new Stated<>(RsColumn.LOCATION);
    final Stated<String> kind = new Stated<>(RsColumn.KIND);
    final Stated<Yen> total = new Stated<>(RsColumn.RECIPIENT_TOTAL);
    Optional<Yen> contracts = Optional.empty();
    /** True once the contracts' amounts summed past what yen holds: their sum is not known. */
    boolean contractsPastYen;
    final Set<String> summaries = new LinkedHashSet<>();

    Recipient(String name, String corporateNumber, SourceLocation.Cell nameCell, SourceLocation.Cell numberCell) {
      this.name = name;
      this.corporateNumber = corporateNumber;
      this.nameCell = nameCell;
      this.numberCell = numberCell;
    }

    /** The amount paid: the recipient's total where stated, else its contracts' sum. */
    Optional<Yen> amount() {
      return total.value().or(() -> contracts);
    }
  }

  /**
   * The value a cell repeated on the rows of a project, block or recipient states (事業年度, 支出先ブロック名, 所在地 …):
   * the first stated, where it was stated, and the other values met, each said once.
   *
   * @param <T> the value's type: a text, an amount or a year
   */
  static final class Stated<T> {
    final RsColumn column;
    private Optional<T> value = Optional.empty();
    private SourceLocation.Cell cell;
    private String text = "";
    private final Set<Object> differing = new HashSet<>();

    Stated(RsColumn column) {
      this.column = column;
    }

    /** The value kept: the first the rows state. */
    Optional<T> value() {
      return value;
    }

    /** The value kept, for a text; empty text where none was stated. */
    String text() {
      return text;
    }

    /** The cell the value kept was read from; empty where none was stated. */
    Optional<SourceLocation.Cell> cell() {
      return Optional.ofNullable(cell);
    }

    /** What two values are compared by: a text folded, an amount by its yen, a year as it is. */
    private static Object key(Object value) {
      if (value instanceof String t) {
        return RsColumn.fold(t);
      }
      return value instanceof Yen y ? (Object) y.getAmount() : value;
    }
  }
}
