package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.Tokens.Token;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import io.github.tsunagari.validation.SyntaxError.Expected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Says what is wrong where a JSON parser stopped, as data: the bytes from the last token the parser read to the place
 * it failed are looked at again, with the grammar of JSON (RFC 8259) and the library's limits, and the first thing
 * wrong there is named (a {@link SyntaxError} or a {@link ReadingLimit}) at its exact byte. Not part of the API.
 *
 * <p>Written here because no parser says it: Jackson 2 and 3 report a syntax error as an exception whose only detail
 * is English text, which a reader must not match (it changes between releases without notice). What the parser gives
 * through its API (the kind of its last token, the container it is in, where that token starts) tells where to start
 * looking; these few bytes then say the rest. A binding calls this only after its parser has failed, so it costs
 * nothing while input is well-formed.
 */
public final class JsonSyntax {
  /** The format's name in findings. */
  public static final String FORMAT = "JSON";
  /** How far past the place the parser gives an error may lie (a parser may report the byte after it). */
  private static final int SLACK = 8;
  /** How far before the place the parser gives an error may lie (the start of a number it read to its end). */
  private static final int MARGIN = 64;
  /** How many bytes past the parser's place are looked at. */
  private static final int WINDOW = 4096;
  /** How many bytes after the last token are looked at at least (a string is read whole). */
  private static final int KEPT_AFTER = 1 << 20;
  /** The longest word quoted in a finding, as Jackson quotes at most 256 characters. */
  private static final int MAX_WORD = 256;

  private JsonSyntax() {}

  /** The token a parser read last, before it failed. */
  public enum Last {
    /** None: the document's start. */
    NOTHING,
    /** The start of an object. */
    START_OBJECT,
    /** The start of an array. */
    START_ARRAY,
    /** A property name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number. */
    NUMBER,
    /** true. */
    TRUE,
    /** false. */
    FALSE,
    /** null. */
    NULL,
    /** The end of an object. */
    END_OBJECT,
    /** The end of an array. */
    END_ARRAY;

    /**
     * The kind of a token of the reading layer, as a binding's parser gives it.
     *
     * @param token the token, or null before the first (or where the parser has none to give)
     * @return its kind
     */
    public static Last of(Token token) {
      if (token == null) {
        return NOTHING;
      }
      switch (token) {
        case START_OBJECT:
          return START_OBJECT;
        case START_ARRAY:
          return START_ARRAY;
        case NAME:
          return NAME;
        case TEXT:
          return STRING;
        case WHOLE_NUMBER:
        case NUMBER:
          return NUMBER;
        case TRUE:
          return TRUE;
        case FALSE:
          return FALSE;
        case END_OBJECT:
          return END_OBJECT;
        case END_ARRAY:
          return END_ARRAY;
        default:
          return NULL;
      }
    }

    /** True for a value: a scalar, or the end of an object or array. */
    boolean isValue() {
      return ordinal() >= STRING.ordinal();
    }

    /** True if a token of this kind can start with the byte. */
    boolean startsWith(int c) {
      switch (this) {
        case NOTHING:
          return true;
        case START_OBJECT:
          return c == '{';
        case START_ARRAY:
          return c == '[';
        case NAME:
        case STRING:
          return c == '"';
        case NUMBER:
          return c == '-' || c >= '0' && c <= '9';
        case TRUE:
          return c == 't';
        case FALSE:
          return c == 'f';
        case NULL:
          return c == 'n';
        case END_OBJECT:
          return c == '}';
        default:
          return c == ']';
      }
    }
  }

  /** The container a parser is in after its last token. */
  public enum Container {
    /** Outside any value. */
    ROOT,
    /** Inside an object. */
    OBJECT,
    /** Inside an array. */
    ARRAY
  }

  /**
   * Where to start looking: the token a parser read last and where it starts, as the parser gives it.
   *
   * @param last the kind of the last token
   * @param container the container after it
   * @param depth the parser's nesting depth after it (0 at the root)
   * @param offset the byte offset where the last token starts (0 for {@link Last#NOTHING})
   * @param line the line of that byte, from 1
   * @param column its column in bytes, from 1
   */
  public record Start(Last last, Container container, int depth, long offset, int line, int column) {}

  /** What was found: a syntax error or a limit, at a byte and its line. */
  public static final class Diagnosis {
    private final SyntaxError error;
    private final ReadingLimit limit;
    private final long offset;
    private final int line;
    private final long lineStart;

    Diagnosis(SyntaxError error, ReadingLimit limit, long offset, int line, long lineStart) {
      this.error = error;
      this.limit = limit;
      this.offset = offset;
      this.line = line;
      this.lineStart = lineStart;
    }

    /** The byte offset of the problem. */
    public long offset() {
      return offset;
    }

    /** The syntax error, if it is one. */
    public Optional<SyntaxError> error() {
      return Optional.ofNullable(error);
    }

    /** The limit, if it is one. */
    public Optional<ReadingLimit> limit() {
      return Optional.ofNullable(limit);
    }

    /**
     * The location: the line and the column in characters where the line's bytes are at hand, else the byte.
     *
     * @param bytes the bytes
     * @param lineOffset added to the line
     * @return the location
     */
    public SourceLocation location(SourceBytes bytes, int lineOffset) {
      int chars = lineStart < 0 ? -1 : bytes.charsBetween(lineStart, offset);
      return chars < 0 ? SourceLocation.ofByte(offset, line + lineOffset) : SourceLocation.of(line + lineOffset,
          chars + 1);
    }

    /**
     * The finding.
     *
     * @param path where reading was
     * @param bytes the bytes
     * @param lineOffset added to the line
     * @return the finding
     */
    public Finding finding(String path, SourceBytes bytes, int lineOffset) {
      SourceLocation at = location(bytes, lineOffset);
      return error != null ? ReadingFindings.syntax(path, at, error)
          : ReadingFindings.limit(path, at, limit, maximum(limit));
    }
  }

  /**
   * The library's maximum of a limit the grammar can find.
   *
   * @param limit nesting depth, string, number or name length
   * @return its maximum
   */
  public static long maximum(ReadingLimit limit) {
    switch (limit) {
      case NESTING_DEPTH:
        return ReadingLimits.MAX_NESTING_DEPTH;
      case STRING_LENGTH:
        return ReadingLimits.MAX_STRING_LENGTH;
      case NUMBER_LENGTH:
        return ReadingLimits.MAX_NUMBER_LENGTH;
      case NAME_LENGTH:
        return ReadingLimits.MAX_NAME_LENGTH;
      default:
        throw new IllegalArgumentException(limit.toString());
    }
  }

  /**
   * Looks at the bytes from a parser's last token to the place it failed, and names the first thing wrong there.
   *
   * @param bytes the bytes the parser read
   * @param start the last token, as the parser gives it
   * @param failedAt the byte offset the parser gave for its failure, or -1 where it gave none
   * @param atEnd true if the input ends where the bytes read end (the parser met the end of the input)
   * @return what is wrong, or empty where the bytes are not at hand or nothing wrong is found there
   */
  public static Optional<Diagnosis> diagnose(SourceBytes bytes, Start start, long failedAt, boolean atEnd) {
    long from = start.last() == Last.NOTHING ? bytes.start() : start.offset();
    if (from < 0 || start.last() == Last.NOTHING && from > 0) {
      return Optional.empty();
    }
    // The bytes from the last token to the failure and a little past it: never more than the bytes kept.
    long to = failedAt < 0 ? bytes.end() : Math.min(bytes.end(), Math.max(failedAt + WINDOW, from + KEPT_AFTER));
    byte[] b = bytes.copy(from, to);
    if (b == null) {
      return Optional.empty();
    }
    boolean ended = atEnd && to == bytes.end();
    long lineStart = start.last() == Last.NOTHING ? 0 : start.column() >= 1 ? start.offset() - (start.column() - 1)
        : -1;
    int line = Math.max(start.line(), 1);
    long until = failedAt < 0 ? to : Math.min(to, failedAt + SLACK);
    if (failedAt >= from) {
      // A parser may place its failure at the last token before the offending character: past white space.
      int k = (int) (failedAt - from);
      while (k < b.length && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r')) {
        k++;
      }
      until = Math.max(until, from + k + SLACK);
    }
    int lim = (int) Math.min(b.length, until - from);
    int c = b.length > 0 ? b[0] & 0xFF : -1;
    int before = before(bytes, from);
    // The parser's place is its last token, or (where it failed after moving its place) the token after it: each
    // reading of the place that its bytes allow is tried in turn, and the first to find what is wrong near the place
    // the parser failed wins.
    for (Hypothesis h : Hypothesis.values()) {
      if (!h.applies(start, c, before)) {
        continue;
      }
      Diagnosis d = new Lexer(b, from, lim, ended, line, lineStart, start).run(h);
      // Bytes that are not UTF-8 before the parser's place are the first thing wrong wherever they are: a parser that
      // decodes leniently (Jackson before 2.23) reads past them and fails later, at the end of a cut document.
      boolean notUtf8 = d != null && d.error != null && d.error.getKind() == SyntaxError.Kind.NOT_UTF8;
      if (d != null && (failedAt < 0 || d.limit != null || notUtf8 || d.offset >= failedAt - MARGIN)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks at one string (or property name) a parser read, for bytes in it that are not UTF-8: a parser that decodes
   * UTF-8 leniently (Jackson before 2.23 reads an overlong sequence or a code point past U+10FFFF as characters, and
   * before 2.21 a surrogate) lets them through, and a value would be read altered.
   *
   * @param bytes the bytes
   * @param start the string as its token: {@link Last#STRING} or {@link Last#NAME}, where its quote is
   * @param end where the parser has read to, past the string's closing quote: only the bytes before it are looked at
   * @return the first bytes in it that are not UTF-8, if any; empty also where its bytes are not at hand
   */
  public static Optional<Diagnosis> notUtf8(SourceBytes bytes, Start start, long end) {
    long from = start.offset();
    long to = Math.min(bytes.end(), Math.min(end, from + KEPT_AFTER));
    byte[] b = from < 0 || to <= from ? null : bytes.copy(from, to);
    if (b == null || b.length == 0 || b[0] != '"') {
      return Optional.empty();
    }
    long lineStart = start.column() >= 1 ? from - (start.column() - 1) : -1;
    Lexer lexer = new Lexer(b, from, b.length, bytes.ended() && to == bytes.end(), Math.max(start.line(), 1),
        lineStart, start);
    Diagnosis d = lexer.string(ReadingLimit.STRING_LENGTH, Integer.MAX_VALUE);
    return d != null && d.error != null && d.error.getKind() == SyntaxError.Kind.NOT_UTF8 ? Optional.of(d)
        : Optional.empty();
  }

  /** The last byte before an offset that is not white space, or -1 where none is at hand. */
  private static int before(SourceBytes bytes, long offset) {
    long from = Math.max(bytes.start(), offset - 256);
    byte[] b = offset > from ? bytes.copy(from, offset) : null;
    if (b == null) {
      return -1;
    }
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
        return b[i] & 0xFF;
      }
    }
    return -1;
  }

  /** A reading of where the parser's last token starts. */
  private enum Hypothesis {
    /** At the last token itself. */
    AT_LAST_TOKEN,
    /** At a closing bracket right after the last value (the parser moved its place to it, then failed). */
    AT_CLOSING_AFTER_VALUE,
    /** At the token after the last one and its separator (the parser moved its place to it, then failed). */
    AT_NEXT_TOKEN;

    /**
     * True if the bytes allow this reading: the first byte at the place, and the byte before it that is not white
     * space (-1 where not at hand).
     */
    boolean applies(Start start, int c, int before) {
      Last last = start.last();
      switch (this) {
        case AT_LAST_TOKEN:
          return last.startsWith(c);
        case AT_CLOSING_AFTER_VALUE:
          return last.isValue() && (c == '}' || c == ']') && before != ',';
        default:
          return last != Last.NOTHING && (!last.isValue() || before == ',' || before == -1
              || start.container() == Container.ROOT);
      }
    }
  }

  /** What comes next in the grammar. */
  private enum Expect {
    VALUE, VALUE_OR_END_ARRAY, NAME_OR_END_OBJECT, NAME, COLON, SEPARATOR
  }

  /**
   * A lexer of JSON over the bytes from the parser's last token: each step either takes a token (and returns null),
   * names what is wrong (a diagnosis), or meets the end of the bytes looked at ({@link #GIVE_UP}, or an unexpected end
   * where the input ends there).
   */
  private static final class Lexer {
    private static final Diagnosis GIVE_UP = new Diagnosis(null, null, -1, 0, -1);

    private final byte[] b;
    private final int n;
    private final long base;
    private final int limit; // the problem must lie at or before this index
    private final boolean atEnd; // b ends where the input ends
    private final Start start;
    private final Deque<Container> containers = new ArrayDeque<>();
    private int i;
    private int line;
    private long lineStart;
    private int depth;
    private boolean outOfStart;

    Lexer(byte[] b, long base, int limit, boolean atEnd, int line, long lineStart, Start start) {
      this.b = b;
      this.n = b.length;
      this.base = base;
      this.limit = limit;
      this.atEnd = atEnd;
      this.line = line;
      this.lineStart = lineStart;
      this.start = start;
      this.depth = start.depth();
    }

    Diagnosis run(Hypothesis h) {
      Expect expect = Expect.VALUE;
      Diagnosis d = null;
      Container container = start.container();
      if (h == Hypothesis.AT_CLOSING_AFTER_VALUE) {
        expect = Expect.SEPARATOR;
      } else if (h == Hypothesis.AT_NEXT_TOKEN) {
        switch (start.last()) {
          case START_OBJECT:
            expect = Expect.NAME_OR_END_OBJECT;
            break;
          case START_ARRAY:
            expect = Expect.VALUE_OR_END_ARRAY;
            break;
          case NAME:
            expect = Expect.VALUE; // the value after the name and its colon
            break;
          default: // after a value and its comma; after a root value, more content
            expect = container == Container.OBJECT ? Expect.NAME
                : container == Container.ARRAY ? Expect.VALUE : Expect.SEPARATOR;
            break;
        }
      } else {
        switch (start.last()) {
          case NOTHING:
            if (base == 0 && Utf8.hasMark(b, 0, n)) {
              i = 3; // a byte-order mark, which is no character of the document
            }
            break;
          case START_OBJECT:
          case START_ARRAY:
            i = 1;
            expect = start.last() == Last.START_OBJECT ? Expect.NAME_OR_END_OBJECT : Expect.VALUE_OR_END_ARRAY;
            break;
          case NAME:
            d = string(ReadingLimit.NAME_LENGTH, ReadingLimits.MAX_NAME_LENGTH);
            expect = Expect.COLON;
            break;
          case END_OBJECT:
          case END_ARRAY:
            i = 1;
            expect = Expect.SEPARATOR;
            break;
          default: // a scalar
            d = value();
            expect = Expect.SEPARATOR;
        }
      }
      while (d == null) {
        skipWhiteSpace();
        if (i >= n) {
          if (!atEnd) {
            return null;
          }
          if (expect == Expect.SEPARATOR && container() == Container.ROOT) {
            return null; // a whole value, then the end
          }
          if (start.last() == Last.NOTHING && expect == Expect.VALUE && containers.isEmpty()) {
            return syntax(SyntaxError.Kind.NO_VALUE, n); // nothing but white space (and a byte-order mark)
          }
          return unexpectedEnd();
        }
        Container here = container();
        if (here == null) {
          return null; // out of the container the parser was in, into one it did not say
        }
        if (i > limit) {
          return null;
        }
        int c = b[i] & 0xFF;
        switch (expect) {
          case SEPARATOR:
            if (here == Container.ROOT) {
              return syntax(SyntaxError.of(FORMAT, SyntaxError.Kind.CONTENT_AFTER_VALUE), i);
            } else if (c == ',') {
              i++;
              expect = here == Container.OBJECT ? Expect.NAME : Expect.VALUE;
            } else if (c == '}' || c == ']') {
              if ((c == '}') != (here == Container.OBJECT)) {
                return syntax(SyntaxError.unexpectedCharacter(FORMAT, c), i);
              }
              close();
            } else {
              return unexpected(Expected.COMMA);
            }
            break;
          case COLON:
            if (c != ':') {
              return unexpected(Expected.COLON);
            }
            i++;
            expect = Expect.VALUE;
            break;
          case NAME:
          case NAME_OR_END_OBJECT:
            if (c == '}' && expect == Expect.NAME_OR_END_OBJECT) {
              close();
              expect = Expect.SEPARATOR;
            } else if (c != '"') {
              return unexpected(Expected.NAME);
            } else {
              d = string(ReadingLimit.NAME_LENGTH, ReadingLimits.MAX_NAME_LENGTH);
              expect = Expect.COLON;
            }
            break;
          default: // VALUE, VALUE_OR_END_ARRAY
            if (c == ']' && expect == Expect.VALUE_OR_END_ARRAY) {
              close();
              expect = Expect.SEPARATOR;
            } else {
              d = value();
              expect = c == '{' ? Expect.NAME_OR_END_OBJECT : c == '[' ? Expect.VALUE_OR_END_ARRAY
                  : Expect.SEPARATOR;
            }
        }
      }
      return d == GIVE_UP ? null : d;
    }

    private Diagnosis syntax(SyntaxError e, int at) {
      return new Diagnosis(e, null, base + at, line, lineStart);
    }

    private Diagnosis syntax(SyntaxError.Kind kind, int at) {
      return syntax(SyntaxError.of(FORMAT, kind), at);
    }

    private Diagnosis limit(ReadingLimit l, int at) {
      return new Diagnosis(null, l, base + at, line, lineStart);
    }

    /** The end of the bytes inside a token: the input's unexpected end, or nothing known. */
    private Diagnosis ranOut() {
      return atEnd ? unexpectedEnd() : GIVE_UP;
    }

    private Diagnosis unexpectedEnd() {
      return syntax(SyntaxError.Kind.UNEXPECTED_END, n);
    }

    /** The container the lexer is in; null for one beyond what the parser said (its parent's parent). */
    private Container container() {
      if (!containers.isEmpty()) {
        return containers.peek();
      }
      if (!outOfStart) {
        return start.container();
      }
      return depth <= 0 ? Container.ROOT : null;
    }

    private void close() {
      i++;
      if (!containers.isEmpty()) {
        containers.pop();
      } else {
        outOfStart = true;
      }
      depth--;
    }

    private Diagnosis unexpected(Expected expected) {
      int c = b[i] & 0xFF;
      if (c >= 0x80) {
        return syntax(sequenceEnd(i) < 0 ? SyntaxError.Kind.NOT_UTF8 : SyntaxError.Kind.TEXT_OUTSIDE_STRING, i);
      }
      return syntax(SyntaxError.unexpectedCharacter(FORMAT, c, expected), i);
    }

    /** Passes over white space, counting lines as a parser counts them: at \\n, and at a \\r alone. */
    private void skipWhiteSpace() {
      while (i < n) {
        int c = b[i];
        if (c == '\n' || c == '\r' && (i + 1 >= n || b[i + 1] != '\n')) {
          line++;
          lineStart = base + i + 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          return;
        }
        i++;
      }
    }

    /** A value at i: a string, number or literal, or the start of an object or array. */
    private Diagnosis value() {
      int c = b[i] & 0xFF;
      switch (c) {
        case '"':
          return string(ReadingLimit.STRING_LENGTH, ReadingLimits.MAX_STRING_LENGTH);
        case '{':
        case '[':
          if (depth + 1 > ReadingLimits.MAX_NESTING_DEPTH) {
            return limit(ReadingLimit.NESTING_DEPTH, i);
          }
          depth++;
          containers.push(c == '{' ? Container.OBJECT : Container.ARRAY);
          i++;
          return null;
        case 't':
          return literal("true");
        case 'f':
          return literal("false");
        case 'n':
          return literal("null");
        default:
          if (c == '-' || c == '+' || c >= '0' && c <= '9') {
            return number();
          }
          int end = sequenceEnd(i);
          if (end == -2) {
            return ranOut();
          } else if (end < 0) {
            return syntax(SyntaxError.Kind.NOT_UTF8, i);
          } else if (Character.isJavaIdentifierStart(decode(i))) {
            return word(i);
          } else if (c >= 0x80) {
            return syntax(SyntaxError.Kind.TEXT_OUTSIDE_STRING, i);
          }
          return syntax(SyntaxError.unexpectedCharacter(FORMAT, c, Expected.VALUE), i);
      }
    }

    /** true, false or null; a word that is none of them is an unrecognised token. */
    private Diagnosis literal(String literal) {
      int at = i;
      for (int k = 0; k < literal.length(); k++) {
        if (at + k >= n) {
          return atEnd ? word(at) : GIVE_UP;
        }
        if (b[at + k] != literal.charAt(k)) {
          return word(at);
        }
      }
      int after = at + literal.length();
      if (after < n && isWordPart(after)) {
        return word(at);
      }
      i = after;
      return null;
    }

    /** A word that is no value, as far as it goes; NaN and Infinity are numbers that JSON does not have. */
    private Diagnosis word(int at) {
      StringBuilder w = new StringBuilder();
      int k = at;
      while (k < n && w.length() < MAX_WORD && sequenceEnd(k) >= 0) {
        int cp = decode(k);
        if (!(k == at ? Character.isJavaIdentifierStart(cp) : Character.isJavaIdentifierPart(cp))) {
          break;
        }
        w.appendCodePoint(cp);
        k = sequenceEnd(k);
      }
      // Placed after the word, where a parser stops reading it.
      String word = w.toString();
      if (word.equals("NaN") || word.equals("Infinity")) {
        return syntax(SyntaxError.Kind.INVALID_NUMBER, k);
      }
      return syntax(SyntaxError.unrecognizedToken(FORMAT, word), k);
    }

    private boolean isWordPart(int k) {
      return sequenceEnd(k) >= 0 && Character.isJavaIdentifierPart(decode(k));
    }

    /** A number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, with at most the digits of the limit. */
    private Diagnosis number() {
      int at = i;
      if (b[i] == '+') {
        return syntax(SyntaxError.Kind.INVALID_NUMBER, at); // JSON has no plus sign
      }
      if (b[i] == '-') {
        i++;
        if (i < n && b[i] == 'I') {
          return syntax(SyntaxError.Kind.INVALID_NUMBER, at); // -Infinity
        }
      }
      if (i >= n) {
        return ranOut();
      }
      if (!isDigit(i)) {
        return syntax(SyntaxError.Kind.INVALID_NUMBER, at);
      }
      int digits = digits();
      if (b[i - digits] == '0' && digits > 1) {
        return syntax(SyntaxError.Kind.INVALID_NUMBER, at); // a leading zero
      }
      if (i < n && b[i] == '.') {
        i++;
        int fraction = digits();
        if (fraction == 0) {
          return i >= n ? ranOut() : syntax(SyntaxError.Kind.INVALID_NUMBER, at);
        }
        digits += fraction;
      }
      if (i < n && (b[i] == 'e' || b[i] == 'E')) {
        i++;
        if (i < n && (b[i] == '+' || b[i] == '-')) {
          i++;
        }
        int exponent = digits();
        if (exponent == 0) {
          return i >= n ? ranOut() : syntax(SyntaxError.Kind.INVALID_NUMBER, at);
        }
        digits += exponent;
      }
      if (digits > ReadingLimits.MAX_NUMBER_LENGTH) {
        return limit(ReadingLimit.NUMBER_LENGTH, at);
      }
      return i >= n && !atEnd ? GIVE_UP : null; // a number cut by the end of the bytes may go on
    }

    private int digits() {
      int from = i;
      while (i < n && isDigit(i)) {
        i++;
      }
      return i - from;
    }

    private boolean isDigit(int k) {
      return b[k] >= '0' && b[k] <= '9';
    }

    /** A string at i (its quote): control characters, escapes, UTF-8 and its length in UTF-16 characters. */
    private Diagnosis string(ReadingLimit tooLong, int max) {
      int at = i;
      int length = 0;
      i++;
      while (i < n) {
        int c = b[i] & 0xFF;
        if (c == '"') {
          i++;
          return length > max ? limit(tooLong, at) : null;
        } else if (c < 0x20) {
          return syntax(SyntaxError.controlCharacter(FORMAT, c), i);
        } else if (c == '\\') {
          if (i + 1 >= n) {
            break;
          }
          int e = b[i + 1] & 0xFF;
          int len = e == 'u' ? 6 : 2;
          if (e != 'u' && "\"\\/bfnrt".indexOf(e) < 0) {
            return syntax(SyntaxError.Kind.INVALID_ESCAPE, i);
          }
          for (int k = 2; k < len; k++) {
            if (i + k >= n) {
              i = n;
              return length > max ? limit(tooLong, at) : ranOut();
            }
            if (Character.digit(b[i + k], 16) < 0) {
              return syntax(SyntaxError.Kind.INVALID_ESCAPE, i);
            }
          }
          if (e == 'u' && tooLong == ReadingLimit.NAME_LENGTH && halfCharacter(i)) {
            // Text may hold half a character (the text rules report it); a property name cannot.
            return syntax(SyntaxError.Kind.INVALID_ESCAPE, i);
          }
          i += len;
          length++;
        } else if (c >= 0x80) {
          int end = sequenceEnd(i);
          if (end == -2) {
            break;
          } else if (end < 0) {
            return syntax(SyntaxError.Kind.NOT_UTF8, i);
          }
          length += end - i == 4 ? 2 : 1;
          i = end;
        } else {
          length++;
          i++;
        }
      }
      i = n;
      return length > max ? limit(tooLong, at) : ranOut();
    }

    /** True if the escape \\uXXXX at k is half a character: a surrogate without its other half escaped beside it. */
    private boolean halfCharacter(int k) {
      int c = hex(k + 2);
      if (Character.isLowSurrogate((char) c)) {
        return k < 6 || !Character.isHighSurrogate((char) hex(k - 4)) || b[k - 6] != '\\' || b[k - 5] != 'u';
      }
      if (!Character.isHighSurrogate((char) c)) {
        return false;
      }
      return k + 12 > n || b[k + 6] != '\\' || b[k + 7] != 'u' || !isHex(k + 8)
          || !Character.isLowSurrogate((char) hex(k + 8));
    }

    private boolean isHex(int k) {
      for (int j = k; j < k + 4; j++) {
        if (j >= n || Character.digit(b[j], 16) < 0) {
          return false;
        }
      }
      return true;
    }

    private int hex(int k) {
      return isHex(k) ? Integer.parseInt(new String(b, k, 4, StandardCharsets.US_ASCII), 16) : -1;
    }

    /**
     * The end of the UTF-8 sequence starting at k; -1 if it is malformed, -2 if it is cut short by the end of the
     * bytes looked at (malformed, -1, if the input ends there).
     */
    private int sequenceEnd(int k) {
      int c = b[k] & 0xFF;
      int count;
      int lo = 0x80;
      int hi = 0xBF;
      if (c < 0x80) {
        return k + 1;
      } else if (c >= 0xC2 && c <= 0xDF) {
        count = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        count = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        count = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return -1;
      }
      for (int j = 1; j <= count; j++) {
        if (k + j >= n) {
          return atEnd ? -1 : -2;
        }
        int d = b[k + j] & 0xFF;
        if (j == 1 ? d < lo || d > hi : d < 0x80 || d > 0xBF) {
          return -1;
        }
      }
      return k + count + 1;
    }

    /** The code point of the valid sequence at k. */
    private int decode(int k) {
      int c = b[k] & 0xFF;
      if (c < 0x80) {
        return c;
      }
      int count = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      int cp = c & (0x3F >> count);
      for (int j = 1; j <= count; j++) {
        cp = cp << 6 | b[k + j] & 0x3F;
      }
      return cp;
    }
  }
}
