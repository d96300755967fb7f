package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.internal.read.JsonBinding;
import io.github.tsunagari.internal.read.JsonBindings;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.NpoCertification;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.sample.SampleData;
import io.github.tsunagari.tables.internal.CsvSink;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <a href="https://info.gbiz.go.jp/">gBizINFO</a> (Gビズインフォ, the government's corporate information service), which
 * publishes subsidy awards (補助金情報) per corporate number: the entry to this library's import of its records as the
 * model's grants, and to writing grants back in its shapes.
 *
 * <pre>{@code
 * GBizInfoImport read = GBizInfo.importer().readJson(in); // the records of this program, by their title
 * read.getGrants();                                       // the model's grants, validated
 * read.getOtherSubsidies();                               // the records of other subsidies, kept apart
 * GBizInfo.writeJson(List.of(GBizInfo.toRecord(grant)), out);
 * }</pre>
 *
 * <p>The mapping, one field at a time ({@link GBizInfoField}):
 * <ul>
 *   <li>法人番号 {@code corporate_number}: the recipient's corporate number, checked (a wrong check digit is a finding,
 *       {@code read.invalid-value}, and the record is not imported: never repaired). A local government's
 *       ({@code 000020} and its code) makes a {@link LocalGovernmentGrantee};</li>
 *   <li>法人名 {@code name}: the recipient, read as an organisation with its legal form
 *       ({@link Organization#parse}); a name without one the model knows is {@code import.gbizinfo.no-legal-form};</li>
 *   <li>本社所在地 {@code location}: the head office's prefecture; the rest of the address is not carried;</li>
 *   <li>連名リスト {@code joint_signatures}: co-recipients, with the recipient as representative, make a
 *       {@link Consortium};</li>
 *   <li>認定日 {@code date_of_approval}: the award date (交付決定日), a date or an ISO date-time's day; 金額
 *       {@code amount}: the awarded amount (a JSON number exactly whole yen however written, such as {@code 1e3});</li>
 *   <li>補助金等 {@code title}: selects the records imported ({@link GBizInfoImporter#withTitles}); gBizINFO names no
 *       project, so the project's title is this title;</li>
 *   <li>対象 {@code target}: the project's summary; where there is none, the title stands for it (and the validator
 *       says the summary says nothing more). gBizINFO states no area: the project's area is written
 *       {@value #AREA_NOT_STATED} (the validator says it names no region);</li>
 *   <li>府省 {@code government_departments}, 備考 {@code note}, 補助金財源 {@code subsidy_resource}: the model has no
 *       place for them: {@code import.gbizinfo.not-carried}.</li>
 * </ul>
 *
 * <p>Written back ({@link #toRecord(Grant)}), a grant gives the same values for the fields the model carries, but
 * names in the National Tax Agency's way, the legal form before the name without a space: the model does not keep
 * whether a name was written with its legal form after it (トヨタ自動車株式会社), nor the address beyond the
 * prefecture, nor that a consortium has unnamed members.
 *
 * <p>Where the formats are known from: gBizINFO's API v1 definition as third-party generated clients carry it, third-party
 * notes and code on v2, and public code that reads the bulk CSV (see {@link GBizInfoField}); not from an official
 * specification of v2, which was not found.
 */
public final class GBizInfo {
  /** The FY2025 name of the program (社会参加活躍支援等孤独・孤立対策推進交付金), as the Cabinet Office's call names it. */
  static final String FY2025_TITLE = "社会参加活躍支援等孤独・孤立対策推進交付金";

  /**
   * The titles (補助金等) under which gBizINFO would list this program's awards: its FY2024 name (the sample's,
   * 孤独・孤立対策推進交付金) and its FY2025 name (社会参加活躍支援等孤独・孤立対策推進交付金).
   */
  public static final List<String> PROGRAM_TITLES = List.of(SampleData.fy2024().getName(), FY2025_TITLE);

  /** The text of an imported project's area, which gBizINFO does not state: 記載なし (not stated). */
  public static final String AREA_NOT_STATED = io.github.tsunagari.interchange.internal.ImportValues.AREA_NOT_STATED;

  private GBizInfo() {}

  /**
   * An importer of the records of this program ({@link #PROGRAM_TITLES}), validating with
   * {@link GrantValidator#create()}.
   *
   * @return the importer
   */
  public static GBizInfoImporter importer() {
    return new GBizInfoImporter(PROGRAM_TITLES, GrantValidator.create());
  }

  /**
   * A grant as a gBizINFO subsidy record, for the fields the model carries (see the class description): the
   * recipient's corporate number, name and head-office prefecture, the project's title, its summary as 対象 where it
   * is not the title, the awarded amount, the award date, and a consortium's other members as co-recipients.
   *
   * @param grant the grant
   * @return the record
   */
  public static SubsidyRecord toRecord(Grant grant) {
    SubsidyRecord r = SubsidyRecord.empty();
    Grantee grantee = grant.getGrantee();
    Optional<CorporateNumber> number = grantee.getRecipientCorporateNumber();
    if (number.isPresent()) {
      r = r.with(GBizInfoField.CORPORATE_NUMBER, number.get().toString());
    }
    Organization recipient = null;
    List<String> coRecipients = new ArrayList<>();
    if (grantee instanceof Organization) {
      recipient = (Organization) grantee;
    } else if (grantee instanceof Consortium) {
      Consortium c = (Consortium) grantee;
      recipient = c.getRepresentative();
      for (Organization m : c.getMembers()) {
        if (!m.equals(recipient)) {
          coRecipients.add(nameOf(m));
        }
      }
    }
    if (recipient == null) {
      r = r.with(GBizInfoField.NAME, grantee.getRecipientName());
    } else {
      r = r.with(GBizInfoField.NAME, nameOf(recipient));
      if (recipient.getHeadOffice().isPresent()) {
        r = r.with(GBizInfoField.LOCATION, recipient.getHeadOffice().get().getJapaneseName());
      }
    }
    Project p = grant.getProject();
    r = r.with(GBizInfoField.TITLE, p.getTitle());
    if (!p.getSummary().equals(p.getTitle())) {
      r = r.with(GBizInfoField.TARGET, p.getSummary());
    }
    if (p.getAwardedAmount().isPresent()) {
      r = r.with(GBizInfoField.AMOUNT, p.getAwardedAmount().get().toPlainString());
    }
    if (grant.getAwardDate().isPresent()) {
      r = r.with(GBizInfoField.DATE_OF_APPROVAL, grant.getAwardDate().get().toString());
    }
    return r.withJointSignatures(coRecipients);
  }

  /** An organisation's name as the National Tax Agency registers it: the legal form before the name, no space. */
  static String nameOf(Organization o) {
    if (!o.getLegalForm().isIncorporated()) {
      return o.getName() + "（" + o.getLegalForm().getJapaneseName() + "）";
    }
    String certified = o.getNpoCertification().filter(c -> c != NpoCertification.NOT_CERTIFIED)
        .map(NpoCertification::getJapaneseName).orElse("");
    return certified + o.getLegalForm().getJapaneseName() + o.getName();
  }

  /**
   * Writes records in the shape of gBizINFO's API v1 ({@code {"hojin-infos": [{"corporate_number", "name",
   * "location", "subsidy": […]}]}}), consecutive records of one corporation under one entry; a field without a value is
   * left out.
   *
   * @param records the records
   * @param out the stream, UTF-8; left open
   * @throws IOException if the stream cannot be written
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public static void writeJson(List<SubsidyRecord> records, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    try (JsonBinding.Output json = JsonBindings.get().output(out)) {
      json.startObject();
      json.name("hojin-infos");
      json.startArray();
      SubsidyRecord corporation = null;
      for (SubsidyRecord r : records) {
        if (corporation == null || !sameCorporation(corporation, r)) {
          if (corporation != null) {
            json.endArray();
            json.endObject();
          }
          corporation = r;
          json.startObject();
          for (GBizInfoField f : GBizInfoField.values()) {
            if (f.isOfCorporation() && r.get(f).isPresent()) {
              json.name(f.getJsonName());
              json.text(r.get(f).get());
            }
          }
          json.name("subsidy");
          json.startArray();
        }
        json.startObject();
        for (GBizInfoField f : GBizInfoField.values()) {
          if (f == GBizInfoField.JOINT_SIGNATURES) {
            if (!r.getJointSignatures().isEmpty()) {
              json.name(f.getJsonName());
              json.startArray();
              for (String name : r.getJointSignatures()) {
                json.text(name);
              }
              json.endArray();
            }
          } else if (!f.isOfCorporation() && r.get(f).isPresent()) {
            json.name(f.getJsonName());
            json.text(r.get(f).get());
          }
        }
        json.endObject();
      }
      if (corporation != null) {
        json.endArray();
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
  }

  private static boolean sameCorporation(SubsidyRecord a, SubsidyRecord b) {
    for (GBizInfoField f : GBizInfoField.values()) {
      if (f.isOfCorporation() && !a.get(f).equals(b.get(f))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes records in the shape of gBizINFO's bulk CSV: UTF-8, a header row of its columns in its order (法人番号, 法人名,
   * 本社所在地, 認定日, 補助金等, 金額, 対象, 府省, 備考, 連名リスト, 補助金財源), a row per record, co-recipients separated
   * by 、, an empty cell for a field without a value.
   *
   * @param records the records
   * @param out the stream; left open
   * @throws IOException if the stream cannot be written
   */
  public static void writeCsv(List<SubsidyRecord> records, OutputStream out) throws IOException {
    List<String> header = new ArrayList<>();
    for (GBizInfoField f : GBizInfoField.values()) {
      header.add(f.getCsvHeader());
    }
    try (CsvSink csv = new CsvSink(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8, false)) {
      csv.startSheet("", header);
      for (SubsidyRecord r : records) {
        List<String> cells = new ArrayList<>();
        for (GBizInfoField f : GBizInfoField.values()) {
          cells.add(r.get(f).orElse(""));
        }
        csv.row(cells);
      }
      csv.finish();
    }
  }
}
