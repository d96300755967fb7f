package io.github.tsunagari.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An empty value ({@code <v></v>}) in a cell styled with one of Japanese Excel's built-in date formats is an empty
 * cell: it neither stops the sheet nor is reported as malformed (found by review: it once ended the sheet).
 */
class XlsxEmptyValueTest {
  @ParameterizedTest
  @ValueSource(strings = {"31", "50", "57"})
  void anEmptyValueInADateStyledCellIsAnEmptyCell(String format) throws IOException {
    byte[] xlsx = XlsxFixtures.workbook()
        .styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"" + format + "\" applyNumberFormat=\"1\"/>")
        .sheet("grants", XlsxFixtures.row(1, XlsxFixtures.text("A1", "position"),
            XlsxFixtures.text("B1", "project/title"))
            + XlsxFixtures.row(2, "<c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v></v></c>")
            + XlsxFixtures.row(3, "<c r=\"A3\"><v>2</v></c><c r=\"B3\" s=\"1\"><v>45383</v></c>")).bytes();
    List<GrantRecord> records = new ArrayList<>();
    StreamSummary summary = GrantTableReader.create(GrantValidator.create())
        .readXlsx(new ByteArrayInputStream(xlsx), records::add);
    assertThat(summary.getStreamProblems().getFindings()).isEmpty();
    assertThat(summary.getRecordCount()).isEqualTo(2);
    assertThat(records).extracting(GrantRecord::getIndex).containsExactly(0, 1); // both rows read, neither dropped
  }
}
