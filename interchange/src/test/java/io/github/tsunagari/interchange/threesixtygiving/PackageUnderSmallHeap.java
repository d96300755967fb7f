package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.testkit.GrantArbitraries;
import io.github.tsunagari.validation.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Run in a JVM of its own with a small heap by {@link LargePackageTest}: reads a generated 360Giving package of many
 * grants, far larger than the heap, with the reader, and prints the counts.
 */
public final class PackageUnderSmallHeap {
  private PackageUnderSmallHeap() {}

  /**
   * Runs the check.
   *
   * @param args the number of grants
   * @throws IOException never: the package is generated
   */
  public static void main(String[] args) throws IOException {
    int grants = Integer.parseInt(args[0]);
    // One grant as the exporter writes it: the FY2024 sample's first, with stand-ins for the facts it lacks.
    GrantProgram complete = GrantArbitraries.withEveryFact(SampleExportTest.SAMPLE, SampleRoundTripTest.STAND_INS);
    GrantProgram one = GrantProgram.builder().from(complete).grants(List.of(complete.getGrants().get(1))).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GivingExportSchemaTest.EXPORTER.export(one).writeTo(out);
    String whole = out.toString(StandardCharsets.UTF_8);
    String start = "{\"grants\":[";
    String end = "],\"version\":\"1.4\"}";
    String grant = whole.substring(start.length(), whole.length() - end.length());
    String id = "\"id\":\"360G-example-kodoku-FY2024-2\"";
    if (!grant.contains(id) || !whole.startsWith(start) || !whole.endsWith(end)) {
      throw new IllegalStateException("not the package expected: " + whole);
    }
    long[] bytes = {0};
    byte[] first = start.getBytes(StandardCharsets.UTF_8);
    InputStream generated = SmallHeap.generated(next -> next == 0 ? first : next > grants + 1 ? null
        : (next == grants + 1 ? end : (next == 1 ? "" : ",") + grant.replace(id,
            "\"id\":\"360G-example-kodoku-FY2024-g" + (next - 1) + "\"")).getBytes(StandardCharsets.UTF_8), bytes);
    long[] handed = {0};
    StreamSummary summary = ThreeSixtyGiving.reader().withFiscalYear(one.getFiscalYear())
        .read(generated, r -> handed[0]++);
    System.out.println("records=" + summary.getRecordCount() + " handed=" + handed[0] + " errors="
        + summary.count(Severity.ERROR) + " " + SmallHeap.read(bytes));
  }
}
