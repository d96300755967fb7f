package io.github.tsunagari.spring;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.GrantStreamReader;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.http.MediaType;

/**
 * JSON bodies, read by the library's readers: a program or a grant (a document), or grants (a JSON array, read as a
 * stream); and JSON Lines, a grant a line.
 */
enum JsonBody implements GrantBody {
  /** A JSON document: {@code application/json}. */
  JSON(List.of(MediaType.APPLICATION_JSON), target -> true, JsonBody::document),
  /** JSON Lines, a grant a line: {@code application/jsonl} or {@code application/x-ndjson}. */
  JSON_LINES(List.of(new MediaType("application", "jsonl"), MediaType.APPLICATION_NDJSON),
      target -> target == Target.GRANTS,
      (target, body, validator, rules) -> GrantStreamReader.create(rules).readJsonLinesGrants(body));

  private final List<MediaType> mediaTypes;
  private final Predicate<Target> holds;
  private final Reading reading;

  JsonBody(List<MediaType> mediaTypes, Predicate<Target> holds, Reading reading) {
    this.mediaTypes = mediaTypes;
    this.holds = holds;
    this.reading = reading;
  }

  private static ReadResult<?> document(Target target, InputStream body, Optional<GrantValidator> validator,
      GrantValidator rules) throws IOException {
    GrantJsonReader reader = validator.map(GrantJsonReader::validating).orElseGet(GrantJsonReader::create);
    switch (target) {
      case PROGRAM:
        return reader.readProgram(body);
      case GRANT:
        return reader.readGrant(body);
      default:
        return GrantStreamReader.create(rules).readArrayGrants(body);
    }
  }

  @Override
  public List<MediaType> mediaTypes() {
    return mediaTypes;
  }

  @Override
  public boolean holds(Target target) {
    return holds.test(target);
  }

  @Override
  public ReadResult<?> read(Target target, InputStream body, Optional<GrantValidator> validator, GrantValidator rules)
      throws IOException {
    return reading.read(target, body, validator, rules);
  }
}
