package io.github.tsunagari.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample is derived from the sheet, not transcribed: reading the frozen copy of the published FY2024 sheet gives,
 * with no error, exactly the sheet-level facts of {@link SampleData#fy2024()}. What the sample adds from the summaries
 * (activities, target groups, named areas, municipalities) and from public sources (the Act's number and dates) is
 * not on the sheet, and the reader does not give it.
 */
class PublishedSheetSampleTest {
  /** SHA-256 of the sheet as received (the seed of domain.md); guards the frozen copy against edits. */
  static final String SHEET_SHA256 = "9ae64eafc8b9d6393a2ab05cf338750435554d55c837d110c08b2e1b16133b14";
  static final String SHEET = "fy2024-published-sheet.txt";

  private static byte[] bytes;
  private static ReadResult<GrantProgram> result;
  private static GrantProgram read;
  private static final GrantProgram SAMPLE = SampleData.fy2024();

  @BeforeAll
  static void readTheSheet() throws IOException {
    try (InputStream in = PublishedSheet.openFy2024()) {
      assertThat(in).as(SHEET).isNotNull();
      bytes = in.readAllBytes();
    }
    result = PublishedSheet.read(new ByteArrayInputStream(bytes));
    read = result.getValue().orElseThrow(() -> new AssertionError(result.getReport().toText(java.util.Locale.ENGLISH)));
  }

  @Test
  void theFrozenCopyIsTheSheetAsReceived() throws NoSuchAlgorithmException {
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(SHEET_SHA256);
  }

  @Test
  void theSheetReadsWithoutErrorAndSaysWhereMarkupWasRemoved() {
    ValidationReport report = result.getReport();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.getFindings()).allSatisfy(f -> {
      assertThat(f.getRule()).isEqualTo(Rule.READ_MARKUP_REMOVED);
      assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
    });
    // Rows 1 to 5 (lines 19 to 23) carry <p>…</p> in 団体名/事業名 and 概要; page 2 does not.
    List<Finding> expected = IntStream.range(0, 5).boxed().flatMap(i -> List.of(
        ReadingFindings.markupRemoved("/grants/" + i, SourceLocation.ofCell("", 19 + i, 2, "団体名/事業名"), "<p></p>"),
        ReadingFindings.markupRemoved("/grants/" + i + "/project/summary", SourceLocation.ofCell("", 19 + i, 3, "概要"),
            "<p></p>")).stream()).collect(Collectors.toList());
    assertThat(report.getFindings()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theProgramIsTheSamplesSheetLevelFactsExactly() {
    assertThat(read).isEqualTo(sheetLevel(SAMPLE));
  }

  @Test
  void theProgramFactsTheSheetStates() {
    assertThat(read.getName()).isEqualTo(SAMPLE.getName()).isEqualTo("孤独・孤立対策推進交付金");
    assertThat(read.getStrand()).isEqualTo(SAMPLE.getStrand()).contains("孤独・孤立対策担い手育成支援事業");
    assertThat(read.getGranteeCategory()).isEqualTo(SAMPLE.getGranteeCategory()).contains("中間支援組織");
    assertThat(read.getFiscalYear()).isEqualTo(SAMPLE.getFiscalYear()).hasToString("FY2024");
    assertThat(read.getAims()).isEqualTo(SAMPLE.getAims()).hasSize(2);
    assertThat(read.getEligibilityPrinciples()).isEqualTo(SAMPLE.getEligibilityPrinciples())
        .containsExactly("原則、一つの都道府県を超えた区域の事業が対象");
    assertThat(read.getStatedGranteeCount()).isEqualTo(SAMPLE.getStatedGranteeCount()).hasValue(9);
    assertThat(read.getPolicyPlan()).isEqualTo(SAMPLE.getPolicyPlan());
    assertThat(read.getPolicyPlan().orElseThrow().getDecisionDate()).hasToString("2024-06-11");
    assertThat(read.getPolicyPlan().orElseThrow().getDecidedBy()).isEqualTo("孤独・孤立対策推進本部");
    // The sheet names the Act's title only; its number and dates are public facts the sample adds.
    assertThat(read.getLegalBasis().orElseThrow().getTitle())
        .isEqualTo(SAMPLE.getLegalBasis().orElseThrow().getTitle()).isEqualTo("孤独・孤立対策推進法");
    assertThat(read.getLegalBasis().orElseThrow().getNumber()).isEmpty();
    assertThat(read.getLegalBasis().orElseThrow().getPromulgationDate()).isEmpty();
    assertThat(read.getLegalBasis().orElseThrow().getEffectiveDate()).isEmpty();
    assertThat(read.getGrants()).hasSameSizeAs(SAMPLE.getGrants()).hasSize(9);
  }

  static IntStream rows() {
    return IntStream.range(0, 9);
  }

  /** Fact by fact, so that a difference names itself. */
  @ParameterizedTest(name = "row {0}")
  @MethodSource("rows")
  void eachGrantIsTheSamplesGrantAsTheSheetWritesIt(int i) {
    Grant got = read.getGrants().get(i);
    Grant want = SAMPLE.getGrants().get(i);
    assertThat(got.getPosition()).isEqualTo(want.getPosition()).isEqualTo(i + 1);
    assertThat(got.getGrantee().getClass()).isEqualTo(want.getGrantee().getClass());
    Organization gotOrg = organization(got);
    Organization wantOrg = organization(want);
    assertThat(gotOrg.getName()).isEqualTo(wantOrg.getName());
    assertThat(gotOrg.getLegalForm()).isEqualTo(wantOrg.getLegalForm());
    assertThat(gotOrg.getHeadOffice()).isEqualTo(wantOrg.getHeadOffice()).isPresent();
    assertThat(gotOrg.getNpoCertification()).isEqualTo(wantOrg.getNpoCertification()).isEmpty();
    assertThat(gotOrg.getCorporateNumber()).isEqualTo(wantOrg.getCorporateNumber()).isEmpty();
    if (want.getGrantee() instanceof Consortium) {
      Consortium c = (Consortium) got.getGrantee();
      Consortium w = (Consortium) want.getGrantee();
      assertThat(c.getName()).isEqualTo(w.getName()).isEmpty();
      assertThat(c.getMembers()).isEqualTo(w.getMembers()).containsExactly(c.getRepresentative());
      assertThat(c.hasUnnamedMembers()).isEqualTo(w.hasUnnamedMembers()).isTrue();
    }
    Project p = got.getProject();
    Project q = want.getProject();
    assertThat(p.getTitle()).isEqualTo(q.getTitle()).doesNotContain("※", "<p>", "</p>");
    assertThat(p.getSummary()).isEqualTo(q.getSummary()).doesNotContain("<p>", "</p>");
    ServiceArea a = p.getServiceArea();
    ServiceArea b = q.getServiceArea();
    assertThat(a.getText()).isEqualTo(b.getText());
    assertThat(a.getPrefectures()).isEqualTo(b.getPrefectures());
    assertThat(a.isNationwide()).isEqualTo(b.isNationwide());
    assertThat(a.getCenter()).isEqualTo(b.getCenter());
    assertThat(a.hasUnnamedPrefectures()).isEqualTo(b.hasUnnamedPrefectures());
    assertThat(a).isEqualTo(ServiceArea.parse(b.getText()));
    // Only the summaries name these; the sheet's columns do not, and the reader adds none of them.
    assertThat(a.getNamedAreas()).isEmpty();
    assertThat(a.getMunicipalities()).isEmpty();
    assertThat(p.getActivities()).isEmpty();
    assertThat(p.getTargetGroups()).isEmpty();
  }

  @Test
  void textBytesAndFileReadAlike() throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(PublishedSheet.read(text).getValue()).contains(read);
    assertThat(PublishedSheet.read(new StringReader(text)).getReport()).isEqualTo(result.getReport());
    Path file = Files.createTempFile("sheet", ".txt");
    try {
      Files.write(file, bytes);
      ReadResult<GrantProgram> fromFile = PublishedSheet.read(file);
      assertThat(fromFile.getValue()).contains(read);
      assertThat(fromFile.getReport()).isEqualTo(result.getReport());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aByteOrderMarkIsPassedOver() {
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    assertThat(PublishedSheet.read(new ByteArrayInputStream(withBom)).getValue()).contains(read);
    assertThat(PublishedSheet.read("\uFEFF" + new String(bytes, StandardCharsets.UTF_8)).getValue()).contains(read);
  }

  @Test
  void crLfLineEndingsReadAlike() {
    String crlf = new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n");
    ReadResult<GrantProgram> r = PublishedSheet.read(crlf);
    assertThat(r.getValue()).contains(read);
    assertThat(r.getReport()).isEqualTo(result.getReport());
  }

  @Test
  void validatedTheSheetHasTheSamplesFindingsOfItsOwnFactsEachAtItsCell() {
    ReadResult<GrantProgram> validated = PublishedSheet.read(new ByteArrayInputStream(bytes), GrantValidator.create());
    assertThat(validated.isValid()).isTrue();
    List<Finding> ofRules = validated.getReport().getFindings().stream()
        .filter(f -> f.getRule() != Rule.READ_MARKUP_REMOVED).collect(Collectors.toList());
    // Every finding of the rules is placed at the cell or line its value was read from.
    assertThat(ofRules).isNotEmpty().allSatisfy(f -> assertThat(f.getLocation()).isPresent());
    // Row 1's area, 北海道, stays within one prefecture: reported at its 事業区域 cell on line 19.
    Finding single = ofRules.stream().filter(f -> f.getRule() == Rule.SINGLE_PREFECTURE_AREA).findFirst()
        .orElseThrow();
    assertThat(single.getPath()).isEqualTo("/grants/0/project/serviceArea");
    assertThat(single.getLocation()).contains(SourceLocation.ofCell("", 19, 4, "事業区域"));
    // Apart from the location, the same findings as the sheet-level facts of the sample give.
    List<String> expected = GrantValidator.create().validate(sheetLevel(SAMPLE)).getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getPath()).sorted().collect(Collectors.toList());
    assertThat(ofRules.stream().map(f -> f.getRuleId() + " " + f.getPath()).sorted()).containsExactlyElementsOf(
        expected);
  }

  private static Organization organization(Grant grant) {
    return grant.getGrantee() instanceof Consortium ? ((Consortium) grant.getGrantee()).getRepresentative()
        : (Organization) grant.getGrantee();
  }

  /**
   * The sample without what it adds to the sheet: the finer areas, activities and target groups the summaries name,
   * and the Act's number and dates.
   */
  static GrantProgram sheetLevel(GrantProgram program) {
    GrantProgram.Builder b = GrantProgram.builder().from(program)
        .legalBasis(program.getLegalBasis().map(law -> Law.builder().title(law.getTitle()).build()))
        .grants(List.of());
    for (Grant g : program.getGrants()) {
      Project p = g.getProject();
      ServiceArea area = ServiceArea.builder().from(p.getServiceArea()).namedAreas(List.of())
          .municipalities(List.of()).build();
      b.addGrant(Grant.builder().from(g).project(Project.builder().from(p).serviceArea(area)
          .activities(List.of()).targetGroups(List.of()).build()).build());
    }
    return b.build();
  }
}
