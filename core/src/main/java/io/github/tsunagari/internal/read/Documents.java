package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.FormReader;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.SyntaxError;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads documents: one value from the tokens of any binding, then the end of the input, every problem found on the
 * way, and, for a validating reader, the findings of validation of what could be read. The one place where a
 * document's start and end are looked at, for every reader and mapper of every binding. Not part of the API.
 */
public final class Documents {
  private Documents() {}

  /** Opens the tokens of a document; a failure to open is a {@link FormReader.Stop} with its finding. */
  @FunctionalInterface
  public interface Opening {
    /**
     * Opens the tokens.
     *
     * @return the tokens, before the first
     * @throws IOException if the input cannot be read
     */
    JsonTokens open() throws IOException;
  }

  /** What to read at the first token. */
  @FunctionalInterface
  public interface What<T> {
    /**
     * Reads the value at the current token.
     *
     * @param reader the reader
     * @return the value, or empty where it had a problem
     * @throws IOException if the input cannot be read
     */
    Optional<T> read(FormReader reader) throws IOException;
  }

  /** The value read and the problems met; the value is empty whenever there is a problem. */
  public static final class Outcome<T> {
    private final Optional<T> value;
    private final List<Finding> problems;
    private final FormReader reader;

    Outcome(Optional<T> value, List<Finding> problems, FormReader reader) {
      this.value = problems.isEmpty() ? value : Optional.empty();
      this.problems = problems;
      this.reader = reader;
    }

    /** The value, if it was read without a problem. */
    public Optional<T> value() {
      return value;
    }

    /** The problems, in the order met. */
    public List<Finding> problems() {
      return problems;
    }
  }

  /**
   * Reads one value, then expects the end of the input.
   *
   * @param tokens the tokens, before the first; read, not closed
   * @param what what to read
   * @param <T> the type read
   * @return the outcome
   * @throws IOException if the input cannot be read
   */
  public static <T> Outcome<T> read(JsonTokens tokens, What<T> what) throws IOException {
    List<Finding> problems = new ArrayList<>();
    FormReader reader = new FormReader(tokens, problems);
    Optional<T> value = Optional.empty();
    try {
      if (tokens.next() == null) {
        problems.add(noValue(tokens.pointer(), tokens.here()));
        return new Outcome<>(value, problems, reader);
      }
      value = what.read(reader);
      end(tokens, problems);
    } catch (FormReader.Stop stop) {
      problems.add(stop.finding());
    }
    return new Outcome<>(value, problems, reader);
  }

  /**
   * Reads one value for a mapper's deserializer, every problem of it at once. Where the value ends the document (a
   * value at the root of a mapper that refuses content after it) and it has a problem, what follows it is looked at
   * too: the document will not be read on, so all that is wrong with it is said, as the mapper would say what follows
   * a value that could be read.
   *
   * @param tokens the tokens, at the value's first token; read, not closed
   * @param what what to read
   * @param endsDocument true if nothing may follow the value, asked after it is read (the parser is then where the
   *     value ends: at the root, for a value at the root)
   * @param <T> the type read
   * @return the outcome: a value, or the problems (none where the value is nothing, such as a property's null)
   * @throws IOException if the input cannot be read
   */
  public static <T> Outcome<T> readValue(JsonTokens tokens, What<T> what, BooleanSupplier endsDocument)
      throws IOException {
    List<Finding> problems = new ArrayList<>();
    Optional<T> value = Optional.empty();
    boolean ended = false;
    try {
      value = what.read(new FormReader(tokens, problems));
      ended = true;
    } catch (FormReader.Stop stop) {
      problems.add(stop.finding());
    }
    if (ended && !problems.isEmpty() && endsDocument.getAsBoolean()) {
      end(tokens, problems);
    }
    return new Outcome<>(value, problems, null);
  }

  /**
   * Looks at what follows a value that was read whole: nothing, or content after it (one finding, which also names
   * malformed content there). Nothing more is read after it.
   *
   * @param tokens the tokens, at the value's last token
   * @param problems where a problem goes
   */
  public static void end(JsonTokens tokens, List<Finding> problems) {
    try {
      if (tokens.next() != null) {
        problems.add(contentAfterValue(tokens.pointer(), tokens.location()));
      }
    } catch (FormReader.Stop stop) {
      problems.add(stop.finding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The finding of an input that holds no value.
   *
   * @param path where
   * @param at the place reading came to, or null
   * @return the finding
   */
  public static Finding noValue(String path, SourceLocation at) {
    return ReadingFindings.syntax(path, at, SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.NO_VALUE));
  }

  /**
   * The finding of content after the value, which also names malformed content there.
   *
   * @param path where
   * @param at where the content starts, or null
   * @return the finding
   */
  public static Finding contentAfterValue(String path, SourceLocation at) {
    return ReadingFindings.syntax(path, at, SyntaxError.of(JsonSyntax.FORMAT, SyntaxError.Kind.CONTENT_AFTER_VALUE));
  }

  /**
   * Reads a grant program, and validates it, or what could be read of it, with the validator if there is one.
   *
   * @param opening opens the tokens
   * @param validator the validator, if the reader validates
   * @return the result
   * @throws UncheckedIOException if the input cannot be read
   */
  public static ReadResult<GrantProgram> readProgram(Opening opening, Optional<GrantValidator> validator) {
    Outcome<GrantProgram> outcome = open(opening, r -> r.readRoot(Forms.PROGRAM));
    ValidationReport report = ValidationReport.of(outcome.problems);
    if (validator.isPresent()) {
      if (outcome.value.isPresent()) {
        report = report.merge(validator.get().validate(outcome.value.get()));
      } else if (outcome.reader != null) {
        report = report.merge(validateReadable(validator.get(), outcome.reader));
      }
    }
    return ReadResult.of(outcome.value, report);
  }

  /**
   * Reads one grant, and validates it with the validator if there is one. Paths are relative to the grant.
   *
   * @param opening opens the tokens
   * @param validator the validator, if the reader validates
   * @return the result
   * @throws UncheckedIOException if the input cannot be read
   */
  public static ReadResult<Grant> readGrant(Opening opening, Optional<GrantValidator> validator) {
    Outcome<Grant> outcome = open(opening, r -> r.read(Forms.GRANT));
    ValidationReport report = ValidationReport.of(outcome.problems);
    if (outcome.value.isPresent() && validator.isPresent()) {
      report = report.merge(validator.get().validate(outcome.value.get()));
    }
    return ReadResult.of(outcome.value, report);
  }

  private static <T> Outcome<T> open(Opening opening, What<T> what) {
    try (JsonTokens tokens = opening.open()) {
      return read(tokens, what);
    } catch (FormReader.Stop stop) {
      return new Outcome<>(Optional.empty(), List.of(stop.finding()), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates what could be read of a program that could not be read whole: the program of its readable parts where
   * it can be built (every rule; findings at the grants' places in the document), or else each readable grant with
   * the rules of a stream of grants.
   */
  private static ValidationReport validateReadable(GrantValidator validator, FormReader reader) {
    String grants = Forms.PROGRAM.property("grants").name();
    List<FormReader.Element> readable = reader.readableElements(grants);
    Optional<GrantProgram> partial = reader.salvage(Forms.PROGRAM);
    if (partial.isPresent()) {
      int[] index = new int[readable.size()];
      for (int i = 0; i < index.length; i++) {
        index[i] = readable.get(i).index();
      }
      return validator.validateReadable(partial.get(), index, reader.listSize(grants));
    }
    GrantStreamValidator stream = validator.openStream();
    List<Finding> findings = new ArrayList<>();
    for (FormReader.Element e : readable) {
      while (stream.getCount() < e.index()) {
        stream.skip();
      }
      for (Finding f : stream.validate((Grant) e.value()).getFindings()) {
        findings.add(f.withPathPrefix("/" + grants));
      }
    }
    return ValidationReport.of(findings);
  }
}
