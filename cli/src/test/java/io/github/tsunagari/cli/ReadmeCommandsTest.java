package io.github.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.interchange.threesixtygiving.Funder;
import io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.testkit.GrantArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command line the README shows ({@code $ cli/target/tsunagari/bin/tsunagari …}) runs, in the README's order, in
 * a folder with the files it names (the published sheet; an RS table and a 360Giving package made here, the README's
 * examples naming files a user has), and ends with exit code 0 or 1, never misuse; where the README shows what a
 * command prints, it prints that.
 */
class ReadmeCommandsTest {
  private static final String PROMPT = "$ cli/target/tsunagari/bin/tsunagari ";
  private static final Path ROOT = Path.of("..");

  @TempDir
  Path dir;

  @Test
  void everyCommandTheReadmeShowsRuns() throws Exception {
    Files.copy(ConvertTest.SHEET, dir.resolve("fy2024-published-sheet.txt"));
    try (OutputStream o = Files.newOutputStream(dir.resolve("5-1_RS_2024_支出先_支出情報.zip"));
        ZipOutputStream zip = new ZipOutputStream(o, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry("5-1_RS_2024_支出先_支出情報.csv"));
      zip.write(("\uFEFF予算事業ID,事業名,事業年度,支出先ブロック番号,支出先ブロック名,事業を行う上での役割,"
          + "ブロックの合計支出額,支出先名,法人番号,支出先の合計支出額,金額\n"
          + "1,内閣人事局経費,2024,A,株式会社ウルフスタイル,研修の運営支援,3025000,,,,\n"
          + "1,内閣人事局経費,2024,A,,,,株式会社ウルフスタイル,,3025000,\n").getBytes(StandardCharsets.UTF_8));
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("package.json"))) {
      ThreeSixtyGiving.exporter("360G-example", Funder.of("内閣官房", CorporateNumber.of("3000012010001")))
          .export(GrantArbitraries.completePrograms().sample()).writeTo(o);
    }

    List<String> lines = Files.readAllLines(Path.of(System.getProperty("tsunagari.readme")));
    int commands = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith(PROMPT)) {
        continue;
      }
      commands++;
      List<String> args = new ArrayList<>(Arrays.asList(lines.get(i).substring(PROMPT.length()).split(" ")));
      Path redirect = null;
      if (args.size() > 2 && args.get(args.size() - 2).equals(">")) {
        redirect = dir.resolve(args.remove(args.size() - 1));
        args.remove(args.size() - 1);
      }
      List<String> named = new ArrayList<>();
      for (String a : args) { // a file of the repository where it is one, else one of the folder
        named.add(a.startsWith("-") || !a.contains(".") || a.matches("[0-9.]+") ? a
            : Files.exists(ROOT.resolve(a)) ? ROOT.resolve(a).toString() : dir.resolve(a).toString());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exit = Tsunagari.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
          StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false,
          named.toArray(String[]::new));
      assertThat(exit).as(lines.get(i)).isIn(0, 1);
      if (redirect != null) {
        Files.write(redirect, out.toByteArray());
        assertThat(redirect).as(lines.get(i)).isNotEmptyFile();
      }
      // What the README shows the command printing, up to an ellipsis, is what it printed.
      String printed = out.toString(StandardCharsets.UTF_8);
      for (int k = i + 1; k < lines.size() && !lines.get(k).startsWith("$ ") && !lines.get(k).startsWith("```"); k++) {
        String shown = lines.get(k).endsWith(" …") ? lines.get(k).substring(0, lines.get(k).length() - 2)
            : lines.get(k);
        assertThat(printed.replace(ROOT.resolve("").toString() + "/", "")).as(lines.get(i)).contains(shown);
      }
    }
    assertThat(commands).as("commands in the README").isGreaterThanOrEqualTo(5);
  }
}
