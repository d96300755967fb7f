package io.github.tsunagari.cli;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.interchange.threesixtygiving.Funder;
import io.github.tsunagari.interchange.threesixtygiving.GivingExporter;
import io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving;
import io.github.tsunagari.organization.CorporateNumber;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code convert --to 360giving}: what a 360Giving package needs and grant data does not hold — the
 * publisher's registered prefix and the funder — and whether to write the grants that lack nothing when others do.
 */
final class GivingOptions {
  /** The options do not make an exporter; the message is said to the user. */
  static final class Misuse extends Exception {
    private static final long serialVersionUID = 1L;

    Misuse(String message) {
      super(message, null, false, false);
    }
  }

  @Option(names = "--prefix", paramLabel = "360G-…",
      description = "with --to 360giving: your 360Giving publisher prefix, which begins every grant id (required)")
  String prefix;

  @Option(names = "--funder", paramLabel = "NAME",
      description = "with --to 360giving: the funder (交付元), as fundingOrganization names it (required)")
  String funder;

  @Option(names = "--funder-number", paramLabel = "13 digits",
      description = "with --to 360giving: the funder's corporate number (法人番号), its JP-JCN- id; without it, "
          + "the package is not valid and nothing is written")
  String funderNumber;

  @Option(names = "--local-recipient-ids",
      description = "with --to 360giving: give a recipient without a known corporate number an id under --prefix "
          + "(360G-…-ORG-…, from its name), as 360Giving advises; each is reported")
  boolean localRecipientIds;

  @Option(names = "--complete-grants-only",
      description = "with --to 360giving: write the grants that lack nothing 360Giving requires, and report the "
          + "others (by default nothing is written if one grant lacks a fact)")
  boolean completeGrantsOnly;

  /** The exporter these options describe. */
  GivingExporter exporter() throws Misuse {
    if (prefix == null || funder == null || funder.isBlank()) {
      throw new Misuse("--to 360giving needs --prefix (your registered 360G- prefix) and --funder (the funder's "
          + "name)");
    }
    Funder f;
    try {
      f = funderNumber == null ? Funder.of(funder.strip())
          : Funder.of(funder.strip(), CorporateNumber.parse(funderNumber));
    } catch (InvalidValueException e) {
      throw new Misuse("--funder-number: " + Text.sanitize(e.getMessage(Locale.ENGLISH)));
    }
    try {
      return ThreeSixtyGiving.exporter(prefix.strip(), f).withLocalRecipientIds(localRecipientIds);
    } catch (IllegalArgumentException e) {
      throw new Misuse("--prefix: " + Text.sanitize(e.getMessage()));
    }
  }
}
