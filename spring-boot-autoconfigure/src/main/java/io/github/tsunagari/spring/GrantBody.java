package io.github.tsunagari.spring;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;

/** A format of grant data in a request body, and what it can be read as. */
interface GrantBody {
  /** What a body is read as: the type of the controller's parameter. */
  enum Target {
    /** A {@link GrantProgram}. */
    PROGRAM,
    /** One {@link Grant}. */
    GRANT,
    /** A {@code List<Grant>}. */
    GRANTS;

    /** The target of a parameter's type, if it is one. */
    static Optional<Target> of(ResolvableType type) {
      Class<?> raw = type.resolve();
      if (raw == GrantProgram.class) {
        return Optional.of(PROGRAM);
      }
      if (raw == Grant.class) {
        return Optional.of(GRANT);
      }
      if (raw == List.class && type.getGeneric(0).resolve() == Grant.class) {
        return Optional.of(GRANTS);
      }
      return Optional.empty();
    }
  }

  /** The media types of the format. */
  List<MediaType> mediaTypes();

  /** True if the format holds the target: a CSV file holds grants, not a program. */
  boolean holds(Target target);

  /**
   * Reads a body.
   *
   * @param target what to read
   * @param body the body
   * @param validator the validator, where the parameter is validated; empty to report reading problems only (the
   *     readers of streams and tables validate every record still: they are given a validator of constraints and
   *     rules either way, and only what cannot be read fails an unvalidated parameter)
   * @param rules the validator of constraints and rules, for the readers that always validate
   * @return what was read, and the report
   * @throws IOException if the body cannot be read
   */
  ReadResult<?> read(Target target, InputStream body, Optional<GrantValidator> validator, GrantValidator rules)
      throws IOException;

  /** How a format reads a target: {@link #read}, as a function, for the constants of the formats. */
  @FunctionalInterface
  interface Reading {
    ReadResult<?> read(Target target, InputStream body, Optional<GrantValidator> validator, GrantValidator rules)
        throws IOException;
  }

  /** A reading of records, handed to a consumer. */
  @FunctionalInterface
  interface Records {
    StreamSummary read(Consumer<GrantRecord> each) throws IOException;
  }

  /**
   * The grants of a reading in a list, with one report: each record's findings and the stream's own. The list is there
   * only where every record gave a grant.
   */
  static ReadResult<List<Grant>> collect(Records records) throws IOException {
    List<Grant> grants = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    StreamSummary summary = records.read(record -> {
      findings.addAll(record.getReport().getFindings());
      record.getGrant().ifPresentOrElse(grants::add, () -> missing.add(record.getIndex()));
    });
    ValidationReport report = ValidationReport.of(findings).merge(summary.getStreamProblems());
    boolean whole = missing.isEmpty() && !summary.getStreamProblems().hasErrors();
    return ReadResult.of(whole ? Optional.of(List.copyOf(grants)) : Optional.empty(), report);
  }
}
