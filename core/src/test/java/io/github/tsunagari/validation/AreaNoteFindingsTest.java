package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tsunagari.region.AreaNote;
import io.github.tsunagari.region.ServiceArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A note of reading an area text becomes a finding of its rule, at the area's path and cell, in either language. */
class AreaNoteFindingsTest {
  static final String PATH = "/grants/3/project/serviceArea";
  static final SourceLocation CELL = SourceLocation.ofCell("交付先一覧", 5, 9, "事業区域");

  private static Finding only(String area) {
    List<AreaNote> notes = ServiceArea.read(area).getNotes();
    assertThat(notes).hasSize(1);
    return ReadingFindings.areaNote(PATH, CELL, notes.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "参加対象:岩手県釜石市|read.area.label-or-mark|INFO|参加対象|「参加対象」は見出しまたは記号|\"参加対象\" in the area text was read as a label",
      "養父市大屋町明延区|read.area.place-within-municipality|INFO|養父市大屋町明延区|兵庫県養父市の中の場所|a place within 兵庫県養父市",
      "関東|read.area.regional-block|INFO|関東|茨城県・栃木県・群馬県・埼玉県・千葉県・東京都・神奈川県|Ibaraki, Tochigi, Gunma, Saitama, Chiba, Tokyo, Kanagawa",
      "三原市(広島市)|read.area.bracketed-place-not-prefecture|WARNING|三原市(広島市)|括弧内の「広島市」は都道府県ではない|the bracketed \"広島市\" is not a prefecture",
      "北摂エリア|read.area.named-area-without-members|WARNING|北摂エリア|構成する市区町村が定まっていない|without fixed members",
      "府中市|read.area.ambiguous-municipality|WARNING|府中市|東京都府中市 (132063)、広島県府中市 (342084)|(東京都府中市 (132063), 広島県府中市 (342084))",
      "宮城県 関東地方|read.area.unknown-part|WARNING|関東地方|「関東地方」は都道府県|\"関東地方\" is no prefecture"})
  void eachKindIsTheFindingOfItsRule(String area, String ruleId, Severity severity, String value, String ja,
      String en) {
    Finding f = only(area);

    assertThat(f.getRuleId()).isEqualTo(ruleId);
    assertThat(f.getSeverity()).isEqualTo(severity);
    assertThat(f.getCategory()).isEqualTo(RuleCategory.READING);
    assertThat(f.getPath()).isEqualTo(PATH);
    assertThat(f.getLocation()).contains(CELL);
    assertThat(f.getValue()).contains(value);
    assertThat(f.getMessage(Locale.JAPANESE)).contains(ja);
    assertThat(f.getMessage(Locale.ENGLISH)).contains(en);
  }

  @Test
  void everyKindHasARuleOfItsOwn() {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String area : List.of("※岩手県釜石市", "養父市大屋町明延区", "関東", "三原市(広島市)", "北摂エリア", "府中市",
        "関東地方")) {
      for (AreaNote note : ServiceArea.read(area).getNotes()) {
        rules.add(ReadingFindings.areaNote(PATH, note).getRule());
      }
    }
    assertThat(rules).hasSize(AreaNote.Kind.values().length);
    assertThat(rules).allSatisfy(r -> assertThat(r.getId()).startsWith("read.area."));
  }

  @Test
  void withoutALocationTheFindingHasNone() {
    AreaNote note = ServiceArea.read("北摂エリア").getNotes().get(0);

    assertThat(ReadingFindings.areaNote(PATH, note).getLocation()).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> ReadingFindings.areaNote(PATH, null, note));
    assertThatNullPointerException().isThrownBy(() -> ReadingFindings.areaNote(PATH, CELL, null));
  }
}
