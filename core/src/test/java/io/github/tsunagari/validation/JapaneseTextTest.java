package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Japanese text as a reader counts it, and text that is not text. */
class JapaneseTextTest {
  static final GrantValidator VALIDATOR = GrantValidator.create();
  static final String YOSHI = "\uD842\uDFB7"; // 𠮷, U+20BB7: two UTF-16 units, one character

  @Test
  void aTitleOf250CharactersBeyondTheBasicPlaneIs250CharactersLongEverywhere() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.title(YOSHI.repeat(250)));
    ValidationReport report = VALIDATOR.validate(program);

    assertThat(report.getFindings()).extracting(Finding::getRuleId).containsExactly("usefulness.long-title");
    assertThat(report.getFindings().get(0).getMessage(Locale.ENGLISH)).contains("250 characters");
    // With a plain Hibernate Validator too: the constraint counts what the rule counts.
    ValidationReport plain = GrantValidator.using(Validation.buildDefaultValidatorFactory().getValidator())
        .validate(program);
    assertThat(plain.getFindings()).extracting(Finding::getRuleId).containsExactly("usefulness.long-title");
  }

  @Test
  void aTitleOf301CharactersIsOverItsLength() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.title(YOSHI.repeat(301)));
    assertThat(VALIDATOR.validate(program).getFindings()).extracting(Finding::getRuleId)
        .contains("field.TextLength");
  }

  @Test
  void theConstraintCountsCodePoints() {
    assertThat(TextLength.Validator.isWithin(YOSHI.repeat(300), 0, 300)).isTrue();
    assertThat(TextLength.Validator.isWithin(YOSHI.repeat(301), 0, 300)).isFalse();
    assertThat(TextLength.Validator.isWithin("あ".repeat(301), 0, 300)).isFalse();
  }

  @Test
  void anHtmlCommentIsMarkup() {
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.summary("研修会を実施する。<!-- 要確認 -->"));
    assertThat(VALIDATOR.validate(program).getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("text.markup", "/grants/0/project/summary"));
  }

  @Test
  void anUnpairedSurrogateIsNotText() {
    for (String half : List.of("\uD800", "\uDFFF", "\uDBFF")) {
      GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.title("研修" + half + "事業"));
      assertThat(VALIDATOR.validate(program).getFindings()).singleElement().satisfies(f -> {
        assertThat(f.getRuleId()).isEqualTo("text.unpaired-surrogate");
        assertThat(f.getPath()).isEqualTo("/grants/0/project/title");
        assertThat(f.getValue().orElseThrow()).doesNotContain(half).contains("\\u");
      });
    }
    GrantProgram paired = Fixtures.withProject(Fixtures.valid(), 0, b -> b.title("研修" + YOSHI + "事業"));
    assertThat(VALIDATOR.validate(paired).getFindings()).isEmpty();
  }

  /** The area text names four prefectures; the area lists only Tokyo: the disagreement is reported. */
  @Test
  void anAreaWhoseTextNamesOtherPrefecturesThanItListsIsReported() {
    ServiceArea area = ServiceArea.builder().text("東京都 大阪府 兵庫県 神奈川県").addPrefecture(Prefecture.TOKYO).build();
    GrantProgram program = Fixtures.withProject(Fixtures.valid(), 0, b -> b.serviceArea(area));
    ValidationReport report = VALIDATOR.validate(program);

    assertThat(report.getFindings()).extracting(Finding::getRuleId)
        .containsExactlyInAnyOrder("area.text-disagrees", "eligibility.single-prefecture-area");
    Finding f = report.getFindings().stream().filter(x -> x.getRuleId().equals("area.text-disagrees")).findFirst()
        .orElseThrow();
    assertThat(f.getMessage(Locale.JAPANESE)).isEqualTo("事業区域の記載「東京都 大阪府 兵庫県 神奈川県」は"
        + "東京都・神奈川県・大阪府・兵庫県を挙げていますが、区域として記録されているのは東京都です。");
  }

  @Test
  void anUnknownPropertysControlCharactersNeverReachAReportLine() {
    Finding f = ReadingFindings.unknownProperty("/\u001b[2J\u001b[31mX\u0007", null,
        "\u001b[2J\u001b[31mX\u0007", List.of("name"));
    for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
      String line = f.toText(locale);
      assertThat(line).doesNotContain("\u001b", "\u0007").contains("\\u001B[2J");
    }
  }
}
