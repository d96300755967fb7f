package io.github.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tsunagari.jackson.GrantJson;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Large inputs (issue 17): the command-line validator, in a JVM of its own with a 256 MiB heap, reads hundreds of
 * megabytes from standard input and ends with a located {@code read.limit} or {@code read.syntax} finding and exit
 * code 1 within a minute, never with an error and a stack trace; the memory it holds grows with the model it builds,
 * not with the bytes it reads or skips.
 *
 * <p>Every input is generated from the bundled sample as it is written to the validator, on a thread of its own: no
 * test holds more than a megabyte of it, and nothing large is kept in git. The validator may stop reading early (it
 * should, wherever a limit or the end of a document is reached): the broken pipe that the writer then meets is
 * expected.
 */
class LargeInputTest {
  /** Hundreds of megabytes: far over the 64 MiB document limit, and more than the heap. */
  static final long LARGE = 300_000_000L;
  /** One string of 100 MB. */
  static final long LONG_STRING = 100_000_000L;
  static final long TIMEOUT_SECONDS = 60;
  /** What a stack trace, or an error reported as itself, would show. */
  static final List<String> STACK_TRACE = List.of("Exception", "\tat ", "OutOfMemoryError", "java.lang.");

  /** The sample as it is bundled: a program document in canonical JSON. */
  static String sampleText;
  /** The sample's grants without white space, each without its leading {@code {"position":N}. */
  static List<byte[]> grantTails = new ArrayList<>();
  /** The sample's grants without white space. */
  static List<byte[]> grants = new ArrayList<>();
  /** The sample without its grants and without white space, up to {@code "grants":[}. */
  static byte[] programHead;
  /** The project title of the sample's second grant, and where it is in the sample's text. */
  static String title;
  /** A megabyte of junk: never white space at its start, otherwise any byte. */
  static byte[] junk;

  @BeforeAll
  static void sample() throws IOException {
    try (InputStream in = GrantJson.openSampleFy2024()) {
      sampleText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(sampleText).endsWith("}\n");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode program = mapper.readTree(sampleText);
    for (JsonNode grant : program.get("grants")) {
      String compact = mapper.writeValueAsString(grant);
      String start = "{\"position\":" + grant.get("position").asInt() + ",";
      assertThat(compact).startsWith(start);
      grants.add(utf8(compact));
      grantTails.add(utf8(compact.substring(start.length() - 1)));
    }
    ObjectNode head = program.deepCopy();
    head.remove("grants");
    String compactHead = mapper.writeValueAsString(head);
    programHead = utf8(compactHead.substring(0, compactHead.length() - 1) + ",\"grants\":[");
    title = program.get("grants").get(1).get("project").get("title").asText();
    assertThat(title).doesNotContain("\"", "\\");
    assertThat(sampleText.indexOf(quoted(title))).isEqualTo(sampleText.lastIndexOf(quoted(title))).isPositive();
    junk = new byte[1 << 20];
    new Random(17).nextBytes(junk);
    junk[0] = '#';
  }

  // ---- a program document, read whole into a model: 64 MiB at most

  /**
   * The hard case: 300 MB of copies of the sample's grants, the model growing with every one, until the limit of the
   * values of a document read whole stops the reader (about 20 000 grants, before the 64 MiB of the document limit).
   */
  @Test
  void aProgramOfCopiesOfGrantsStopsAtTheValueLimit() throws Exception {
    Run run = validate(out -> {
      out.write(programHead);
      copies(out, LARGE - programHead.length);
      out.write(utf8("]}"));
    });

    // The copies are on one line, longer than the bytes an input keeps: the place is the byte, on its line.
    run.assertFinding("read.limit", "/grants/\\d+[^ ]*", "line 1, byte \\d+ from the start", "more than 1000000 values");
  }

  /**
   * The most model per byte: aims of one character each, 300 MB of them, before the sample's own. Four bytes of JSON
   * ({@code "a",}) give a string of the model (about 52 bytes of heap), so the document limit alone would let the
   * model grow to about 850 MiB: the limit of values stops it at about 56 MiB.
   */
  @Test
  void aProgramOfShortStringsStopsAtTheValueLimit() throws Exception {
    Run run = validate(out -> {
      String aims = "\"aims\": [";
      int at = sampleText.indexOf(aims) + aims.length();
      out.write(utf8(sampleText.substring(0, at)));
      repeat(out, utf8("\"a\","), LARGE);
      out.write(utf8(sampleText.substring(at)));
    });

    // The line is longer than the bytes an input keeps: the place is the byte, on its line.
    run.assertFinding("read.limit", "/aims/\\d+", "line 17, byte \\d+ from the start", "more than 1000000 values");
  }

  /** 300 MB of white space inside the program, which the reader skips. */
  @Test
  void aProgramOfWhiteSpaceStopsAtTheDocumentLimit() throws Exception {
    Run run = validate(out -> {
      String before = sampleText.substring(0, sampleText.lastIndexOf('}'));
      out.write(utf8(before));
      repeat(out, new byte[] {' ', ' ', ' ', '\n'}, LARGE);
      out.write(utf8("}\n"));
    });

    run.assertFinding("read.limit", "/", "byte 67108864 from the start", "a document longer than 67108864 bytes");
  }

  /** An unknown property whose value is a string of 300 MB, which the reader skips. */
  @Test
  void aProgramWithALongUnknownValueStopsAtTheDocumentLimit() throws Exception {
    Run run = validate(out -> {
      String before = sampleText.substring(0, sampleText.lastIndexOf('}'));
      out.write(utf8(before + ", \"remarks\": \""));
      repeat(out, utf8(title), LARGE);
      out.write(utf8("\"\n}\n"));
    });

    run.assertFinding("read.limit", "/", "byte 67108864 from the start", "a document longer than 67108864 bytes");
  }

  /** A project title of 100 MB. */
  @Test
  void aProgramWithOneStringOf100MBStopsAtTheStringLimit() throws Exception {
    Run run = validate(out -> withLongTitle(out, sampleText));

    run.assertFinding("read.limit", "/grants/1/project/title", "line \\d+, column \\d+",
        "a string longer than 100000 characters");
  }

  /** JSON with the sample's first title in it written again and again inside its quotes, to a string of 100 MB. */
  private void withLongTitle(OutputStream out, String json) throws IOException {
    int at = json.indexOf(quoted(title));
    out.write(utf8(json.substring(0, at + 1)));
    repeat(out, utf8(title), LONG_STRING);
    out.write(utf8(json.substring(at + 1 + title.length())));
  }

  /** The sample followed by 300 MB of junk: the reader looks no further than the junk's first byte. */
  @Test
  void aProgramFollowedByJunkIsContentAfterTheValue() throws Exception {
    Run run = validate(out -> {
      out.write(utf8(sampleText));
      repeat(out, junk, LARGE);
    });

    long lines = sampleText.chars().filter(c -> c == '\n').count();
    run.assertFinding("read.syntax", "/", "line " + (lines + 1) + ", column 1",
        "more content after the end of the value");
  }

  // ---- an array of grants, streamed record by record: no limit on the whole, 1 MiB a record

  /**
   * 300 MB of copies of the sample's grants, then junk: an array has no document limit, so every record is read and
   * validated, in memory that does not grow with them, before the junk is found.
   */
  @Test
  void anArrayOfCopiesOfGrantsIsStreamedToTheJunkAfterIt() throws Exception {
    long[] length = new long[1];
    Run run = validate(out -> {
      out.write('[');
      length[0] = 1 + copies(out, LARGE - 1);
      out.write(']');
      length[0]++;
      out.write(junk, 0, 64);
    });

    run.assertFinding("read.syntax", "/", "line 1, byte " + length[0] + " from the start",
        "more content after the end of the value");
  }

  /** A project title of 100 MB in the second record. */
  @Test
  void anArrayWithOneStringOf100MBStopsAtTheStringLimit() throws Exception {
    Run run = validate(out -> {
      out.write('[');
      out.write(grants.get(0));
      out.write(',');
      withLongTitle(out, new String(grants.get(1), StandardCharsets.UTF_8));
      out.write(']');
    });

    run.assertFinding("read.limit", "/1/project/title", "line 1, column \\d+",
        "a string longer than 100000 characters");
  }

  /** The sample's grants as an array, followed by 300 MB of junk. */
  @Test
  void anArrayFollowedByJunkIsContentAfterTheValue() throws Exception {
    String array = "[" + String.join(",", grants.stream().map(g -> new String(g, StandardCharsets.UTF_8))
        .toArray(String[]::new)) + "]";
    Run run = validate(out -> {
      out.write(utf8(array));
      repeat(out, junk, LARGE);
    });

    run.assertFinding("read.syntax", "/", "line 1, column " + (array.length() + 1),
        "more content after the end of the value");
  }

  /** A record with 300 MB of white space in it: over the limit of a record. */
  @Test
  void anArrayWithARecordOfWhiteSpaceStopsAtTheRecordLimit() throws Exception {
    Run run = validate(out -> {
      out.write('[');
      out.write(grants.get(0));
      out.write(utf8(",{"));
      repeat(out, new byte[] {' ', ' ', ' ', '\n'}, LARGE);
      out.write(grants.get(1), 1, grants.get(1).length - 1);
      out.write(']');
    });

    // Stopped at the byte where the record, from its '{', goes past its limit.
    long limit = 1 + grants.get(0).length + 1 + 1024 * 1024;
    run.assertFinding("read.limit", "/1", "byte " + limit + " from the start", "a record longer than 1048576 bytes");
  }

  /**
   * A record that never ends (white space without end) must still end at the limit of a record, as a program document
   * ends at its own limit, instead of being read for ever.
   */
  @Test
  void anArrayRecordThatNeverEndsStopsAtTheRecordLimit() throws Exception {
    Run run = validate(out -> {
      out.write('[');
      out.write(grants.get(0));
      out.write(utf8(",{"));
      repeat(out, new byte[] {' ', ' ', ' ', '\n'}, Long.MAX_VALUE);
    });

    // Stopped at the byte where the record, from its '{', goes past its limit.
    long limit = 1 + grants.get(0).length + 1 + 1024 * 1024;
    run.assertFinding("read.limit", "/1", "byte " + limit + " from the start", "a record longer than 1048576 bytes");
  }

  // ---- JSON Lines: 1 MiB a line

  /** A line with a project title of 100 MB: over the limit of a line. */
  @Test
  void jsonLinesWithOneStringOf100MBStopAtTheLineLimit() throws Exception {
    Run run = validate(out -> {
      out.write(grants.get(0));
      out.write('\n');
      String second = new String(grants.get(1), StandardCharsets.UTF_8);
      int at = second.indexOf(quoted(title));
      out.write(utf8(second.substring(0, at + 1)));
      repeat(out, utf8(title), LONG_STRING);
      out.write(utf8(second.substring(at + 1 + title.length()) + "\n"));
      out.write(grants.get(2));
      out.write('\n');
    }, "--jsonl");

    run.assertFinding("read.limit", "/1", "line 2, column 1", "a line longer than 1048576 bytes");
  }

  // ---- generating

  /** Writes an input; it may meet a broken pipe where the validator stops reading. */
  @FunctionalInterface
  interface Input {
    void writeTo(OutputStream out) throws IOException;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** Writes whole copies of a unit until at least {@code bytes} are written; returns the bytes written. */
  static long repeat(OutputStream out, byte[] unit, long bytes) throws IOException {
    int copies = Math.max(1, (1 << 16) / unit.length);
    byte[] block = new byte[copies * unit.length];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(unit, 0, block, i * unit.length, unit.length);
    }
    long written = 0;
    while (written < bytes) {
      int n = (int) Math.min(block.length, ((bytes - written + unit.length - 1) / unit.length) * unit.length);
      out.write(block, 0, n);
      written += n;
    }
    return written;
  }

  /**
   * Writes copies of the sample's grants, numbered 1, 2, 3…, separated by commas, until at least {@code bytes} are
   * written; returns the bytes written.
   */
  static long copies(OutputStream out, long bytes) throws IOException {
    long written = 0;
    for (int i = 1; written < bytes; i++) {
      byte[] start = utf8((i == 1 ? "" : ",") + "{\"position\":" + i);
      byte[] tail = grantTails.get((i - 1) % grantTails.size());
      out.write(start);
      out.write(tail);
      written += start.length + tail.length;
    }
    return written;
  }

  // ---- running

  /**
   * Runs {@code tsunagari validate --lang en --quiet [options] -} in a JVM of its own with a 256 MiB heap, the same
   * Java and class path as the test, the input written to its standard input as it is generated.
   */
  static Run validate(Input input, String... options) throws Exception {
    String java = ProcessHandle.current().info().command()
        .orElse(new File(System.getProperty("java.home"), "bin/java").getPath());
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path", "");
    if (!modulePath.isEmpty()) {
      classPath += File.pathSeparator + modulePath;
    }
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", classPath, Tsunagari.class.getName(),
        "validate", "--lang", "en", "--quiet"));
    command.addAll(Arrays.asList(options));
    command.add("-");

    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).start();
    Run run = new Run(command);
    Thread stdout = run.out.drain(process.getInputStream());
    Thread stderr = run.err.drain(process.getErrorStream());
    Thread writer = new Thread(() -> {
      try (OutputStream out = new Counting(new BufferedOutputStream(process.getOutputStream(), 1 << 16), run)) {
        input.writeTo(out);
      } catch (IOException e) {
        run.stoppedReading = String.valueOf(e.getMessage()); // the validator stopped reading: expected
      }
    }, "large-input-writer");
    writer.setDaemon(true);
    writer.start();

    boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    run.seconds = (System.nanoTime() - start) / 1e9;
    run.ended = ended;
    if (!ended) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    writer.join(10_000);
    stdout.join(10_000);
    stderr.join(10_000);
    if (!ended) {
      fail("Not done within %d s:%n%s", TIMEOUT_SECONDS, run);
    }
    run.exit = process.exitValue();
    return run;
  }

  /** What a run of the validator did. */
  static final class Run {
    final List<String> command;
    final Output out = new Output();
    final Output err = new Output();
    volatile long written;
    volatile String stoppedReading;
    double seconds;
    boolean ended;
    int exit;

    Run(List<String> command) {
      this.command = command;
    }

    /**
     * Asserts exit code 1, no stack trace on either stream, and an error of the rule at the pointer (a regular
     * expression) with its location in parentheses (a regular expression) and the message's words.
     */
    void assertFinding(String rule, String pointer, String location, String message) {
      assertThat(exit).as("exit code%n%s", this).isEqualTo(Tsunagari.FINDINGS);
      assertThat(out.stackTrace).as("a stack trace on stdout%n%s", this).isEmpty();
      assertThat(err.stackTrace).as("a stack trace on stderr%n%s", this).isEmpty();
      Pattern finding = Pattern.compile("ERROR " + Pattern.quote(rule) + " at " + pointer + " \\(" + location
          + "\\): .*" + Pattern.quote(message) + ".*");
      assertThat(out.errors).as("the finding %s%n%s", finding, this)
          .anyMatch(line -> finding.matcher(line).matches());
      assertThat(seconds).as("seconds%n%s", this).isLessThan(TIMEOUT_SECONDS);
    }

    @Override
    public String toString() {
      return String.format("command: java -Xmx256m %s%n%s after %.1f s; %,d bytes written%s%n--- stdout (%,d lines):"
              + "%n%s--- stderr (%,d lines):%n%s", String.join(" ", command.subList(4, command.size())),
          ended ? "exit " + exit : "killed", seconds, written,
          stoppedReading == null ? "" : ", then: " + stoppedReading, out.lines, out, err.lines, err);
    }
  }

  /**
   * One output stream of the validator, read to its end as it comes: its first lines, its errors and any line of a
   * stack trace are kept, not the whole (a stream of grants can have a finding for every record).
   */
  static final class Output {
    final List<String> head = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> stackTrace = new ArrayList<>();
    long lines;

    Thread drain(InputStream in) {
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            add(line);
          }
        } catch (IOException e) {
          add("(reading the output failed: " + e + ")");
        }
      }, "large-input-output");
      t.setDaemon(true);
      t.start();
      return t;
    }

    private synchronized void add(String line) {
      lines++;
      if (head.size() < 20) {
        head.add(line);
      }
      if (line.startsWith("ERROR ") && errors.size() < 100) {
        errors.add(line);
      }
      if (STACK_TRACE.stream().anyMatch(line::contains) && stackTrace.size() < 40) {
        stackTrace.add(line);
      }
    }

    @Override
    public synchronized String toString() {
      StringBuilder s = new StringBuilder();
      for (String line : head) {
        s.append(line.length() > 300 ? line.substring(0, 300) + "…" : line).append('\n');
      }
      for (String line : errors) {
        if (!head.contains(line)) {
          s.append(line).append('\n');
        }
      }
      for (String line : stackTrace) {
        if (!head.contains(line)) {
          s.append(line).append('\n');
        }
      }
      return s.toString();
    }
  }

  /** Counts the bytes handed to the validator. */
  static final class Counting extends java.io.FilterOutputStream {
    private final Run run;

    Counting(OutputStream out, Run run) {
      super(out);
      this.run = run;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      run.written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      run.written += len;
    }
  }
}
