package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One gBizINFO subsidy record made the model's grant: the mapping of each field, said once (GBizInfo's writer maps
 * back). Findings for what cannot be read or carried, each placed where the value is.
 */
final class GrantOfRecord {

  private final SourcedRecord source;
  private final List<Finding> findings;

  private GrantOfRecord(SourcedRecord source, List<Finding> findings) {
    this.source = source;
    this.findings = findings;
  }

  /**
   * The grant of a record, if it can be made.
   *
   * @param source the record with its places
   * @param position the grant's position among those imported, from 1
   * @param findings where the record's findings go
   * @return the grant; empty where an error stops it (a corporate number, amount or date that cannot exist, a name
   *     with no legal form)
   */
  static Optional<Grant> of(SourcedRecord source, int position, List<Finding> findings) {
    return new GrantOfRecord(source, findings).grant(position);
  }

  private Optional<Grant> grant(int position) {
    SubsidyRecord r = source.record;
    for (GBizInfoField f : List.of(GBizInfoField.GOVERNMENT_DEPARTMENTS, GBizInfoField.NOTE,
        GBizInfoField.SUBSIDY_RESOURCE)) {
      r.get(f).ifPresent(v -> notCarried(f, v));
    }
    // A JSON number is an amount where it is exactly whole yen (1e3), a text where the model reads it (1781931); a
    // date-time's day is the date: as 360Giving's reader reads them.
    Optional<Yen> amount = value(GBizInfoField.AMOUNT).flatMap(v -> read(GBizInfoField.AMOUNT, v,
        source.at(GBizInfoField.AMOUNT).number ? ImportValues::wholeYen : Yen::parse));
    Optional<LocalDate> date = value(GBizInfoField.DATE_OF_APPROVAL)
        .flatMap(v -> read(GBizInfoField.DATE_OF_APPROVAL, v, ImportValues::day));
    Optional<Grantee> grantee = grantee();
    if (grantee.isEmpty() || findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR)) {
      return Optional.empty();
    }
    String title = r.get(GBizInfoField.TITLE).orElseThrow(); // records are selected by their title
    Project.Builder project = Project.builder()
        .title(title)
        .summary(r.get(GBizInfoField.TARGET).orElse(title))
        .serviceArea(ServiceArea.builder().text(GBizInfo.AREA_NOT_STATED).build());
    amount.ifPresent(project::awardedAmount);
    Grant.Builder grant = Grant.builder().position(position).grantee(grantee.get()).project(project.build());
    date.ifPresent(grant::awardDate);
    return Optional.of(grant.build());
  }

  /** The value of a field that matters (amount, date); its absence is said. */
  private Optional<String> value(GBizInfoField field) {
    Optional<String> v = source.record.get(field);
    if (v.isEmpty()) {
      add(field, InterchangeFindings.of(Rule.IMPORT_GBIZINFO_NO_VALUE, source.at(field).path, field.getJsonName()));
    }
    return v;
  }

  /** Reads a value with the model's reader; one that cannot exist is a finding, never repaired. */
  private <T> Optional<T> read(GBizInfoField field, String text, java.util.function.Function<String, T> reader) {
    try {
      return Optional.of(reader.apply(text));
    } catch (InvalidValueException e) {
      SourcedRecord.Place at = source.at(field);
      findings.add(ReadingFindings.invalidValue(at.path, at.location, text, e));
      return Optional.empty();
    }
  }

  private Optional<Grantee> grantee() {
    SubsidyRecord r = source.record;
    Optional<String> name = r.get(GBizInfoField.NAME);
    Optional<String> number = r.get(GBizInfoField.CORPORATE_NUMBER);
    SourcedRecord.Place whole = source.whole();
    if (number.isEmpty()) {
      findings.add(ReadingFindings.missingProperty(whole.path, whole.location,
          GBizInfoField.CORPORATE_NUMBER.getJsonName()));
    }
    if (name.isEmpty()) {
      findings.add(ReadingFindings.missingProperty(whole.path, whole.location, GBizInfoField.NAME.getJsonName()));
    }
    Optional<CorporateNumber> corporateNumber = number.flatMap(
        n -> read(GBizInfoField.CORPORATE_NUMBER, n, CorporateNumber::of));
    if (corporateNumber.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    CorporateNumber cn = corporateNumber.get();
    if (cn.getBaseNumber().startsWith(LocalGovernmentCode.CORPORATE_NUMBER_BASE)) {
      return localGovernment(cn, name.get());
    }
    Organization organization;
    try {
      organization = Organization.parse(name.get());
    } catch (InvalidValueException e) {
      add(GBizInfoField.NAME, InterchangeFindings.of(Rule.IMPORT_GBIZINFO_NO_LEGAL_FORM,
          source.at(GBizInfoField.NAME).path, name.get()));
      return Optional.empty();
    }
    Organization.Builder b = Organization.builder().from(organization).corporateNumber(cn);
    r.get(GBizInfoField.LOCATION).ifPresent(address -> Prefecture.startOf(address).ifPresentOrElse(p -> {
      b.headOffice(p);
      if (!address.equals(p.getJapaneseName())) {
        notCarried(GBizInfoField.LOCATION, address); // the prefecture is carried, the rest of the address is not
      }
    }, () -> notCarried(GBizInfoField.LOCATION, address)));
    Organization recipient;
    try {
      recipient = b.build();
    } catch (InvalidValueException e) {
      findings.add(ReadingFindings.invalidObject(whole.path, whole.location, e));
      return Optional.empty();
    }
    return Optional.of(r.getJointSignatures().isEmpty() ? recipient : consortium(recipient));
  }

  private Optional<Grantee> localGovernment(CorporateNumber cn, String name) {
    source.record.get(GBizInfoField.LOCATION).ifPresent(v -> notCarried(GBizInfoField.LOCATION, v));
    source.record.get(GBizInfoField.JOINT_SIGNATURES).ifPresent(v -> notCarried(GBizInfoField.JOINT_SIGNATURES, v));
    return read(GBizInfoField.CORPORATE_NUMBER, cn.toString(),
        n -> LocalGovernmentCode.of(n.substring(1 + LocalGovernmentCode.CORPORATE_NUMBER_BASE.length())))
        .map(code -> LocalGovernmentGrantee.builder().code(code).name(name).corporateNumber(cn).build());
  }

  /** The recipient and its co-recipients (連名): a consortium the recipient represents. */
  private Grantee consortium(Organization representative) {
    Consortium.Builder c = Consortium.builder().representative(representative).addMember(representative);
    for (String name : source.record.getJointSignatures()) {
      try {
        c.addMember(Organization.parse(name));
      } catch (InvalidValueException e) {
        add(GBizInfoField.JOINT_SIGNATURES, InterchangeFindings.of(Rule.IMPORT_GBIZINFO_UNREAD_CO_RECIPIENT,
            source.at(GBizInfoField.JOINT_SIGNATURES).path, name));
        c.unnamedMembers(true);
      }
    }
    return c.build();
  }

  private void notCarried(GBizInfoField field, String value) {
    add(field, InterchangeFindings.of(Rule.IMPORT_GBIZINFO_NOT_CARRIED, source.at(field).path, value,
        field.getJsonName()));
  }

  /** Adds a finding made at a field's path, placed at its location. */
  private void add(GBizInfoField field, Finding finding) {
    findings.add(source.at(field).place(finding));
  }
}
