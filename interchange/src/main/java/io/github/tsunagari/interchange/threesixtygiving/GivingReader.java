package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.GrantLists;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.internal.read.Tally;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads 360Giving packages (what another funder publishes, or what {@link GivingExporter} wrote) into the model's
 * grants, where the facts map ({@link GivingField}, the mapping the exporter writes, read backwards), with findings
 * for what cannot be carried over (rules {@code import.360giving.*}): amounts in another currency than the yen,
 * organisation ids that are not corporate numbers, recipients that are no Japanese organisation or local government,
 * places that are no prefecture or municipality, fields the model has no place for, the funder and the programme,
 * which the model's grants do not hold. Nothing is dropped without a finding, and nothing is invented. Made by
 * {@link ThreeSixtyGiving#reader()}; immutable and thread-safe, each read is one package.
 *
 * <pre>{@code
 * ReadResult<List<Grant>> read = ThreeSixtyGiving.reader().read(in);
 * read.getReport().toText(Locale.JAPANESE);  // what could not be carried over, and the rules' findings
 * }</pre>
 *
 * <p><b>Paths.</b> Problems of the package (malformed JSON, {@code read.*}, and the findings of {@code
 * import.360giving.*}) are at their JSON Pointer in the package ({@code /grants/3/currency}) with their line and
 * column; the findings of the model's rules on a grant read are at its path in a stream of grants
 * ({@code /3/project/title}), as {@link io.github.tsunagari.read.GrantStreamReader}'s are. The grant at
 * {@code /grants/i} is record {@code i}, at position {@code i + 1}.
 *
 * <p><b>Memory.</b> The grants are read one at a time, as the canonical stream reader reads an array: a grant may be at
 * most {@value ReadingLimits#MAX_RECORD_LENGTH} bytes; the package has no length limit.
 */
public final class GivingReader {
  private final GrantValidator validator;
  private final Optional<FiscalYear> fiscalYear;

  GivingReader(GrantValidator validator, Optional<FiscalYear> fiscalYear) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.fiscalYear = fiscalYear;
  }

  /**
   * A copy that validates the grants read with this validator.
   *
   * @param validator the validator
   * @return the reader
   */
  public GivingReader withValidator(GrantValidator validator) {
    return new GivingReader(validator, fiscalYear);
  }

  /**
   * A copy that checks the grants' dates against the fiscal year (年度) of their program.
   *
   * @param fiscalYear the fiscal year
   * @return the reader
   */
  public GivingReader withFiscalYear(FiscalYear fiscalYear) {
    return new GivingReader(validator, Optional.of(Objects.requireNonNull(fiscalYear, "fiscalYear")));
  }

  /**
   * Reads a package grant by grant: each is handed on as soon as it is read and validated.
   *
   * @param in the package, UTF-8 JSON (or UTF-16/32 told by its first bytes); not closed
   * @param each receives every grant's record, in the package's order: the grant where it could be carried over, and
   *     its findings
   * @return the counts, and the problems of the package itself (malformed JSON, no {@code grants}, fields at its root
   *     the model has no place for)
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public StreamSummary read(InputStream in, Consumer<GrantRecord> each) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(each, "each");
    GrantStreamValidator stream = fiscalYear.map(validator::openStream).orElseGet(validator::openStream);
    GivingImport mapping = new GivingImport();
    Tally tally = new Tally();
    Documents.Outcome<JsonTree> root = JsonTree.stream(in, -1, "grants", (item, problems) -> {
      int index = stream.getCount();
      List<Finding> found = new ArrayList<>(problems);
      Optional<Grant> grant = mapping.grant(item, index, found);
      ValidationReport read = ValidationReport.of(found);
      GrantRecord record;
      if (read.hasErrors() || grant.isEmpty()) {
        stream.skip();
        record = GrantRecord.of(index, Optional.empty(), read);
      } else {
        record = GrantRecord.of(index, grant, read.merge(ImportValues.locatedAt(stream.validate(grant.get()),
            item.location())));
      }
      tally.add(record);
      each.accept(record);
    });
    List<Finding> packageProblems = new ArrayList<>(root.problems());
    root.value().ifPresent(r -> packageProblems.addAll(mapping.root(r)));
    return tally.summary(ValidationReport.of(packageProblems));
  }

  /**
   * Reads a package into a list of grants, as {@link #read(InputStream, Consumer)} reads them, with one report: each
   * grant's findings, then the package's own.
   *
   * @param in the package; not closed
   * @return the grants, where every grant could be read and the package has no error of its own, and the report
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public ReadResult<List<Grant>> read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return GrantLists.collect(each -> read(in, each));
  }
}
