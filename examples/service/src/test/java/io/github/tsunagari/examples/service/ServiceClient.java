package io.github.tsunagari.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.json.JsonParserFactory;

/**
 * A client of the example service over real HTTP (the JDK's client), and what the tests of both Boot lines read in
 * its answers: the JSON, a problem's type and status, a finding by its rule.
 */
final class ServiceClient {
  static final String UNREADABLE =
      "https://github.com/tsunagari/tsunagari/blob/main/docs/problems.md#unreadable-grant-data";
  static final String INVALID =
      "https://github.com/tsunagari/tsunagari/blob/main/docs/problems.md#invalid-grant-data";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  ServiceClient(int port) {
    this.port = port;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String language) throws IOException, InterruptedException {
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String contentType, String body, String language)
      throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), language);
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String language)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), language);
  }

  /** The FY2024 program, as the service writes it: the canonical JSON, each grant on a line of its own. */
  String sample() throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/grant-programs/fy2024")).GET(), "en");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().replace("{\"position\"", "\n{\"position\"");
  }

  static Map<String, Object> json(String text) {
    return JsonParserFactory.getJsonParser().parseMap(text);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> findings(Map<String, Object> problem) {
    return (List<Map<String, Object>>) problem.get("findings");
  }

  static Map<String, Object> finding(Map<String, Object> problem, String ruleId) {
    assertThat(findings(problem)).as("findings of %s", problem).isNotNull();
    return findings(problem).stream().filter(f -> ruleId.equals(f.get("ruleId"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + ruleId + " in " + problem));
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).as(response.body()).startsWith("application/problem+json"));
    assertThat(json(response.body())).containsEntry("type", type).containsEntry("status", status);
  }
}
