package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.tsunagari.validation.Finding;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one JSON value with a {@link Reading}, turning parser failures into findings. */
final class Documents {
  /** The detail of a {@code json.syntax} finding for bytes that are not UTF-8. */
  static final String NOT_UTF8 = "the document is not valid UTF-8";

  private Documents() {}

  /** What to read at the parser's first token. */
  interface What<T> {
    Optional<T> read(Reading reading) throws IOException;
  }

  /** The value read and the problems met; the value is empty whenever there is a problem. */
  static final class Outcome<T> {
    final Optional<T> value;
    final List<Finding> problems;

    Outcome(Optional<T> value, List<Finding> problems) {
      this.value = problems.isEmpty() ? value : Optional.empty();
      this.problems = problems;
    }
  }

  /**
   * Reads one value from an open parser, then expects the end of input.
   *
   * @param parser a new parser; it is read, not closed
   */
  static <T> Outcome<T> read(JsonParser parser, What<T> what, String basePath, int lineOffset) {
    List<Finding> problems = new ArrayList<>();
    Reading reading = new Reading(parser, problems, basePath, lineOffset);
    Optional<T> value = Optional.empty();
    try {
      if (parser.nextToken() == null) {
        problems.add(Finding.syntaxError(basePath, reading.location(parser.currentLocation()), "no JSON value"));
        return new Outcome<>(value, problems);
      }
      value = what.read(reading);
      if (parser.nextToken() != null) {
        problems.add(Finding.syntaxError(reading.path(), reading.location(),
            "content after the end of the JSON value"));
      }
    } catch (Reading.Stop e) {
      problems.add(e.finding);
    } catch (StreamConstraintsException e) {
      problems.add(Finding.limitExceeded(pathAt(reading),
          reading.location(e.getLocation() != null ? e.getLocation() : parser.currentLocation()),
          e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      problems.add(Finding.syntaxError(pathAt(reading), reading.location(e.getLocation()), e.getOriginalMessage()));
    } catch (CharacterCodingException e) {
      // The decoder reads ahead of the parser, so the parser's place is not the bad byte's: no location.
      problems.add(Finding.syntaxError(pathAt(reading), Optional.empty(), NOT_UTF8));
    } catch (IOException e) {
      problems.add(Finding.syntaxError(pathAt(reading), Optional.empty(), String.valueOf(e.getMessage())));
    }
    return new Outcome<>(value, problems);
  }

  private static String pathAt(Reading reading) {
    try {
      return reading.path();
    } catch (RuntimeException e) {
      return "";
    }
  }
}
