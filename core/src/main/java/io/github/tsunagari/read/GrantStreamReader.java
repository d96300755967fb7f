package io.github.tsunagari.read;

import io.github.tsunagari.internal.read.GrantLists;
import io.github.tsunagari.internal.read.GrantStreams;
import io.github.tsunagari.internal.read.JsonBindings;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads and validates a stream of grants one record at a time, so that a service can check an export larger than its
 * memory: a JSON array of grants ({@code [{…}, {…}]}) or JSON Lines (one grant per line).
 *
 * <pre>{@code
 * GrantStreamReader reader = GrantStreamReader.create(GrantValidator.create()).withFiscalYear(FiscalYear.of(2024));
 * StreamSummary summary = reader.readJsonLines(in, record -> {
 *   if (!record.getReport().isEmpty()) {
 *     System.out.println(record.getReport().toText(Locale.JAPANESE));
 *   }
 * });
 * }</pre>
 *
 * <p><b>Memory.</b> One record is held at a time and handed over before the next is read. Beyond that, the rules that
 * compare records (unique positions, no organisation twice) keep compact keys: about 40 bytes a record, 60 at most
 * (see {@link GrantStreamValidator}), so a million grants need some 40 MB more. A JSON Lines record may be at most
 * {@value ReadingLimits#MAX_LINE_LENGTH} bytes and a record of an array {@value ReadingLimits#MAX_RECORD_LENGTH}
 * bytes; strings, numbers, nesting and the problems reported per record are bounded as in {@link GrantJsonReader}.
 *
 * <p>Each record's findings have paths that start with its index: {@code /41/project/title} is the title of the 42nd
 * record. Reading a record with problems reports them and goes on with the next; malformed JSON (or bytes that are not
 * UTF-8) in an array ends the array, in JSON Lines only its line. It reads through the JSON binding on the class path
 * or module path, as {@link GrantJsonReader} does. A reader is immutable and thread-safe; each read is one stream.
 */
public final class GrantStreamReader {
  private final GrantValidator validator;
  private final Optional<FiscalYear> fiscalYear;
  private final Optional<Executor> readAhead;
  private final GrantStreams streams;

  private GrantStreamReader(GrantValidator validator, Optional<FiscalYear> fiscalYear, Optional<Executor> readAhead) {
    this.validator = validator;
    this.fiscalYear = fiscalYear;
    this.readAhead = readAhead;
    this.streams = new GrantStreams(JsonBindings.get(), validator, fiscalYear, readAhead);
  }

  /**
   * A reader that validates every record with the given validator; dates are not checked against a fiscal year.
   *
   * @param validator the validator
   * @return the reader
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static GrantStreamReader create(GrantValidator validator) {
    return new GrantStreamReader(Objects.requireNonNull(validator, "validator"), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a reader that checks grant and project dates against the program's fiscal year.
   *
   * @param fiscalYear the fiscal year of the grants' program
   * @return a new reader
   */
  public GrantStreamReader withFiscalYear(FiscalYear fiscalYear) {
    return new GrantStreamReader(validator, Optional.of(Objects.requireNonNull(fiscalYear, "fiscalYear")), readAhead);
  }

  /**
   * Returns a reader that reads ahead on the given executor: for each stream one task parses the records while the
   * calling thread validates them and hands them to {@code each}, in order, exactly as without it. With two cores or
   * more this takes reading off the validating thread (the command-line validator reads so); a few hundred records
   * at most wait between the two, so memory stays bounded. If {@code each} throws, reading stops at its next record.
   *
   * <p>The executor must run the task on another thread to gain anything; an executor that runs it at once on the
   * calling thread (such as {@code Runnable::run}) reads without reading ahead.
   *
   * @param executor runs one task for each stream read, such as a virtual-thread or cached thread pool
   * @return a new reader
   * @throws java.util.concurrent.RejectedExecutionException from a read, if the executor refuses the task
   */
  public GrantStreamReader withReadAhead(Executor executor) {
    return new GrantStreamReader(validator, fiscalYear, Optional.of(Objects.requireNonNull(executor, "executor")));
  }

  /**
   * Reads a JSON array of grants.
   *
   * @param json the stream: UTF-8 (a byte-order mark is passed over), or UTF-16 or UTF-32 told by its first bytes;
   *     not closed
   * @param each receives every record, in order
   * @return the counts, and the problems that belong to no single record (such as malformed JSON)
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readArray(InputStream json, Consumer<GrantRecord> each) throws IOException {
    return streams.readArray(Objects.requireNonNull(json, "json"), Objects.requireNonNull(each, "each"));
  }

  /**
   * Reads a JSON array of grants into a list, as {@link #readArray} reads them, with one report: each record's findings
   * and the stream's own.
   *
   * @param json the stream, as {@link #readArray} takes it; not closed
   * @return the grants, where every record could be read, and the report
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<List<Grant>> readArrayGrants(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return GrantLists.collect(each -> readArray(json, each));
  }

  /**
   * Reads JSON Lines: one grant per line, lines separated by {@code \n} (a {@code \r} before it is allowed). Blank
   * lines are passed over.
   *
   * @param jsonLines the stream, UTF-8 (JSON Lines has no other encoding); not closed
   * @param each receives every record, in order
   * @return the counts; JSON Lines has no problems outside its records
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readJsonLines(InputStream jsonLines, Consumer<GrantRecord> each) throws IOException {
    return streams.readJsonLines(Objects.requireNonNull(jsonLines, "jsonLines"), Objects.requireNonNull(each, "each"));
  }

  /**
   * Reads JSON Lines into a list, as {@link #readJsonLines} reads them, with one report.
   *
   * @param jsonLines the stream, UTF-8; not closed
   * @return the grants, where every line could be read, and the report
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<List<Grant>> readJsonLinesGrants(InputStream jsonLines) throws IOException {
    Objects.requireNonNull(jsonLines, "jsonLines");
    return GrantLists.collect(each -> readJsonLines(jsonLines, each));
  }
}
