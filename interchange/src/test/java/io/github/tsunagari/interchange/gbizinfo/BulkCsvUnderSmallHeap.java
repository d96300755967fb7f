package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.interchange.threesixtygiving.SmallHeap;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Run in a JVM of its own with a small heap by {@link BulkCsvTest}: reads a generated bulk CSV far larger than the heap,
 * nearly all of it records of another subsidy, with the streaming reader, and prints the counts.
 */
public final class BulkCsvUnderSmallHeap {
  private BulkCsvUnderSmallHeap() {}

  /**
   * Runs the check.
   *
   * @param args the number of rows; every thousandth is of this program
   * @throws IOException never: the table is generated
   */
  public static void main(String[] args) throws IOException {
    int rows = Integer.parseInt(args[0]);
    byte[] header = ("\uFEFF" + GBizInfoStreamTest.HEADER).getBytes(StandardCharsets.UTF_8);
    byte[] program = GBizInfoStreamTest.PROGRAM_ROW.getBytes(StandardCharsets.UTF_8);
    byte[] other = GBizInfoStreamTest.OTHER_ROW.getBytes(StandardCharsets.UTF_8);
    long[] bytes = {0};
    InputStream generated = SmallHeap.generated(next -> next == 0 ? header : next > rows ? null
        : next % 1000 == 1 ? program : other, bytes);
    long[] handed = {0};
    long[] others = {0};
    StreamSummary summary = GBizInfo.importer().withOtherSubsidies(r -> others[0]++).readCsv(generated,
        r -> handed[0]++);
    Finding kept = summary.getStreamProblems().getFindings().stream()
        .filter(f -> f.getRuleId().equals("import.gbizinfo.other-subsidy")).reduce((a, b) -> {
          throw new IllegalStateException("more than one finding for one title: " + a + ", " + b);
        }).orElseThrow();
    System.out.println("records=" + summary.getRecordCount() + " handed=" + handed[0] + " others=" + others[0]
        + " errors=" + summary.count(Severity.ERROR) + " kept=\"" + kept.getMessage(Locale.ENGLISH) + "\" "
        + SmallHeap.read(bytes));
  }
}
