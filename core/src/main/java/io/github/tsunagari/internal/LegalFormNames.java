package io.github.tsunagari.internal;

import io.github.tsunagari.organization.LegalForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The names a legal form (法人格) is written with at the start of an organisation's name, derived from
 * {@link LegalForm}: for {@code Organization.parse}, the rule {@code text.legal-form-in-name} and the testkit's data
 * that breaks it. Not part of the API.
 */
public final class LegalFormNames {
  private static final List<String> ALL_NAMES = longestFirst(LegalFormNames::names);
  private static final List<String> ALL_MARKS = longestFirst(LegalFormNames::marks);

  private LegalFormNames() {}

  /**
   * A legal form's names: its full name, then its short forms.
   *
   * @param form a legal form
   * @return its names, such as 一般社団法人, (一社), 一社
   */
  public static List<String> names(LegalForm form) {
    List<String> names = new ArrayList<>(1 + form.getShortForms().size());
    names.add(form.getJapaneseName());
    names.addAll(form.getShortForms());
    return List.copyOf(names);
  }

  /**
   * The names of a legal form that mark it wherever a name starts with one: the full name and the short forms of more
   * than two characters. The two-character ones (一社, 公財 …) also begin ordinary names; only their bracketed forms
   * are marks.
   *
   * @param form a legal form
   * @return its marks, such as 一般社団法人, (一社)
   */
  public static List<String> marks(LegalForm form) {
    List<String> marks = new ArrayList<>(names(form));
    marks.removeIf(name -> name.length() <= 2);
    return List.copyOf(marks);
  }

  /** Every legal form's {@linkplain #names(LegalForm) names}, longest first, so that 認定NPO法人 is tried before NPO法人. */
  public static List<String> names() {
    return ALL_NAMES;
  }

  /** Every legal form's {@linkplain #marks(LegalForm) marks}, longest first. */
  public static List<String> marks() {
    return ALL_MARKS;
  }

  private static List<String> longestFirst(Function<LegalForm, List<String>> of) {
    List<String> all = new ArrayList<>();
    for (LegalForm form : LegalForm.values()) {
      all.addAll(of.apply(form));
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(all);
  }
}
