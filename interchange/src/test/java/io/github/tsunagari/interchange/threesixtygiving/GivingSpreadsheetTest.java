package io.github.tsunagari.interchange.threesixtygiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.interchange.threesixtygiving.FlattenToolReader.Sheet;
import io.github.tsunagari.interchange.threesixtygiving.GivingSpreadsheet.Headers;
import io.github.tsunagari.program.GrantProgram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The spreadsheet holds the package the JSON export writes: unflattened as flatten-tool unflattens it (along the real
 * schema's types and titles, {@link FlattenToolReader}), the workbook or CSV file of a program gives the grants of its
 * JSON package, for every program with every required fact and on request for the complete grants of any. Skipped,
 * saying so, where the schemas are not there.
 */
@AddLifecycleHook(GivingSchemas.Present.class)
class GivingSpreadsheetTest {
  private static final GivingSpreadsheet XLSX_TITLES = GivingSpreadsheet.XLSX.withHeaders(Headers.TITLES);
  private static final GivingSpreadsheet CSV_TITLES = GivingSpreadsheet.CSV.withHeaders(Headers.TITLES);

  private FlattenToolReader reader;

  @BeforeProperty
  void schema() throws IOException {
    reader = FlattenToolReader.fromSchema();
  }

  @Provide
  Arbitrary<GrantProgram> complete() {
    return new GivingExportSchemaTest().complete();
  }

  @Provide
  Arbitrary<GrantProgram> severalComplete() {
    return new GivingExportSchemaTest().severalComplete();
  }

  /** The grants of the JSON package an export writes, as plain Java. */
  static Object jsonGrants(byte[] json) throws IOException {
    return ((Map<?, ?>) FlattenToolReader.plain(FlattenToolReader.json(json))).get("grants");
  }

  /** The grants of a spreadsheet written in a form, unflattened as flatten-tool does. */
  Object unflattened(byte[] written, GivingSpreadsheet form) throws IOException {
    List<Sheet> sheets = form.getFormat() == GivingSpreadsheet.Format.XLSX ? FlattenToolReader.xlsx(written)
        : List.of(FlattenToolReader.csv(written, GivingSheets.GRANTS));
    return reader.grants(sheets, form.getHeaders() == Headers.TITLES);
  }

  /** Whether a grant of the program has several beneficiary locations: the CSV form cannot hold it. */
  static boolean needsSeveralSheets(GivingExport export, int grants) {
    for (int i = 0; i < grants; i++) {
      Object locations = export.written(i).get("beneficiaryLocation");
      if (locations instanceof List && ((List<?>) locations).size() > 1) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 40)
  void everyFormHoldsTheJsonPackage(@ForAll("complete") GrantProgram program) throws IOException {
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(program);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    export.writeTo(json);
    Object expected = jsonGrants(json.toByteArray());
    boolean several = needsSeveralSheets(export, program.getGrants().size());

    for (GivingSpreadsheet form : List.of(GivingSpreadsheet.XLSX, XLSX_TITLES, GivingSpreadsheet.CSV, CSV_TITLES)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (form.getFormat() == GivingSpreadsheet.Format.CSV && several) {
        assertThatThrownBy(() -> export.writeTo(out, form)).isInstanceOf(MultipleSheetsException.class)
            .satisfies(e -> assertThat(((MultipleSheetsException) e).getSheetNames()).containsExactly("grants",
                form.getHeaders() == Headers.TITLES ? "Beneficiary Location" : "beneficiaryLocation"));
        assertThat(out.size()).as(form.toString()).isZero();
      } else {
        export.writeTo(out, form);
        assertThat(unflattened(out.toByteArray(), form)).as(form.toString()).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 30)
  void theCompleteGrantsAreWrittenOnRequestAsTheJsonExportWritesThem(
      @ForAll("severalComplete") GrantProgram complete) throws IOException {
    GivingExport export = GivingExportSchemaTest.EXPORTER.export(ExporterTest.withoutFirstAwardDate(complete));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    var jsonReport = export.writeCompleteGrantsTo(json);

    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    assertThatThrownBy(() -> export.writeTo(whole, XLSX_TITLES)).isInstanceOf(IncompleteExportException.class);
    assertThat(whole.size()).isZero();

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    assertThat(export.writeCompleteGrantsTo(xlsx, XLSX_TITLES)).isEqualTo(jsonReport);
    assertThat(unflattened(xlsx.toByteArray(), XLSX_TITLES)).isEqualTo(jsonGrants(json.toByteArray()));
  }
}
