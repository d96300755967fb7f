package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.Rule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exports grant programs to 360Giving packages: made by
 * {@link ThreeSixtyGiving#exporter(String, Funder)}, with the publisher's prefix and the funder. Immutable and
 * thread-safe.
 */
public final class GivingExporter {
  /** {@code locationScope} of a nationwide area. */
  static final String NATIONAL = "GLS030";
  /** {@code locationScope} of an area of prefectures (first-level areas). */
  static final String FIRST_LEVEL = "GLS040";
  /** {@code locationScope} of an area of municipalities (second-level areas). */
  static final String SECOND_LEVEL = "GLS050";
  /** The name of the location of a nationwide area, as the published lists write it. */
  static final String NATIONWIDE = "全国";
  /** The ISO 3166-1 code of Japan. */
  static final String JAPAN = "JP";

  /** What comes between the prefix and the key of a recipient's local identifier. */
  static final String LOCAL_ORGANIZATION = "-ORG-";
  /** The hexadecimal digits of a local identifier's key. */
  private static final int KEY_DIGITS = 12;

  private final String prefix;
  private final Funder funder;
  private final boolean localRecipientIds;

  GivingExporter(String prefix, Funder funder) {
    this(prefix, funder, false);
  }

  private GivingExporter(String prefix, Funder funder, boolean localRecipientIds) {
    this.prefix = prefix;
    this.funder = Objects.requireNonNull(funder, "funder");
    this.localRecipientIds = localRecipientIds;
  }

  /**
   * A copy with another funder.
   *
   * @param funder the funder
   * @return the exporter
   */
  public GivingExporter withFunder(Funder funder) {
    return new GivingExporter(prefix, funder, localRecipientIds);
  }

  /**
   * A copy that gives a recipient without a known corporate number (法人番号; an unincorporated group has none) an
   * identifier of the publisher's own, as 360Giving advises for organisations without a registered identifier:
   * {@code <prefix>-ORG-<12 hexadecimal digits>}, the first digits of the SHA-256 of the recipient's name as written
   * (UTF-8), so that one name is one identifier in every export. It names no register, and each use is reported
   * ({@code export.360giving.local-recipient-id}, INFO). Off by default: then such a grant lacks its recipient's
   * identifier ({@code export.360giving.no-recipient-id}).
   *
   * @param local true to give such recipients a local identifier
   * @return the exporter
   */
  public GivingExporter withLocalRecipientIds(boolean local) {
    return new GivingExporter(prefix, funder, local);
  }

  /** Whether recipients without a known corporate number are given a local identifier. */
  public boolean isLocalRecipientIds() {
    return localRecipientIds;
  }

  /**
   * A copy with another publisher prefix.
   *
   * @param prefix the publisher's registered 360Giving prefix, such as {@code 360G-example}
   * @return the exporter
   * @throws IllegalArgumentException if the prefix is not of the form {@code 360G-…}
   */
  public GivingExporter withPrefix(String prefix) {
    return new GivingExporter(ThreeSixtyGiving.checkPrefix(prefix), funder, localRecipientIds);
  }

  /** The publisher prefix. */
  public String getPrefix() {
    return prefix;
  }

  /** The funder. */
  public Funder getFunder() {
    return funder;
  }

  /**
   * Exports a program: every grant as far as its facts go, with findings for each fact 360Giving requires and the
   * data lacks. Nothing is written until asked ({@link GivingExport#writeTo}).
   *
   * @param program the program
   * @return the export
   */
  public GivingExport export(GrantProgram program) {
    List<Finding> general = new ArrayList<>();
    if (funder.getCorporateNumber().isEmpty()) {
      general.add(InterchangeFindings.of(Rule.EXPORT_360_NO_FUNDER_ID, "", funder.getName()));
    }
    List<GivingExport.Entry> entries = new ArrayList<>();
    List<Grant> grants = program.getGrants();
    for (int i = 0; i < grants.size(); i++) {
      entries.add(grant(program, grants.get(i), "/grants/" + i));
    }
    return new GivingExport(general, entries);
  }

  private GivingExport.Entry grant(GrantProgram program, Grant grant, String path) {
    List<Finding> missing = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    GivingTree t = new GivingTree();
    Project project = grant.getProject();
    int position = grant.getPosition();
    program.identifierOf(grant).map(Object::toString).ifPresentOrElse(
        id -> t.put(GivingField.ID, id.startsWith(prefix + "-") ? id : prefix + "-" + id),
        () -> missing.add(InterchangeFindings.of(Rule.EXPORT_360_NO_GRANT_ID, path + "/id", position)));
    t.put(GivingField.TITLE, project.getTitle());
    t.put(GivingField.DESCRIPTION, project.getSummary());
    t.put(GivingField.CURRENCY, ThreeSixtyGiving.CURRENCY);
    project.getAwardedAmount().ifPresentOrElse(a -> t.put(GivingField.AMOUNT_AWARDED, a.getAmount()),
        () -> missing.add(InterchangeFindings.of(Rule.EXPORT_360_NO_AMOUNT, path + "/project/awardedAmount",
            position)));
    project.getAppliedAmount().ifPresent(a -> t.put(GivingField.AMOUNT_APPLIED_FOR, a.getAmount()));
    grant.getAwardDate().ifPresentOrElse(d -> t.put(GivingField.AWARD_DATE, d.toString()),
        () -> missing.add(InterchangeFindings.of(Rule.EXPORT_360_NO_AWARD_DATE, path + "/awardDate", position)));
    project.getStartDate().ifPresent(d -> t.put(GivingField.PLANNED_START, d.toString()));
    project.getEndDate().ifPresent(d -> t.put(GivingField.PLANNED_END, d.toString()));
    String recipientPath = path + "/grantee" + (grant.getGrantee() instanceof Consortium ? "/representative" : "")
        + "/corporateNumber";
    Optional<String> recipientId = grant.getGrantee().getRecipientCorporateNumber().map(CorporateNumber::toIdentifier);
    if (recipientId.isPresent()) {
      t.put(GivingField.RECIPIENT_ID, recipientId.get());
    } else if (localRecipientIds) {
      t.put(GivingField.RECIPIENT_ID, localId(grant.getGrantee().getRecipientName()));
      notes.add(InterchangeFindings.of(Rule.EXPORT_360_LOCAL_RECIPIENT_ID, recipientPath, position));
    } else {
      missing.add(InterchangeFindings.of(Rule.EXPORT_360_NO_RECIPIENT_ID, recipientPath, position));
    }
    t.put(GivingField.RECIPIENT_NAME, grant.getGrantee().getRecipientName());
    funder.getCorporateNumber().ifPresent(n -> t.put(GivingField.FUNDER_ID, n.toIdentifier()));
    t.put(GivingField.FUNDER_NAME, funder.getName());
    program.getId().ifPresent(id -> t.put(GivingField.PROGRAMME_CODE, id.toString()));
    t.put(GivingField.PROGRAMME_TITLE, program.getName() + program.getStrand().map(s -> " " + s).orElse(""));
    locations(project.getServiceArea(), t);
    Map<String, Object> written = t.freeze();
    return new GivingExport.Entry(grant, missing, notes, written);
  }

  /** A recipient's local identifier: the prefix, then the first digits of the SHA-256 of its name. */
  private String localId(String name) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    return prefix + LOCAL_ORGANIZATION + HexFormat.of().formatHex(digest).substring(0, KEY_DIGITS);
  }

  /** The places served, each with its code, and the widest level among them. */
  private static void locations(ServiceArea area, GivingTree t) {
    Set<Prefecture> prefectures = new LinkedHashSet<>(area.getPrefectures());
    Set<Municipality> municipalities = new LinkedHashSet<>(area.getMunicipalities());
    for (NamedArea named : area.getNamedAreas()) {
      prefectures.addAll(named.getPrefectures());
      municipalities.addAll(named.getMunicipalities());
    }
    int i = 0;
    if (area.isNationwide()) {
      t.put(GivingField.LOCATION_NAME, i, NATIONWIDE);
      t.put(GivingField.LOCATION_COUNTRY, i++, JAPAN);
    }
    for (Prefecture p : prefectures) {
      i = location(t, i, p.getJapaneseName(), p.getLocalGovernmentCode().toString());
    }
    for (Municipality m : municipalities) {
      i = location(t, i, m.getName(), m.getCode().toString());
    }
    scopeOf(area.isNationwide(), !prefectures.isEmpty(), !municipalities.isEmpty())
        .ifPresent(scope -> t.put(GivingField.LOCATION_SCOPE, scope));
  }

  /**
   * The {@code locationScope} of the places served: the widest level among them; empty where there is none. The
   * reader checks a package's against its locations with this.
   */
  static Optional<String> scopeOf(boolean nationwide, boolean prefectures, boolean municipalities) {
    return Optional.ofNullable(nationwide ? NATIONAL : prefectures ? FIRST_LEVEL : municipalities ? SECOND_LEVEL
        : null);
  }

  private static int location(GivingTree t, int i, String name, String code) {
    t.put(GivingField.LOCATION_NAME, i, name);
    t.put(GivingField.LOCATION_CODE, i, code);
    t.put(GivingField.LOCATION_COUNTRY, i, JAPAN);
    return i + 1;
  }
}
