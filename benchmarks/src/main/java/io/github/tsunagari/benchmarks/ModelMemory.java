package io.github.tsunagari.benchmarks;

import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * (11) The heap that the model of a grant program takes per byte of its JSON, to judge
 * {@link ReadingLimits#MAX_DOCUMENT_LENGTH} against a heap: the sample's grants repeated (numbered on) until the
 * document is about the size asked for, written on a thread of its own as it is read (the JSON is never held whole),
 * read by {@code GrantJsonReader.create().readProgram(InputStream)}, and the heap used after a full collection
 * compared before and after. Three documents: the grants in canonical JSON (indented, as {@code GrantJson.write}
 * writes it), the same without white space (as {@code GrantJson.writeLine} writes it), which gives more model per byte,
 * and a program whose aims are one-character strings, about the most model per byte a document can give. Each
 * program read is then validated, and the heap it holds with its report printed.
 *
 * <p>Run, from the repository's root:
 *
 * <pre>
 * mvn -q -B -DskipTests package -pl benchmarks -am
 * java -Xmx2g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar io.github.tsunagari.benchmarks.ModelMemory 32
 * java -Xmx256m -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar io.github.tsunagari.benchmarks.ModelMemory 63
 * </pre>
 *
 * <p>The argument is the size of the documents in MiB (default 32). The first run gives the figures (the
 * one-character aims need a large heap to be measured at all); the second shows whether a document just under the
 * limit can be read and validated in a 256 MiB heap.
 */
public final class ModelMemory {
  private ModelMemory() {}

  /**
   * Measures.
   *
   * @param args the size of the documents in MiB
   * @throws Exception if the document cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    long target = (args.length > 0 ? Long.parseLong(args[0]) : 32) << 20;
    GrantProgram sample = GrantJsonReader.create().readProgram(GrantJson.openSampleFy2024()).getValue()
        .orElseThrow();
    System.out.printf(Locale.ROOT, "max heap %d MiB; document limit %d MiB%n", Runtime.getRuntime().maxMemory() >> 20,
        ReadingLimits.MAX_DOCUMENT_LENGTH >> 20);
    for (boolean canonical : new boolean[] {true, false}) {
      GrantProgram source = repeated(sample, target, canonical);
      measure(canonical ? "canonical JSON" : "compact JSON", () -> written(source, canonical));
    }
    measure("one-character aims", () -> shortStrings(target));
  }

  /**
   * The sample with its grants repeated, numbered 1, 2, 3…, so that its JSON is about {@code target} bytes; the copies
   * share their parts, so this model is small whatever its JSON's length.
   */
  private static GrantProgram repeated(GrantProgram sample, long target, boolean canonical) {
    long whole = length(sample, canonical);
    long none = length(GrantProgram.builder().from(sample).grants(List.of()).build(), canonical);
    long perGrant = (whole - none) / sample.getGrants().size();
    long count = Math.max(1, (target - none) / perGrant);
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      grants.add(Grant.builder().from(sample.getGrants().get(i % sample.getGrants().size())).position(i + 1).build());
    }
    return GrantProgram.builder().from(sample).grants(grants).statedGranteeCount(grants.size()).build();
  }

  private static long length(GrantProgram program, boolean canonical) {
    return (canonical ? GrantJson.write(program) : GrantJson.writeLine(program)).getBytes(StandardCharsets.UTF_8)
        .length;
  }

  /** The JSON of a program, written on a thread of its own as it is read. */
  private static InputStream written(GrantProgram source, boolean canonical) throws IOException {
    PipedInputStream pipe = new PipedInputStream(1 << 16);
    OutputStream out = new PipedOutputStream(pipe);
    Thread writer = new Thread(() -> {
      try (OutputStream o = out) {
        if (canonical) {
          GrantJson.write(source, o);
        } else {
          GrantJson.newMapper().writeValue(o, source); // as GrantJson.writeLine writes, without its newline
        }
      } catch (IOException e) {
        // the reader stopped reading: it says why
      }
    }, "model-memory-writer");
    writer.setDaemon(true);
    writer.start();
    return pipe;
  }

  /**
   * A program whose aims are {@code "a"} again and again: four bytes of JSON for each string of the model, the most
   * model per byte that a valid document gives.
   */
  private static InputStream shortStrings(long target) {
    byte[] head = "{\"name\":\"x\",\"fiscalYear\":\"FY2024\",\"aims\":[\"a\"".getBytes(StandardCharsets.UTF_8);
    byte[] unit = ",\"a\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "],\"grants\":[]}".getBytes(StandardCharsets.UTF_8);
    long units = Math.max(0, (target - head.length - tail.length) / unit.length);
    return new InputStream() {
      private long at; // bytes handed on

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long body = units * unit.length;
        long total = head.length + body + tail.length;
        if (at >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && at < total) {
          byte next;
          if (at < head.length) {
            next = head[(int) at];
          } else if (at < head.length + body) {
            next = unit[(int) ((at - head.length) % unit.length)];
          } else {
            next = tail[(int) (at - head.length - body)];
          }
          b[off + n++] = next;
          at++;
        }
        return n;
      }
    };
  }

  private static void measure(String what, Callable<InputStream> json) throws Exception {
    long before = usedAfterCollection();
    Counting in = new Counting(json.call()); // opened only now: a writer's first bytes count with the model
    long start = System.nanoTime();
    ReadResult<GrantProgram> result;
    try {
      result = GrantJsonReader.create().readProgram(in);
    } catch (OutOfMemoryError e) {
      System.out.printf(Locale.ROOT, "%s: OutOfMemoryError after %.1f MiB of JSON, in %.2f s%n", what,
          in.count / 1048576.0, (System.nanoTime() - start) / 1e9);
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedAfterCollection();

    if (result.getValue().isEmpty()) {
      System.out.printf(Locale.ROOT, "%s: not read: %s%n", what, result.getReport().getFindings());
      return;
    }
    GrantProgram program = result.getValue().get();
    long model = after - before;
    double perByte = model / (double) in.count;
    System.out.printf(Locale.ROOT, "%s: %.1f MiB, %d grants, read in %.2f s; model %.1f MiB retained, %.2f bytes of "
            + "heap per byte of JSON (heap used %.1f MiB before, %.1f after); a document at the limit: %.0f MiB of "
            + "model%n",
        what, in.count / 1048576.0, program.getGrants().size(), seconds, model / 1048576.0, perByte,
        before / 1048576.0, after / 1048576.0,
        perByte * ReadingLimits.MAX_DOCUMENT_LENGTH / 1048576.0);

    start = System.nanoTime();
    ValidationReport report = GrantValidator.create().validate(program);
    System.out.printf(Locale.ROOT, "  validated in %.2f s: %d findings; heap used after collection, with the model and "
            + "its report: %.1f MiB%n", (System.nanoTime() - start) / 1e9, report.getFindings().size(),
        usedAfterCollection() / 1048576.0);
    java.lang.ref.Reference.reachabilityFence(program);
    java.lang.ref.Reference.reachabilityFence(report);
  }

  /**
   * The heap used after full collections: the least of several, a while apart, so that what the last measurement left
   * to be cleaned up (and the work of other threads) is gone.
   */
  private static long usedAfterCollection() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Counts the bytes read (also for {@link TableMemory}). */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
