package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.read.ReadingLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.testkit.GrantArbitraries;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the JSON form over generated data (issue 5).
 *
 * <ul>
 *   <li>Round trip: every generated program (and grant, as a JSON Lines line) reads back equal, and writing what was
 *       read gives back the same text.</li>
 *   <li>Mutations of valid JSON — parts deleted, a property or array element repeated, values retyped, the text cut at
 *       any offset, bits flipped, garbage (tokens, control characters, bytes that are not UTF-8) inserted — never
 *       escape as anything but the documented outcome: {@link GrantJsonReader} returns a {@link ReadResult} whose
 *       report has a {@code read.*} error whenever the value is empty; the binding's mapper throws nothing but
 *       the library's exception or its JSON library's own; {@link GrantStreamReader} throws nothing and counts
 *       every record.</li>
 * </ul>
 *
 * <p>The mutation properties leave jqwik's edge cases out: combined, they are thousands of near-identical tries (the
 * same mutation at offset 0) that would crowd out the random ones; the hostile-input suite covers the boundaries
 * (an empty document, every prefix of a document) by example.
 */
class JsonPropertiesTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  /** One validator for every try: building one is the expensive part, and it is thread-safe. */
  static final GrantValidator VALIDATOR = GrantValidator.create();
  static final GrantJsonReader READER = GrantJsonReader.create();
  static final GrantJsonReader VALIDATING = GrantJsonReader.validating(VALIDATOR);
  static final GrantStreamReader STREAM = GrantStreamReader.create(VALIDATOR);
  /**
   * For taking the valid documents apart, and as the oracle of well-formed JSON below: plain Jackson 2, not the
   * binding under test, the same on every binding; the mutations write the documents back themselves.
   */
  static final ObjectMapper TREES = new ObjectMapper();
  static final String SAMPLE = sample();

  private static String sample() {
    try (InputStream in = BINDING.openSampleFy2024()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- round trip

  @Property(tries = 200)
  void aWrittenProgramReadsBackEqualAndWritesTheSameText(@ForAll GrantProgram program) {
    String json = BINDING.write(program);

    ReadResult<GrantProgram> fromText = READER.readProgram(json);
    ReadResult<GrantProgram> fromBytes = READER.readProgram(utf8(json));

    for (ReadResult<GrantProgram> read : List.of(fromText, fromBytes)) {
      assertThat(read.getReport().getFindings()).as(json).isEmpty();
      assertThat(read.getValue()).as(json).contains(program);
      assertThat(BINDING.write(read.getValue().orElseThrow())).isEqualTo(json);
    }
  }

  @Property(tries = 200)
  void aGrantWrittenAsAJsonLinesLineReadsBackEqualAndWritesTheSameLine(@ForAll Grant grant) {
    String line = BINDING.writeLine(grant);
    assertThat(line).endsWith("\n").doesNotContain("\r").hasLineCount(1);

    ReadResult<Grant> read = READER.readGrant(line);

    assertThat(read.getReport().getFindings()).as(line).isEmpty();
    assertThat(read.getValue()).as(line).contains(grant);
    assertThat(BINDING.writeLine(read.getValue().orElseThrow())).isEqualTo(line);
  }

  @Property(tries = 100)
  void theGrantsOfAProgramStreamBackEqualAsJsonLines(@ForAll GrantProgram program) throws IOException {
    StringBuilder lines = new StringBuilder();
    program.getGrants().forEach(g -> lines.append(BINDING.writeLine(g)));
    List<GrantRecord> records = new ArrayList<>();

    StreamSummary summary = STREAM.withFiscalYear(program.getFiscalYear())
        .readJsonLines(utf8(lines.toString()), records::add);

    assertThat(summary.getRecordCount()).isEqualTo(program.getGrants().size());
    assertThat(summary.getUnreadableCount()).isZero();
    assertThat(records).extracting(r -> r.getGrant().orElseThrow()).containsExactlyElementsOf(program.getGrants());
    // A generated program is valid without any finding, record by record too.
    assertThat(records).allSatisfy(r -> assertThat(r.getReport().getFindings()).isEmpty());
  }

  // ---- mutations: the reader

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void aMutatedDocumentGivesAReportNeverAnException(@ForAll("mutants") Mutant mutant) {
    byte[] bytes = mutant.bytes();
    String text = new String(bytes, StandardCharsets.UTF_8); // bytes that are not UTF-8 become U+FFFD here
    Optional<String> strict = strictUtf8(bytes);

    ReadResult<GrantProgram> fromText = readWithoutEscape(mutant, () -> VALIDATING.readProgram(text));
    ReadResult<GrantProgram> fromBytes = readWithoutEscape(mutant, () -> VALIDATING.readProgram(
        new ByteArrayInputStream(bytes)));

    assertDocumentedOutcome(mutant, fromText);
    assertDocumentedOutcome(mutant, fromBytes);
    if (strict.isEmpty()) {
      // Bytes that are not UTF-8 are never read as a value: the reader reaches them (a read.syntax error), unless
      // another problem stops it first.
      assertThat(fromBytes.getValue()).as(mutant.describe()).isEmpty();
    } else if (!strict.get().startsWith("\uFEFF")) {
      // The same characters give the same report, whether they come as a string or as UTF-8 bytes (a leading
      // byte-order mark is passed over in bytes only).
      assertThat(fromBytes.getValue()).as(mutant.describe()).isEqualTo(fromText.getValue());
      assertThat(fromBytes.getReport().getFindings()).as(mutant.describe())
          .containsExactlyElementsOf(fromText.getReport().getFindings());
    }
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void theMapperReturnsAValueOrThrowsAJsonProcessingException(@ForAll("mutants") Mutant mutant) {
    byte[] bytes = mutant.bytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    Optional<GrantProgram> byReader = READER.readProgram(text).getValue();

    for (Object input : List.of(text, bytes)) {
      try {
        GrantProgram read = input instanceof String ? BINDING.read((String) input, GrantProgram.class)
            : BINDING.read((byte[]) input, GrantProgram.class);
        if (read == null) {
          // A JSON null is null to Jackson (so that users' own classes may hold absent model values); the reader,
          // which reads documents of the format, reports it as the wrong type.
          assertThat(byReader).as(mutant.describe()).isEmpty();
          continue;
        }
        // The mapper reads the first value and, as Jackson does by default, leaves what follows it unread; what it
        // reads, it reads as the reader does.
        byReader.ifPresent(p -> assertThat(read).as(mutant.describe()).isEqualTo(p));
      } catch (InvalidGrantDataException e) {
        // The documented exception carries what is wrong: at least one read.* error.
        assertThat(e.getReport().getFindings()).as(mutant.describe()).anySatisfy(f -> {
          assertThat(f.getRuleId()).startsWith("read.");
          assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        });
      } catch (JsonBindingUnderTest.MapperRefusal e) {
        // malformed JSON, a reading limit, an empty document: the exceptions of the binding's JSON library
        if (input instanceof String) {
          assertThat(byReader).as("%s: the reader read what the mapper refused: %s", mutant.describe(), e).isEmpty();
        }
      } catch (RuntimeException | Error e) {
        throw new AssertionError(e + " escaped from the mapper for " + mutant.describe(), e);
      }
    }
  }

  // ---- mutations: the stream reader

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void jsonLinesOfMutatedRecordsAreAllCountedAndNothingEscapes(@ForAll("streams") MutatedStream stream) {
    byte[] bytes = stream.jsonLines();
    List<GrantRecord> records = new ArrayList<>();

    StreamSummary summary = streamWithoutEscape(stream,
        () -> STREAM.readJsonLines(new ByteArrayInputStream(bytes), records::add));

    // Every line that is not blank is a record, read or not.
    int lines = nonBlankLines(bytes);
    assertThat(summary.getRecordCount()).as(stream.describe()).isEqualTo(lines);
    assertRecords(stream, records, summary);
    assertThat(summary.getStreamProblems().getFindings()).isEmpty();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void anArrayOfMutatedRecordsCountsWhatItReadsAndNothingEscapes(@ForAll("streams") MutatedStream stream) {
    byte[] bytes = stream.array();
    List<GrantRecord> records = new ArrayList<>();

    StreamSummary summary = streamWithoutEscape(stream,
        () -> STREAM.readArray(new ByteArrayInputStream(bytes), records::add));

    assertRecords(stream, records, summary);
    List<Finding> streamProblems = summary.getStreamProblems().getFindings();
    Optional<Integer> elements = topLevelElements(bytes);
    if (elements.isPresent()) {
      // Well-formed, within the limits a parser checks by itself: every element is a record. Only a string over
      // the length limit, which is checked where a string is read, may still end the array early.
      // (A limit met inside a record is that record's finding.)
      assertThat(streamProblems).as(stream.describe())
          .allSatisfy(f -> assertThat(f.getRuleId()).isEqualTo("read.limit"));
      boolean limited = !streamProblems.isEmpty() || records.stream().anyMatch(r -> r.getReport().getFindings()
          .stream().anyMatch(f -> f.getRuleId().equals("read.limit")));
      if (limited) {
        assertThat(summary.getRecordCount()).as(stream.describe()).isLessThanOrEqualTo(elements.get());
      } else {
        assertThat(summary.getRecordCount()).as(stream.describe()).isEqualTo(elements.get());
      }
    } else {
      // Not an array, not UTF-8, malformed, or too deep: the stream has the error, or the record it broke off in.
      List<Finding> where = new ArrayList<>(streamProblems);
      if (!records.isEmpty()) {
        where.addAll(records.get(records.size() - 1).getReport().getFindings());
      }
      assertThat(where).as(stream.describe()).anySatisfy(f -> {
        assertThat(f.getRuleId()).startsWith("read.");
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      });
    }
  }

  // ---- what is documented

  private interface Read<T> {
    T read() throws IOException;
  }

  private static ReadResult<GrantProgram> readWithoutEscape(Mutant mutant, Read<ReadResult<GrantProgram>> read) {
    return noEscape(mutant.describe(), read);
  }

  private static StreamSummary streamWithoutEscape(MutatedStream stream,
      Read<StreamSummary> read) {
    return noEscape(stream.describe(), read);
  }

  /** Runs a read; any throwable at all (IOException included: the input is a byte array) fails the property. */
  private static <T> T noEscape(String what, Read<T> read) {
    List<T> result = new ArrayList<>(1);
    assertThatCode(() -> result.add(read.read())).as(what).doesNotThrowAnyException();
    assertThat(result.get(0)).as(what).isNotNull();
    return result.get(0);
  }

  /** The value is empty exactly when reading had a problem, and then the report has a read.* error. */
  private static void assertDocumentedOutcome(Mutant mutant, ReadResult<GrantProgram> result) {
    List<Finding> reading = new ArrayList<>();
    for (Finding f : result.getReport().getFindings()) {
      if (f.getRuleId().startsWith("read.")) {
        reading.add(f);
      }
    }
    if (result.getValue().isEmpty()) {
      assertThat(reading).as(mutant.describe()).anySatisfy(f -> assertThat(f.getSeverity())
          .isEqualTo(Severity.ERROR));
      assertThat(result.isValid()).isFalse();
    } else {
      assertThat(reading).as(mutant.describe()).isEmpty();
    }
    assertThat(reading).as(mutant.describe()).allSatisfy(f -> assertThat(f.getSeverity())
        .isEqualTo(Severity.ERROR));
  }

  private static void assertRecords(MutatedStream stream, List<GrantRecord> records,
      StreamSummary summary) {
    assertThat(records).as(stream.describe()).hasSize(summary.getRecordCount());
    int unreadable = 0;
    for (int i = 0; i < records.size(); i++) {
      GrantRecord r = records.get(i);
      assertThat(r.getIndex()).as(stream.describe()).isEqualTo(i);
      List<String> reading = new ArrayList<>();
      for (Finding f : r.getReport().getFindings()) {
        if (f.getRuleId().startsWith("read.")) {
          reading.add(f.getRuleId());
          assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
          assertThat(f.getPath()).as("%s: %s", stream.describe(), f).startsWith("/" + i);
        }
      }
      if (r.getGrant().isEmpty()) {
        unreadable++;
        assertThat(reading).as("%s: record %d %s", stream.describe(), i, r.getReport()).isNotEmpty();
      } else {
        assertThat(reading).as("%s: record %d %s", stream.describe(), i, r.getReport()).isEmpty();
      }
    }
    assertThat(summary.getUnreadableCount()).as(stream.describe()).isEqualTo(unreadable);
  }

  /** Lines with anything but spaces, tabs and carriage returns: the records of JSON Lines. */
  static int nonBlankLines(byte[] bytes) {
    int count = 0;
    boolean blank = true;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (!blank) {
          count++;
        }
        blank = true;
      } else if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        blank = false;
      }
    }
    return count;
  }

  static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The stream reader's limits except the length of strings, which a parser checks only where a string is read (a
   * skipped value's string is never read).
   */
  private static final JsonFactory WELL_FORMED = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ReadingLimits.MAX_NESTING_DEPTH)
          .maxNumberLength(ReadingLimits.MAX_NUMBER_LENGTH)
          .maxNameLength(ReadingLimits.MAX_NAME_LENGTH)
          .maxStringLength(Integer.MAX_VALUE)
          .build())
      .build();

  /** The number of elements if the bytes are one well-formed JSON array in UTF-8, within the limits; else empty. */
  static Optional<Integer> topLevelElements(byte[] bytes) {
    Optional<String> text = strictUtf8(bytes);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String s = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
    try (JsonParser p = WELL_FORMED.createParser(s)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return Optional.empty();
      }
      int count = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        p.skipChildren();
        count++;
      }
      return p.nextToken() == null ? Optional.of(count) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  // ---- mutations

  /** What a mutation does. The first three change the JSON tree and write it back; the others change bytes. */
  enum Kind {
    /** A property, array element or the whole document left out. */
    DELETE,
    /** A property written twice (a duplicate key), or an array element written twice. */
    DUPLICATE,
    /** A value replaced by one of another type or form: null, numbers of every size, strings, objects, arrays. */
    RETYPE,
    /** The text cut at an offset. */
    TRUNCATE,
    /** One bit of one byte flipped. */
    FLIP,
    /** Garbage inserted at an offset: JSON tokens, control characters, bytes that are not UTF-8, random text. */
    INSERT;

    boolean onTree() {
      return this == DELETE || this == DUPLICATE || this == RETYPE;
    }
  }

  /** Replacement values of {@link Kind#RETYPE}, as JSON text; index -1 means "the value's own text as a string". */
  static final List<String> REPLACEMENTS = List.of(
      "null", "true", "false", "0", "-1", "1.5", "-0", "1e400", "99999999999999999999",
      "123456789012345678901234567890", "\"\"", "\" \"", "\"x\"", "\"FY2024\"", "\"13\"", "\"東京都\"",
      "\"${1+1}\"", "\"<p>x</p>\"", "\"\\u0000\"", "\"\\uD800\"", "\"\\u001b[31m\"", "{}", "[]", "[null]", "[{}]",
      "{\"type\": \"consortium\"}", "{\"\": 1}", "[\"13\", \"13\"]", "{\"name\": null}",
      "[".repeat(40) + "]".repeat(40), "{\"a\":".repeat(40) + "1" + "}".repeat(40),
      "\"" + "長".repeat(ReadingLimits.MAX_STRING_LENGTH + 1) + "\"");

  /** Fixed garbage for {@link Kind#INSERT}; random bytes and random text are added by the generator. */
  static final List<byte[]> GARBAGE = List.of(
      b("{"), b("}"), b("["), b("]"), b(","), b(":"), b("\""), b("\\"), b("\\u12"), b("\\uD800"), b("null"), b("-"),
      b("1e999999"), b("NaN"), b("//"), b("/*"), b("'"), b("\u0000"), b("\u001b"), b("\n"), b("\r\n"), b("\t"),
      b("\uFEFF"), b(" "), b("\"x\": 1,"), b("\"title\": \"t\","), b("]]]]"), b("[".repeat(50)),
      b("\"" + "9".repeat(30) + "\""), b("9".repeat(30)),
      bytes(0xFF), bytes(0xC3), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xE3, 0x81),
      bytes(0xC0, 0xAF), bytes(0xEF, 0xBB, 0xBF));

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** One change: a kind, where (taken modulo the places there are) and which variant. */
  static final class Mutation {
    final Kind kind;
    final int where;
    final int variant;
    final byte[] garbage;

    Mutation(Kind kind, int where, int variant, byte[] garbage) {
      this.kind = kind;
      this.where = where;
      this.variant = variant;
      this.garbage = garbage;
    }

    /** Applies a byte mutation. */
    byte[] apply(byte[] in) {
      switch (kind) {
        case TRUNCATE:
          return Arrays.copyOf(in, where % (in.length + 1));
        case FLIP: {
          if (in.length == 0) {
            return in;
          }
          byte[] out = in.clone();
          out[where % in.length] ^= (byte) (1 << (variant % 8));
          return out;
        }
        case INSERT: {
          int at = where % (in.length + 1);
          ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + garbage.length);
          out.write(in, 0, at);
          out.write(garbage, 0, garbage.length);
          out.write(in, at, in.length - at);
          return out.toByteArray();
        }
        default:
          throw new IllegalStateException(kind + " changes the tree");
      }
    }

    @Override
    public String toString() {
      String g = kind == Kind.INSERT ? " " + shown(garbage) : "";
      return kind + "@" + where + "/" + variant + g;
    }
  }

  static String shown(byte[] bytes) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < Math.min(bytes.length, 60); i++) {
      sb.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
    }
    return sb.append(bytes.length > 60 ? " …]" : "]").toString();
  }

  /** A valid document changed by at most one tree mutation, then by byte mutations in order. */
  static final class Mutant {
    final String original;
    final List<Mutation> mutations;
    final boolean multiLine;
    private byte[] bytes;

    Mutant(String original, List<Mutation> mutations, boolean multiLine) {
      this.original = original;
      this.mutations = mutations;
      this.multiLine = multiLine;
    }

    byte[] bytes() {
      if (bytes == null) {
        byte[] b = b(original);
        for (Mutation m : mutations) {
          b = m.kind.onTree() ? b(TreeMutation.apply(original, m, multiLine)) : m.apply(b);
        }
        bytes = b;
      }
      return bytes;
    }

    String describe() {
      String text = new String(bytes(), StandardCharsets.UTF_8);
      return mutations + " of a document of " + original.length() + " characters, giving:\n"
          + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
    }

    @Override
    public String toString() {
      return mutations.toString();
    }
  }

  /** Writes a JSON tree back with one change at one place: a property, an array element, or the root. */
  static final class TreeMutation {
    private final Mutation m;
    private final boolean multiLine;
    private final StringBuilder out = new StringBuilder();
    private int place;
    private final int target;

    private TreeMutation(Mutation m, boolean multiLine, int places) {
      this.m = m;
      this.multiLine = multiLine;
      this.target = m.where % places;
    }

    static String apply(String json, Mutation m, boolean multiLine) {
      JsonNode root;
      try {
        root = TREES.readTree(json);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("tree mutations apply to the valid original", e);
      }
      TreeMutation t = new TreeMutation(m, multiLine, 1 + count(root));
      t.place(null, root);
      return t.out.toString();
    }

    private static int count(JsonNode node) {
      int n = node.size();
      for (JsonNode child : node) {
        n += count(child);
      }
      return n;
    }

    /** One place: the root (name null, outside any container), a property (name given) or an element. */
    private void place(String name, JsonNode value) {
      boolean here = place++ == target;
      if (!here) {
        member(name, () -> value(value));
        return;
      }
      switch (m.kind) {
        case DELETE:
          break;
        case DUPLICATE:
          member(name, () -> value(value));
          separator();
          member(name, () -> value(value));
          break;
        default:
          member(name, () -> out.append(replacement(value)));
          break;
      }
    }

    private void member(String name, Runnable value) {
      if (name != null) {
        out.append(quoted(name)).append(": ");
      }
      value.run();
    }

    private String replacement(JsonNode value) {
      int i = m.variant % (REPLACEMENTS.size() + 1);
      if (i == REPLACEMENTS.size()) {
        // The same value in another type: a string's text unquoted (a number where it is digits), anything else quoted.
        return value.isTextual() ? (value.asText().isEmpty() ? "0" : value.asText()) : quoted(value.toString());
      }
      return REPLACEMENTS.get(i);
    }

    private void value(JsonNode node) {
      if (node.isObject()) {
        out.append('{');
        int before = out.length();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          int mark = out.length();
          if (mark > before) {
            separator();
          }
          int start = out.length();
          place(e.getKey(), e.getValue());
          if (out.length() == start) {
            out.setLength(mark); // deleted: no separator either
          }
        }
        out.append('}');
      } else if (node.isArray()) {
        out.append('[');
        int before = out.length();
        for (JsonNode element : node) {
          int mark = out.length();
          if (mark > before) {
            separator();
          }
          int start = out.length();
          place(null, element);
          if (out.length() == start) {
            out.setLength(mark);
          }
        }
        out.append(']');
      } else {
        out.append(node.toString());
      }
    }

    private void separator() {
      out.append(multiLine ? ",\n" : ", ");
    }

    private static String quoted(String s) {
      try {
        return TREES.writeValueAsString(s);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ---- generators

  static Arbitrary<Mutation> treeMutations() {
    return Combinators.combine(Arbitraries.of(Kind.DELETE, Kind.DUPLICATE, Kind.RETYPE),
            Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1000))
        .as((kind, where, variant) -> new Mutation(kind, where, variant, new byte[0]));
  }

  static Arbitrary<byte[]> garbage() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(GARBAGE)),
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)),
        Tuple.of(2, Arbitraries.strings().ofMinLength(1).ofMaxLength(6).map(JsonPropertiesTest::b)));
  }

  static Arbitrary<Mutation> byteMutations() {
    return Combinators.combine(Arbitraries.of(Kind.TRUNCATE, Kind.FLIP, Kind.INSERT),
            Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1000), garbage())
        .as(Mutation::new);
  }

  /** At most one tree mutation (first), then up to two byte mutations; at least one mutation in all. */
  static Arbitrary<List<Mutation>> mutationLists() {
    return Combinators.combine(treeMutations().optional(0.7), byteMutations().list().ofMaxSize(2))
        .as((tree, bytes) -> {
          List<Mutation> all = new ArrayList<>();
          tree.ifPresent(all::add);
          all.addAll(bytes);
          return all;
        })
        .filter(list -> !list.isEmpty());
  }

  @Provide
  Arbitrary<Mutant> mutants() {
    Arbitrary<String> documents = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(SAMPLE)),
        Tuple.of(4, GrantArbitraries.programs().map(BINDING::write)));
    return Combinators.combine(documents, mutationLists(), Arbitraries.of(true, false)).as(Mutant::new);
  }

  /** Records of a stream: generated grants as JSON Lines lines, some of them mutated, with blank lines between. */
  static final class MutatedStream {
    final List<Mutant> records;
    final List<Boolean> blankAfter;

    MutatedStream(List<Mutant> records, List<Boolean> blankAfter) {
      this.records = records;
      this.blankAfter = blankAfter;
    }

    byte[] jsonLines() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < records.size(); i++) {
        out.writeBytes(records.get(i).bytes());
        out.write('\n');
        if (blankAfter.get(i)) {
          out.writeBytes(b(i % 2 == 0 ? "\n" : "  \t\r\n"));
        }
      }
      return out.toByteArray();
    }

    byte[] array() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(b("[\n"));
      for (int i = 0; i < records.size(); i++) {
        if (i > 0) {
          out.writeBytes(b(",\n"));
        }
        out.writeBytes(records.get(i).bytes());
      }
      out.writeBytes(b("\n]\n"));
      return out.toByteArray();
    }

    String describe() {
      StringBuilder sb = new StringBuilder(records.size() + " records:");
      for (Mutant m : records) {
        sb.append("\n  ").append(m.mutations.isEmpty() ? "unchanged" : m.mutations.toString());
      }
      String lines = new String(jsonLines(), StandardCharsets.UTF_8);
      return sb.append("\nas JSON Lines:\n").append(lines.length() > 4000 ? lines.substring(0, 4000) + "…" : lines)
          .toString();
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  @Provide
  Arbitrary<MutatedStream> streams() {
    // A JSON Lines line has no line break of its own: tree mutations write the record on one line.
    Arbitrary<Mutant> record = Combinators.combine(GrantArbitraries.grants().map(g -> BINDING.writeLine(g).strip()),
            Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<Mutation>of())),
                Tuple.of(2, mutationLists())))
        .as((line, mutations) -> new Mutant(line, mutations, false));
    return Combinators.combine(record.list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(true, false, false, false).list().ofSize(6))
        .as(MutatedStream::new);
  }
}
