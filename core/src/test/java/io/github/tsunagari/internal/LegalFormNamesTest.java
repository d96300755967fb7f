package io.github.tsunagari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.LegalForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names legal forms are written with before an organisation's name, as parse, the rule and the testkit use them. */
class LegalFormNamesTest {
  @Test
  void aFormsNamesAreItsFullNameThenItsShortFormsAndItsMarksLeaveOutTheTwoCharacterOnes() {
    assertThat(LegalFormNames.names(LegalForm.GENERAL_INCORPORATED_ASSOCIATION))
        .containsExactly("一般社団法人", "(一社)", "一社");
    assertThat(LegalFormNames.marks(LegalForm.GENERAL_INCORPORATED_ASSOCIATION))
        .containsExactly("一般社団法人", "(一社)");
    assertThat(LegalFormNames.marks(LegalForm.SPECIFIED_NONPROFIT_CORPORATION))
        .contains("特定非営利活動法人", "NPO法人", "認定NPO法人", "(特非)").doesNotContain("特非", "特活");
    for (LegalForm form : LegalForm.values()) {
      assertThat(LegalFormNames.names(form)).as(form.name()).startsWith(form.getJapaneseName())
          .containsAll(form.getShortForms()).allSatisfy(name -> assertThat(LegalForm.parse(name)).isEqualTo(form));
      assertThat(LegalFormNames.marks(form)).as(form.name()).startsWith(form.getJapaneseName())
          .allSatisfy(mark -> assertThat(mark.length()).isGreaterThan(2));
    }
  }

  @Test
  void everyFormsNamesAndMarksComeLongestFirst() {
    List<String> names = LegalFormNames.names();
    List<String> marks = LegalFormNames.marks();
    for (LegalForm form : LegalForm.values()) {
      assertThat(names).containsAll(LegalFormNames.names(form));
      assertThat(marks).containsAll(LegalFormNames.marks(form));
    }
    int shortForms = 0;
    for (LegalForm form : LegalForm.values()) {
      shortForms += form.getShortForms().size();
    }
    assertThat(names).hasSize(LegalForm.values().length + shortForms);
    assertThat(names).isSortedAccordingTo((a, b) -> Integer.compare(b.length(), a.length()));
    assertThat(marks).isSortedAccordingTo((a, b) -> Integer.compare(b.length(), a.length()));
    assertThat(names.indexOf("認定NPO法人")).isLessThan(names.indexOf("NPO法人"));
    assertThat(names).containsAll(marks);
  }
}
