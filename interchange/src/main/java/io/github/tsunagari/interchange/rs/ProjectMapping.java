package io.github.tsunagari.interchange.rs;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.interchange.rs.SpendingRows.Block;
import io.github.tsunagari.interchange.rs.SpendingRows.Project;
import io.github.tsunagari.interchange.rs.SpendingRows.Recipient;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.program.Regrant;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** The rows of one budget project into the model, as {@link RsImporter} describes. */
final class ProjectMapping {
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z]+");
  /** The longest 予算事業ID an identifier holds after {@code rs-<year>-} (an identifier is at most 200 characters). */
  private static final int MAX_ID_LENGTH = 200 - "rs-2024-".length();
  /** The most recipients a finding names; the others are counted. */
  private static final int MAX_NAMED = 20;
  /** 京, 10^16 yen: the largest unit {@link Yen#format()} writes. */
  private static final BigInteger KEI = BigInteger.TEN.pow(16);
  /** 法人種別 of a local government (地方公共団体), as the National Tax Agency codes it. */
  private static final String LOCAL_GOVERNMENT_KIND = "201";

  private final Project project;
  private final List<Finding> findings;
  private final List<Draft> drafts = new ArrayList<>();
  /** The cells values of the program were read from, by their path, for validation's findings about them. */
  private final Map<String, SourceLocation.Cell> cells = new HashMap<>();

  private ProjectMapping(Project project, List<Finding> findings) {
    this.project = project;
    this.findings = findings;
  }

  /**
   * The program of the selected project, validated.
   *
   * @param rows the rows read
   * @param selection the project asked for
   * @param reviewYear the year of the review the file's name states or the caller gave, used where no row states it
   * @param validator the validator of the program
   * @param findings the findings so far, to which the mapping's and the validation's are added
   * @return the result
   */
  static ReadResult<GrantProgram> map(SpendingRows rows, RsSelection selection, Optional<Integer> reviewYear,
      GrantValidator validator, List<Finding> findings) {
    Map<String, Project> projects = rows.projects();
    SourceLocation top = SourceLocation.ofCell(1, 1, "");
    if (projects.isEmpty()) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_PROJECT_NOT_FOUND, "", top, selection.key()));
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
    if (projects.size() > 1) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_AMBIGUOUS_PROJECT_NAME, "", top, selection.key(),
          String.join(", ", projects.keySet())));
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
    Project project = projects.values().iterator().next();
    Optional<Integer> year = project.reviewYear.value().or(() -> reviewYear);
    if (year.isEmpty()) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_NO_FISCAL_YEAR, "", top, selection.key()));
      return ReadResult.of(Optional.empty(), ValidationReport.of(findings));
    }
    ProjectMapping mapping = new ProjectMapping(project, findings);
    GrantProgram program = mapping.program(year.get());
    for (Finding f : validator.validate(program).getFindings()) {
      SourceLocation.Cell cell = mapping.cellOf(f.getPath());
      findings.add(cell == null || f.getLocation().isPresent() ? f : f.withLocation(cell));
    }
    return ReadResult.of(Optional.of(program), ValidationReport.of(findings));
  }

  /**
   * The grants: a grant per recipient of a block that passes no money on; a block that does (再委託 …) gives regrants
   * of the one grant it can only have come from, where exactly one earlier block passes no money on and has one
   * recipient. Otherwise which grant passed it cannot be told from this table (5-2 says which block pays which): its
   * recipients are left out, said with their amounts, never counted as grants of their own, which would count the
   * money twice.
   */
  private GrantProgram program(int reviewYear) {
    int paying = 0; // the earlier blocks that pass no money on
    Optional<Draft> source = Optional.empty(); // the one recipient of the first of them, where it has one
    for (Block block : project.blocks.values()) {
      checkTotal(block);
      if (PassedOn.says(block.role.text()) || PassedOn.says(block.name.text())) {
        Optional<Draft> from = paying == 1 ? source.filter(d -> d.grantee.isPresent()) : Optional.empty();
        if (from.isPresent()) {
          block.recipients.values().forEach(r -> from.get().regrants.add(new Pending(block, r)));
        } else {
          sourceUnknown(block);
        }
        continue;
      }
      paying++;
      for (Recipient r : block.recipients.values()) {
        drafts.add(new Draft(block, r, grantee(r)));
      }
      if (paying == 1 && block.recipients.size() == 1) {
        source = Optional.of(drafts.get(drafts.size() - 1));
      }
    }
    List<Grant> grants = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.grantee.isEmpty()) {
        numberOf(d.recipient, "");
        findings.add(InterchangeFindings.at(Rule.IMPORT_RS_RECIPIENT_NOT_CARRIED, "", d.recipient.nameCell,
            d.recipient.name, d.recipient.amount().map(Yen::format).orElse("-")));
        continue;
      }
      String path = "/grants/" + grants.size();
      grants.add(d.grant(grants.size() + 1, path));
    }
    GrantProgram.Builder b = GrantProgram.builder().name(project.name).fiscalYear(FiscalYear.of(reviewYear - 1))
        .grants(grants);
    String id = RsColumn.fold(project.id);
    if (ID.matcher(id).matches() && id.length() <= MAX_ID_LENGTH) {
      b.id(Identifier.of("rs-" + reviewYear + "-" + id));
    }
    return b.build();
  }

  /** A passed-on block whose source cannot be told: its recipients left out, named with their amounts. */
  private void sourceUnknown(Block block) {
    StringJoiner named = new StringJoiner(", ");
    int n = 0;
    for (Recipient r : block.recipients.values()) {
      numberOf(r, "");
      if (n++ < MAX_NAMED) {
        named.add(r.name + " (" + r.amount().map(Yen::format).orElse("-") + ")");
      } else if (n == MAX_NAMED + 1) {
        named.add("…");
      }
    }
    SourceLocation at = block.role.cell().or(block.name::cell).orElse(SourceLocation.ofCell(1, 1, ""));
    findings.add(InterchangeFindings.at(Rule.IMPORT_RS_REGRANT_SOURCE_UNKNOWN, "", at, block.number,
        block.role.text().isEmpty() ? block.name.text() : block.role.text(), named.toString(),
        Integer.toString(block.recipients.size()), format(sum(block))));
  }

  /** The sum of a block's recipients' amounts, without bound. */
  private static BigInteger sum(Block block) {
    BigInteger sum = BigInteger.ZERO;
    for (Recipient r : block.recipients.values()) {
      sum = sum.add(BigInteger.valueOf(r.amount().map(Yen::getAmount).orElse(0L)));
    }
    return sum;
  }

  /**
   * The amounts of a block's recipients against the total the block states, summed without bound: a sum past what yen
   * holds is a mismatch too, said in the same units.
   */
  private void checkTotal(Block block) {
    Optional<Yen> total = block.total.value();
    if (total.isEmpty() || block.recipients.values().stream().allMatch(r -> r.amount().isEmpty())) {
      return;
    }
    BigInteger sum = sum(block);
    if (!sum.equals(BigInteger.valueOf(total.get().getAmount()))) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_BLOCK_TOTAL_MISMATCH, "", block.total.cell().orElseThrow(),
          block.number, format(sum), total.get().format()));
    }
  }

  /** An amount of yen as {@link Yen#format()} writes it, also past what yen holds: whole 京 grouped, then the rest. */
  private static String format(BigInteger yen) {
    BigInteger[] kei = yen.divideAndRemainder(KEI);
    if (kei[0].signum() == 0) {
      return Yen.of(kei[1].longValueExact()).format();
    }
    return String.format(Locale.ROOT, "%,d", kei[0]) + "京"
        + (kei[1].signum() == 0 ? "円" : Yen.of(kei[1].longValueExact()).format());
  }

  /** The recipient's corporate number where its check digit is right; a wrong one is a finding at the path. */
  private Optional<CorporateNumber> numberOf(Recipient r, String path) {
    if (r.corporateNumber.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CorporateNumber.parse(r.corporateNumber));
    } catch (InvalidValueException e) {
      findings.add(InterchangeFindings.at(Rule.IMPORT_RS_INVALID_CORPORATE_NUMBER, path, r.numberCell,
          r.corporateNumber, r.name));
      return Optional.empty();
    }
  }

  /**
   * The grantee a recipient is, where the model can take it: a local government where 法人種別 says so, an
   * organisation whose name states its legal form or whose 法人種別 names one form, a local government by its name.
   */
  private static Optional<Grantee> grantee(Recipient r) {
    if (r.kind.text().equals(LOCAL_GOVERNMENT_KIND)) {
      Optional<Grantee> government = localGovernment(r.name);
      if (government.isPresent()) {
        return government;
      }
    }
    try {
      return Optional.of(Organization.parse(r.name));
    } catch (InvalidValueException e) {
      List<LegalForm> forms = new ArrayList<>();
      for (LegalForm f : LegalForm.values()) {
        if (f.getKindCode().filter(r.kind.text()::equals).isPresent()) {
          forms.add(f);
        }
      }
      if (forms.size() == 1) {
        return Optional.of(Organization.builder().legalForm(forms.get(0)).name(r.name).build());
      }
      return localGovernment(r.name);
    }
  }

  private static Optional<Grantee> localGovernment(String name) {
    try {
      return Optional.of(LocalGovernmentGrantee.parse(name));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** The prefecture an address starts with. */
  private static Optional<Prefecture> prefectureOf(String location) {
    return Prefecture.startOf(RsColumn.fold(location));
  }

  /** The cell of a path of the model, or else of the nearest path above it that has one (a grant's); or null. */
  SourceLocation.Cell cellOf(String path) {
    for (String p = path; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      SourceLocation.Cell cell = cells.get(p);
      if (cell != null) {
        return cell;
      }
    }
    return null;
  }

  /** A recipient of a passed-on block, before its path is known. */
  private record Pending(Block block, Recipient recipient) {}

  /** A recipient on its way to a grant. */
  private final class Draft {
    final Block block;
    final Recipient recipient;
    final Optional<Grantee> grantee;
    final List<Pending> regrants = new ArrayList<>();

    Draft(Block block, Recipient recipient, Optional<Grantee> grantee) {
      this.block = block;
      this.recipient = recipient;
      this.grantee = grantee;
    }

    Grant grant(int position, String path) {
      // Where the grant is in the table: the recipient's name, for the model's findings on it that have no cell.
      cells.put(path, recipient.nameCell);
      Grantee g = grantee.get();
      if (g instanceof Organization o) {
        Organization.Builder b = Organization.builder().from(o);
        Optional<CorporateNumber> number = numberOf(recipient, path + "/grantee/corporateNumber");
        if (o.getLegalForm().isIncorporated()) {
          number.ifPresent(b::corporateNumber);
        }
        if (o.getHeadOffice().isEmpty()) {
          prefectureOf(recipient.location.text()).ifPresent(b::headOffice);
        }
        g = b.build();
      } else if (g instanceof LocalGovernmentGrantee government) {
        // carried as the source prints it: validation compares it with the number the code gives
        // (consistency.local-government-corporate-number), said at the cell it was read from
        String at = path + "/grantee/corporateNumber";
        Optional<CorporateNumber> number = numberOf(recipient, at);
        if (number.isPresent()) {
          g = LocalGovernmentGrantee.builder().from(government).corporateNumber(number.get()).build();
          cells.put(at, recipient.numberCell);
        }
      }
      io.github.tsunagari.program.Project.Builder p = io.github.tsunagari.program.Project.builder()
          .title(title()).summary(summary()).serviceArea(ServiceArea.builder().text(ImportValues.AREA_NOT_STATED).build());
      recipient.amount().ifPresent(p::awardedAmount);
      for (int j = 0; j < regrants.size(); j++) {
        Pending pending = regrants.get(j);
        Recipient r = pending.recipient();
        Regrant.Builder rb = Regrant.builder().recipient(r.name);
        numberOf(r, path + "/project/regrants/" + j + "/corporateNumber").ifPresent(rb::corporateNumber);
        r.amount().ifPresent(rb::amount);
        if (!pending.block().role.text().isEmpty()) {
          rb.description(pending.block().role.text());
        }
        p.addRegrants(rb.build());
      }
      return Grant.builder().position(position).grantee(g).project(p.build()).build();
    }

    /** The recipient's one contract summary, else its block's role, else the project's name. */
    private String title() {
      if (recipient.summaries.size() == 1) {
        return recipient.summaries.iterator().next();
      }
      return block.role.text().isEmpty() ? project.name : block.role.text();
    }

    /** The block's role, then the contract summaries, a line each. */
    private String summary() {
      StringJoiner lines = new StringJoiner("\n");
      if (!block.role.text().isEmpty()) {
        lines.add(block.role.text());
      }
      recipient.summaries.forEach(lines::add);
      return lines.toString();
    }
  }
}
