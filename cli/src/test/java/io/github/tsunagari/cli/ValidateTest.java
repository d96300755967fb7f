package io.github.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.sample.SampleData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateTest {
  @TempDir
  static Path dir;
  private static Path sample;
  private static Path broken;
  private static Path lines;

  private String stdout;
  private String stderr;

  @BeforeAll
  static void files() throws Exception {
    sample = dir.resolve("fy2024.json");
    Files.writeString(sample, GrantJson.write(SampleData.fy2024()));
    broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"name\": 1, \"fiscalYear\": \"FY2024\"}");
    lines = dir.resolve("grants.jsonl");
    String grant = GrantJson.writeLine(SampleData.fy2024().getGrants().get(1)).trim();
    Files.writeString(lines, grant + "\n" + grant + "\n");
  }

  private int run(String stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Tsunagari.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        terminal, args);
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return exit;
  }

  @Test
  void theSampleHasOnlyAWarning() {
    assertThat(run("", false, "validate", "--lang", "en", sample.toString())).isZero();
    assertThat(stdout).startsWith(sample + ": 1 finding: no errors, 1 warning, no infos\n"
        + "WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea: ");
    assertThat(stderr).isEmpty();
  }

  @Test
  void amountsAndMenusAsSourcesWriteThemAreValidatedFromTheFile() throws Exception {
    // A list as published elsewhere: a menu with the FY2025 call's terms, amounts as Japanese text and as numbers.
    String json = GrantJson.write(SampleData.fy2024())
        .replaceFirst("\"grants\": \\[", "\"menus\": [{\"name\": \"担い手育成支援事業(民間団体)\","
            + " \"applicants\": [\"民間団体\"], \"ceiling\": \"600万円\", \"rate\": \"2/3\"}], \"grants\": [");
    json = json.replaceFirst("\"position\": 1,", "\"position\": 1, \"menu\": \"担い手育成支援事業(民間団体)\",")
        .replaceFirst("\"summary\":", "\"awardedAmount\": \"700万円\", \"eligibleCost\": 9000000, \"summary\":");
    assertThat(json).contains("\"menus\"", "\"menu\"", "\"awardedAmount\"");
    Path terms = dir.resolve("terms.json");
    Files.writeString(terms, json);
    assertThat(run("", false, "validate", "--lang=en", terms.toString())).isEqualTo(1);
    assertThat(stdout).contains("ERROR amount.over-ceiling at /grants/0/project/awardedAmount: The awarded amount"
        + " ¥7,000,000 exceeds the ceiling ¥6,000,000 of the menu 担い手育成支援事業(民間団体).")
        .contains("ERROR amount.over-rate at /grants/0/project/awardedAmount");
    assertThat(run("", false, "validate", "--lang=ja", terms.toString())).isEqualTo(1);
    assertThat(stdout).contains("交付決定額700万円が事業メニュー「担い手育成支援事業(民間団体)」の上限額600万円を超えています。");
  }

  @Test
  void warningsChangeTheExitCodeOnlyWhenStrict() {
    assertThat(run("", false, "validate", "--strict", sample.toString())).isEqualTo(1);
  }

  @Test
  void errorsGiveExitCodeOne() {
    assertThat(run("", false, "validate", "--lang", "ja", broken.toString())).isEqualTo(1);
    assertThat(stdout).contains("ERROR read.wrong-type 場所 /name（1行10列）");
  }

  @Test
  void anUnreadableFileOrMisuseGivesExitCodeTwo() {
    assertThat(run("", false, "validate", dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(stderr).contains("missing.json: no such file");
    assertThat(run("", false, "validate")).isEqualTo(2);
    assertThat(run("", false, "check", "x")).isEqualTo(2);
    assertThat(run("", false, "validate", "--format", "xml", "x")).isEqualTo(2);
    assertThat(stderr).contains("Usage: tsunagari validate");
    assertThat(run("", false, "validate", sample.toString(), dir.resolve("missing.json").toString()))
        .isEqualTo(2);
  }

  @Test
  void jsonOutputIsTheReportInItsJsonForm() throws Exception {
    assertThat(run("", false, "validate", "--format", "json", sample.toString())).isZero();
    JsonNode report = new ObjectMapper().readTree(stdout);
    assertThat(report.get("file").asText()).isEqualTo(sample.toString());
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("warnings").asInt()).isEqualTo(1);
    assertThat(report.get("findings").get(0).get("ruleId").asText()).isEqualTo("eligibility.single-prefecture-area");
    assertThat(report.get("findings").get(0).get("message").get("en").asText()).startsWith("The project area");
  }

  @Test
  void severalFilesInJsonFormAreOneJsonArray() throws Exception {
    assertThat(run("", false, "validate", "--format", "json", sample.toString(), broken.toString())).isEqualTo(1);
    JsonNode reports = new ObjectMapper().readTree(stdout);
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(2);
    assertThat(reports.get(1).get("errors").asInt()).isEqualTo(1);
  }

  @Test
  void standardInputAsJsonLinesIsStreamed() {
    String grant = GrantJson.writeLine(SampleData.fy2024().getGrants().get(1)).trim();
    assertThat(run(grant + "\n" + grant + "\n", false, "validate", "--lang", "en", "--jsonl", "-")).isEqualTo(1);
    assertThat(stdout).isEqualTo("-:\n"
        + "WARNING consistency.duplicate-organization at /1/grantee: The organisation \"一般社団法人 えんがお\""
        + " already receives the grant at /0.\n"
        + "ERROR consistency.duplicate-position at /1/position: Position 2 is already used by the grant at /0.\n"
        + "-: 2 records, 2 findings: 1 error, 1 warning, no infos\n");
  }

  @Test
  void jsonLinesFilesAreRecognisedByTheirName() {
    assertThat(run("", false, "validate", "--lang", "en", "--format", "json", lines.toString())).isEqualTo(1);
    assertThat(stdout).contains("\"errors\": 1,\n  \"warnings\": 1");
  }

  @Test
  void progressOnlyOnATerminalAndNotWhenQuiet() {
    run("", false, "validate", lines.toString());
    assertThat(stderr).isEmpty();
    run("", true, "validate", lines.toString());
    assertThat(stderr).contains("2 records").contains("MB/s");
    run("", true, "validate", "--quiet", lines.toString());
    assertThat(stderr).isEmpty();
  }

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    assertThat(run("", false, "validate", "--lang=en", "--format=json", sample.toString())).isZero();
    String joined = stdout;
    assertThat(run("", false, "validate", "--lang", "en", "--format", "json", sample.toString())).isZero();
    assertThat(joined).isEqualTo(stdout).contains("\"valid\": true");
  }

  @Test
  void theVersionIsTheProjects() {
    assertThat(run("", false, "--version")).isZero();
    assertThat(stdout).startsWith("tsunagari " + System.getProperty("tsunagari.version") + "\nJava ");
    assertThat(run("", false, "validate", "--version")).isZero();
    assertThat(stdout).startsWith("tsunagari " + System.getProperty("tsunagari.version"));
  }

  @Test
  void aFiscalYearIsReadAsOneAndABadOneIsMisuse() {
    assertThat(run("", false, "validate", "--lang=en", "--fiscal-year=令和6年度", lines.toString())).isEqualTo(1);
    assertThat(run("", false, "validate", "--fiscal-year", "令和0年度", lines.toString())).isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: Invalid value for option '--fiscal-year': ")
        .contains("令和0年度").contains("Usage: tsunagari validate");
    assertThat(stdout).isEmpty();
  }

  @Test
  void helpIsPrintedOnStandardOutputWithTheExitCodes() {
    assertThat(run("", false, "validate", "--help")).isZero();
    assertThat(stdout).startsWith("Usage: tsunagari validate").contains("--fiscal-year=FY", "Exit codes:",
        "2   a file could not be read, or the command was misused");
    assertThat(run("", false, "--help")).isZero();
    assertThat(stdout).startsWith("Usage: tsunagari").contains("validate");
    assertThat(run("", false)).isEqualTo(2);
    assertThat(stderr).startsWith("tsunagari: no command");
  }

  @Test
  void controlCharactersOfTheCommandLineAreEscapedInItsErrors() {
    assertThat(run("", false, "validate", "--\u001b[2J", sample.toString())).isEqualTo(2);
    assertThat(stderr).doesNotContain("\u001b").contains("\\u001B[2J");
    assertThat(run("", false, "\u001b]0;owned\u0007")).isEqualTo(2);
    assertThat(stderr).doesNotContain("\u001b").doesNotContain("\u0007");
  }
}
