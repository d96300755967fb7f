package io.github.tsunagari.jsonsuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not UTF-8 (an encoded surrogate, {@code ED A0 80}) in what the reader skips rather than reads — the
 * value of a repeated or an unknown property, a name or a text inside such a value — are refused on every Jackson, as
 * in what is read: a strict parser refuses them wherever they are, and a lenient one (Jackson 2.19) must not let them
 * pass unseen. Found by the 2.19 run of {@code anArrayOfMutatedRecordsCountsWhatItReadsAndNothingEscapes}: a repeated
 * {@code legalForm} whose value held the bytes gave a record with no finding at all.
 */
class SkippedTextsUtf8Test {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();
  static final GrantJsonReader READER = GrantJsonReader.create();
  static final GrantStreamReader STREAM = GrantStreamReader.create(GrantValidator.create());

  /** Where the bad bytes go. */
  private static final String BAD = "@@";
  private static final byte[] SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
  private static final String GRANTEE = "\"grantee\": {\"type\": \"organization\", \"name\": \"つながり会\", "
      + "\"legalForm\": \"SPECIFIED_NONPROFIT_CORPORATION\"";
  private static final String PROJECT = "\"project\": {\"title\": \"地域の居場所づくり担い手育成事業\", "
      + "\"summary\": \"孤独・孤立対策に取り組むNPO等に対して、伴走型支援を行う。\", "
      + "\"serviceArea\": {\"text\": \"北海道 青森県\", \"prefectures\": [\"01\", \"02\"]}, "
      + "\"activities\": [{\"kind\": \"HANDS_ON_SUPPORT\", \"description\": \"NPO等に対する伴走型支援\"}], "
      + "\"targetGroups\": [\"OLDER_PEOPLE\"]}";
  /** A record that is read whole, after the one with the bad bytes. */
  private static final String GOOD = "{\"position\": 2, " + GRANTEE + "}, " + PROJECT + "}";

  /** Records whose bad bytes are in what the reader skips, each a shape of its own. */
  private static final List<String> RECORDS = List.of(
      // the value of a repeated property: the input CI found
      "{\"position\": 1, " + GRANTEE + ", \"legalForm\": \"" + BAD + "SPECIFIED_NONPROFIT_CORPORATION\"}, "
          + PROJECT + "}",
      // the name of an unknown property, and its value
      "{\"position\": 1, " + GRANTEE + ", \"legal" + BAD + "Form\": \"SPECIFIED_NONPROFIT_CORPORATION\"}, "
          + PROJECT + "}",
      "{\"position\": 1, " + GRANTEE + ", \"note\": \"" + BAD + "\"}, " + PROJECT + "}",
      // a name, and a text, inside the skipped value of an unknown property
      "{\"position\": 1, " + GRANTEE + ", \"note\": {\"a" + BAD + "\": 1}}, " + PROJECT + "}",
      "{\"position\": 1, " + GRANTEE + ", \"note\": [1, {\"a\": [\"" + BAD + "\"]}]}, " + PROJECT + "}",
      // inside a repeated object
      "{\"position\": 1, " + GRANTEE + "}, " + PROJECT + ", \"project\": {\"title\": \"" + BAD + "\"}}",
      // a union's discriminator repeated, first and not first
      "{\"position\": 1, " + GRANTEE + ", \"type\": \"" + BAD + "organization\"}, " + PROJECT + "}",
      "{\"position\": 1, \"grantee\": {\"name\": \"つながり会\", \"type\": \"organization\", \"type\": \"" + BAD
          + "\"}, " + PROJECT + "}",
      // a text where a number belongs: read, for the finding's value
      "{\"position\": \"" + BAD + "1\", " + GRANTEE + "}, " + PROJECT + "}");

  @Test
  void aRecordOfJsonLinesWithBadBytesInWhatIsSkippedHasTheirFinding() throws IOException {
    for (String record : RECORDS) {
      byte[] lines = concat(bytes(record + "\n"), bytes(GOOD + "\n"));
      List<GrantRecord> records = new ArrayList<>();
      StreamSummary summary = STREAM.readJsonLines(new ByteArrayInputStream(lines), records::add);

      assertThat(summary.getRecordCount()).as(record).isEqualTo(2);
      assertNotUtf8(record, records.get(0).getReport().getFindings(), 1);
      assertThat(records.get(1).getReport().getFindings()).as(record).isEmpty();
    }
  }

  @Test
  void anArrayOfRecordsWithBadBytesInWhatIsSkippedHasTheirFinding() throws IOException {
    for (String record : RECORDS) {
      byte[] array = concat(concat(bytes("[\n"), bytes(record)), bytes(",\n" + GOOD + "\n]\n"));
      List<GrantRecord> records = new ArrayList<>();
      StreamSummary summary = STREAM.readArray(new ByteArrayInputStream(array), records::add);

      // The bytes are malformed input: the array breaks off in the record, which has the finding.
      assertThat(records).as(record).hasSize(1);
      List<Finding> where = new ArrayList<>(summary.getStreamProblems().getFindings());
      where.addAll(records.get(0).getReport().getFindings());
      assertNotUtf8(record, where, 2);
    }
  }

  @Test
  void aDocumentWithBadBytesInWhatIsSkippedHasTheirFinding() throws IOException {
    for (String record : RECORDS) {
      byte[] grant = concat(bytes("\n"), bytes(record));
      assertNotUtf8(record, READER.readGrant(new ByteArrayInputStream(grant)).getReport().getFindings(), 2);

      byte[] program = concat(bytes("{\"name\": \"孤独・孤立対策推進交付金\",\n\"grants\": [\n"),
          bytes(record + "]}"));
      assertNotUtf8(record, READER.readProgram(new ByteArrayInputStream(program)).getReport().getFindings(), 3);
    }
  }

  @Test
  void theMapperRefusesBadBytesInWhatIsSkipped() {
    for (String record : RECORDS) {
      Throwable thrown = catchThrowable(() -> BINDING.read(bytes(record), Grant.class));
      assertThat(thrown).as(record).isInstanceOf(InvalidGrantDataException.class);
      assertNotUtf8(record, ((InvalidGrantDataException) thrown).getReport().getFindings(), 1);
    }
  }

  /** One finding of bytes that are not UTF-8, on the line of the bad bytes, among the findings. */
  private static void assertNotUtf8(String record, List<Finding> findings, int line) {
    assertThat(findings).as(record).filteredOn(f -> f.getRuleId().equals("read.syntax")).singleElement()
        .satisfies(f -> {
          assertThat(f.getMessage(Locale.ENGLISH)).contains("not UTF-8");
          assertThat(f.getLocation()).hasValueSatisfying(at -> assertThat(at.toString()).startsWith(line + ":"));
        });
  }

  /** The record's text as UTF-8, with the bad bytes where it marks them. */
  private static byte[] bytes(String text) {
    String[] parts = text.split(BAD, -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.writeBytes(SURROGATE);
      }
      out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
