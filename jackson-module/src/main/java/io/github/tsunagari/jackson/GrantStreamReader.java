package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tsunagari.internal.Findings;
import io.github.tsunagari.internal.Messages.Message;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads and validates a stream of grants one record at a time, so that a service can check an export larger than its
 * memory: a JSON array of grants ({@code [{…}, {…}]}) or JSON Lines (one grant per line).
 *
 * <pre>{@code
 * GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create()).withFiscalYear(FiscalYear.of(2024));
 * StreamSummary summary = reader.readJsonLines(in, record -> {
 *   if (!record.getReport().isEmpty()) {
 *     System.out.println(record.getReport().toText(Locale.JAPANESE));
 *   }
 * });
 * }</pre>
 *
 * <p><b>Memory.</b> One record is held at a time and handed over before the next is read. Beyond that, the rules that
 * compare records (unique positions, no organisation twice) keep compact keys: about 40 bytes a record, 60 at most
 * (see {@link GrantStreamValidator}), so a million grants need some 40 MB more. A JSON Lines record may be at most
 * {@value #MAX_LINE_BYTES} bytes and a record of an array {@value #MAX_RECORD_BYTES} bytes; strings, numbers, nesting and
 * the problems reported per record are bounded as in {@link GrantJsonReader}.
 *
 * <p>Each record's findings have paths that start with its index: {@code /41/project/title} is the title of the 42nd
 * record. Reading a record with problems reports them and goes on with the next; malformed JSON (or bytes that are not
 * UTF-8) in an array ends the array, in JSON Lines only its line. A reader is immutable and thread-safe; each read is
 * one stream.
 */
public final class GrantStreamReader {
  /** The longest line of a JSON Lines stream, in bytes: a grant is a few kilobytes at most. */
  public static final int MAX_LINE_BYTES = 1024 * 1024;
  /** The longest record of a JSON array of grants, in bytes (in characters, for UTF-16 and UTF-32). */
  public static final int MAX_RECORD_BYTES = 1024 * 1024;

  private final GrantValidator validator;
  private final Optional<FiscalYear> fiscalYear;
  private final Optional<Executor> readAhead;

  private GrantStreamReader(GrantValidator validator, Optional<FiscalYear> fiscalYear, Optional<Executor> readAhead) {
    this.validator = validator;
    this.fiscalYear = fiscalYear;
    this.readAhead = readAhead;
  }

  /**
   * A reader that validates every record with the given validator; dates are not checked against a fiscal year.
   *
   * @param validator the validator
   * @return the reader
   */
  public static GrantStreamReader create(GrantValidator validator) {
    return new GrantStreamReader(Objects.requireNonNull(validator, "validator"), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a reader that checks grant and project dates against the program's fiscal year.
   *
   * @param fiscalYear the fiscal year of the grants' program
   * @return a new reader
   */
  public GrantStreamReader withFiscalYear(FiscalYear fiscalYear) {
    return new GrantStreamReader(validator, Optional.of(Objects.requireNonNull(fiscalYear, "fiscalYear")), readAhead);
  }

  /**
   * Returns a reader that reads ahead on the given executor: for each stream one task parses the records while the
   * calling thread validates them and hands them to {@code each}, in order, exactly as without it. With two cores or
   * more this takes reading off the validating thread (the command-line validator reads so); a few hundred records
   * at most wait between the two, so memory stays bounded. If {@code each} throws, reading stops at its next record.
   *
   * <p>The executor must run the task on another thread to gain anything; an executor that runs it at once on the
   * calling thread (such as {@code Runnable::run}) reads without reading ahead.
   *
   * @param executor runs one task for each stream read, such as a virtual-thread or cached thread pool
   * @return a new reader
   * @throws java.util.concurrent.RejectedExecutionException from a read, if the executor refuses the task
   */
  public GrantStreamReader withReadAhead(Executor executor) {
    return new GrantStreamReader(validator, fiscalYear, Optional.of(Objects.requireNonNull(executor, "executor")));
  }

  /** A reading of whole records into {@code out}, with the problems of the stream itself as its result. */
  @FunctionalInterface
  private interface Reading {
    ValidationReport readInto(ReadAhead.Records out) throws IOException;
  }

  /** Validates each record as it comes and hands it on, counting. */
  private static ReadAhead.Records validating(GrantStreamValidator stream, Counter counter) {
    return (grant, problems) -> counter.accept(record(stream, grant, problems));
  }

  private GrantStreamValidator open() {
    return fiscalYear.map(validator::openStream).orElseGet(validator::openStream);
  }

  /**
   * Reads a JSON array of grants.
   *
   * @param json the stream: UTF-8 (a byte-order mark is passed over), or UTF-16 or UTF-32 told by its first bytes;
   *     not closed
   * @param each receives every record, in order
   * @return the counts, and the problems that belong to no single record (such as malformed JSON)
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readArray(InputStream json, Consumer<GrantRecord> each) throws IOException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(each, "each");
    Counter counter = new Counter(each);
    ReadAhead.Records validating = validating(open(), counter);
    Reading reading = out -> readArray(json, out);
    return counter.summary(readAhead.isEmpty() ? reading.readInto(validating)
        : ReadAhead.run(readAhead.get(),
            items -> reading.readInto((grant, problems) -> items.accept(new ReadAhead.Read(grant, problems))),
            validating));
  }

  /** Reads the records of an array into {@code out}; returns the problems of the array itself. */
  private static ValidationReport readArray(InputStream json, ReadAhead.Records out) throws IOException {
    List<Finding> streamProblems = new ArrayList<>();
    JsonTokens tokens;
    try {
      tokens = arrayTokens(json);
    } catch (java.nio.charset.CharacterCodingException e) {
      streamProblems.add(Documents.finding(null, e));
      return ValidationReport.of(streamProblems);
    }
    int index = 0; // of the record being read
    List<Finding> current = null; // the problems of the record being read, if one is
    boolean stopped = false; // a record over a limit ended the array
    Finding broken = null; // why the array could not be read to its end
    try (JsonParser p = tokens.parser()) {
      try {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_ARRAY) {
          if (first == null) {
            streamProblems.add(Findings.syntax("", tokens.location(p.currentLocation()),
                new Message("syntax.no-value")));
          } else {
            streamProblems.add(Findings.wrongShape("", tokens.location(), FormReader.valueOf(tokens),
                Findings.Shape.LIST, FormReader.shapeOf(tokens.current())));
          }
        } else {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            current = new ArrayList<>();
            Optional<Grant> grant;
            try {
              grant = new FormReader(tokens.boundRecord(MAX_RECORD_BYTES), current).read(Forms.GRANT);
            } catch (FormReader.Stop stop) {
              // A record over a limit cannot be skipped token by token without reading it: the array ends here, and
              // the stream says so, so that the records after it are not lost without a word.
              current.add(stop.finding());
              out.add(Optional.empty(), current);
              current = null;
              stopped = true;
              streamProblems.add(Findings.limit("/" + index, stop.finding().getLocation().orElse(null),
                  new Message("limit.records-after")));
              break;
            }
            out.add(grant, current);
            current = null;
            index++;
          }
          if (!stopped && p.nextToken() != null) {
            streamProblems.add(Findings.syntax("", tokens.location(),
                new Message("syntax.content-after-value")));
          }
        }
      } catch (IOException e) {
        broken = Documents.finding(tokens, e);
      }
      if (broken != null && current != null) {
        // The array broke inside a record: the record keeps what was found in it and why it broke, and counts as a
        // record that was not read. Nothing after it can be read.
        current.add(broken);
        out.add(Optional.empty(), current);
      } else if (broken != null) {
        streamProblems.add(broken);
      }
    }
    return ValidationReport.of(streamProblems);
  }

  /**
   * The tokens of a stream: UTF-8 with Jackson's parser of bytes, the last bytes kept for locations; UTF-16 and UTF-32
   * (told by the first bytes) decoded strictly.
   */
  private static JsonTokens arrayTokens(InputStream json) throws IOException {
    PushbackInputStream in = new PushbackInputStream(json, 4);
    byte[] head = new byte[4];
    int n = in.readNBytes(head, 0, 4);
    in.unread(head, 0, n);
    Optional<Charset> other = Utf8.otherEncoding(head, 0, n);
    if (other.isPresent()) {
      PushbackReader chars = new PushbackReader(new InputStreamReader(in, other.get().newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
      int c;
      try {
        c = chars.read();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new Utf8.BadEncoding(0, other.get());
      }
      if (c >= 0 && c != '\uFEFF') {
        chars.unread(c);
      }
      JsonParser p = Limits.STREAM.createParser(chars);
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return new JsonTokens(p, null, "", 0);
    }
    RecentBytes recent = new RecentBytes(in);
    JsonParser p;
    try {
      p = Limits.STREAM.createParser(recent);
    } catch (java.io.CharConversionException e) {
      throw new Utf8.BadEncoding(0, java.nio.charset.StandardCharsets.UTF_8);
    }
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return new JsonTokens(p, recent, "", 0);
  }

  /**
   * Reads JSON Lines: one grant per line, lines separated by {@code \n} (a {@code \r} before it is allowed). Blank
   * lines are passed over.
   *
   * @param jsonLines the stream, UTF-8 (JSON Lines has no other encoding); not closed
   * @param each receives every record, in order
   * @return the counts; JSON Lines has no problems outside its records
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readJsonLines(InputStream jsonLines, Consumer<GrantRecord> each) throws IOException {
    Objects.requireNonNull(jsonLines, "jsonLines");
    Objects.requireNonNull(each, "each");
    Counter counter = new Counter(each);
    ReadAhead.Records validating = validating(open(), counter);
    if (readAhead.isEmpty()) {
      splitLines(jsonLines, line -> parseLine(line, validating));
      return counter.summary(ValidationReport.empty());
    }
    // Lines are split on the reading thread; each is parsed by whichever thread comes to it first.
    return counter.summary(ReadAhead.run(readAhead.get(), lines -> {
      splitLines(jsonLines, line -> lines.accept(line.copy()));
      return ValidationReport.empty();
    }, GrantStreamReader::parseLine, validating));
  }

  /** A line of JSON Lines as split, before it is parsed: its record's index, its number and its bytes. */
  private static final class Line {
    final int index;
    final int number;
    final byte[] bytes;
    final int offset;
    final int length;
    final boolean tooLong;

    Line(int index, int number, byte[] bytes, int offset, int length, boolean tooLong) {
      this.index = index;
      this.number = number;
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
      this.tooLong = tooLong;
    }

    /** The line with bytes of its own, for another thread to parse after the next line is split. */
    Line copy() {
      return new Line(index, number, java.util.Arrays.copyOfRange(bytes, offset, offset + length), 0, length,
          tooLong);
    }
  }

  /**
   * Splits JSON Lines into lines, passing over blank ones. A line is only valid until the next: its bytes are the
   * reader's buffer.
   */
  private static void splitLines(InputStream jsonLines, Consumer<Line> each) throws IOException {
    LineReader lines = new LineReader(jsonLines);
    int index = 0;
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      int offset = lines.tooLong ? 0 : lines.offset();
      int length = lines.tooLong ? 0 : lines.length() - offset;
      each.accept(new Line(index++, lines.number, lines.buffer(), offset, length, lines.tooLong));
    }
  }

  /** Reads the record of one line. */
  private static void parseLine(Line line, ReadAhead.Records out) {
    List<Finding> problems = new ArrayList<>();
    Optional<Grant> grant = Optional.empty();
    if (line.tooLong) {
      problems.add(Findings.limit("/" + line.index, SourceLocation.of(line.number, 1),
          new Message("limit.line-length", MAX_LINE_BYTES)));
    } else {
      JsonParser p = null;
      if (Utf8.otherEncoding(line.bytes, line.offset, line.length).isEmpty()) {
        try {
          p = JsonInput.utf8Parser(Limits.STREAM, line.bytes, line.offset, line.length);
        } catch (Utf8.BadEncoding e) {
          p = null;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e); // creating a parser of bytes in memory reads nothing
        }
      }
      if (p == null) {
        // JSON Lines is UTF-8 only: bytes that look like UTF-16 or UTF-32 are not UTF-8.
        problems.add(Findings.syntax("/" + line.index, SourceLocation.of(line.number, 1),
            new Message("syntax.not-utf8")));
      } else {
        JsonTokens tokens = new JsonTokens(p, JsonTokens.of(line.bytes, line.offset, line.length), "/" + line.index,
            line.number - 1);
        Documents.Outcome<Grant> outcome = Documents.read(tokens, r -> r.read(Forms.GRANT));
        try {
          p.close();
        } catch (IOException e) {
          // a parser of bytes in memory has nothing to close
        }
        grant = outcome.value;
        problems.addAll(outcome.problems);
      }
    }
    out.add(grant, problems);
  }

  private static GrantRecord record(GrantStreamValidator stream, Optional<Grant> grant, List<Finding> problems) {
    int index = stream.getCount();
    if (!problems.isEmpty() || grant.isEmpty()) {
      stream.skip();
      return new GrantRecord(index, Optional.empty(), ValidationReport.of(problems));
    }
    return new GrantRecord(index, grant, stream.validate(grant.get()));
  }

  /** The totals of one stream. */
  public static final class StreamSummary {
    private final int records;
    private final int unreadable;
    private final int[] counts;
    private final ValidationReport streamProblems;

    StreamSummary(int records, int unreadable, int[] counts, ValidationReport streamProblems) {
      this.records = records;
      this.unreadable = unreadable;
      this.counts = counts;
      this.streamProblems = streamProblems;
    }

    /** The number of records met, read or not. */
    public int getRecordCount() {
      return records;
    }

    /** The number of records that could not be read. */
    public int getUnreadableCount() {
      return unreadable;
    }

    /**
     * The number of findings of one severity over all records and the stream itself.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
      return counts[severity.ordinal()] + streamProblems.count(severity);
    }

    /** True if no record and nothing about the stream has an error. */
    public boolean isValid() {
      return count(Severity.ERROR) == 0;
    }

    /** Problems that belong to no single record, such as malformed JSON that ends an array. */
    public ValidationReport getStreamProblems() {
      return streamProblems;
    }
  }

  private static final class Counter implements Consumer<GrantRecord> {
    private final Consumer<GrantRecord> downstream;
    private static final Severity[] SEVERITIES = Severity.values(); // values() copies its array on every call
    private final int[] counts = new int[SEVERITIES.length];
    private int records;
    private int unreadable;

    Counter(Consumer<GrantRecord> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void accept(GrantRecord record) {
      records++;
      if (record.getGrant().isEmpty()) {
        unreadable++;
      }
      for (Severity s : SEVERITIES) {
        counts[s.ordinal()] += record.getReport().count(s);
      }
      downstream.accept(record);
    }

    StreamSummary summary(ValidationReport streamProblems) {
      return new StreamSummary(records, unreadable, counts.clone(), streamProblems);
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The index of the first {@code \n} from {@code from}, or {@code to}: eight bytes at a time (a zero byte of the
   * word XOR newlines is a newline; the lowest such byte is exact), since every byte of the stream passes here and
   * Java 17 has no vectorised search of a byte array. Three times a byte loop where the JIT is C1.
   */
  static int newline(byte[] bytes, int from, int to) {
    int pos = from;
    while (pos + 8 <= to) {
      long word = (long) LONGS.get(bytes, pos) ^ NEWLINES;
      long zeros = (word - ONES) & ~word & HIGH_BITS;
      if (zeros != 0) {
        return pos + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
      pos += 8;
    }
    while (pos < to && bytes[pos] != '\n') {
      pos++;
    }
    return pos;
  }

  /** Reads lines of bytes, keeping at most {@link #MAX_LINE_BYTES} of one line. */
  private static final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private final Buffer line = new Buffer();
    int number;
    boolean tooLong;

    LineReader(InputStream in) {
      this.in = in;
    }

    boolean next() throws IOException {
      line.shrink();
      tooLong = false;
      boolean any = false;
      while (true) {
        if (chunkPos == chunkEnd) {
          chunkEnd = in.read(chunk);
          chunkPos = 0;
          if (chunkEnd <= 0) {
            chunkEnd = 0;
            if (any) {
              number++;
            }
            return any;
          }
        }
        any = true;
        int start = chunkPos;
        chunkPos = newline(chunk, start, chunkEnd);
        append(start, chunkPos);
        if (chunkPos < chunkEnd) {
          chunkPos++; // the newline
          number++;
          return true;
        }
      }
    }

    private void append(int from, int to) {
      if (tooLong) {
        return;
      }
      if (line.size() + (to - from) > MAX_LINE_BYTES) {
        tooLong = true;
        line.reset();
        return;
      }
      line.write(chunk, from, to - from);
    }

    byte[] buffer() {
      return line.bytes();
    }

    /** Where the line's text starts: after a UTF-8 byte-order mark on the first line. */
    int offset() {
      byte[] b = line.bytes();
      return number == 1 && line.size() >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
          ? 3 : 0;
    }

    int length() {
      int n = line.size();
      return n > 0 && line.bytes()[n - 1] == '\r' ? n - 1 : n;
    }

    boolean isBlank() {
      if (tooLong) {
        return false;
      }
      byte[] b = line.bytes();
      for (int i = 0; i < line.size(); i++) {
        if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** A byte buffer whose array can be read without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    private static final int KEEP = 64 * 1024;

    Buffer() {
      super(KEEP);
    }

    byte[] bytes() {
      return buf;
    }

    /** Empties the buffer, and lets a long line's array go so that it is not kept for the rest of the stream. */
    void shrink() {
      reset();
      if (buf.length > KEEP) {
        buf = new byte[KEEP];
      }
    }
  }
}
