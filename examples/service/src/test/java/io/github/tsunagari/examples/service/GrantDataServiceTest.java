package io.github.tsunagari.examples.service;

import static io.github.tsunagari.examples.service.ServiceClient.INVALID;
import static io.github.tsunagari.examples.service.ServiceClient.UNREADABLE;
import static io.github.tsunagari.examples.service.ServiceClient.assertProblem;
import static io.github.tsunagari.examples.service.ServiceClient.finding;
import static io.github.tsunagari.examples.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.tables.GrantTableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example service over real HTTP (the JDK's client), the same test on Spring Boot 4 (examples/service) and 3.5
 * (examples/service-boot3): what a client sends, and the report or problem detail it gets back. One context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantDataServiceTest {
  @LocalServerPort
  private int port;

  private ServiceClient client;

  /** The README's section "Using Tsunagari in Spring Boot". */
  private String readme;

  /** The FY2024 program, as the service writes it: the canonical JSON, each grant on a line of its own. */
  private String sample;

  @BeforeAll
  void fetchTheSample() throws Exception {
    client = new ServiceClient(port);
    readme = Files.readString(Path.of(System.getProperty("tsunagari.readme")));
    sample = client.sample();
  }

  /** The README's fenced block after a marker. */
  private String readmeBlock(String marker) {
    int at = readme.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    int start = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  /** The README's CSV file of one grant, its head office (E2) prefecture 48, which does not exist. */
  private String badCsv() {
    return readmeBlock("<!-- request: POST /grants, Content-Type: text/csv");
  }

  /** The sample, the head office of its first grant (on line 2) prefecture 48, which does not exist. */
  private String withPrefecture48() {
    String body = sample.replaceFirst("\"headOffice\":\"13\"", "\"headOffice\":\"48\"");
    assertThat(body).isNotEqualTo(sample);
    return body;
  }

  /** The line and column, from 1, of the first occurrence of a piece of text. */
  private static int[] position(String text, String piece) {
    int at = text.indexOf(piece);
    assertThat(at).as(piece).isNotNegative();
    int lineStart = text.lastIndexOf('\n', at) + 1;
    return new int[] {(int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1, at - lineStart + 1};
  }

  @Test
  void theSampleIsValidAndAnsweredWithItsReport() throws Exception {
    HttpResponse<String> response = client.post("/grant-programs", "application/json", sample, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, Object> report = json(response.body());
    assertThat(report).containsEntry("valid", true).containsEntry("errors", 0);
    assertThat(report.get("warnings")).isNotEqualTo(0);
  }

  @Test
  void aPrefectureThatDoesNotExistIsUnreadableAndLocatedByLineAndColumn() throws Exception {
    String body = withPrefecture48();

    HttpResponse<String> response = client.post("/grant-programs", "application/json", body, "en");

    assertProblem(response, 400, UNREADABLE);
    Map<String, Object> f = finding(json(response.body()), "read.invalid-value");
    int[] at = position(body, "\"48\"");
    assertThat(f).containsEntry("severity", "ERROR").containsEntry("path", "/grants/0/grantee/headOffice")
        .containsEntry("line", at[0]).containsEntry("column", at[1]).containsEntry("value", "48");
  }

  @Test
  void markupInASummaryBreaksTheRulesAndIsInvalid() throws Exception {
    String summary = "\"summary\":\"";
    String body = sample.replaceFirst(summary, summary + "<p>");

    HttpResponse<String> response = client.post("/grant-programs", "application/json", body, "en");

    assertProblem(response, 422, INVALID);
    assertThat(finding(json(response.body()), "text.markup")).containsEntry("path", "/grants/0/project/summary");
  }

  @Test
  void malformedJsonIsUnreadableWithItsSyntaxFinding() throws Exception {
    HttpResponse<String> response =
        client.post("/grant-programs", "application/json", "{\"name\": \"孤独\",\n  ]", "en");

    assertProblem(response, 400, UNREADABLE);
    assertThat(finding(json(response.body()), "read.syntax")).containsEntry("line", 2);
  }

  @Test
  void theProblemIsInTheRequestsLanguageWhollyAndTheDefaultIsJapanese() throws Exception {
    String body = withPrefecture48();

    Map<String, Object> english = json(client.post("/grant-programs", "application/json", body, "en-GB,ja;q=0.5")
        .body());
    Map<String, Object> japanese = json(client.post("/grant-programs", "application/json", body, "ja-JP").body());
    Map<String, Object> unspoken = json(client.post("/grant-programs", "application/json", body, "fr").body());

    assertThat(english).containsEntry("title", "Unreadable grant data");
    assertThat(finding(english, "read.invalid-value").get("message")).isInstanceOfSatisfying(Map.class,
        m -> assertThat(m).containsOnlyKeys("en"));
    assertThat(japanese).containsEntry("title", "読み取れない交付金データ");
    assertThat(finding(japanese, "read.invalid-value").get("message")).isInstanceOfSatisfying(Map.class,
        m -> assertThat(m).containsOnlyKeys("ja"));
    assertThat((String) japanese.get("detail")).contains("エラー");
    assertThat(unspoken).containsEntry("title", "読み取れない交付金データ");
  }

  @Test
  void aBadCellOfACsvIsLocatedAtItsCell() throws Exception {
    HttpResponse<String> response = client.post("/grants", "text/csv", badCsv(), "en");

    assertProblem(response, 400, UNREADABLE);
    assertCellE2(response);
  }

  private static void assertCellE2(HttpResponse<String> response) {
    assertThat(finding(json(response.body()), "read.invalid-value")).containsEntry("path", "/0/grantee/headOffice")
        .containsEntry("row", 2).containsEntry("column", 5).containsEntry("columnLetter", "E")
        .containsEntry("header", "grantee/headOffice");
  }

  @Test
  void theReadmesProblemIsWhatTheServiceAnswers() throws Exception {
    HttpResponse<String> response = client.post("/grants", "text/csv", badCsv(), "en");

    assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(json(response.body())).isEqualTo(json(readmeBlock("<!-- response -->")));
  }

  @Test
  void aCsvUploadedAsAPartOfAMultipartRequestIsReadByItsContentType() throws Exception {
    String boundary = "tsunagari-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"grants\"; filename=\"grants.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + badCsv() + "\r\n--" + boundary + "--\r\n";

    HttpResponse<String> response = client.post("/uploads", "multipart/form-data; boundary=" + boundary, body, "en");

    assertProblem(response, 400, UNREADABLE);
    assertCellE2(response);
  }

  @Test
  void jsonLinesAreReadALineAGrant() throws Exception {
    @SuppressWarnings("unchecked")
    List<Object> grants = (List<Object>) json(sample).get("grants");
    StringBuilder lines = new StringBuilder();
    for (Object grant : grants) {
      lines.append(JsonWriter.standard().writeToString(grant)).append('\n');
    }

    HttpResponse<String> valid = client.post("/grants", "application/jsonl", lines.toString(), "en");
    HttpResponse<String> bad = client.post("/grants", "application/x-ndjson",
        lines.toString().replaceFirst("\"headOffice\":\"13\"", "\"headOffice\":\"48\""), "en");

    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
    assertThat(json(valid.body())).containsEntry("valid", true);
    assertProblem(bad, 400, UNREADABLE);
    assertThat(finding(json(bad.body()), "read.invalid-value")).containsEntry("path", "/0/grantee/headOffice")
        .containsEntry("line", 1);
  }

  @Test
  void anApplicationsOwnHandlerTakesPrecedence() throws Exception {
    String body = withPrefecture48();

    HttpResponse<String> response = client.post("/overridden/grant-programs", "application/json", body, "en");

    assertThat(response.statusCode()).isEqualTo(418);
    assertThat(response.body()).isEqualTo("1 error(s)");
  }

  @Test
  void anApplicationsResponseEntityExceptionHandlerAnswersWithEveryFindingToo() throws Exception {
    String body = withPrefecture48();

    HttpResponse<String> response = client.post("/application-problems/grant-programs", "application/json", body,
        "en");

    assertProblem(response, 400, UNREADABLE);
    assertThat(response.headers().firstValue(ApplicationProblemsAdvice.ANSWERED_BY)).hasValue("application");
    assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
    Map<String, Object> problem = json(response.body());
    assertThat(problem).containsEntry("title", "Unreadable grant data");
    int[] at = position(body, "\"48\"");
    assertThat(finding(problem, "read.invalid-value")).containsEntry("path", "/grants/0/grantee/headOffice")
        .containsEntry("line", at[0]).containsEntry("column", at[1]).containsKey("message");
  }

  /** The sample's grants, the first one's summary with markup if asked, as an XLSX workbook of one sheet. */
  private static byte[] workbook(boolean markup) throws IOException {
    List<Grant> grants = new ArrayList<>(SampleData.fy2024().getGrants());
    if (markup) {
      Grant first = grants.get(0);
      grants.set(0, Grant.builder().from(first).project(Project.builder().from(first.getProject())
          .summary("<p>" + first.getProject().getSummary() + "</p>").build()).build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GrantTableWriter.create().writeXlsx(grants, out);
    return out.toByteArray();
  }

  @Test
  void anXlsxWorkbookIsReadAndABadCellIsLocatedAtItsSheetRowAndColumn() throws Exception {
    HttpResponse<String> valid = client.post("/grants", ServiceClient.XLSX, workbook(false), "en");
    HttpResponse<String> bad = client.post("/grants", ServiceClient.XLSX, workbook(true), "en");

    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
    assertThat(json(valid.body())).containsEntry("valid", true);
    assertProblem(bad, 422, INVALID);
    assertThat(finding(json(bad.body()), "text.markup")).containsEntry("path", "/0/project/summary")
        .containsEntry("row", 2).containsEntry("header", "project/summary")
        .hasEntrySatisfying("sheet", sheet -> assertThat((String) sheet).isNotBlank())
        .hasEntrySatisfying("columnLetter", letter -> assertThat((String) letter).matches("[A-Z]+"));
  }
}
