package io.github.tsunagari.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.tsunagari.internal.Findings;
import io.github.tsunagari.internal.Messages.Message;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON value with the library's {@link FormReader}, and says what Jackson's own failures mean: malformed
 * JSON, a limit, bytes of the wrong encoding become findings with a typed detail in the reader's language and a
 * location, never Jackson's English text.
 */
final class Documents {
  private static final Pattern CODE = Pattern.compile("code (-?[0-9]+)");
  private static final Pattern TOKEN = Pattern.compile("token '(.*?)'");
  private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\(([0-9]+)");
  private static final Pattern CLOSE = Pattern.compile("close marker '(.)'");

  private Documents() {}

  /** What to read at the first token. */
  interface What<T> {
    Optional<T> read(FormReader reader) throws IOException;
  }

  /** The value read and the problems met; the value is empty whenever there is a problem. */
  static final class Outcome<T> {
    final Optional<T> value;
    final List<Finding> problems;
    final FormReader reader;

    Outcome(Optional<T> value, List<Finding> problems, FormReader reader) {
      this.value = problems.isEmpty() ? value : Optional.empty();
      this.problems = problems;
      this.reader = reader;
    }
  }

  /**
   * Reads one value from a new parser, then expects the end of input.
   *
   * @param tokens the parser's tokens; the parser is read, not closed
   */
  static <T> Outcome<T> read(JsonTokens tokens, What<T> what) {
    List<Finding> problems = new ArrayList<>();
    FormReader reader = new FormReader(tokens, problems);
    JsonParser parser = tokens.parser();
    Optional<T> value = Optional.empty();
    try {
      if (parser.nextToken() == null) {
        problems.add(Findings.syntax(pointer(tokens), tokens.location(parser.currentLocation()),
            new Message("syntax.no-value")));
        return new Outcome<>(value, problems, reader);
      }
      value = what.read(reader);
      if (parser.nextToken() != null) {
        problems.add(Findings.syntax(pointer(tokens), tokens.location(),
            new Message("syntax.content-after-value")));
      }
    } catch (FormReader.Stop e) {
      problems.add(e.finding());
    } catch (IOException e) {
      problems.add(finding(tokens, e));
    }
    return new Outcome<>(value, problems, reader);
  }

  /** The finding of a parser's failure, where the parser is. */
  static Finding finding(JsonTokens tokens, IOException e) {
    String path = pointer(tokens);
    if (e instanceof Utf8.BadEncoding) {
      Utf8.BadEncoding bad = (Utf8.BadEncoding) e;
      return Findings.syntax(path, SourceLocation.ofByte(bad.offset),
          bad.charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? new Message("syntax.not-utf8")
              : new Message("syntax.bad-encoding", bad.charset.name()));
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      // Decoding a stream of UTF-16 or UTF-32, whose decoder reads ahead: no place more exact than the document.
      return Findings.syntax(path, null, new Message("syntax.bad-encoding", "UTF-16 / UTF-32"));
    }
    if (!(e instanceof JsonProcessingException)) {
      return Findings.syntax(path, null, new Message("syntax.unreadable"));
    }
    JsonProcessingException jpe = (JsonProcessingException) e;
    JsonLocation at = jpe.getLocation() != null ? jpe.getLocation() : tokens.parser().currentLocation();
    String text = String.valueOf(jpe.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return Findings.limit(path, tokens.location(at), limit(text));
    }
    Message detail = syntax(e, text);
    SourceLocation location = detail.key().equals("syntax.not-utf8") ? tokens.badByte(at) : tokens.location(at);
    if (location == null && detail.key().equals("syntax.no-value")) {
      location = SourceLocation.of(1, 1); // nothing was read: the document's start
    }
    return Findings.syntax(path, location, detail);
  }

  private static Message limit(String text) {
    Matcher m = MAXIMUM.matcher(text);
    long max = m.find() ? Long.parseLong(m.group(1)) : -1;
    String key = text.startsWith("Document nesting depth") ? "limit.nesting-depth"
        : text.startsWith("String value length") ? "limit.string-length"
        : text.startsWith("Number value length") ? "limit.number-length"
        : text.startsWith("Name length") ? "limit.name-length"
        : text.startsWith("Document length") ? "limit.document-length"
        : "limit.other";
    return max < 0 ? new Message("limit.other") : new Message(key, max);
  }

  /** The typed detail of a malformed document, read from what the parser says. */
  static Message syntax(IOException e, String text) {
    if (e instanceof JsonEOFException || text.startsWith("Unexpected end-of-input")) {
      return new Message("syntax.unexpected-end");
    }
    if (text.startsWith("Invalid UTF-8") || text.startsWith("Invalid UTF-16") || text.startsWith("Invalid UTF-32")) {
      return new Message("syntax.not-utf8");
    }
    Matcher code = CODE.matcher(text);
    if (text.startsWith("Illegal unquoted character") && code.find()) {
      return new Message("syntax.control-character", character(Integer.parseInt(code.group(1))));
    }
    if (text.startsWith("Unrecognized character escape")) {
      return new Message("syntax.invalid-escape");
    }
    if (text.contains("numeric value") || text.startsWith("Non-standard token") || text.contains("Leading zeroes")
        || text.startsWith("Numeric value")) {
      return new Message("syntax.invalid-number");
    }
    Matcher token = TOKEN.matcher(text);
    if (text.startsWith("Unrecognized token") && token.find()) {
      return new Message("syntax.unrecognized-token", '"' + Text.escape(token.group(1)) + '"');
    }
    Matcher close = CLOSE.matcher(text);
    if (text.startsWith("Unexpected close marker") && close.find()) {
      return new Message("syntax.unexpected-character", character(close.group(1).charAt(0)));
    }
    if (text.startsWith("Unexpected character") && code.find()) {
      int codePoint = Integer.parseInt(code.group(1));
      if (codePoint >= 0x80) {
        // Outside a string: a parser of bytes names the first byte of such a character, one of text the character.
        return new Message("syntax.text-outside-string");
      }
      String c = character(codePoint);
      String expected = text.contains("double-quote to start field name") ? "syntax.expected.name"
          : text.contains("comma to separate") ? "syntax.expected.comma"
          : text.contains("colon to separate") ? "syntax.expected.colon"
          : text.contains("valid value") || text.contains("expected a value") ? "syntax.expected.value" : null;
      return expected == null ? new Message("syntax.unexpected-character", c)
          : new Message("syntax.unexpected-character-expecting", c, new Message(expected));
    }
    if (text.startsWith("No content to map")) {
      return new Message("syntax.no-value");
    }
    if (text.startsWith("Trailing token")) {
      return new Message("syntax.content-after-value");
    }
    return new Message("syntax.other");
  }

  /** A character for a message: {@code '}' (U+007D)}, or only {@code U+000A} for one that must not be shown. */
  static String character(int c) {
    String code = String.format("U+%04X", c);
    if (!Character.isValidCodePoint(c)) {
      return "?";
    }
    return Text.mustEscape(c) || Character.isWhitespace(c) ? code
        : "'" + new String(Character.toChars(c)) + "' (" + code + ")";
  }

  /** The pointer where the parser is; the document's, where there is no parser yet (null) or it has none. */
  private static String pointer(JsonTokens tokens) {
    if (tokens == null) {
      return "";
    }
    try {
      return tokens.pointer();
    } catch (RuntimeException e) {
      return "";
    }
  }
}
