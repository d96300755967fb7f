package io.github.tsunagari.jsonsuite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Another system's JSON read whole or record by record, through the binding under test: every part with its pointer
 * and place, a property named twice reported and its first value kept, malformed input a finding, not an exception.
 */
class JsonTreeTest {
  static final JsonBindingUnderTest BINDING = JsonBindingUnderTest.get();

  private static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAGBizInfoRecordWithPointersAndPlaces() throws IOException {
    String json = "{\"subsidy\": [\n{\"date_of_approval\":\"2024-03-29\",\"amount\":\"1781931\",\"target\":null,"
        + "\"limit\": 6000000, \"rate\": 0.5, \"open\": true}]}";
    Documents.Outcome<JsonTree> read = JsonTree.read(bytes(json), -1);
    assertThat(read.problems()).isEmpty();
    JsonTree record = read.value().orElseThrow().get("subsidy").orElseThrow().items().get(0);
    assertThat(record.pointer()).isEqualTo("/subsidy/0");
    assertThat(record.names()).containsExactly("date_of_approval", "amount", "target", "limit", "rate", "open");
    JsonTree amount = record.get("amount").orElseThrow();
    assertThat(amount.kind()).isEqualTo(JsonTree.Kind.TEXT);
    assertThat(amount.text()).contains("1781931");
    assertThat(amount.number()).contains(new BigDecimal("1781931"));
    assertThat(amount.pointer()).isEqualTo("/subsidy/0/amount");
    assertThat(amount.location()).get().isInstanceOfSatisfying(SourceLocation.Position.class, p -> assertThat(p.getLine()).isEqualTo(2));
    assertThat(record.get("target").orElseThrow().isNull()).isTrue();
    assertThat(record.get("limit").flatMap(JsonTree::number)).contains(new BigDecimal("6000000"));
    assertThat(record.get("rate").flatMap(JsonTree::text)).contains("0.5");
    assertThat(record.get("open").flatMap(JsonTree::bool)).contains(true);
    assertThat(record.get("note")).isEmpty();
    assertThat(record.get("open").orElseThrow().text()).isEmpty();
  }

  @Test
  void aPropertyNamedTwiceKeepsTheFirstAndIsReported() throws IOException {
    Documents.Outcome<JsonTree> read = JsonTree.read(bytes("{\"title\": \"a\", \"title\": \"b\"}"), -1);
    assertThat(read.problems()).extracting(Finding::getRuleId).containsExactly("read.duplicate-property");
    assertThat(read.problems().get(0).getPath()).isEqualTo("/title");
  }

  @Test
  void malformedInputIsAFindingNotAnException() throws IOException {
    for (String json : List.of("", "{\"a\": ", "{\"a\": 1} 2", "[1,]", "{\"a\" 1}")) {
      Documents.Outcome<JsonTree> read = JsonTree.read(bytes(json), -1);
      assertThat(read.value()).as(json).isEmpty();
      assertThat(read.problems()).as(json).isNotEmpty()
          .allSatisfy(f -> assertThat(f.getRuleId()).startsWith("read."));
    }
  }

  @Test
  void streamsTheRecordsOfOneArrayAndKeepsTheRest() throws IOException {
    String json = "{\"grants\": [{\"id\": \"a\"}, {\"id\": \"b\", \"id\": \"c\"}], \"license\": \"CC-BY\"}";
    List<String> ids = new ArrayList<>();
    List<List<Finding>> problems = new ArrayList<>();
    Documents.Outcome<JsonTree> root = JsonTree.stream(bytes(json), -1, "grants", (item, found) -> {
      ids.add(item.pointer() + "=" + item.get("id").flatMap(JsonTree::text).orElseThrow());
      problems.add(found);
    });
    assertThat(ids).containsExactly("/grants/0=a", "/grants/1=b");
    assertThat(problems.get(0)).isEmpty();
    assertThat(problems.get(1)).extracting(Finding::getPath).containsExactly("/grants/1/id");
    assertThat(root.problems()).isEmpty();
    JsonTree tree = root.value().orElseThrow();
    assertThat(tree.get("license").flatMap(JsonTree::text)).contains("CC-BY");
    assertThat(tree.get("grants").orElseThrow().items()).isEmpty();
  }

  @Test
  void aStreamWhoseRootIsNoObjectIsAFinding() throws IOException {
    Documents.Outcome<JsonTree> root = JsonTree.stream(bytes("[1, 2]"), -1, "grants", (item, found) -> {
      throw new AssertionError("no record");
    });
    assertThat(root.value()).isEmpty();
    assertThat(root.problems()).extracting(Finding::getRuleId).containsExactly("read.wrong-type");
  }

  @Test
  void aRecordOverItsBoundEndsTheStreamAndSaysSo() throws IOException {
    String big = "x".repeat(90_000);
    StringBuilder json = new StringBuilder("{\"grants\": [{\"id\": \"a\"}, {\"t\": [");
    for (int i = 0; i < 15; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(big).append('"');
    }
    json.append("]}, {\"id\": \"z\"}]}");
    List<String> seen = new ArrayList<>();
    Documents.Outcome<JsonTree> root = JsonTree.stream(bytes(json.toString()), -1, "grants",
        (item, found) -> seen.add(item.pointer()));
    assertThat(seen).containsExactly("/grants/0");
    assertThat(root.problems()).extracting(Finding::getRuleId).contains("read.limit");
  }
}
