package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.core.json.PackageVersion;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One program document read by {@code GrantJsonReader.create()} from a string and from a stream, on whichever
 * Jackson this jar holds: the sample's grants repeated until the document has the number of grants asked for. Built
 * with the profile {@code jackson-2.19}, it measures what a Jackson that decodes UTF-8 leniently (before 2.23) costs,
 * since the binding then looks at the bytes of texts that are not all ASCII itself; its figures beside the same run on
 * the default Jackson say whether that look costs more than the reading.
 *
 * <p>Run, from the repository's root:
 *
 * <pre>
 * mvn -q -B -DskipTests -Pjackson-2.19 package -pl benchmarks -am
 * java -cp benchmarks/target/jackson-2.19/benchmarks.jar io.github.tsunagari.benchmarks.ReadDocument 1000
 * mvn -q -B -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar io.github.tsunagari.benchmarks.ReadDocument 1000
 * </pre>
 *
 * <p>The profile builds into {@code target/jackson-2.19}, beside the default build. Not run by {@code run.sh}, which
 * measures the default Jackson.
 */
public final class ReadDocument {
  private ReadDocument() {}

  /**
   * Measures: the best of ten reads each way, after five to warm up.
   *
   * @param args the number of grants (default 1000, about 1.6 MB)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    GrantProgram sample = GrantJsonReader.create().readProgram(GrantJson.openSampleFy2024()).getValue()
        .orElseThrow();
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      grants.add(Grant.builder().from(sample.getGrants().get(i % sample.getGrants().size())).position(i + 1).build());
    }
    String text = GrantJson.write(GrantProgram.builder().from(sample).grants(grants).statedGranteeCount(count)
        .build());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    GrantJsonReader reader = GrantJsonReader.create();
    long fromText = Long.MAX_VALUE;
    long fromStream = Long.MAX_VALUE;
    for (int round = 0; round < 15; round++) {
      long start = System.nanoTime();
      ReadResult<GrantProgram> a = reader.readProgram(text);
      long middle = System.nanoTime();
      ReadResult<GrantProgram> b = reader.readProgram(new ByteArrayInputStream(bytes));
      long end = System.nanoTime();
      if (!a.isValid() || !b.isValid()) {
        throw new IllegalStateException("not read: " + a + "; " + b);
      }
      if (round >= 5) {
        fromText = Math.min(fromText, middle - start);
        fromStream = Math.min(fromStream, end - middle);
      }
    }
    System.out.printf(Locale.ROOT, "Jackson %s, %d grants (%.1f MB): from a string %.0f ms, from a stream %.0f ms%n",
        PackageVersion.VERSION, count, bytes.length / 1e6, fromText / 1e6, fromStream / 1e6);
  }
}
