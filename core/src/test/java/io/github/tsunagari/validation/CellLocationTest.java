package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A cell is placed as a spreadsheet places it: its sheet, its column letter, its row, its header. */
class CellLocationTest {
  @Test
  void columnsAreLettersAsInASpreadsheet() {
    assertThat(SourceLocation.ofCell(1, 1, "").getColumnLetter()).isEqualTo("A");
    assertThat(SourceLocation.ofCell(1, 26, "").getColumnLetter()).isEqualTo("Z");
    assertThat(SourceLocation.ofCell(1, 27, "").getColumnLetter()).isEqualTo("AA");
    assertThat(SourceLocation.ofCell(1, 52, "").getColumnLetter()).isEqualTo("AZ");
    assertThat(SourceLocation.ofCell(1, 53, "").getColumnLetter()).isEqualTo("BA");
    assertThat(SourceLocation.ofCell(1, 702, "").getColumnLetter()).isEqualTo("ZZ");
    assertThat(SourceLocation.ofCell(1, 703, "").getColumnLetter()).isEqualTo("AAA");
    assertThat(SourceLocation.ofCell(1, 16384, "").getColumnLetter()).isEqualTo("XFD"); // Excel's last column
  }

  @Property(tries = 500)
  void theLettersCountBackToTheColumn(@ForAll @IntRange(min = 1, max = 1_000_000) int column) {
    String letters = SourceLocation.ofCell(1, column, "").getColumnLetter();
    int n = 0;
    for (char c : letters.toCharArray()) {
      assertThat(c).isBetween('A', 'Z');
      n = n * 26 + (c - 'A' + 1);
    }
    assertThat(n).isEqualTo(column);
  }

  @Test
  void aCellOfASheetSaysItsSheetInEitherLanguageAndItsHeaderEscaped() {
    SourceLocation.Cell cell = SourceLocation.ofCell("交付先一覧", 12, 4, "事業名");
    assertThat(cell.getSheet()).contains("交付先一覧");
    assertThat(cell.toText(Locale.JAPANESE)).isEqualTo("シート「交付先一覧」12行目D列「事業名」");
    assertThat(cell.toText(Locale.ENGLISH)).isEqualTo("sheet 交付先一覧, row 12, column D (事業名)");
    assertThat(cell).hasToString("交付先一覧!D12 事業名").isNotEqualTo(SourceLocation.ofCell(12, 4, "事業名"));
    assertThat(SourceLocation.ofCell(12, 4, "").toText(Locale.ENGLISH)).isEqualTo("row 12, column D");
    assertThat(SourceLocation.ofCell("\u001b[2J", 1, 1, "\u0007").toString()).doesNotContain("\u001b", "\u0007");
  }
  @Test
  void aFindingOfValidationCanBePlacedWhereItsValueWasRead() {
    Finding finding = GrantValidator.create().validate(io.github.tsunagari.sample.SampleData.fy2024()).getFindings()
        .stream().filter(f -> f.getRule() == Rule.SINGLE_PREFECTURE_AREA).findFirst().orElseThrow();
    SourceLocation.Cell cell = SourceLocation.ofCell(19, 4, "事業区域");
    Finding placed = finding.withLocation(cell);
    assertThat(finding.getLocation()).isEmpty();
    assertThat(placed.getLocation()).contains(cell);
    assertThat(placed.getPath()).isEqualTo(finding.getPath());
    assertThat(placed.getMessage(Locale.ENGLISH)).isEqualTo(finding.getMessage(Locale.ENGLISH));
    assertThat(placed.toText(Locale.ENGLISH)).contains("row 19, column D (事業区域)");
    assertThat(placed.withLocation(cell)).isSameAs(placed);
  }
  @Test
  void aRaggedRowSaysHowManyColumnsTheHeaderHasInEitherLanguage() {
    // Arguments of reading findings are kept as text, so the message must not format them as numbers.
    Finding ragged = ReadingFindings.raggedRow("/3", SourceLocation.ofCell(5, 6, ""), "余分", 4);
    assertThat(ragged.getMessage(Locale.ENGLISH)).contains("余分", "it has 4 columns");
    assertThat(ragged.getMessage(Locale.JAPANESE)).contains("余分", "見出しは4列です");
  }
}
