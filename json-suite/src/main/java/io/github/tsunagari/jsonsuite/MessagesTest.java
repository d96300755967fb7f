package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.ReadResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.EdgeCasesMode;
import org.junit.jupiter.api.Test;

/**
 * Every message is wholly in its language: no Japanese message holds an English sentence, and no message holds a
 * parser's text ({@code [Source: …]}) or a Java class name. Data quoted in a message (「…」, "…") is the user's and
 * is not judged.
 */
class MessagesTest {
  /** Three English words in a row: a sentence, or part of one. */
  static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\\b");
  static final List<String> NEVER = List.of("[Source:", "REDACTED", "java.", "com.fasterxml", "io.github",
      "Exception", "StreamReadConstraints", "JsonReadFeature");
  static final GrantJsonReader READER = GrantJsonReader.validating(GrantValidator.create());

  static void assertWhollyInItsLanguage(Finding f) {
    assertWhollyJapanese(f.getMessage(Locale.JAPANESE), f.toString());
    assertClean(f.getMessage(Locale.ENGLISH), f.toString());
    assertClean(f.toText(Locale.JAPANESE), f.toString());
  }

  static void assertWhollyJapanese(String message, String what) {
    String withoutData = message.replaceAll("「[^」]*」", "「」").replaceAll("\"[^\"]*\"", "\"\"");
    assertThat(ENGLISH.matcher(withoutData).find()).as("English in the Japanese message of %s: %s", what, message)
        .isFalse();
    assertClean(message, what);
  }

  static void assertClean(String message, String what) {
    for (String never : NEVER) {
      assertThat(message).as(what).doesNotContain(never);
    }
  }

  @Test
  void everyHostileInputsFindingsAreWhollyInTheirLanguage() {
    for (HostileInputTest.Case c : HostileInputTest.table()) {
      byte[] bytes = HostileInputTest.resource(c.file);
      for (Finding f : READER.readProgram(new ByteArrayInputStream(bytes)).getReport().getFindings()) {
        assertWhollyInItsLanguage(f);
      }
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void everyFindingOfAMutatedDocumentIsWhollyInItsLanguage(@ForAll("mutants") JsonPropertiesTest.Mutant mutant) {
    for (Finding f : READER.readProgram(new ByteArrayInputStream(mutant.bytes())).getReport().getFindings()) {
      assertWhollyInItsLanguage(f);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<JsonPropertiesTest.Mutant> mutants() {
    return new JsonPropertiesTest().mutants();
  }

  @Test
  void everyValueThatCannotExistIsRefusedWhollyInEachLanguage() {
    List<Supplier<Object>> refusals = List.of(
        () -> CorporateNumber.of("7000012050003"), () -> CorporateNumber.of("700001205000"),
        () -> CorporateNumber.of("700001205000A"), () -> CorporateNumber.fromIdentifier("7000012050002"),
        () -> LocalGovernmentCode.of("032035"), () -> LocalGovernmentCode.of("480001"),
        () -> FiscalYear.parse("令和0年度"), () -> FiscalYear.parse("R6"), () -> FiscalYear.of(1800),
        () -> Prefecture.parse("東京市"), () -> Prefecture.of(48), () -> LegalForm.parse("相互会社"),
        () -> ServiceArea.parse("関東地方"), () -> ServiceArea.parse(" "),
        () -> Municipality.of("130001", "東京都"), () -> NamedArea.builder().name("どこか").build(),
        () -> ServiceArea.builder().addPrefecture(Prefecture.MIYAGI).center(Prefecture.KANAGAWA).build(),
        () -> io.github.tsunagari.organization.Organization.builder().name("例")
            .legalForm(LegalForm.GENERAL_INCORPORATED_ASSOCIATION)
            .npoCertification(io.github.tsunagari.organization.NpoCertification.CERTIFIED).build(),
        () -> io.github.tsunagari.organization.Organization.builder().name("但馬を結んで育つ会")
            .legalForm(LegalForm.UNINCORPORATED).corporateNumber(CorporateNumber.of("5010001192707")).build(),
        () -> io.github.tsunagari.activity.TargetGroup.parse("若者"));
    List<InvalidValueException.Reason> reasons = new ArrayList<>();
    for (Supplier<Object> refusal : refusals) {
      try {
        refusal.get();
        throw new AssertionError("accepted");
      } catch (InvalidValueException e) {
        reasons.add(e.getReason());
        assertWhollyJapanese(e.getMessage(Locale.JAPANESE), e.toString());
        assertClean(e.getMessage(), e.toString());
        assertThat(e.getMessage(Locale.JAPANESE)).doesNotContain(e.getMessage(Locale.ENGLISH));
      }
    }
    assertThat(reasons).contains(InvalidValueException.Reason.WRONG_CHECK_DIGIT,
        InvalidValueException.Reason.NO_SUCH_ERA_YEAR, InvalidValueException.Reason.CENTER_NOT_LISTED,
        InvalidValueException.Reason.CORPORATE_NUMBER_NEEDS_LEGAL_PERSONALITY);
  }

  @Test
  void aWrongCheckDigitIsJapaneseAllThroughWithTheExpectedDigit() {
    String json = new String(HostileInputTest.resource("valid-base.json"), StandardCharsets.UTF_8);
    int at = json.indexOf("\"legalForm\"");
    String withNumber = json.substring(0, at) + "\"corporateNumber\": \"7000012050003\", " + json.substring(at);
    List<Finding> findings = READER.readProgram(withNumber).getReport().getFindings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("read.invalid-value");
      assertThat(f.getMessage(Locale.JAPANESE)).isEqualTo(
          "「7000012050003」は法人番号として読めません: 検査用数字が誤っています。000012050003に対して正しい検査用数字は6です。");
      assertThat(f.getMessage(Locale.ENGLISH)).isEqualTo(
          "\"7000012050003\" is not a valid corporate number: wrong check digit: expected 6 for 000012050003");
    });
  }

  @Test
  void aSyntaxErrorIsJapaneseAllThrough() {
    ReadResult<GrantProgram> result = READER.readProgram("{\"name\": \"x\" \"fiscalYear\": \"FY2024\"}");
    assertThat(result.getReport().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getMessage(Locale.JAPANESE)).isEqualTo(
          "JSONとして正しくありません: コンマが必要な位置に、予期しない文字 '\"' (U+0022) があります。");
      assertWhollyInItsLanguage(f);
    });
  }
}
