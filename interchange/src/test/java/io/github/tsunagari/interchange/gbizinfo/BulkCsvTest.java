package io.github.tsunagari.interchange.gbizinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory grows with the titles met, not the rows: gBizINFO's bulk CSV, the whole of Japan's subsidies, is read a row
 * at a time; a generated one of 1 000 000 rows (over 100 MB, nearly all of another subsidy) in a JVM whose heap is
 * 32 MiB.
 */
class BulkCsvTest {
  @Test
  void aBulkCsvFarLargerThanTheHeapIsStreamedUnder32MiB() throws Exception {
    String classPath = System.getProperty("java.class.path") + File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    Process child = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx32m",
        "-XX:+UseSerialGC", "-cp", classPath, BulkCsvUnderSmallHeap.class.getName(), "1000000")
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

    System.out.println(out.strip());
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("records=1000 handed=1000 others=999000 errors=0 ",
        "(999000 in all, the first here)", "maxHeapMiB=");
    long megabytes = Long.parseLong(out.replaceAll("(?s).*megabytes=(\\d+).*", "$1"));
    assertThat(megabytes).as(out).isGreaterThan(100);
  }
}
