package io.github.tsunagari.tables;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.InvalidValueException.Subject;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.FiscalYear;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.program.Law;
import io.github.tsunagari.program.PolicyPlan;
import io.github.tsunagari.program.Project;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of a published sheet, one at a time, into the parts of a program: the title line, the 概要 bullets,
 * the 交付団体 section with its （注）, and the table of grantees. Every problem is a located finding, and every value is
 * remembered with the place it was read from, so that findings of validation can be placed there too. For one reading
 * on one thread. Not part of the API.
 */
final class SheetParser implements SheetLines.Sink {
  static final String AIMS_HEADING = "概要";
  static final String GRANTEES_HEADING = "交付団体";
  static final String ORGANIZATION_AND_TITLE = "団体名/事業名";
  static final String SUMMARY = "概要";
  static final String AREA = "事業区域";
  static final String CONSORTIUM_NOTE = "※コンソーシアムの代表団体";
  static final String FOOTNOTE_MARK = "※";

  /** The lines the layout defines, for a finding of a line it does not (a tab written <TAB>, to be read). */
  private static final List<String> LAYOUT = List.of("令和6年度 …交付金（…） 交付団体＜…＞", AIMS_HEADING, GRANTEES_HEADING,
      "- …", "（注）…", "<TAB>" + ORGANIZATION_AND_TITLE + "<TAB>" + SUMMARY + "<TAB>" + AREA, "1<TAB>…<TAB>…<TAB>…",
      "交付団体と取組概要 (2/2)");
  private static final List<String> HEADERS = List.of("", ORGANIZATION_AND_TITLE, SUMMARY, AREA);

  /** A page's heading repeated over the table, such as {@code 交付団体と取組概要 (2/2)}. */
  private static final Pattern PAGE_HEADING = Pattern.compile("交付団体と取組概要[\\s\u3000]*[(（][0-9０-９]+/[0-9０-９]+[)）]");
  private static final Pattern BULLET = Pattern.compile("[-‐－ー・][\\s\u3000]+(.*)");
  private static final Pattern NOTE = Pattern.compile("[（(]注[）)][\\s\u3000]*(.*)");
  private static final Pattern COUNT = Pattern.compile("([0-9０-９]+)団体");
  /** The title line's fiscal year: a label ending in 年度, first. */
  private static final Pattern TITLE_YEAR = Pattern.compile("(\\S+?年度)[\\s\u3000]*(.*)");
  /** The grantee category at the end of the title, after 交付団体 or alone: ＜中間支援組織＞. */
  private static final Pattern TITLE_CATEGORY = Pattern.compile("(.*?)[\\s\u3000]*(?:交付団体)?[＜<]([^＜<＞>]*)[＞>]");
  /** The strand in brackets at the end of the name: 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業）. */
  private static final Pattern TITLE_STRAND = Pattern.compile("(.*?)[\\s\u3000]*[（(]([^（()）]*)[）)]");
  /** The head office in brackets, between the organisation and the title, with white space before it. */
  private static final Pattern HEAD_OFFICE = Pattern.compile("[\\s\u3000]+[（(]([^（()）]*)[）)](?=[\\s\u3000]|$)");
  /** A decided plan, as 「name」（令和6年6月11日 body 決定）. */
  private static final Pattern PLAN;
  /** The Act a text rests on: …法に基づく. */
  private static final Pattern LAW = Pattern.compile("(?:^|[、。「」（）()\\s\u3000])([^、。「」（）()\\s\u3000]+?法)に基づ");
  private static final Map<String, JapaneseEra> ERAS = new HashMap<>();

  static {
    StringBuilder eras = new StringBuilder();
    for (JapaneseEra era : JapaneseEra.values()) {
      String name = era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
      ERAS.put(name, era);
      eras.append(eras.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    PLAN = Pattern.compile("「([^「」]+)」[（(]((" + eras + ")(元|[0-9０-９]{1,4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日)"
        + "([^（()）]+?)決定[）)]");
  }

  private enum Section { NONE, AIMS, GRANTEES, TABLE }

  private final List<Finding> problems;
  /** The places values were read from, by path: the cell of a grant's area, the line of an aim. */
  private final Map<String, SourceLocation> places = new HashMap<>();

  private Section section = Section.NONE;
  /** True once the title can no longer come: it was read, or a part after it began. */
  private boolean titleSeen;
  private boolean titleRead;
  private Optional<PolicyPlan> plan = Optional.empty();
  private Optional<Law> law = Optional.empty();
  private Optional<String> name = Optional.empty();
  private Optional<FiscalYear> fiscalYear = Optional.empty();
  private Optional<String> strand = Optional.empty();
  private Optional<String> category = Optional.empty();
  private final List<String> aims = new ArrayList<>();
  private final List<Integer> aimLines = new ArrayList<>();
  private final List<String> principles = new ArrayList<>();
  private OptionalInt statedCount = OptionalInt.empty();
  private boolean headerSeen;
  private List<String> header = List.of();
  /** The column of each part of a row, from 0; -1 where the header lacks it. */
  private int positionColumn = -1;
  private int organizationColumn = -1;
  private int summaryColumn = -1;
  private int areaColumn = -1;
  /** Every row of the table, readable or not; the readable ones' grants, and their indices among the rows. */
  private int rows;
  private final List<Grant> grants = new ArrayList<>();
  private final List<Integer> grantRows = new ArrayList<>();
  private int lastLine;
  private boolean stopped;

  SheetParser(List<Finding> problems) {
    this.problems = problems;
  }

  @Override
  public void line(int number, String text) {
    lastLine = number;
    if (stopped || text.isBlank()) {
      return; // blank lines separate the parts; they are no data
    }
    String s = text.strip();
    if (PAGE_HEADING.matcher(s).matches()) {
      return; // a page's heading over the table's continuation
    }
    if (section == Section.TABLE) {
      if (isHeader(text)) {
        if (!named(split(text)).equals(header)) {
          header(number, text); // a table of another shape: each of its problems, at its header
        }
        return; // the header row repeated on the next page
      }
      row(number, text);
      return;
    }
    if (isHeader(text)) {
      header(number, text);
      section = Section.TABLE;
      return;
    }
    if (s.equals(AIMS_HEADING)) {
      section = Section.AIMS;
      titleSeen = true;
      return;
    }
    if (s.equals(GRANTEES_HEADING)) {
      section = Section.GRANTEES;
      titleSeen = true;
      return;
    }
    Matcher bullet = BULLET.matcher(s);
    Matcher note = NOTE.matcher(s);
    if (section == Section.AIMS && bullet.matches()) {
      aim(number, bullet.group(1));
    } else if (section == Section.GRANTEES && bullet.matches() && COUNT.matcher(s).find()) {
      count(number, s);
    } else if (section == Section.GRANTEES && note.matches()) {
      principle(number, note.group(1));
    } else if (!titleSeen && section == Section.NONE) {
      title(number, s);
    } else {
      unknownLine(number, s);
    }
  }

  // The parts above the table.

  private void title(int line, String s) {
    titleSeen = true;
    titleRead = true;
    SourceLocation at = lineAt(line);
    for (String path : List.of("", "/name", "/fiscalYear", "/strand", "/granteeCategory")) {
      places.put(path, at);
    }
    String rest;
    Matcher year = TITLE_YEAR.matcher(s);
    String label = year.matches() ? year.group(1) : s.split("[\\s\u3000]", 2)[0];
    rest = year.matches() ? year.group(2) : s.substring(label.length()).strip();
    try {
      fiscalYear = Optional.of(FiscalYear.parse(label));
    } catch (InvalidValueException e) {
      add(ReadingFindings.invalidValue("/fiscalYear", at, label, e));
    }
    Matcher c = TITLE_CATEGORY.matcher(rest);
    if (c.matches()) {
      category = nonBlank(c.group(2));
      rest = c.group(1);
    }
    Matcher st = TITLE_STRAND.matcher(rest);
    if (st.matches()) {
      strand = nonBlank(st.group(2));
      rest = st.group(1);
    }
    name = nonBlank(rest);
    if (name.isEmpty()) {
      add(ReadingFindings.missingProperty("/name", at, "name"));
    }
  }

  private void aim(int line, String text) {
    String path = "/aims/" + aims.size();
    places.put(path, lineAt(line));
    aims.add(text);
    aimLines.add(line);
  }

  private void count(int line, String s) {
    SourceLocation at = lineAt(line);
    Matcher m = COUNT.matcher(s);
    m.find();
    if (statedCount.isPresent()) {
      add(ReadingFindings.duplicateProperty("/statedGranteeCount", at, "statedGranteeCount"));
      return;
    }
    String digits = Text.normalize(m.group(1), "count");
    if (digits.length() > 9) {
      add(ReadingFindings.invalidValue("/statedGranteeCount", at, m.group(1), InvalidValueException.of(
          Subject.NUMBER, Reason.OUT_OF_RANGE, m.group(1), 0, Integer.MAX_VALUE)));
      return;
    }
    statedCount = OptionalInt.of(Integer.parseInt(digits));
    places.put("/statedGranteeCount", at);
  }

  private void principle(int line, String text) {
    String path = "/eligibilityPrinciples/" + principles.size();
    if (text.isBlank()) {
      add(ReadingFindings.missingProperty(path, lineAt(line), "eligibilityPrinciples"));
      return;
    }
    places.put(path, lineAt(line));
    principles.add(text);
  }

  private void unknownLine(int line, String s) {
    add(ReadingFindings.unknownProperty("", lineAt(line), s, LAYOUT));
  }

  // The table.

  private static boolean isHeader(String text) {
    return text.indexOf('\t') >= 0 && split(text).contains(ORGANIZATION_AND_TITLE);
  }

  private static List<String> split(String text) {
    List<String> cells = new ArrayList<>();
    for (String cell : text.split("\t", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  /** The cells of a header row up to its last name: empty cells after it name no column. */
  private static List<String> named(List<String> cells) {
    int width = cells.size();
    while (width > 1 && cells.get(width - 1).isEmpty()) {
      width--;
    }
    return cells.subList(0, width);
  }

  private void header(int line, String text) {
    List<String> cells = split(text);
    int width = named(cells).size();
    if (!headerSeen) {
      headerSeen = true;
      header = List.copyOf(cells.subList(0, width));
      places.put("/grants", SourceLocation.ofCell("", line, 1, ""));
    }
    int position = -1;
    int organization = -1;
    int summary = -1;
    int area = -1;
    for (int c = 0; c < width; c++) {
      SourceLocation at = SourceLocation.ofCell("", line, c + 1, cells.get(c));
      String h = cells.get(c);
      if (h.isEmpty() && c == 0 || h.equals("番号") || h.equalsIgnoreCase("No.")) {
        if (position >= 0) {
          add(ReadingFindings.duplicateProperty("/grants", at, h));
        } else {
          position = c;
        }
      } else if (h.equals(ORGANIZATION_AND_TITLE)) {
        if (organization >= 0) {
          add(ReadingFindings.duplicateProperty("/grants", at, h));
        } else {
          organization = c;
        }
      } else if (h.equals(SUMMARY)) {
        if (summary >= 0) {
          add(ReadingFindings.duplicateProperty("/grants", at, h));
        } else {
          summary = c;
        }
      } else if (h.equals(AREA)) {
        if (area >= 0) {
          add(ReadingFindings.duplicateProperty("/grants", at, h));
        } else {
          area = c;
        }
      } else {
        add(ReadingFindings.unknownProperty("/grants", at, h, HEADERS)); // its cells are not read
      }
    }
    SourceLocation row = SourceLocation.ofCell("", line, 1, "");
    if (position < 0) {
      add(ReadingFindings.missingProperty("/grants", row, "番号"));
    }
    if (summary < 0) {
      add(ReadingFindings.missingProperty("/grants", row, SUMMARY));
    }
    if (area < 0) {
      add(ReadingFindings.missingProperty("/grants", row, AREA));
    }
    if (positionColumn < 0 && organizationColumn < 0) { // the first header row gives the table its columns
      positionColumn = position;
      organizationColumn = organization;
      summaryColumn = summary;
      areaColumn = area;
    }
  }

  private void row(int line, String text) {
    String[] cells = text.split("\t", -1);
    int index = rows++;
    String base = "/grants/" + index;
    int problemsBefore = problems.size();
    for (int c = header.size(); c < cells.length; c++) {
      if (!cells[c].isBlank()) {
        add(ReadingFindings.raggedRow(base, SourceLocation.ofCell("", line, c + 1, ""), cells[c], header.size()));
      }
    }
    SourceLocation rowAt = cell(line, positionColumn >= 0 ? positionColumn : 0);
    places.put(base, rowAt);

    // 番号: the position in the list.
    OptionalInt position = OptionalInt.empty();
    if (positionColumn >= 0) {
      SourceLocation at = cell(line, positionColumn);
      places.put(base + "/position", at);
      String written = positionColumn < cells.length ? cells[positionColumn] : "";
      if (written.isBlank()) {
        add(ReadingFindings.missingProperty(base + "/position", at, "position"));
      } else {
        position = position(base + "/position", at, written);
      }
    }

    // 団体名/事業名: the organisation, its head office in brackets, the title, and the consortium's marks.
    Optional<Grantee> grantee = Optional.empty();
    Optional<String> title = Optional.empty();
    if (organizationColumn >= 0) {
      SourceLocation at = cell(line, organizationColumn);
      for (String path : List.of("/grantee", "/project", "/project/title")) {
        places.put(base + path, at);
      }
      String written = organizationColumn < cells.length ? cells[organizationColumn] : "";
      String s = unwrap(written, base, at).strip();
      if (s.isEmpty()) {
        add(ReadingFindings.missingProperty(base + "/grantee", at, "grantee"));
        add(ReadingFindings.missingProperty(base + "/project/title", at, "title"));
      } else {
        Matcher office = HEAD_OFFICE.matcher(s);
        if (!office.find()) {
          add(ReadingFindings.invalidValue(base + "/grantee", at, s, InvalidValueException.of(Subject.ORGANIZATION,
              Reason.MALFORMED, s, "特定非営利活動法人 サービスグラント (東京都) NPOメンタリングプログラム")));
        } else {
          String rest = s.substring(office.end()).strip();
          boolean consortium = rest.endsWith(CONSORTIUM_NOTE);
          if (consortium) {
            rest = rest.substring(0, rest.length() - CONSORTIUM_NOTE.length()).strip();
            if (rest.startsWith(FOOTNOTE_MARK)) {
              rest = rest.substring(FOOTNOTE_MARK.length()).strip();
            }
          }
          String org = consortium ? base + "/grantee/representative" : base + "/grantee";
          Optional<Organization> organization = organization(org, at, s.substring(0, office.start()),
              office.group(1));
          grantee = organization.map(o -> consortium
              ? Consortium.builder().representative(o).addMember(o).unnamedMembers(true).build() : o);
          if (rest.isEmpty()) {
            add(ReadingFindings.missingProperty(base + "/project/title", at, "title"));
          } else {
            title = Optional.of(rest);
          }
        }
      }
    }

    // 概要: the summary, as written.
    Optional<String> summary = Optional.empty();
    if (summaryColumn >= 0) {
      SourceLocation at = cell(line, summaryColumn);
      places.put(base + "/project/summary", at);
      String written = summaryColumn < cells.length ? cells[summaryColumn] : "";
      String s = unwrap(written, base + "/project/summary", at);
      if (s.isBlank()) {
        add(ReadingFindings.missingProperty(base + "/project/summary", at, "summary"));
      } else {
        summary = Optional.of(s);
      }
    }

    // 事業区域: the area, its text kept exactly.
    Optional<ServiceArea> area = Optional.empty();
    if (areaColumn >= 0) {
      SourceLocation at = cell(line, areaColumn);
      places.put(base + "/project/serviceArea", at);
      String written = areaColumn < cells.length ? cells[areaColumn] : "";
      String s = unwrap(written, base + "/project/serviceArea/text", at);
      if (s.isBlank()) {
        add(ReadingFindings.missingProperty(base + "/project/serviceArea", at, "serviceArea"));
      } else {
        try {
          area = Optional.of(ServiceArea.parse(s));
        } catch (InvalidValueException e) {
          add(ReadingFindings.invalidValue(base + "/project/serviceArea", at, s, e));
        }
      }
    }

    boolean readable = problems.size() == problemsBefore || problems.subList(problemsBefore, problems.size())
        .stream().noneMatch(f -> f.getSeverity() == io.github.tsunagari.validation.Severity.ERROR);
    if (readable && position.isPresent() && grantee.isPresent() && title.isPresent() && summary.isPresent()
        && area.isPresent()) {
      grants.add(Grant.builder()
          .position(position.getAsInt())
          .grantee(grantee.get())
          .project(Project.builder().title(title.get()).summary(summary.get()).serviceArea(area.get()).build())
          .build());
      grantRows.add(index);
    }
  }

  private OptionalInt position(String path, SourceLocation at, String written) {
    String s = Text.normalize(written, "position");
    if (!Text.isDigits(s)) {
      add(ReadingFindings.invalidValue(path, at, written, InvalidValueException.of(Subject.NUMBER, Reason.MALFORMED,
          written, "1, 2, 3")));
      return OptionalInt.empty();
    }
    int n = s.length() > 9 ? -1 : Integer.parseInt(s);
    if (n < 1) {
      add(ReadingFindings.invalidValue(path, at, written, InvalidValueException.of(Subject.GRANT, Reason.OUT_OF_RANGE,
          written, 1, Integer.MAX_VALUE)));
      return OptionalInt.empty();
    }
    return OptionalInt.of(n);
  }

  private Optional<Organization> organization(String path, SourceLocation at, String written, String office) {
    Optional<Organization> organization = Optional.empty();
    if (written.isBlank()) {
      add(ReadingFindings.missingProperty(path + "/name", at, "name"));
    } else {
      try {
        organization = Optional.of(Organization.parse(written));
      } catch (InvalidValueException e) {
        String part = e.getReason() == Reason.NO_NAME_AFTER_LEGAL_FORM ? "/name" : "/legalForm";
        add(ReadingFindings.invalidValue(path + part, at, written.strip(), e));
      }
    }
    Optional<Prefecture> headOffice = Optional.empty();
    try {
      headOffice = Optional.of(Prefecture.parse(office));
    } catch (InvalidValueException e) {
      add(ReadingFindings.invalidValue(path + "/headOffice", at, office, e));
    }
    if (organization.isEmpty() || headOffice.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Organization.builder().from(organization.get()).headOffice(headOffice).build());
  }

  /**
   * The text of a cell without the {@code <p>} before it and the {@code </p>} after it that the table kept from
   * another format, each removal reported at its cell; markup anywhere else is text, left for validation to report.
   */
  private String unwrap(String written, String path, SourceLocation at) {
    String s = written;
    StringBuilder removed = new StringBuilder();
    String stripped = s.stripLeading();
    if (stripped.startsWith("<p>")) {
      s = stripped.substring(3);
      removed.append("<p>");
    }
    String end = s.stripTrailing();
    if (end.endsWith("</p>")) {
      s = end.substring(0, end.length() - 4);
      removed.append("</p>");
    }
    if (removed.length() > 0) {
      add(ReadingFindings.markupRemoved(path, at, removed.toString()));
    }
    return s;
  }

  private SourceLocation cell(int line, int column) {
    return SourceLocation.ofCell("", line, column + 1, column < header.size() ? header.get(column) : "");
  }

  private static SourceLocation lineAt(int line) {
    return SourceLocation.ofCell("", line, 1, "");
  }

  private static Optional<String> nonBlank(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private void add(Finding finding) {
    if (stopped) {
      return;
    }
    if (problems.size() >= ReadingLimits.MAX_PROBLEMS) {
      problems.add(ReadingFindings.limit("", finding.getLocation().orElse(null), ReadingLimit.PROBLEMS,
          ReadingLimits.MAX_PROBLEMS));
      stopped = true;
      return;
    }
    problems.add(finding);
  }

  // What was read.

  /** Ends the reading: the problems of parts the sheet lacks, at the end of the text. */
  void finish() {
    if (stopped) {
      return;
    }
    SourceLocation end = lineAt(Math.max(lastLine, 1));
    if (!titleRead) {
      add(ReadingFindings.missingProperty("/fiscalYear", lineAt(1), "fiscalYear"));
      add(ReadingFindings.missingProperty("/name", lineAt(1), "name"));
    }
    if (!headerSeen) {
      add(ReadingFindings.noHeader(end));
    }
    fromAims();
  }

  /** The policy plan and the Act the aims name, each at the aim's line. */
  private void fromAims() {
    boolean planSeen = false;
    boolean lawSeen = false;
    for (int i = 0; i < aims.size(); i++) {
      SourceLocation at = lineAt(aimLines.get(i));
      Matcher p = PLAN.matcher(aims.get(i));
      if (!planSeen && p.find()) {
        planSeen = true;
        places.put("/policyPlan", at);
        String date = p.group(2);
        try {
          int year = p.group(4).equals("元") ? 1 : Integer.parseInt(Text.normalize(p.group(4), "year"));
          LocalDate day = LocalDate.from(JapaneseDate.of(ERAS.get(p.group(3)), year,
              Integer.parseInt(Text.normalize(p.group(5), "month")), Integer.parseInt(Text.normalize(p.group(6),
                  "day"))));
          plan = Optional.of(PolicyPlan.builder().name(p.group(1)).decisionDate(day).decidedBy(p.group(7).strip())
              .build());
        } catch (DateTimeException e) {
          add(ReadingFindings.invalidValue("/policyPlan/decisionDate", at, date,
              InvalidValueException.of(Subject.DATE, Reason.NO_SUCH_DATE, date)));
        }
      }
      Matcher l = LAW.matcher(aims.get(i));
      if (!lawSeen && l.find()) {
        lawSeen = true;
        places.put("/legalBasis", at);
        law = Optional.of(Law.builder().title(l.group(1)).build());
      }
    }
  }

  /**
   * The program, where its name and fiscal year could be read: every other part that could be read, and the readable
   * grants.
   */
  Optional<GrantProgram> program() {
    if (name.isEmpty() || fiscalYear.isEmpty()) {
      return Optional.empty();
    }
    GrantProgram.Builder program = GrantProgram.builder()
        .name(name.get())
        .strand(strand)
        .granteeCategory(category)
        .fiscalYear(fiscalYear.get())
        .addAllAims(aims)
        .addAllEligibilityPrinciples(principles)
        .statedGranteeCount(statedCount)
        .legalBasis(law)
        .policyPlan(plan)
        .addAllGrants(grants);
    return Optional.of(program.build());
  }

  /** The grants that could be read, in the order of the table. */
  List<Grant> grants() {
    return grants;
  }

  /** For each grant that could be read, its index among the table's rows. */
  int[] grantRows() {
    return grantRows.stream().mapToInt(Integer::intValue).toArray();
  }

  /** How many rows the table has, readable or not. */
  int rows() {
    return rows;
  }

  /**
   * Where the value at a path was read: the place of the path, or of the nearest path above it that has one.
   *
   * @param path a JSON Pointer into the program
   * @return the place, if the path lies in a part that was read
   */
  Optional<SourceLocation> placeOf(String path) {
    String p = path;
    while (true) {
      SourceLocation at = places.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
