package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs and says what it is meant to show. */
class ExamplesTest {
  @Test
  void buildAndValidate() throws Exception {
    String out = Console.capture(() -> BuildAndValidate.main(new String[0]));
    assertThat(out).isEqualTo("1 finding: no errors, 1 warning, no infos\n"
        + "WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea: The project area \"宮城県\""
        + " stays within one prefecture (Miyagi). The program in principle funds only projects whose area goes beyond"
        + " one prefecture (原則、一つの都道府県を超えた区域の事業が対象); check that it was accepted as an exception.\n");
  }

  @Test
  void readJsonReport() throws Exception {
    String out = Console.capture(() -> ReadJsonReport.main(new String[0]));
    // "栃木" is read as 栃木県 and "(一社)" as 一般社団法人: forms Japanese data comes in, not problems.
    assertThat(out).startsWith("could not be read\n指摘3件: エラー3件、警告0件、情報0件\n")
        .contains("ERROR read.invalid-value 場所 /grants/0/grantee/corporateNumber（7行56列）")
        .contains("ERROR read.unknown-property 場所 /grants/0/project/budget")
        .contains("ERROR read.wrong-type 場所 /grants/0/project/serviceArea/nationwide");
  }

  @Test
  void constraintsOnDto() throws Exception {
    String out = Console.capture(() -> ConstraintsOnDto.main(new String[0]));
    assertThat(out).isEqualTo("good: 0 violations\nbad: 4 violations\n"
        + "  corporateNumber: must be a corporate number (13 digits with a correct check digit)\n"
        + "  fiscalYear: must be a fiscal year label such as 令和6年度, 2024年度 or FY2024\n"
        + "  municipality: must be a local government code (6 digits with a correct check digit)\n"
        + "  prefecture: must be a prefecture code (01 to 47) or name\n");
  }

  @Test
  void streamJsonLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("grants.jsonl");
    String valid = "{\"position\": %d, \"grantee\": {\"type\": \"organization\", \"name\": \"団体%d\","
        + " \"legalForm\": \"NPO法人\", \"headOffice\": \"13\"}, \"project\": {\"title\": \"事業\","
        + " \"summary\": \"研修会を開く。\", \"serviceArea\": {\"text\": \"全国\", \"nationwide\": true},"
        + " \"activities\": [{\"kind\": \"TRAINING\"}], \"targetGroups\": [\"NPOS\"]}}\n";
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      lines.append(String.format(valid, i, i));
    }
    lines.append(String.format(valid, 3, 4));
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    String out = Console.capture(() -> StreamJsonLines.main(new String[] {file.toString()}));

    assertThat(out).isEqualTo("ERROR consistency.duplicate-position at /3/position: Position 3 is already used by"
        + " the grant at /2.\n4 records, 1 errors, 0 warnings\n");
  }

  @Test
  void printSample() throws Exception {
    String out = Console.capture(() -> PrintSample.main(new String[] {"en"}));
    assertThat(out).startsWith("令和6年度 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業） 9件\n")
        .contains("1. 特定非営利活動法人 イシュープラスデザイン [北海道] 北海道における、")
        .contains("9. 特定非営利活動法人 フローレンス [全国] ")
        .contains("1 finding: no errors, 1 warning, no infos\n"
            + "WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea");
  }
}
