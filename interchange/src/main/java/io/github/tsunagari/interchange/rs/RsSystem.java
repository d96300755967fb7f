package io.github.tsunagari.interchange.rs;

import io.github.tsunagari.validation.GrantValidator;
import java.util.OptionalInt;

/**
 * The RS system (行政事業レビューシステム, rssystem.go.jp), where the ministries publish their administrative project
 * reviews (行政事業レビュー) with whom each budget project paid, and the entry to this library's import of its spending
 * table ({@code 5-1_RS_<year>_支出先_支出情報.csv}, in a ZIP file or bare).
 *
 * <pre>{@code
 * ReadResult<GrantProgram> read = RsSystem.project("12345").readZip(Path.of("5-1_RS_2024_支出先_支出情報.zip"));
 * read.getReport().toText(Locale.JAPANESE);          // what could not be carried, and the model's own findings
 * read.getValue().ifPresent(program -> …);           // the recipients as grants, regrants where roles say so
 * }</pre>
 *
 * <p>What is known of the files comes from public code that reads them (igomuni/marumie-rssystem), as each class of
 * this package quotes; the RS system publishes no specification of the columns.
 */
public final class RsSystem {
  private RsSystem() {}

  /**
   * An importer of the budget project with this ID (予算事業ID), validating with {@link GrantValidator#create()}.
   *
   * @param id the ID, such as {@code 1}
   * @return the importer
   * @throws IllegalArgumentException if the ID is blank
   */
  public static RsImporter project(String id) {
    return new RsImporter(new RsSelection(true, id), OptionalInt.empty(), GrantValidator.create());
  }

  /**
   * An importer of the budget project with this name (事業名), validating with {@link GrantValidator#create()}. A name that several IDs share is not guessed between:
   * the import says so ({@code import.rs.ambiguous-project-name}) and imports nothing.
   *
   * @param name the name as the table writes it (compared after folding width and removing spaces)
   * @return the importer
   * @throws IllegalArgumentException if the name is blank
   */
  public static RsImporter projectNamed(String name) {
    return new RsImporter(new RsSelection(false, name), OptionalInt.empty(), GrantValidator.create());
  }
}
