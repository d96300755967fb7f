package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonBindings;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A program exported to 360Giving: per grant, the facts 360Giving requires and the data lacks (findings of the rules
 * {@code export.360giving.*}, with the path of the lacking fact in the model), and the package, written only on request
 * and never invalid: {@link #writeTo} writes every grant or nothing; {@link #writeCompleteGrantsTo} writes the grants
 * that lack nothing and says which it left out. Written through the JSON binding on the class path (tsunagari-jackson3
 * or tsunagari-jackson). Immutable and thread-safe.
 */
public final class GivingExport {
  /** One grant: what it lacks, and what can be written of it. */
  static final class Entry {
    final Grant grant;
    final List<Finding> missing;
    /** What the export says of the grant that it does not lack: a local identifier given on request. */
    final List<Finding> notes;
    final Map<String, Object> written;

    Entry(Grant grant, List<Finding> missing, List<Finding> notes, Map<String, Object> written) {
      this.grant = grant;
      this.missing = List.copyOf(missing);
      this.notes = List.copyOf(notes);
      this.written = written;
    }

    /** What it lacks, then what is said of it. */
    List<Finding> findings() {
      List<Finding> all = new ArrayList<>(missing);
      all.addAll(notes);
      return all;
    }
  }

  private final List<Finding> general;
  private final List<Entry> entries;

  GivingExport(List<Finding> general, List<Entry> entries) {
    this.general = List.copyOf(general);
    this.entries = List.copyOf(entries);
  }

  /**
   * Everything the export lacks: first what every grant lacks (the funder's identifier, path {@code ""}), then each
   * grant's, in the program's order.
   *
   * @return the findings; empty where the package can be written whole
   */
  public ValidationReport getReport() {
    List<Finding> all = new ArrayList<>(general);
    for (Entry e : entries) {
      all.addAll(e.findings());
    }
    return ValidationReport.of(all);
  }

  /**
   * What one grant lacks, besides what every grant lacks ({@link #getReport()}).
   *
   * @param index the grant's index in the program's list of grants, from 0
   * @return its findings
   * @throws IndexOutOfBoundsException if there is no such grant
   */
  public ValidationReport getReport(int index) {
    return ValidationReport.of(entries.get(index).findings());
  }

  /** What can be written of the grant at this index, for tests. */
  Map<String, Object> written(int index) {
    return entries.get(index).written;
  }

  /** Whether every grant can be written: nothing is missing (the report has no error). */
  public boolean isComplete() {
    return !getReport().hasErrors();
  }

  /**
   * The grants that lack nothing, in the program's order: those {@link #writeCompleteGrantsTo} writes.
   *
   * @return the grants
   */
  public List<Grant> getCompleteGrants() {
    List<Grant> complete = new ArrayList<>();
    for (Entry e : entries) {
      if (isComplete(e)) {
        complete.add(e.grant);
      }
    }
    return List.copyOf(complete);
  }

  /** Whether a grant can be written: it lacks nothing, and nothing every grant needs is lacking. */
  private boolean isComplete(Entry e) {
    return general.isEmpty() && e.missing.isEmpty();
  }

  /**
   * Writes the package of every grant, in UTF-8 JSON; the stream is left open.
   *
   * @param out where to
   * @throws IncompleteExportException if anything is missing, or the program has no grant (a package holds at least
   *     one): nothing is written
   * @throws IOException if the stream cannot be written
   * @throws IllegalStateException if no JSON binding is on the class path
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    writeEvery(grants -> write(out, grants));
  }

  /**
   * Writes the package of every grant as a spreadsheet (表計算シート) of the form given, in flatten-tool's layout
   * (see {@link GivingSpreadsheet}); the stream is left open. No JSON binding is needed.
   *
   * @param out where to
   * @param form the file format and column headers
   * @throws IncompleteExportException if anything is missing, or the program has no grant: nothing is written
   * @throws MultipleSheetsException if the form is CSV and a grant has several beneficiary locations, which need a
   *     sheet of their own: nothing is written
   * @throws IOException if the stream cannot be written, or a text is longer than a cell holds (tsunagari-tables'
   *     {@code UnwritableCellException}, naming the cell; a workbook is then not written)
   */
  public void writeTo(OutputStream out, GivingSpreadsheet form) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(form, "form");
    writeEvery(grants -> GivingSheets.write(written(grants), form, out));
  }

  private void writeEvery(Writing writing) throws IOException {
    if (!isComplete() || entries.isEmpty()) {
      throw new IncompleteExportException("the 360Giving package was not written: facts it requires are missing, or"
          + " there is no grant", getReport());
    }
    writing.write(entries);
  }

  /**
   * Writes the package of the grants that lack nothing, in UTF-8 JSON, leaving the others out; the stream is left
   * open.
   *
   * @param out where to
   * @return what the export lacks, with a finding of {@code export.360giving.grant-left-out} (INFO) for each grant
   *     left out
   * @throws IncompleteExportException if no grant lacks nothing (a package holds at least one): nothing is written
   * @throws IOException if the stream cannot be written
   * @throws IllegalStateException if no JSON binding is on the class path
   */
  public ValidationReport writeCompleteGrantsTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    return writeComplete(grants -> write(out, grants));
  }

  /**
   * Writes the package of the grants that lack nothing as a spreadsheet of the form given, leaving the others out,
   * as {@link #writeCompleteGrantsTo(OutputStream)} writes JSON; the stream is left open.
   *
   * @param out where to
   * @param form the file format and column headers
   * @return what the export lacks, with a finding of {@code export.360giving.grant-left-out} (INFO) for each grant
   *     left out
   * @throws IncompleteExportException if no grant lacks nothing: nothing is written
   * @throws MultipleSheetsException if the form is CSV and a grant written has several beneficiary locations:
   *     nothing is written
   * @throws IOException as {@link #writeTo(OutputStream, GivingSpreadsheet)}
   */
  public ValidationReport writeCompleteGrantsTo(OutputStream out, GivingSpreadsheet form) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(form, "form");
    return writeComplete(grants -> GivingSheets.write(written(grants), form, out));
  }

  private ValidationReport writeComplete(Writing writing) throws IOException {
    List<Entry> complete = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(general);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      findings.addAll(e.findings());
      if (isComplete(e)) {
        complete.add(e);
      } else {
        findings.add(InterchangeFindings.of(Rule.EXPORT_360_GRANT_LEFT_OUT, "/grants/" + i, e.grant.getPosition()));
      }
    }
    ValidationReport report = ValidationReport.of(findings);
    if (complete.isEmpty()) {
      throw new IncompleteExportException("the 360Giving package was not written: no grant has every fact it"
          + " requires", report);
    }
    writing.write(complete);
    return report;
  }

  private static List<Map<String, Object>> written(List<Entry> grants) {
    return grants.stream().map(e -> e.written).toList();
  }

  /** How the grants chosen are written: as JSON, or as a spreadsheet. */
  private interface Writing {
    void write(List<Entry> grants) throws IOException;
  }

  private static void write(OutputStream out, List<Entry> grants) throws IOException {
    try (JsonBinding.Output json = JsonBindings.get().output(out)) {
      json.startObject();
      json.name("grants");
      json.startArray();
      for (Entry e : grants) {
        GivingTree.write(e.written, json);
      }
      json.endArray();
      json.name("version");
      json.text(ThreeSixtyGiving.PACKAGE_VERSION);
      json.endObject();
    }
  }
}
