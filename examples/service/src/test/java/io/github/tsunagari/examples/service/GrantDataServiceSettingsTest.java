package io.github.tsunagari.examples.service;

import static io.github.tsunagari.examples.service.ServiceClient.INVALID;
import static io.github.tsunagari.examples.service.ServiceClient.UNREADABLE;
import static io.github.tsunagari.examples.service.ServiceClient.assertProblem;
import static io.github.tsunagari.examples.service.ServiceClient.finding;
import static io.github.tsunagari.examples.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example service with the settings a service tunes, over real HTTP, on both Boot lines: warnings failing a
 * request, a smaller document limit, and Boot's own problem details ({@code spring.mvc.problemdetails.enabled}, the
 * same name on Boot 3.5 and 4) in place of the library's handler, which is switched off. Boot's handler knows nothing
 * of grant data: the findings it answers with are the exception's own. One context, for all these settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.mvc.problemdetails.enabled=true",
    "tsunagari.problems.enabled=false",
    "tsunagari.fail-on=warning",
    "tsunagari.max-document-size=" + GrantDataServiceSettingsTest.MAX_DOCUMENT_SIZE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantDataServiceSettingsTest {
  /** The service's limit, in bytes: above the sample's size, below the library's own limit. */
  static final int MAX_DOCUMENT_SIZE = 64 * 1024;

  @LocalServerPort
  private int port;

  private ServiceClient client;
  private String sample;

  @BeforeAll
  void fetchTheSample() throws Exception {
    client = new ServiceClient(port);
    sample = client.sample();
    assertThat(sample.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_DOCUMENT_SIZE);
  }

  @Test
  void bootsOwnProblemDetailsCarryEveryFindingInTheRequestsLanguage() throws Exception {
    String body = sample.replaceFirst("\"headOffice\":\"13\"", "\"headOffice\":\"48\"");

    HttpResponse<String> response = client.post("/grant-programs", "application/json", body, "ja");

    assertProblem(response, 400, UNREADABLE);
    assertThat(response.headers().firstValue("Content-Language")).hasValue("ja");
    Map<String, Object> problem = json(response.body());
    assertThat(problem).containsEntry("title", "読み取れない交付金データ").containsEntry("instance", "/grant-programs");
    assertThat(finding(problem, "read.invalid-value")).containsEntry("severity", "ERROR")
        .containsEntry("path", "/grants/0/grantee/headOffice").containsEntry("value", "48")
        .containsKeys("line", "column").hasEntrySatisfying("message",
            m -> assertThat(m).isInstanceOfSatisfying(Map.class, x -> assertThat(x).containsOnlyKeys("ja")));
  }

  @Test
  void anApplicationsOwnOrderedAdviceTakesPrecedenceOverBootsHandler() throws Exception {
    String body = sample.replaceFirst("\"headOffice\":\"13\"", "\"headOffice\":\"48\"");

    HttpResponse<String> response = client.post("/overridden/grant-programs", "application/json", body, "en");

    assertThat(response.statusCode()).isEqualTo(418);
    assertThat(response.body()).isEqualTo("1 error(s)");
  }

  @Test
  void withFailOnWarningABodyWithWarningsOnlyIsInvalid() throws Exception {
    HttpResponse<String> response = client.post("/grant-programs", "application/json", sample, "en");

    assertProblem(response, 422, INVALID);
    Map<String, Object> problem = json(response.body());
    assertThat(ServiceClient.findings(problem)).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("severity")).isIn("WARNING", "INFO"))
        .anySatisfy(f -> assertThat(f).containsEntry("severity", "WARNING"));
  }

  @Test
  void aBodyOverTheServicesLimitIsUnreadableWithTheLimitsFinding() throws Exception {
    String body = "{" + " ".repeat(MAX_DOCUMENT_SIZE) + sample.substring(1);

    HttpResponse<String> response = client.post("/grant-programs", "application/json", body, "en");

    assertProblem(response, 400, UNREADABLE);
    assertThat(finding(json(response.body()), "read.limit")).containsEntry("byte", MAX_DOCUMENT_SIZE)
        .hasEntrySatisfying("message", m -> assertThat(m.toString()).contains(String.valueOf(MAX_DOCUMENT_SIZE)));
  }
}
