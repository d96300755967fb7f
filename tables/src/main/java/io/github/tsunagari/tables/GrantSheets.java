package io.github.tsunagari.tables;

import io.github.tsunagari.internal.form.Forms;
import java.util.List;

/**
 * The names of a workbook's sheets, from the form description: the program's facts on the sheet named after the
 * program's form ({@code grantProgram}, or its Japanese name 交付金事業), its grants on the sheet named after its list of
 * grants ({@code grants}, or the grant form's Japanese name 交付決定). Either name is read. Not part of the API.
 */
final class GrantSheets {
  /** The program's list of grants, by its property name. */
  static final String GRANTS = Forms.PROGRAM.property("grants").name();

  private GrantSheets() {}

  static String program(TableHeaders headers) {
    return headers == TableHeaders.PATHS ? Forms.PROGRAM.name() : Forms.PROGRAM.japaneseName();
  }

  static String grants(TableHeaders headers) {
    return headers == TableHeaders.PATHS ? GRANTS : Forms.GRANT.japaneseName();
  }

  /** The sheet of a workbook's sheets that holds the given kind, by either name, if any. */
  static java.util.Optional<String> find(List<String> sheets, String paths, String japanese) {
    for (String sheet : sheets) {
      if (sheet.strip().equalsIgnoreCase(paths) || sheet.strip().equals(japanese)) {
        return java.util.Optional.of(sheet);
      }
    }
    return java.util.Optional.empty();
  }

  static java.util.Optional<String> grantsSheet(List<String> sheets) {
    return find(sheets, grants(TableHeaders.PATHS), grants(TableHeaders.JAPANESE_TITLES));
  }

  static java.util.Optional<String> programSheet(List<String> sheets) {
    return find(sheets, program(TableHeaders.PATHS), program(TableHeaders.JAPANESE_TITLES));
  }
}
