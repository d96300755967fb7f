package io.github.tsunagari.interchange.rs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Rules of the RS import that hold for every table. */
class RsImportPropertiesTest {

  /** A table of project 1: blocks A, B … with their recipients' amounts; block B's money passed on where asked. */
  private static SpendingTable table(List<List<Long>> blocks, boolean passedOn, long delta) {
    SpendingTable t = SpendingTable.fy2024();
    for (int b = 0; b < blocks.size(); b++) {
      String block = String.valueOf((char) ('A' + b));
      long sum = blocks.get(b).stream().mapToLong(Long::longValue).sum();
      String role = b == 1 && passedOn ? "事業の一部の実施(再委託)" : "事業の実施";
      t.row("事業年度", "2024", "予算事業ID", "1", "事業名", "事業", "支出先ブロック番号", block, "支出先ブロック名",
          "ブロック" + block, "事業を行う上での役割", role, "ブロックの合計支出額", Long.toString(b == 0 ? sum + delta : sum));
      for (int r = 0; r < blocks.get(b).size(); r++) {
        String name = "株式会社" + block + r;
        t.row("事業年度", "2024", "予算事業ID", "1", "事業名", "事業", "支出先ブロック番号", block, "支出先名", name,
            "支出先の合計支出額", blocks.get(b).get(r).toString());
        t.row("事業年度", "2024", "予算事業ID", "1", "事業名", "事業", "支出先ブロック番号", block, "支出先名", name,
            "契約概要", "契約", "金額", blocks.get(b).get(r).toString());
      }
      t.row("事業年度", "2024", "予算事業ID", "2", "事業名", "他の事業", "支出先ブロック番号", block, "支出先名",
          "株式会社他", "支出先の合計支出額", "1");
    }
    return t;
  }

  private static ReadResult<GrantProgram> read(SpendingTable t) throws IOException {
    return RsSystem.project("1").readCsv(new ByteArrayInputStream(t.csv()));
  }

  /** Each grant's recipient and amount, and each regrant's, sorted: the table's order is not part of them. */
  private static List<String> recipients(GrantProgram p) {
    List<String> all = new ArrayList<>();
    for (Grant g : p.getGrants()) {
      all.add(g.getGrantee().getRecipientName() + "=" + g.getProject().getAwardedAmount().orElseThrow().getAmount());
      g.getProject().getRegrants().forEach(r -> all.add(g.getGrantee().getRecipientName() + ">"
          + r.getRecipient().orElseThrow() + "=" + r.getAmount().orElseThrow().getAmount()));
    }
    Collections.sort(all);
    return all;
  }

  private static List<String> ruleIds(ReadResult<?> r) {
    List<String> ids = new ArrayList<>(r.getReport().getFindings().stream().map(Finding::getRuleId).toList());
    Collections.sort(ids);
    return ids;
  }

  @Provide
  Arbitrary<List<List<Long>>> blocks() {
    Arbitrary<Long> amount = Arbitraries.longs().between(0, 10_000_000_000L);
    return amount.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 50)
  void anyOrderOfTheRowsGivesTheSameRecipientsAndFindings(@ForAll("blocks") List<List<Long>> blocks,
      @ForAll boolean passedOn, @ForAll Random random) throws IOException {
    SpendingTable table = table(blocks, passedOn, 0);
    List<Map<String, String>> shuffled = new ArrayList<>(table.rows());
    Collections.shuffle(shuffled, random);
    ReadResult<GrantProgram> inOrder = read(table);
    ReadResult<GrantProgram> anyOrder = read(table.withRows(shuffled));
    assertThat(recipients(anyOrder.getValue().orElseThrow()))
        .isEqualTo(recipients(inOrder.getValue().orElseThrow()));
    assertThat(ruleIds(anyOrder)).isEqualTo(ruleIds(inOrder));
    int recipients = blocks.stream().mapToInt(List::size).sum();
    assertThat(recipients(inOrder.getValue().orElseThrow())).hasSize(recipients - leftOut(blocks, passedOn));
  }

  /** The recipients of block B when its money is passed on but not from one recipient of A alone: left out. */
  private static int leftOut(List<List<Long>> blocks, boolean passedOn) {
    return passedOn && blocks.size() > 1 && blocks.get(0).size() != 1 ? blocks.get(1).size() : 0;
  }

  @Property(tries = 50)
  void passedOnMoneyIsNeverCountedAsAGrantOfItsOwn(@ForAll("blocks") List<List<Long>> blocks,
      @ForAll boolean passedOn) throws IOException {
    ReadResult<GrantProgram> read = read(table(blocks, passedOn, 0));
    long granted = read.getValue().orElseThrow().getGrants().stream()
        .mapToLong(g -> g.getProject().getAwardedAmount().orElseThrow().getAmount()).sum();
    long paid = 0;
    for (int b = 0; b < blocks.size(); b++) {
      paid += b == 1 && passedOn ? 0 : blocks.get(b).stream().mapToLong(Long::longValue).sum();
    }
    assertThat(granted).isEqualTo(paid);
    long unknown = read.getReport().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.rs.regrant-source-unknown")).count();
    assertThat(unknown).isEqualTo(leftOut(blocks, passedOn) > 0 ? 1 : 0);
  }

  @Property(tries = 50)
  void aBlockTotalIsSaidToDifferExactlyWhenItsRecipientsDoNotMakeIt(@ForAll("blocks") List<List<Long>> blocks,
      @ForAll @LongRange(min = -3, max = 3) long delta) throws IOException {
    long sum = blocks.get(0).stream().mapToLong(Long::longValue).sum();
    long used = sum + delta < 0 ? 0 : delta; // a stated total is never negative
    long mismatches = read(table(blocks, false, used)).getReport().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.rs.block-total-mismatch")).count();
    assertThat(mismatches).isEqualTo(used == 0 ? 0 : 1);
  }

  @Property(tries = 30)
  void rowsOfOtherProjectsAreCountedNeverCarried(@ForAll @IntRange(min = 0, max = 20) int others,
      @ForAll @Size(max = 3) List<@LongRange(min = 1, max = 1000) Long> amounts) throws IOException {
    SpendingTable t = table(List.of(amounts.isEmpty() ? List.of(1L) : amounts), false, 0);
    List<Map<String, String>> rows = new ArrayList<>(t.rows());
    rows.removeIf(r -> r.get("予算事業ID").equals("2"));
    for (int i = 0; i < others; i++) {
      rows.add(Map.of("予算事業ID", "3", "事業名", "他", "支出先名", "株式会社他" + i, "支出先の合計支出額", "5"));
    }
    ReadResult<GrantProgram> read = read(t.withRows(rows));
    assertThat(read.getValue().orElseThrow().getGrants()).allSatisfy(
        g -> assertThat(g.getGrantee().getRecipientName()).doesNotStartWith("株式会社他"));
    List<Finding> skipped = read.getReport().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.rs.other-project-rows")).toList();
    if (others == 0) {
      assertThat(skipped).isEmpty();
    } else {
      assertThat(skipped).singleElement().satisfies(
          f -> assertThat(f.getMessage(java.util.Locale.ENGLISH)).endsWith(": " + others + "."));
    }
  }
}
