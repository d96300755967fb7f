package io.github.tsunagari.internal.read;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The grants of a stream of records (a JSON array, JSON Lines, a table) in one list with one report, for every reader
 * that offers a list beside its stream. Not part of the API.
 */
public final class GrantLists {
  private GrantLists() {}

  /** A reading of records, handed to a consumer. */
  @FunctionalInterface
  public interface Records {
    /**
     * Reads.
     *
     * @param each receives every record, in order
     * @return the counts and the stream's own problems
     * @throws IOException if the input cannot be read
     */
    StreamSummary read(Consumer<GrantRecord> each) throws IOException;
  }

  /**
   * The grants of a reading in a list, with every finding in one report, the stream's own last. The list is there only
   * where every record gave a grant and the stream has no error of its own.
   *
   * @param records the reading
   * @return the grants, and the report
   * @throws IOException if the input cannot be read
   */
  public static ReadResult<List<Grant>> collect(Records records) throws IOException {
    List<Grant> grants = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    boolean[] unreadable = {false};
    StreamSummary summary = records.read(record -> {
      findings.addAll(record.getReport().getFindings());
      record.getGrant().ifPresentOrElse(grants::add, () -> unreadable[0] = true);
    });
    findings.addAll(summary.getStreamProblems().getFindings());
    boolean whole = !unreadable[0] && !summary.getStreamProblems().hasErrors();
    return ReadResult.of(whole ? Optional.of(List.copyOf(grants)) : Optional.empty(), ValidationReport.of(findings));
  }
}
