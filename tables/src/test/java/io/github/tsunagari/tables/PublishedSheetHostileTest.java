package io.github.tsunagari.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.RuleCategory;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile variants of the sheet: each problem is a located finding, the rest is still read, and nothing
 * throws.
 */
class PublishedSheetHostileTest {
  private static final GrantValidator VALIDATOR = GrantValidator.create();
  /** Loaded once, for JUnit's tests and jqwik's properties alike (jqwik runs no {@code @BeforeAll}). */
  private static final String sheet = load();
  private static final List<String> lines = Arrays.asList(sheet.split("\n", -1));

  private static String load() {
    try (InputStream in = PublishedSheet.openFy2024()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sheet with line {@code number} (from 1) replaced. */
  private static String withLine(int number, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(number - 1, text);
    return String.join("\n", copy);
  }

  private static List<Finding> errors(ReadResult<GrantProgram> r) {
    return r.getReport().getFindings(Severity.ERROR);
  }

  private static Finding only(ReadResult<GrantProgram> r) {
    assertThat(errors(r)).as(r.getReport().toText(Locale.ENGLISH)).hasSize(1);
    return errors(r).get(0);
  }

  /**
   * Every finding names its place (a finding of validation the place its value was read from, where it was read); the
   * value is given only without an error of reading.
   */
  private static void wellFormed(ReadResult<GrantProgram> r) {
    assertThat(r.getReport().getFindings()).allSatisfy(f -> assertThat(f.getLocation()).as(f.toString()).isPresent());
    assertThat(r.getValue().isPresent()).isEqualTo(r.getReport().getFindings(Severity.ERROR).stream()
        .noneMatch(f -> f.getCategory() == RuleCategory.READING));
    // Every message can be written, in either language.
    assertThat(r.getReport().toText(Locale.JAPANESE)).isNotBlank();
    assertThat(r.getReport().toText(Locale.ENGLISH)).isNotBlank();
  }

  @Test
  void aRowWithAMissingColumnIsReportedAtTheCellWhereItShouldBeAndTheOtherRowsAreRead() {
    // Row 9 (line 31) without its 事業区域.
    String row9 = lines.get(30);
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(31, row9.substring(0, row9.lastIndexOf('\t'))),
        VALIDATOR);
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_MISSING_PROPERTY);
    assertThat(f.getPath()).isEqualTo("/grants/8/project/serviceArea");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 31, 4, "事業区域"));
    assertThat(r.getValue()).isEmpty();
    // The eight other rows are still read and validated: row 1's single-prefecture area, at its cell.
    assertThat(r.getReport().getFindings()).anySatisfy(w -> {
      assertThat(w.getRule()).isEqualTo(Rule.SINGLE_PREFECTURE_AREA);
      assertThat(w.getLocation()).contains(SourceLocation.ofCell("", 19, 4, "事業区域"));
    });
  }

  @Test
  void anUnknownLegalFormIsAnInvalidValueWithItsTypedReason() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(29, lines.get(28)
        .replace("特定非営利活動法人 全国こども食堂支援センター・むすびえ", "相互会社 むすびえ")));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_INVALID_VALUE);
    assertThat(f.getPath()).isEqualTo("/grants/6/grantee/legalForm");
    assertThat(f.getValue()).contains("相互会社 むすびえ");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 29, 2, "団体名/事業名"));
    assertThat(f.getMessage(Locale.ENGLISH)).contains("organisation");
  }

  @Test
  void aHeadOfficeThatIsNoPrefectureIsAnInvalidValueAtTheCell() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(28, lines.get(27).replace("(大阪府)", "(吹田市)")));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_INVALID_VALUE);
    assertThat(f.getPath()).isEqualTo("/grants/5/grantee/headOffice");
    assertThat(f.getValue()).contains("吹田市");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 28, 2, "団体名/事業名"));
    assertThat(f.getMessage(Locale.ENGLISH)).contains(InvalidValueException.Subject.PREFECTURE.getEnglishName());
  }

  @Test
  void theConsortiumsHeadOfficeIsThePlaceOfItsRepresentative() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(30, lines.get(29).replace("(兵庫県)", "(兵庫)x")));
    // 「(兵庫)x」 is no bracket standing alone: the cell cannot be split into organisation, head office and title.
    assertThat(only(r).getPath()).isEqualTo("/grants/7/grantee");
    ReadResult<GrantProgram> s = PublishedSheet.read(withLine(30, lines.get(29).replace("(兵庫県)", "(神戸)")));
    assertThat(only(s).getPath()).isEqualTo("/grants/7/grantee/representative/headOffice");
  }

  @Test
  void anEmptyInputIsReportedNotThrown() {
    for (ReadResult<GrantProgram> r : List.of(PublishedSheet.read(""),
        PublishedSheet.read(new ByteArrayInputStream(new byte[0])), PublishedSheet.read("\uFEFF\n \n\t\n"))) {
      wellFormed(r);
      assertThat(r.getValue()).isEmpty();
      assertThat(errors(r)).extracting(Finding::getRuleId).containsExactlyInAnyOrder(
          "read.missing-property", "read.missing-property", "read.no-header");
      assertThat(errors(r)).extracting(Finding::getPath).containsExactlyInAnyOrder("/fiscalYear", "/name", "");
    }
  }

  @Test
  void aSheetWithoutTheTableHasNoHeaderAndTheRestIsRead() {
    String top = String.join("\n", lines.subList(0, 17));
    ReadResult<GrantProgram> r = PublishedSheet.read(top, VALIDATOR);
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_NO_HEADER);
    // The last line of the text: line 16, before the final line break.
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 16, 1, ""));
    // What is there is still read and validated: 9 grantees stated, none listed.
    assertThat(r.getReport().getFindings()).anySatisfy(w -> {
      assertThat(w.getRule()).isEqualTo(Rule.GRANTEE_COUNT_MISMATCH);
      assertThat(w.getLocation()).contains(SourceLocation.ofCell("", 13, 1, ""));
    });
  }

  @Test
  void aNumberThatIsNotANumberIsAnInvalidValueAtItsCell() {
    for (String number : List.of("一", "1a", "0", "-3", "99999999999")) {
      ReadResult<GrantProgram> r = PublishedSheet.read(withLine(20, number + lines.get(19).substring(1)));
      wellFormed(r);
      Finding f = only(r);
      assertThat(f.getRule()).isEqualTo(Rule.READ_INVALID_VALUE);
      assertThat(f.getPath()).isEqualTo("/grants/1/position");
      assertThat(f.getValue()).contains(number);
      assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 20, 1, ""));
    }
    // Full-width digits are a number.
    assertThat(PublishedSheet.read(withLine(20, "２" + lines.get(19).substring(1))).isValid()).isTrue();
  }

  @Test
  void controlCharactersAreKeptAsWrittenAndReportedAtTheirCellByValidation() {
    String bell = withLine(23, lines.get(22).replace("プロボノワーカー", "プロボノ\u0007ワーカー"));
    ReadResult<GrantProgram> read = PublishedSheet.read(bell);
    assertThat(read.getValue().orElseThrow().getGrants().get(4).getProject().getSummary()).contains("\u0007");
    ReadResult<GrantProgram> r = PublishedSheet.read(bell, VALIDATOR);
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.CONTROL_CHARACTER_IN_TEXT);
    assertThat(f.getPath()).isEqualTo("/grants/4/project/summary");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 23, 3, "概要"));
    assertThat(f.toText(Locale.ENGLISH)).doesNotContain("\u0007");
    // In the number or the head office, a control character makes the value unreadable.
    ReadResult<GrantProgram> n = PublishedSheet.read(withLine(23, "\u0000" + lines.get(22)));
    assertThat(only(n).getPath()).isEqualTo("/grants/4/position");
    assertThat(only(n).getLocation()).contains(SourceLocation.ofCell("", 23, 1, ""));
    ReadResult<GrantProgram> h = PublishedSheet.read(withLine(23, lines.get(22).replace("(東京都)", "(東京都\u001b)")));
    assertThat(only(h).getPath()).isEqualTo("/grants/4/grantee/headOffice");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirByteAndTheRestIsRead() {
    byte[] good = sheet.getBytes(StandardCharsets.UTF_8);
    int at = sheet.substring(0, sheet.indexOf("NPOメンタリングプログラム")).getBytes(StandardCharsets.UTF_8).length;
    byte[] bad = good.clone();
    bad[at] = (byte) 0xFF; // 'N' of row 5's title
    ReadResult<GrantProgram> r = PublishedSheet.read(new ByteArrayInputStream(bad));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_SYNTAX);
    assertThat(f.getLocation()).contains(SourceLocation.ofByte(at, 23));
  }

  @Test
  void aCellBeyondTheHeaderIsARaggedRow() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(19, lines.get(18) + "\t\t余分"));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_RAGGED_ROW);
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 19, 6, ""));
    assertThat(PublishedSheet.read(withLine(19, lines.get(18) + "\t \t")).isValid()).isTrue();
  }

  @Test
  void aLineTheLayoutDoesNotHaveIsReportedNotDropped() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(7, "別添資料あり"));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.READ_UNKNOWN_PROPERTY);
    assertThat(f.getValue()).contains("別添資料あり");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 7, 1, ""));
  }

  @Test
  void aPlanDecidedOnADayThatDoesNotExistIsAnInvalidValue() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(8, lines.get(7).replace("令和6年6月11日", "令和6年2月30日")));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getPath()).isEqualTo("/policyPlan/decisionDate");
    assertThat(f.getValue()).contains("令和6年2月30日");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 8, 1, ""));
  }

  @Test
  void aTitleLineWithoutAFiscalYearIsReportedAtItsLine() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(4, lines.get(3).replace("令和6年度", "令和九年度")));
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getPath()).isEqualTo("/fiscalYear");
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 4, 1, ""));
  }

  @Test
  void aConsortiumMarkWithoutATitleIsAMissingTitle() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(30, lines.get(29)
        .replace("※ 孤独・孤立対策のための中間支援3.0『ひょうごモデル』推進事業 ※", "※ ※")));
    wellFormed(r);
    assertThat(only(r).getPath()).isEqualTo("/grants/7/project/title");
  }

  @Test
  void markupInsideACellIsLeftForValidation() {
    ReadResult<GrantProgram> r = PublishedSheet.read(withLine(28, lines.get(27).replace("環境を整備する。",
        "環境を<br>整備する。")), VALIDATOR);
    wellFormed(r);
    Finding f = only(r);
    assertThat(f.getRule()).isEqualTo(Rule.MARKUP_IN_TEXT);
    assertThat(f.getLocation()).contains(SourceLocation.ofCell("", 28, 3, "概要"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<String> copy = new ArrayList<>(lines);
    copy.set(3, "令和6年度");
    copy.set(19, "x" + lines.get(19).substring(1));
    copy.set(20, lines.get(20).replace("公益社団法人", "相互会社"));
    copy.set(27, lines.get(27).replace("(大阪府)", "(北摂)"));
    copy.set(30, lines.get(30).substring(0, lines.get(30).indexOf('\t')));
    ReadResult<GrantProgram> r = PublishedSheet.read(String.join("\n", copy), VALIDATOR);
    wellFormed(r);
    assertThat(errors(r)).extracting(Finding::getPath).containsExactlyInAnyOrder("/name", "/grants/1/position",
        "/grants/2/grantee/legalForm", "/grants/5/grantee/headOffice", "/grants/8/grantee",
        "/grants/8/project/title", "/grants/8/project/summary", "/grants/8/project/serviceArea");
  }

  @Property(tries = 300)
  void anyTextIsReadWithoutAnExceptionAndEveryFindingIsPlaced(@ForAll @StringLength(max = 400) String text) {
    wellFormed(PublishedSheet.read(text, VALIDATOR));
  }

  @Property(tries = 300)
  void anyCutOfTheSheetIsReadWithoutAnExceptionAndEveryFindingIsPlaced(
      @ForAll @IntRange(min = 0, max = 3000) int from, @ForAll @IntRange(min = 0, max = 200) int length,
      @ForAll @StringLength(max = 5) String inserted) {
    int start = Math.min(from, sheet.length());
    int end = Math.min(start + length, sheet.length());
    ReadResult<GrantProgram> r = PublishedSheet.read(sheet.substring(0, start) + inserted + sheet.substring(end),
        VALIDATOR);
    wellFormed(r);
  }

  @Test
  void aFindingsPlaceIsOnItsOwnLine() {
    // A sheet of many broken rows stops at the limit of problems, with a finding that says so.
    StringBuilder many = new StringBuilder(String.join("\n", lines.subList(0, 18)));
    for (int i = 0; i < 1100; i++) {
      many.append("\nx\t\t\t");
    }
    ReadResult<GrantProgram> r = PublishedSheet.read(many.toString());
    wellFormed(r);
    List<String> ids = r.getReport().getFindings().stream().map(Finding::getRuleId).collect(Collectors.toList());
    assertThat(ids).contains("read.limit");
    assertThat(ids.size()).isLessThanOrEqualTo(1001);
  }
}
