package io.github.tsunagari.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * The converter on its own, without a server: what it reads of a body, and the problem it throws, compared with what
 * the bindings write.
 */
class GrantDataHttpMessageConverterTest {
  private static final long LIMIT = DataSize.ofKilobytes(256).toBytes();

  /** A JSON document that never ends ({@code {} and spaces, forever), counting what is read of it. */
  private static final class Endless extends InputStream {
    private final char first;
    long served;

    Endless() {
      this('{');
    }

    Endless(char first) {
      this.first = first;
    }

    @Override
    public int read() {
      return served++ == 0 ? first : ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }
  }

  private static GrantDataHttpMessageConverter converter(long maxDocumentSize) {
    TsunagariProperties properties = new TsunagariProperties();
    properties.setMaxDocumentSize(DataSize.ofBytes(maxDocumentSize));
    return new GrantDataHttpMessageConverter(GrantValidator.create(), properties, List.of(JsonBody.values()));
  }

  private static HttpInputMessage message(InputStream body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return body;
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  @Test
  void aBodyIsReadAsItStreamsAndNoFurtherThanTheLimit() {
    Endless body = new Endless();

    assertThatThrownBy(() -> converter(LIMIT).read(ResolvableType.forClass(GrantProgram.class), message(body, "en"),
        Map.of())).isInstanceOfSatisfying(GrantDataException.class, e -> {
          assertThat(e.getProblem()).isEqualTo(GrantDataProblem.UNREADABLE);
          assertThat(e.getReport().getFindings()).singleElement()
              .satisfies(f -> assertThat(f.getRuleId()).isEqualTo("read.limit"));
        });
    // An endless body was read no further than the limit and one buffer beyond: it was never held whole.
    assertThat(body.served).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 64 * 1024);
  }

  /**
   * At the default limit, the library's own (64 MB), a list of grants is cut there too: the readers of streams, which
   * a list is read with, have no limit on the whole, so the converter counts whatever its limit (it counted only
   * below the library's, and read an endless list to its end).
   */
  @Test
  void aListOfGrantsIsCutAtTheDefaultLimitToo() {
    Endless body = new Endless('[');
    long limit = io.github.tsunagari.read.ReadingLimits.MAX_DOCUMENT_LENGTH;

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () ->
        assertThatThrownBy(() -> converter(limit).read(ResolvableType.forClassWithGenerics(List.class,
            io.github.tsunagari.program.Grant.class), message(body, "en"), Map.of()))
            .isInstanceOfSatisfying(GrantDataException.class, e -> assertThat(e.getReport().getFindings())
                .extracting(f -> f.getRuleId()).contains("read.limit")));
    assertThat(body.served).isGreaterThan(limit).isLessThanOrEqualTo(limit + 64 * 1024);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> parsedFindings(String reportJson) {
    return (List<Object>) JsonParserFactory.getJsonParser().parseMap(reportJson).get("findings");
  }

  /** A finding's properties as a binding writes them, its message in one language. */
  @SuppressWarnings("unchecked")
  private static Object inOneLanguage(Object finding, String language) {
    Map<String, Object> one = new LinkedHashMap<>((Map<String, Object>) finding);
    one.put("message", Map.of(language, ((Map<String, Object>) one.get("message")).get(language)));
    return one;
  }

  @Test
  void theProblemsFindingsAreWhatEachBindingWritesOfTheReportEachMessageInTheProblemsLanguage() throws Exception {
    byte[] json = "{\"name\": 1,\n \"fiscalYear\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    GrantDataException e = (GrantDataException) catchThrowable(() -> converter(LIMIT)
        .read(ResolvableType.forClass(GrantProgram.class), message(new ByteArrayInputStream(json), "ja"), Map.of()));

    assertThat(e.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
    assertThat(e.getBody().getTitle()).isEqualTo(GrantDataProblem.UNREADABLE.getJapaneseName());
    assertThat(e.getReport().getFindings()).hasSizeGreaterThan(1);
    Object findings = e.getBody().getProperties().get("findings");
    com.fasterxml.jackson.databind.ObjectMapper jackson2 = io.github.tsunagari.jackson.GrantJson.newMapper();
    tools.jackson.databind.json.JsonMapper jackson3 = io.github.tsunagari.jackson3.GrantJson.newMapper();
    List<Object> written = new ArrayList<>();
    for (Object finding : parsedFindings(jackson2.writeValueAsString(e.getReport()))) {
      written.add(inOneLanguage(finding, "ja"));
    }
    String problemJson2 = "{\"findings\":" + jackson2.writeValueAsString(findings) + "}";
    String problemJson3 = "{\"findings\":" + jackson3.writeValueAsString(findings) + "}";

    assertThat(parsedFindings(problemJson2)).isEqualTo(written).isEqualTo(parsedFindings(problemJson3));
    assertThat(parsedFindings(jackson3.writeValueAsString(e.getReport())))
        .isEqualTo(parsedFindings(jackson2.writeValueAsString(e.getReport())));
  }
}
