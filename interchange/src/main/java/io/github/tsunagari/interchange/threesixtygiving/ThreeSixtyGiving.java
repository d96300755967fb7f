package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.validation.GrantValidator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The <a href="https://standard.threesixtygiving.org/">360Giving Data Standard</a>, the international standard for open
 * grant data, and the entry to this library's export to it and import from it.
 *
 * <pre>{@code
 * GivingExport export = ThreeSixtyGiving.exporter("360G-example", Funder.of("東京都", tokyo)).export(program);
 * if (export.isComplete()) {
 *   export.writeTo(out);                       // a valid package of every grant
 * } else {
 *   export.getReport().toText(Locale.JAPANESE); // per grant, what 360Giving requires and the data lacks
 * }
 * }</pre>
 *
 * <p>And back: {@link #reader()} reads a package, ours or another funder's, into the model's grants, saying what
 * cannot be carried over.
 *
 * <p>Why the prefix is required: 360Giving grant ids begin with a prefix that 360Giving registers for each publisher
 * ({@code 360G-…}), so that ids of different publishers never collide. Only the publisher knows theirs; the library
 * has no default, since a made-up one would look registered and might be someone else's.
 */
public final class ThreeSixtyGiving {
  /** The version of the standard the export follows. */
  public static final String STANDARD_VERSION = "1.4.3";

  /** The version written in a package ({@code version}), as the package schema wants it: major.minor. */
  public static final String PACKAGE_VERSION = "1.4";

  /** The ISO 4217 code of the yen, the currency of every grant written. */
  public static final String CURRENCY = "JPY";

  /** The form of a registered publisher prefix: {@code 360G-} and letters, digits, dots, underscores or hyphens. */
  private static final Pattern PREFIX = Pattern.compile("360G-[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");

  private ThreeSixtyGiving() {}

  /**
   * An exporter of programs to 360Giving packages.
   *
   * @param prefix the publisher's registered 360Giving prefix, such as {@code 360G-example}: grant ids are this
   *     prefix, a hyphen and the grant's identifier
   * @param funder the funder (交付元), named on every grant
   * @return the exporter
   * @throws IllegalArgumentException if the prefix is not of the form {@code 360G-…}
   */
  public static GivingExporter exporter(String prefix, Funder funder) {
    return new GivingExporter(checkPrefix(prefix), funder);
  }

  /**
   * A reader of 360Giving packages into the model's grants, which it validates with the model's rules
   * ({@link GrantValidator#create()}); dates are not checked against a fiscal year until given one.
   *
   * @return the reader
   */
  public static GivingReader reader() {
    return new GivingReader(GrantValidator.create(), Optional.empty());
  }

  static String checkPrefix(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("not a 360Giving publisher prefix (360G- and letters, digits, '.', '_' or"
          + " '-'): " + prefix);
    }
    return prefix;
  }
}
