package io.github.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.tables.GrantTableWriter;
import io.github.tsunagari.tables.TableHeaders;
import io.github.tsunagari.testkit.GrantArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tsunagari convert}: the frozen FY2024 published sheet to JSON, CSV and XLSX and back; CSV in Windows-31J;
 * rows with errors reported at their cells and not written; what may not reach a terminal.
 */
class ConvertTest {
  /** The Cabinet Office's FY2024 sheet as the tables module's tests keep it, read where it is. */
  static final Path SHEET = Path.of("../tables/src/main/resources/io/github/tsunagari/tables/fy2024-published-sheet.txt");

  @TempDir
  Path dir;

  private byte[] stdout;
  private String stderr;

  private int run(byte[] stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Tsunagari.run(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal, args);
    stdout = out.toByteArray();
    stderr = err.toString(StandardCharsets.UTF_8);
    return exit;
  }

  private int run(String... args) {
    return run(new byte[0], false, args);
  }

  private String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  private static GrantProgram program(Path json) throws Exception {
    return GrantJsonReader.create().readProgram(Files.readString(json)).orElseThrow();
  }

  private static List<Grant> grants(String jsonLines) {
    List<Grant> grants = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      grants.add(GrantJsonReader.create().readGrant(line).orElseThrow());
    }
    return grants;
  }

  @Test
  void theSheetToJsonXlsxAndCsvAndBack() throws Exception {
    assertThat(SHEET).exists();
    Path json = dir.resolve("fy2024.json");
    assertThat(run("convert", "--lang", "en", SHEET.toString(), "-o", json.toString())).isZero();
    assertThat(stderr).contains("29 findings: no errors").contains("(row 19, column D (事業区域))");
    GrantProgram fy2024 = program(json);
    assertThat(fy2024.getGrants()).hasSize(9);

    // XLSX keeps the program: back to the same JSON, byte for byte.
    Path xlsx = dir.resolve("fy2024.xlsx");
    assertThat(run("convert", "--headers", "ja", SHEET.toString(), "-o", xlsx.toString())).isZero();
    assertThat(stderr).doesNotContain("not written");
    assertThat(run("convert", xlsx.toString())).isZero();
    assertThat(out()).isEqualTo(Files.readString(json));

    // CSV holds grants only: a note names the program's facts left out, and the grants come back the same.
    Path csv = dir.resolve("fy2024.csv");
    assertThat(run("convert", "--lang", "en", SHEET.toString(), "-o", csv.toString())).isZero();
    assertThat(stderr).contains("the program's own facts (name, ", "fiscalYear", "aims")
        .contains("are not written: csv holds grants only; convert --to json or --to xlsx to keep them");
    assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF); // UTF-8 with a byte order mark, for Excel
    assertThat(run("convert", "--to", "jsonl", csv.toString())).isZero();
    assertThat(grants(out())).isEqualTo(fy2024.getGrants());
    assertThat(run("convert", "--to", "json", csv.toString())).isZero();
    assertThat(out()).startsWith("[\n  {\n    \"position\": 1,");
  }

  @Test
  void aStreamOfGrantsToCsvAndXlsxIsWrittenFromASpooledCopy() throws Exception {
    Path lines = dir.resolve("grants.jsonl");
    StringBuilder text = new StringBuilder();
    SampleData.fy2024().getGrants().forEach(g -> text.append(GrantJson.writeLine(g)));
    Files.writeString(lines, text);
    Path xlsx = dir.resolve("grants.xlsx");
    assertThat(run("convert", lines.toString(), "-o", xlsx.toString())).isZero();
    assertThat(run("convert", "--to", "jsonl", xlsx.toString())).isZero();
    assertThat(out()).isEqualTo(text.toString());
    // From standard input, to standard output.
    assertThat(run(text.toString().getBytes(StandardCharsets.UTF_8), false, "convert", "--from", "jsonl", "--to",
        "csv", "--headers", "ja", "-")).isZero();
    assertThat(out()).startsWith("\uFEFF番号,");
  }

  @Test
  void csvInWindows31jToJson() throws Exception {
    Charset sjis = Charset.forName("windows-31j");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Grant> grants = SampleData.fy2024().getGrants();
    GrantTableWriter.create().withHeaders(TableHeaders.JAPANESE_TITLES).withEncoding(sjis).writeCsv(grants, bytes);
    Path csv = dir.resolve("sjis.csv");
    Files.write(csv, bytes.toByteArray());

    assertThat(run("convert", "--lang", "en", "--to", "jsonl", csv.toString())).isZero();
    assertThat(grants(out())).isEqualTo(grants);
    assertThat(stderr).contains("INFO read.encoding").contains("Windows-31J");
    assertThat(run("convert", "--encoding", "windows-31j", "--to", "jsonl", csv.toString())).isZero();
    assertThat(grants(out())).isEqualTo(grants);
    // Written back in Windows-31J, read the same.
    Path back = dir.resolve("back.csv");
    assertThat(run("convert", "--encoding", "Windows-31J", "--headers", "ja", csv.toString(), "-o",
        back.toString())).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(bytes.toByteArray());
  }

  @Test
  void rowsWithErrorsAreReportedAtTheirCellsAndNotWritten() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Grant> grants = SampleData.fy2024().getGrants();
    GrantTableWriter.create().writeCsv(grants, bytes);
    String text = bytes.toString(StandardCharsets.UTF_8);
    String[] rows = text.split("\r\n");
    rows[2] = rows[2].replaceFirst("\"?GENERAL_INCORPORATED_ASSOCIATION\"?", "NO_SUCH_FORM");
    assertThat(rows[2]).contains("NO_SUCH_FORM");
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, String.join("\r\n", rows) + "\r\n");

    Path out = dir.resolve("good.jsonl");
    assertThat(run("convert", "--lang", "en", csv.toString(), "-o", out.toString())).isEqualTo(1);
    assertThat(stderr).containsPattern("ERROR read\\.[a-z-]+ at /1/grantee/legalForm \\(row 3, column [A-Z]+ "
            + "\\(grantee/legalForm\\)\\)")
        .contains("1 record with errors not written, " + (grants.size() - 1) + " written");
    List<Grant> expected = new ArrayList<>(grants);
    expected.remove(1);
    assertThat(grants(Files.readString(out))).isEqualTo(expected);
    // The report as JSON on standard error: one document, the note in it.
    assertThat(run("convert", "--format", "json", "--to", "jsonl", csv.toString())).isEqualTo(1);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(stderr).get("notes").get(0).asText())
        .startsWith("1 record with errors not written");
  }

  @Test
  void aProgramWithErrorsIsNotWrittenAndAFileGivenIsLeftAsItWas() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"name\": 1, \"fiscalYear\": \"FY2024\"}");
    Path out = dir.resolve("out.xlsx");
    Files.writeString(out, "before");
    assertThat(run("convert", "--lang", "en", broken.toString(), "-o", out.toString())).isEqualTo(1);
    assertThat(stderr).contains("ERROR read.wrong-type").contains("nothing written: a program is written only whole");
    assertThat(out).hasContent("before");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("broken.json", "out.xlsx");
  }

  @Test
  void xlsxIsNeverWrittenToATerminal() {
    assertThat(run(new byte[0], true, "convert", "--to", "xlsx", SHEET.toString())).isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: XLSX is binary and is not written to a terminal");
    assertThat(stdout).isEmpty();
    assertThat(run(new byte[0], false, "convert", "--to", "xlsx", SHEET.toString())).isZero();
    assertThat(stdout).startsWith('P', 'K');
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("convert", "--help")).isZero();
    assertThat(out()).startsWith("Usage: tsunagari convert").contains("--from=sheet|csv|xlsx|json|jsonl",
        "--to=json|jsonl|csv|xlsx", "--headers=paths|ja", "--encoding=UTF-8|Windows-31J|Shift_JIS", "-o, --output=FILE",
        "--format=text|json", "--lang=ja|en", "Exit codes:", "not written");
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("convert", "validate");
  }

  /** The value lists the usage shows (picocli takes them as constants) are the formats' own names, in their order. */
  @Test
  void theFormatsTheUsageListsAreTheFormats() {
    picocli.CommandLine line = Tsunagari.commandLine(new ByteArrayInputStream(new byte[0]), System.out, System.err,
        new Tsunagari.Terminal(false, false));
    picocli.CommandLine.Model.CommandSpec convert = line.getSubcommands().get("convert").getCommandSpec();
    assertThat(convert.findOption("--from").paramLabel()).isEqualTo(String.join("|",
        java.util.Arrays.stream(GrantInput.Format.values()).map(Object::toString).toList()));
    assertThat(convert.findOption("--to").paramLabel()).isEqualTo(String.join("|",
        java.util.Arrays.stream(Convert.Target.values()).map(Object::toString).toList()));
    assertThat(line.getSubcommands().get("validate").getCommandSpec().findOption("--from").paramLabel())
        .isEqualTo(convert.findOption("--from").paramLabel());
  }

  @Test
  void anUnknownFormatIsMisuseSaidOnOneLine() {
    assertThat(run("convert", "--from", "xml", SHEET.toString())).isEqualTo(2);
    assertThat(stderr.lines().findFirst()).hasValue("tsunagari: Invalid value for option '--from': expected one of "
        + "[sheet, csv, xlsx, json, jsonl, 360giving, gbizinfo, rs, jgrants] (case-insensitive) but was 'xml'");
    assertThat(stdout).isEmpty();
    assertThat(run("convert", "--encoding", "latin1", SHEET.toString())).isEqualTo(2);
    assertThat(stderr.lines().findFirst().orElseThrow()).contains("expected one of [UTF-8, Windows-31J, Shift_JIS]");
  }

  @Test
  void validateReadsTheSameFormats() throws Exception {
    assertThat(run("validate", "--lang", "en", SHEET.toString())).isZero();
    assertThat(out()).contains("29 findings: no errors").contains("(row 19, column D (事業区域))");
    Path xlsx = dir.resolve("fy2024.xlsx");
    Path csv = dir.resolve("fy2024.csv");
    run("convert", SHEET.toString(), "-o", xlsx.toString());
    run("convert", SHEET.toString(), "-o", csv.toString());
    assertThat(run("validate", "--lang", "en", xlsx.toString(), csv.toString())).isZero();
    assertThat(out()).contains(xlsx + ": 19 findings").contains(csv + ": 9 records, 20 findings");
    Path renamed = dir.resolve("sheet.data");
    Files.copy(SHEET, renamed);
    assertThat(run("validate", "--from", "sheet", renamed.toString())).isZero();
  }

  /** A program with every fact 360Giving requires and two grants or more, from the testkit's generator. */
  private static GrantProgram complete() {
    return GrantArbitraries.completePrograms().filter(p -> p.getGrants().size() >= 2).sample();
  }

  /** The funder as in the interchange module's tests: 内閣官房 and its corporate number, verified in domain.md. */
  private static final String[] GIVING = {"--to", "360giving", "--prefix", "360G-example", "--funder", "内閣官房",
      "--funder-number", "3000012010001"};

  private static String[] convert(String[] options, String... more) {
    List<String> args = new ArrayList<>(List.of("convert", "--lang", "en"));
    args.addAll(List.of(options));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aCompleteProgramTo360Giving() throws Exception {
    GrantProgram program = complete();
    Path json = dir.resolve("complete.json");
    Files.writeString(json, GrantJson.write(program));
    assertThat(run(convert(GIVING, json.toString()))).as(stderr).isZero();
    assertThat(out()).startsWith("{").contains("\"currency\":\"JPY\"", "\"id\":\"360G-example-kodoku-FY");
    assertThat(out().split("\"amountAwarded\"", -1)).hasSize(program.getGrants().size() + 1);
    Path package360 = dir.resolve("package.json");
    assertThat(run(convert(GIVING, json.toString(), "-o", package360.toString()))).isZero();
    assertThat(stdout).isEmpty();
    assertThat(Files.readString(package360)).startsWith("{").contains("\"currency\":\"JPY\"");
  }

  @Test
  void aProgramLackingFactsIsNotWrittenTo360GivingUnlessAsked() throws Exception {
    Path sample = dir.resolve("fy2024.json");
    Files.writeString(sample, GrantJson.write(SampleData.fy2024()));
    Path target = dir.resolve("package.json");
    assertThat(run(convert(GIVING, sample.toString(), "-o", target.toString()))).isEqualTo(1);
    assertThat(target).doesNotExist();
    assertThat(stderr).contains("ERROR export.360giving.no-award-date at /grants/0/awardDate")
        .contains("nothing written: 360Giving requires facts that 36 findings say the data lacks");
    assertThat(run(convert(GIVING, sample.toString(), "--local-recipient-ids"))).isEqualTo(1);
    assertThat(stderr).contains("INFO export.360giving.local-recipient-id at /grants/0/grantee/corporateNumber")
        .doesNotContain("export.360giving.no-recipient-id")
        .contains("nothing written: 360Giving requires facts that 27 findings say the data lacks");

    GrantProgram program = complete();
    List<Grant> grants = new ArrayList<>(program.getGrants());
    grants.set(0, Grant.builder().from(grants.get(0)).awardDate(java.util.Optional.empty()).build());
    Path one = dir.resolve("one-lacking.json");
    Files.writeString(one, GrantJson.write(GrantProgram.builder().from(program).grants(grants).build()));
    assertThat(run(convert(GIVING, one.toString(), "--complete-grants-only"))).as(stderr).isEqualTo(1);
    assertThat(out().split("\"amountAwarded\"", -1)).as(stderr).hasSize(grants.size());
    assertThat(stderr).contains("ERROR export.360giving.no-award-date at /grants/0/awardDate",
        "INFO export.360giving.grant-left-out", (grants.size() - 1) + " of " + grants.size() + " grants written");
  }

  /** The FY2024 sample with an id, award dates and amounts stated, which its sheet does not give: a test fixture. */
  private Path sampleWithStandIns() throws Exception {
    GrantProgram sample = SampleData.fy2024();
    List<Grant> grants = new ArrayList<>();
    for (Grant g : sample.getGrants()) {
      grants.add(Grant.builder().from(g).awardDate(sample.getFiscalYear().getStartDate())
          .project(io.github.tsunagari.program.Project.builder().from(g.getProject())
              .awardedAmount(io.github.tsunagari.money.Yen.of(1_000_000)).build()).build());
    }
    Path json = dir.resolve("stand-ins.json");
    Files.writeString(json, GrantJson.write(GrantProgram.builder().from(sample)
        .id(io.github.tsunagari.program.Identifier.of("kodoku-FY2024")).grants(grants).build()));
    return json;
  }

  @Test
  void a360GivingSpreadsheetIsWrittenAsXlsxAndCsvOnlyWhereOneSheetHoldsIt() throws Exception {
    Path json = sampleWithStandIns();
    Path xlsx = dir.resolve("package.xlsx");
    assertThat(run(convert(GIVING, json.toString(), "--local-recipient-ids", "--headers", "titles", "-o",
        xlsx.toString()))).as(stderr).isZero();
    String sheets;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      StringBuilder text = new StringBuilder();
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/workbook.xml")) {
          text.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      sheets = text.toString();
    }
    assertThat(sheets).contains("name=\"grants\"", "Recipient Org:Identifier", "360G-example-ORG-");

    // Row 4 serves five prefectures: their locations need a sheet of their own, which a CSV file cannot hold.
    Path csv = dir.resolve("package.csv");
    assertThat(run(convert(GIVING, json.toString(), "--local-recipient-ids", "-o", csv.toString()))).isEqualTo(2);
    assertThat(stderr).contains("a CSV file holds one sheet, and this package needs the sheets");
    assertThat(csv).doesNotExist();

    assertThat(run(convert(GIVING, json.toString(), "--headers", "ja", "-o", xlsx.toString()))).isEqualTo(2);
    assertThat(stderr).contains("--headers ja is not a header of 360Giving's spreadsheets");
    assertThat(run("convert", "--headers", "titles", json.toString())).isEqualTo(2);
    assertThat(stderr).contains("--headers titles is not a header of grant tables");
  }

  @Test
  void to360GivingNeedsThePrefixTheFunderAndAProgram() throws Exception {
    Path sample = dir.resolve("fy2024.json");
    Files.writeString(sample, GrantJson.write(SampleData.fy2024()));
    assertThat(run("convert", "--to", "360giving", sample.toString())).isEqualTo(2);
    assertThat(stderr).contains("--to 360giving needs --prefix");
    assertThat(run("convert", "--to", "360giving", "--prefix", "example", "--funder", "x", sample.toString()))
        .isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: --prefix: ");
    assertThat(run("convert", "--to", "360giving", "--prefix", "360G-x", "--funder", "x", "--funder-number",
        "1234567890123", sample.toString())).isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: --funder-number: ").doesNotContain("\tat ");
    Path lines = dir.resolve("grants.jsonl");
    StringBuilder text = new StringBuilder();
    SampleData.fy2024().getGrants().forEach(g -> text.append(GrantJson.writeLine(g)));
    Files.writeString(lines, text);
    // JSON Lines hold grants only: refused from the options, before reading.
    assertThat(run(convert(GIVING, lines.toString()))).isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: 360Giving is written from a program").contains("jsonl holds none");
    // A JSON document may be a program: a list of grants is known to be one only once read.
    Path array = dir.resolve("grants.json");
    Files.writeString(array, GrantJson.write(SampleData.fy2024().getGrants()));
    assertThat(run(convert(GIVING, array.toString()))).isEqualTo(2);
    assertThat(stderr).contains("nothing written: 360Giving is written from a program");
    assertThat(stdout).isEmpty();
  }

  @Test
  void from360GivingBack() throws Exception {
    GrantProgram program = complete();
    Path json = dir.resolve("complete.json");
    Files.writeString(json, GrantJson.write(program));
    Path package360 = dir.resolve("package.json");
    assertThat(run(convert(GIVING, json.toString(), "-o", package360.toString()))).as(stderr).isZero();

    assertThat(run("convert", "--lang", "en", "--from", "360giving", "--to", "jsonl", package360.toString()))
        .as(stderr).isIn(0, 1);
    assertThat(grants(out())).hasSize(program.getGrants().size());
    assertThat(grants(out()).get(0).getProject().getTitle()).isEqualTo(program.getGrants().get(0).getProject()
        .getTitle());
    assertThat(stderr).contains(program.getGrants().size() + " records");
    assertThat(run("validate", "--lang", "en", "--from", "360GIVING", package360.toString())).isIn(0, 1);
    assertThat(out()).contains(program.getGrants().size() + " records");
  }

  @Test
  void fromGBizInfoKeepsOtherSubsidiesApart() throws Exception {
    // The real record of 7100005012040 (園芸施設共済…, ../shared/domain.md): another subsidy, said and not imported.
    String record = "{\"hojin-infos\":[{\"corporate_number\":\"7100005012040\",\"subsidy\":[{"
        + "\"date_of_approval\":\"2024-03-29\",\"title\":\"園芸施設共済に係る農業共済組合連合会等交付金\","
        + "\"amount\":\"1781931\",\"target\":null,\"government_departments\":\"農林水産省\",\"note\":null,"
        + "\"joint_signatures\":null,\"subsidy_resource\":null}]}]}";
    Path json = dir.resolve("gbizinfo.json");
    Files.writeString(json, record);
    assertThat(run("convert", "--lang", "en", "--from", "gbizinfo", "--to", "jsonl", json.toString())).isZero();
    assertThat(out()).isEmpty();
    assertThat(stderr).contains("INFO import.gbizinfo.other-subsidy at /hojin-infos/0/subsidy/0/title",
        "0 records");

    // This program's records, as the bulk CSV writes them, come in as grants.
    List<io.github.tsunagari.interchange.gbizinfo.SubsidyRecord> records = new ArrayList<>();
    // gBizINFO's title (補助金等) is the subsidy's name: the grants' project titles are this program's name.
    for (Grant g : complete().getGrants()) {
      records.add(io.github.tsunagari.interchange.gbizinfo.GBizInfo.toRecord(Grant.builder().from(g)
          .project(io.github.tsunagari.program.Project.builder().from(g.getProject())
              .title(io.github.tsunagari.interchange.gbizinfo.GBizInfo.PROGRAM_TITLES.get(0)).build())
          .build()));
    }
    Path csv = dir.resolve("gbizinfo.csv");
    try (java.io.OutputStream o = Files.newOutputStream(csv)) {
      io.github.tsunagari.interchange.gbizinfo.GBizInfo.writeCsv(records, o);
    }
    run("convert", "--lang", "en", "--from", "gbizinfo", "--to", "jsonl", csv.toString());
    assertThat(out()).as(stderr).isNotEmpty();
    assertThat(grants(out())).as(stderr).hasSize(records.size());
  }

  @Test
  void fromTheRsSystemForOneBudgetProject() throws Exception {
    // As README's example: the RS system's 5-1 table, UTF-8 with a byte order mark.
    String csv = "\uFEFF予算事業ID,事業名,事業年度,支出先ブロック番号,支出先ブロック名,事業を行う上での役割,ブロックの合計支出額,"
        + "支出先名,法人番号,支出先の合計支出額,金額\n"
        + "1,内閣人事局経費,2024,A,株式会社ウルフスタイル,ウェブ会議システムを利用した研修の運営支援に関する業務,3025000,,,,\n"
        + "1,内閣人事局経費,2024,A,,,,株式会社ウルフスタイル,,3025000,\n";
    Path table = dir.resolve("5-1_RS_2024_支出先_支出情報.csv");
    Files.writeString(table, csv);
    assertThat(run("convert", "--from", "rs", table.toString())).isEqualTo(2);
    assertThat(stderr).contains("give --budget-project ID or --budget-project-name NAME");
    assertThat(run("convert", "--from", "rs", "--budget-project", "1", "--budget-project-name", "内閣人事局経費",
        table.toString())).isEqualTo(2);
    assertThat(stderr).contains("not both");
    assertThat(run("convert", "--lang", "en", "--from", "rs", "--budget-project", "1", table.toString()))
        .as(stderr).isIn(0, 1);
    assertThat(out()).contains("\"ウルフスタイル\"", "3025000");
    assertThat(run("validate", "--lang", "en", "--from", "rs", "--budget-project-name", "内閣人事局経費",
        table.toString())).isIn(0, 1);
    assertThat(out()).contains("WARNING eligibility.unresolved-area at /grants/0/project/serviceArea");
  }

  @Test
  void fromJGrantsAsMenus() throws Exception {
    Path call = dir.resolve("call.json");
    Files.writeString(call, "{\"result\":[{\"id\":\"a0W000TEST\",\"title\":\"テスト補助金\","
        + "\"subsidy_max_limit\":6000000,\"subsidy_rate\":\"1/2以内\",\"target_area_search\":\"東京都 / 大阪府\"}]}");
    assertThat(run("convert", "--lang", "en", "--from", "jgrants", call.toString())).as(stderr).isZero();
    assertThat(out()).startsWith("[").contains("テスト補助金", "1/2以内", "6000000");
    assertThat(stderr).contains("target area and acceptance period are not part of the model's menu");
    assertThat(run("convert", "--from", "jgrants", "--to", "csv", call.toString())).isEqualTo(2);
    assertThat(stderr).contains("written as JSON only");
    // Decided by the options alone, before the input is read: no report of it.
    assertThat(stderr).doesNotContain("finding");
    assertThat(run(convert(GIVING, "--from", "gbizinfo", call.toString()))).isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: 360Giving is written from a program").contains("gbizinfo holds none")
        .doesNotContain("finding");
    assertThat(run("convert", "--from", "nowhere", call.toString())).isEqualTo(2);
    assertThat(stderr).contains("360giving, gbizinfo, rs, jgrants]");
  }

  /** In a JVM of its own, as a user runs it: POI's Log4j warning never reaches standard error. */
  @Test
  void noLoggingLineFromPoiReachesTheUser() throws Exception {
    Path xlsx = dir.resolve("fy2024.xlsx");
    assertThat(run("convert", SHEET.toString(), "-o", xlsx.toString())).isZero();
    String java = ProcessHandle.current().info().command()
        .orElse(new File(System.getProperty("java.home"), "bin/java").getPath());
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Tsunagari.class.getName(), "convert", "--lang", "en", "--quiet", "--to", "csv", xlsx.toString(), "-o",
        dir.resolve("out.csv").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(err).doesNotContain("Log4j", "StatusLogger", "Exception").contains("19 findings");
  }
}
