package io.github.tsunagari.tables;

import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of a published sheet's text, as they stream in: UTF-8 bytes decoded (a byte order mark passed over) or the
 * characters of a reader, split at {@code \n}, {@code \r\n} or {@code \r}, numbered from 1. The reading limits hold:
 * a line longer than {@link ReadingLimits#MAX_LINE_LENGTH} characters is not kept (a located {@code read.limit}), and
 * reading stops after {@link ReadingLimits#MAX_DOCUMENT_LENGTH} bytes or characters. Bytes that are not UTF-8 are each
 * reported where they are ({@code read.syntax}) and read as U+FFFD, so that the rest is still read. Not part of the API.
 */
final class SheetLines {
  /** Receives each line. */
  interface Sink {
    /**
     * A line.
     *
     * @param number its number, from 1
     * @param text its text, without the line break
     */
    void line(int number, String text);
  }

  /** The format named in findings of syntax. */
  static final String FORMAT = "published sheet (tab-separated text)";

  private final Sink sink;
  private final List<Finding> problems;
  /** Sequences of bytes that are not UTF-8 met so far. */
  private int badSequences;
  private final StringBuilder line = new StringBuilder();
  private int number = 1;
  private boolean first = true;
  private boolean afterCr;
  private boolean tooLong;
  private long length;
  private boolean stopped;

  private SheetLines(Sink sink, List<Finding> problems) {
    this.sink = sink;
    this.problems = problems;
  }

  /**
   * Reads the lines of UTF-8 bytes.
   *
   * @param in the bytes; not closed
   * @param sink receives each line
   * @param problems receives the problems of the bytes
   * @throws IOException if the stream cannot be read
   */
  static void read(InputStream in, Sink sink, List<Finding> problems) throws IOException {
    SheetLines lines = new SheetLines(sink, problems);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long consumed = 0; // bytes decoded before those in the buffer
    boolean end = false;
    while (!lines.stopped) {
      int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      while (true) {
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, end);
        consumed += bytes.position() - before;
        lines.accept(chars);
        if (result.isError()) {
          // Each sequence that is not UTF-8 is reported at its byte and line, and read as U+FFFD (the program is
          // then not given: these are errors); past the problem limit, reading stops, said once.
          if (++lines.badSequences > ReadingLimits.MAX_PROBLEMS) {
            lines.problems.add(ReadingFindings.limit("", SourceLocation.ofByte(consumed, lines.number),
                ReadingLimit.PROBLEMS, ReadingLimits.MAX_PROBLEMS));
            lines.stopped = true;
            break;
          }
          lines.problems.add(ReadingFindings.syntax("", SourceLocation.ofByte(consumed, lines.number),
              SyntaxError.of(FORMAT, SyntaxError.Kind.NOT_UTF8)));
          bytes.position(bytes.position() + result.length());
          consumed += result.length();
          chars.put('\uFFFD');
          lines.accept(chars);
          continue;
        }
        if (result.isUnderflow()) {
          break;
        }
      }
      if (end) {
        decoder.flush(chars);
        lines.accept(chars);
        break;
      }
      bytes.compact();
      if (consumed + bytes.position() > ReadingLimits.MAX_DOCUMENT_LENGTH) {
        lines.overLength();
      }
    }
    lines.finish();
  }

  /**
   * Reads the lines of characters.
   *
   * @param in the characters; not closed
   * @param sink receives each line
   * @param problems receives the problems of reading
   * @throws IOException if the reader cannot be read
   */
  static void read(Reader in, Sink sink, List<Finding> problems) throws IOException {
    SheetLines lines = new SheetLines(sink, problems);
    CharBuffer chars = CharBuffer.allocate(8192);
    while (!lines.stopped && in.read(chars) >= 0) {
      lines.accept(chars);
    }
    lines.finish();
  }

  /** Takes the characters decoded so far, and leaves the buffer empty for more. */
  private void accept(CharBuffer chars) {
    chars.flip();
    while (chars.hasRemaining() && !stopped) {
      char c = chars.get();
      if (++length > ReadingLimits.MAX_DOCUMENT_LENGTH) {
        overLength();
        break;
      }
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          continue; // a byte order mark is no text
        }
      }
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c == '\r';
      if (c == '\n' || c == '\r') {
        endLine();
      } else if (!tooLong) {
        if (line.length() >= ReadingLimits.MAX_LINE_LENGTH) {
          tooLong = true;
          line.setLength(0);
          line.trimToSize();
        } else {
          line.append(c);
        }
      }
    }
    chars.clear();
  }

  private void endLine() {
    if (tooLong) {
      problems.add(ReadingFindings.limit("", SourceLocation.ofCell("", number, 1, ""), ReadingLimit.LINE_LENGTH,
          ReadingLimits.MAX_LINE_LENGTH));
    } else {
      sink.line(number, line.toString());
    }
    line.setLength(0);
    tooLong = false;
    number++;
  }

  private void overLength() {
    if (!stopped) {
      stopped = true;
      problems.add(ReadingFindings.limit("", SourceLocation.ofCell("", number, 1, ""), ReadingLimit.DOCUMENT_LENGTH,
          ReadingLimits.MAX_DOCUMENT_LENGTH));
    }
  }

  private void finish() {
    if (!stopped && (line.length() > 0 || tooLong)) {
      endLine(); // the last line, without a line break after it
    }
  }
}
