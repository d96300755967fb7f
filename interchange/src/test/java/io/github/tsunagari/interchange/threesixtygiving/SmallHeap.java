package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * What the tests of reading in bounded memory share: a generated input far larger than the heap, and a JVM of its own
 * with a small heap to read it in.
 */
public final class SmallHeap {
  private SmallHeap() {}

  /**
   * Runs a class's {@code main} in a JVM of its own under a heap of 32 MiB, with the tests' class path, and checks that
   * it ended well.
   *
   * @param main the class
   * @param args its arguments
   * @return what it printed
   * @throws Exception if it cannot be run
   */
  public static String run(Class<?> main, String... args) throws Exception {
    String classPath = System.getProperty("java.class.path") + File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx32m", "-XX:+UseSerialGC", "-cp",
        classPath, main.getName()));
    command.addAll(java.util.List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
    System.out.println(out.strip());
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("maxHeapMiB=");
    return out;
  }

  /** The megabytes a run printed it read ({@code megabytes=N}). */
  public static long megabytes(String out) {
    return Long.parseLong(out.replaceAll("(?s).*megabytes=(\\d+).*", "$1"));
  }

  /** A line saying how much was read and under what heap, for {@link #megabytes}. */
  public static String read(long[] bytes) {
    return "megabytes=" + bytes[0] / (1024 * 1024) + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  /**
   * An input made of chunks, none held after it is read.
   *
   * @param chunks the chunk of each number from 0, null after the last
   * @param bytes counts the bytes read, in its first element
   * @return the input
   */
  public static InputStream generated(IntFunction<byte[]> chunks, long[] bytes) {
    return new InputStream() {
      private byte[] chunk = new byte[0];
      private int at;
      private int next;

      @Override
      public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : Byte.toUnsignedInt(one[0]);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        while (chunk != null && at == chunk.length) {
          chunk = chunks.apply(next++);
          at = 0;
        }
        if (chunk == null) {
          return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        bytes[0] += n;
        return n;
      }
    };
  }
}
