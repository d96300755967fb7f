package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.internal.read.Tally;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * What an import of gBizINFO's subsidy records gave: the records of the subsidies asked for as the model's grants
 * ({@link GrantRecord}s, each with its findings), the records of other subsidies kept apart, never merged and never
 * dropped without a word ({@code import.gbizinfo.other-subsidy}), and one report of everything.
 *
 * <p>Why not a {@code ReadResult}: an import has two outcomes besides its findings, the grants and the records kept
 * apart, and a record that cannot be read does not stop the others.
 *
 * <p>Paths: a finding of reading or importing a record points into the gBizINFO document (a JSON pointer such as
 * {@code /hojin-infos/0/subsidy/2/amount}, with its line and column; for the CSV, {@code /<row index>/<field>} with the
 * cell); a finding of validating an imported grant points into the list of grants imported ({@code /0/project/title}),
 * as a stream's do. Immutable.
 */
public final class GBizInfoImport {
  private final List<GrantRecord> records;
  private final List<SubsidyRecord> others;
  private final ValidationReport general;

  GBizInfoImport(List<GrantRecord> records, List<SubsidyRecord> others, ValidationReport general) {
    this.records = List.copyOf(records);
    this.others = List.copyOf(others);
    this.general = general;
  }

  /**
   * The records of the subsidies asked for, in the order read: each the grant, if it could be imported, with its
   * findings.
   */
  public List<GrantRecord> getRecords() {
    return records;
  }

  /** The grants imported, in the order read. */
  public List<Grant> getGrants() {
    return records.stream().map(GrantRecord::getGrant).flatMap(Optional::stream).collect(
        java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The records of other subsidies, kept apart as gBizINFO wrote them, in the order read. */
  public List<SubsidyRecord> getOtherSubsidies() {
    return others;
  }

  /**
   * Everything found: problems of the document, the records kept apart, and each record's findings (importing and
   * validation).
   */
  public ValidationReport getReport() {
    ValidationReport all = general;
    for (GrantRecord r : records) {
      all = all.merge(r.getReport());
    }
    return all;
  }

  /**
   * The import as a stream's summary: the records of the subsidies asked for, those that could not be imported, the
   * count of each severity over them, and the findings that belong to no such record (the document's problems, the
   * records kept apart).
   *
   * @return the summary
   */
  public StreamSummary getSummary() {
    Tally tally = new Tally();
    records.forEach(tally::add);
    return tally.summary(general);
  }

  /** True if every record of the subsidies asked for was imported and no finding is an error. */
  public boolean isValid() {
    return getReport().isValid() && records.stream().allMatch(r -> r.getGrant().isPresent());
  }

  @Override
  public String toString() {
    return getGrants().size() + " of " + records.size() + " records imported, " + others.size() + " kept apart; "
        + getReport();
  }
}
