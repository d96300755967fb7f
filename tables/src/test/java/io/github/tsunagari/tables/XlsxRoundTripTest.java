package io.github.tsunagari.tables;

import io.github.tsunagari.tables.internal.XlsxWorkbook;
import io.github.tsunagari.tables.internal.TableText;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.testkit.GrantArbitraries;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Programs and grants written as XLSX read back as they were, with either kind of header; the same grants read equal
 * from an XLSX workbook, a UTF-8 CSV with a byte order mark and a Windows-31J CSV.
 */
class XlsxRoundTripTest {
  private static final GrantValidator VALIDATOR = GrantValidator.create();

  static byte[] xlsx(GrantTableWriter writer, GrantProgram program) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeXlsx(program, out);
    return out.toByteArray();
  }

  static List<Grant> readGrants(byte[] xlsx) throws IOException {
    List<Grant> grants = new ArrayList<>();
    List<GrantRecord> bad = new ArrayList<>();
    GrantTableReader.create(VALIDATOR).readXlsx(new ByteArrayInputStream(xlsx), r -> {
      r.getGrant().ifPresentOrElse(grants::add, () -> bad.add(r));
    });
    assertThat(bad).isEmpty();
    return grants;
  }

  @Provide
  Arbitrary<GrantProgram> programs() {
    return GrantArbitraries.programs();
  }

  @Property(tries = 40)
  void programsComeBackAsTheyWere(@ForAll("programs") GrantProgram program) throws IOException {
    for (TableHeaders headers : TableHeaders.values()) {
      byte[] xlsx = xlsx(GrantTableWriter.create().withHeaders(headers), program);
      ReadResult<GrantProgram> back = GrantTableReader.create(VALIDATOR)
          .readXlsxProgram(new ByteArrayInputStream(xlsx));
      assertThat(back.getValue()).as(headers + "\n" + back.getReport().toText(Locale.ENGLISH)).contains(program);
    }
  }

  @Test
  void theSampleReadsEqualFromXlsxUtf8CsvAndWindows31jCsv() throws IOException {
    GrantProgram sample = SampleData.fy2024();
    List<Grant> fromXlsx = readGrants(xlsx(GrantTableWriter.create(), sample));
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    GrantTableWriter.create().writeCsv(sample.getGrants(), utf8);
    ByteArrayOutputStream sjis = new ByteArrayOutputStream();
    GrantTableWriter.create().withHeaders(TableHeaders.JAPANESE_TITLES).withEncoding(TableText.WINDOWS_31J)
        .writeCsv(sample.getGrants(), sjis);
    GrantTableReader reader = GrantTableReader.create(VALIDATOR);
    List<Grant> fromUtf8 = reader.readCsvGrants(new ByteArrayInputStream(utf8.toByteArray())).orElseThrow();
    List<Grant> fromSjis = reader.readCsvGrants(new ByteArrayInputStream(sjis.toByteArray())).orElseThrow();

    assertThat(fromXlsx).isEqualTo(sample.getGrants()).isEqualTo(fromUtf8).isEqualTo(fromSjis);
  }

  @Test
  void theSampleProgramComesBackWithItsFactsSheet() throws IOException {
    GrantProgram sample = SampleData.fy2024();
    byte[] xlsx = xlsx(GrantTableWriter.create().withHeaders(TableHeaders.JAPANESE_TITLES), sample);
    try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.sheetNames()).containsExactly("交付金事業", "交付決定");
    }
    ReadResult<GrantProgram> back = GrantTableReader.create(VALIDATOR).readXlsxProgram(new ByteArrayInputStream(xlsx));
    assertThat(back.getValue()).contains(sample);
    // The rules' findings as for the sample itself, each now placed at its cell: a grant's at its row, the
    // program's at its facts' row.
    assertThat(back.getReport().getFindings()).extracting(f -> f.getRuleId() + " " + f.getPath())
        .containsExactlyElementsOf(VALIDATOR.validate(sample).getFindings().stream()
            .map(f -> f.getRuleId() + " " + f.getPath()).collect(java.util.stream.Collectors.toList()));
    assertThat(back.getReport().getFindings()).allSatisfy(f -> assertThat(f.getLocation()).isPresent());
    assertThat(back.getReport().getFindings().get(0).getLocation().orElseThrow().toText(Locale.JAPANESE))
        .startsWith("シート「交付決定」2行目");
  }

  @Provide
  Arbitrary<List<Grant>> grantLists() {
    return GrantArbitraries.grants().list().ofMaxSize(5);
  }

  @Property(tries = 40)
  void theSameGrantsReadEqualFromWindows31jCsvUtf8CsvAndXlsx(@ForAll("grantLists") List<Grant> grants)
      throws IOException {
    ByteArrayOutputStream sjis = new ByteArrayOutputStream();
    try {
      GrantTableWriter.create().withEncoding(TableText.WINDOWS_31J).writeCsv(grants, sjis);
    } catch (UnwritableCellException e) {
      net.jqwik.api.Assume.that(false); // a character Windows-31J has not: such data cannot be written so
    }
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    GrantTableWriter.create().withHeaders(TableHeaders.JAPANESE_TITLES).writeCsv(grants, utf8);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    GrantTableWriter.create().writeXlsx(grants, xlsx);

    GrantTableReader reader = GrantTableReader.create(VALIDATOR);
    assertThat(reader.readCsvGrants(new ByteArrayInputStream(sjis.toByteArray())).getValue()).contains(grants);
    assertThat(reader.readCsvGrants(new ByteArrayInputStream(utf8.toByteArray())).getValue()).contains(grants);
    assertThat(readGrants(xlsx.toByteArray())).isEqualTo(grants);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("grants", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx.toByteArray());
      assertThat(reader.readXlsxGrants(file).getValue()).contains(grants);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
