package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory grows with the model, not the input: a 360Giving package of 200 000 grants (over 200 MB) is read grant by
 * grant in a JVM whose heap is 32 MiB.
 */
class LargePackageTest {
  @Test
  void aPackageFarLargerThanTheHeapIsReadUnder32MiB() throws Exception {
    String classPath = System.getProperty("java.class.path") + File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    Process child = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx32m",
        "-XX:+UseSerialGC", "-cp", classPath, PackageUnderSmallHeap.class.getName(), "200000")
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

    System.out.println(out.strip());
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("records=200000 handed=200000 errors=0 ", "maxHeapMiB=");
    long megabytes = Long.parseLong(out.replaceAll("(?s).*megabytes=(\\d+).*", "$1"));
    assertThat(megabytes).as(out).isGreaterThan(200);
  }
}
