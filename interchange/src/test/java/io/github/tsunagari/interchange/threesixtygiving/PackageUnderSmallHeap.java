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
    InputStream generated = new InputStream() {
      private byte[] chunk = start.getBytes(StandardCharsets.UTF_8);
      private int at;
      private int next;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        while (at == chunk.length) {
          if (next > grants) {
            return -1;
          }
          chunk = (next == grants ? end : (next == 0 ? "" : ",") + grant.replace(id,
              "\"id\":\"360G-example-kodoku-FY2024-g" + next + "\"")).getBytes(StandardCharsets.UTF_8);
          at = 0;
          next++;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        bytes[0] += n;
        return n;
      }
    };
    long[] handed = {0};
    StreamSummary summary = ThreeSixtyGiving.reader().withFiscalYear(one.getFiscalYear())
        .read(generated, r -> handed[0]++);
    System.out.println("records=" + summary.getRecordCount() + " handed=" + handed[0] + " errors="
        + summary.count(Severity.ERROR) + " megabytes=" + bytes[0] / (1024 * 1024) + " maxHeapMiB="
        + Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
