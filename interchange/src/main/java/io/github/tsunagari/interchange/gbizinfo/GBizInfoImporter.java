package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.internal.read.Tally;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.tables.internal.CsvRows;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.GrantStreamValidator;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.InterchangeFindings;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import io.github.tsunagari.validation.ValueShape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports gBizINFO's subsidy records (補助金情報) as the model's grants: made by {@link GBizInfo#importer()}, which
 * selects the records of this program by their title (補助金等); {@link #withTitles} selects others. Records of other
 * subsidies are kept apart ({@link GBizInfoImport#getOtherSubsidies()}), each said with an INFO finding
 * ({@code import.gbizinfo.other-subsidy}): never merged, never dropped without a word.
 *
 * <p>Each imported grant is validated with the rules of a stream of grants ({@link GrantValidator#openStream()}),
 * whose findings are merged with the import's own. Immutable and thread-safe.
 */
public final class GBizInfoImporter {
  /** Metadata about gBizINFO's sources of a record (API v2, {@code metadata_flg}), not about the subsidy. */
  private static final String METADATA = "meta-data";
  private static final String HOJIN_INFOS = "hojin-infos";
  private static final String SUBSIDY = "subsidy";

  private final Set<String> titles;
  private final GrantValidator validator;
  private final Consumer<SubsidyRecord> otherSubsidies;

  GBizInfoImporter(Collection<String> titles, GrantValidator validator) {
    this(titles, validator, r -> { });
  }

  private GBizInfoImporter(Collection<String> titles, GrantValidator validator,
      Consumer<SubsidyRecord> otherSubsidies) {
    Set<String> copy = new LinkedHashSet<>();
    for (String t : titles) {
      copy.add(Objects.requireNonNull(t, "title"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no title to import: give at least one subsidy's title (補助金等)");
    }
    this.titles = java.util.Collections.unmodifiableSet(copy);
    this.validator = Objects.requireNonNull(validator, "validator");
    this.otherSubsidies = Objects.requireNonNull(otherSubsidies, "otherSubsidies");
  }

  /**
   * A copy that imports the records of other subsidies, by their titles as gBizINFO writes them (補助金等).
   *
   * @param titles the titles, at least one
   * @return the importer
   * @throws IllegalArgumentException if there is none
   */
  public GBizInfoImporter withTitles(Collection<String> titles) {
    return new GBizInfoImporter(titles, validator, otherSubsidies);
  }

  /**
   * A copy that validates with another validator, such as one using an application's Jakarta validator.
   *
   * @param validator the validator
   * @return the importer
   */
  public GBizInfoImporter withValidator(GrantValidator validator) {
    return new GBizInfoImporter(titles, validator, otherSubsidies);
  }

  /**
   * A copy that hands each record of another subsidy (補助金等 none of {@link #getTitles()}) to a consumer, as gBizINFO
   * wrote it, in the order read: how a caller of the streaming forms, which keep none of them, gets them; the
   * list-returning forms hand them over too, beside keeping them. Without it, the streaming forms count them
   * ({@code import.gbizinfo.other-subsidy}, one finding per title) and hand them to no one.
   *
   * @param others receives each record of another subsidy; called on the reading thread
   * @return the importer
   */
  public GBizInfoImporter withOtherSubsidies(Consumer<SubsidyRecord> others) {
    return new GBizInfoImporter(titles, validator, Objects.requireNonNull(others, "others"));
  }

  /** The titles of the subsidies imported (補助金等). */
  public Set<String> getTitles() {
    return titles;
  }

  /**
   * Imports the JSON of gBizINFO's REST API, v1 or v2, for one corporate number or many: {@code hojin-infos[]}, each
   * with {@code corporate_number}, {@code name}, {@code location} and {@code subsidy[]}. A value {@code null}, empty or
   * {@code "Null"} (v2) is absent; {@code amount} may be a string or a number (a number exactly a whole number of yen,
   * such as {@code 1e3}, as 360Giving's reader takes it); {@code date_of_approval} a date or an ISO date-time, whose
   * day is the date; {@code joint_signatures} a list of names (v1) or one text separated by 、. The corporation's
   * other information is not about subsidies and is not read; a subsidy record's property gBizINFO is not known to have
   * is reported ({@code import.gbizinfo.not-carried}).
   *
   * <p>Holds the whole document, and every record with it: a document longer than
   * {@link io.github.tsunagari.read.ReadingLimits#MAX_DOCUMENT_LENGTH} (64 MiB) is not read (a {@code read.*}
   * finding). For larger input, {@link #readJson(InputStream, Consumer)}.
   *
   * @param in the bytes, UTF-8; not closed
   * @return the import
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public GBizInfoImport readJson(InputStream in) throws IOException {
    Documents.Outcome<JsonTree> read = JsonTree.read(Objects.requireNonNull(in, "in"), -1);
    Whole whole = new Whole();
    whole.general.addAll(read.problems());
    read.value().ifPresent(root -> corporations(root, whole.general, whole));
    return whole.done();
  }

  /**
   * Imports the JSON of gBizINFO's REST API as {@link #readJson(InputStream)} does, a corporation
   * ({@code hojin-infos[]}'s item) at a time: memory grows with one corporation's records and the titles of other
   * subsidies met, not with the document, whose length is not limited. Each record of the subsidies asked for is
   * handed on as soon as it is imported and validated; the records of other subsidies are counted, one
   * {@code import.gbizinfo.other-subsidy} finding per title with their number, at the first, and handed to
   * {@link #withOtherSubsidies} if asked.
   *
   * @param in the bytes, UTF-8; not closed
   * @param each receives the record of each grant of the subsidies asked for, in order: the grant where it could be
   *     imported, and its findings
   * @return the counts, and the findings of the document itself and of the records kept apart
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public StreamSummary readJson(InputStream in, Consumer<GrantRecord> each) throws IOException {
    Streamed streamed = new Streamed(each);
    Documents.Outcome<JsonTree> read = JsonTree.stream(Objects.requireNonNull(in, "in"), -1, HOJIN_INFOS,
        (info, problems) -> {
          streamed.general.addAll(problems);
          corporation(info, streamed.general, streamed);
        });
    List<Finding> document = new ArrayList<>(read.problems());
    read.value().ifPresent(root -> corporations(root, document, streamed));
    streamed.general.addAll(0, document);
    return streamed.done();
  }

  /** The corporations of a document read whole; of one streamed, the checks of its root (the items handed on). */
  private static void corporations(JsonTree root, List<Finding> general, Consumer<SourcedRecord> records) {
    Optional<JsonTree> infos = root.get(HOJIN_INFOS);
    if (infos.isEmpty() || infos.get().isNull()) {
      general.add(ReadingFindings.missingProperty(root.pointer(), root.location().orElse(null), HOJIN_INFOS));
      return;
    }
    if (infos.get().kind() != JsonTree.Kind.ARRAY) {
      general.add(ImportValues.wrongType(infos.get(), ValueShape.LIST));
      return;
    }
    for (JsonTree info : infos.get().items()) {
      corporation(info, general, records);
    }
  }

  /** The subsidy records of one corporation ({@code hojin-infos[]}'s item). */
  private static void corporation(JsonTree info, List<Finding> general, Consumer<SourcedRecord> records) {
    if (info.kind() != JsonTree.Kind.OBJECT) {
      general.add(ImportValues.wrongType(info, ValueShape.PROPERTIES));
      return;
    }
    SubsidyRecord corporation = SubsidyRecord.empty();
    Map<GBizInfoField, SourcedRecord.Place> places = new EnumMap<>(GBizInfoField.class);
    for (GBizInfoField f : GBizInfoField.values()) {
      if (f.isOfCorporation()) {
        Optional<JsonTree> v = info.get(f.getJsonName());
        if (v.isPresent()) {
          places.put(f, place(v.get()));
          Optional<String> text = ImportValues.text(v.get(), general);
          if (text.isPresent()) {
            corporation = corporation.with(f, text.get());
          }
        }
      }
    }
    Optional<JsonTree> subsidies = info.get(SUBSIDY).filter(s -> !s.isNull());
    if (subsidies.isPresent() && subsidies.get().kind() != JsonTree.Kind.ARRAY) {
      general.add(ImportValues.wrongType(subsidies.get(), ValueShape.LIST));
      return;
    }
    for (JsonTree item : subsidies.map(JsonTree::items).orElse(List.of())) {
      if (item.kind() != JsonTree.Kind.OBJECT) {
        general.add(ImportValues.wrongType(item, ValueShape.PROPERTIES));
        continue;
      }
      records.accept(subsidy(item, corporation, places, general));
    }
  }

  /** The fields of a subsidy record of the API, by their JSON names: made once, looked up for every record. */
  private static final Map<String, GBizInfoField> SUBSIDY_FIELDS = subsidyFields();

  private static Map<String, GBizInfoField> subsidyFields() {
    Map<String, GBizInfoField> byName = new LinkedHashMap<>();
    for (GBizInfoField f : GBizInfoField.values()) {
      if (!f.isOfCorporation()) {
        byName.put(f.getJsonName(), f);
      }
    }
    return Map.copyOf(byName);
  }

  private static SourcedRecord subsidy(JsonTree item, SubsidyRecord corporation,
      Map<GBizInfoField, SourcedRecord.Place> corporationPlaces, List<Finding> problems) {
    SubsidyRecord record = corporation;
    Map<GBizInfoField, SourcedRecord.Place> places = new EnumMap<>(GBizInfoField.class);
    places.putAll(corporationPlaces);
    List<Finding> unknown = new ArrayList<>();
    for (String name : item.names()) {
      JsonTree v = item.get(name).orElseThrow();
      GBizInfoField f = SUBSIDY_FIELDS.get(name);
      if (f == null) {
        if (!name.equals(METADATA) && !v.isNull()) {
          unknown.add(place(v).place(InterchangeFindings.of(Rule.IMPORT_GBIZINFO_NOT_CARRIED, v.pointer(),
              ImportValues.shown(v), name)));
        }
        continue;
      }
      places.put(f, place(v));
      if (f == GBizInfoField.JOINT_SIGNATURES && v.kind() == JsonTree.Kind.ARRAY) {
        List<String> names = new ArrayList<>();
        for (JsonTree n : v.items()) {
          ImportValues.text(n, problems).ifPresent(names::add);
        }
        record = record.withJointSignatures(names);
      } else {
        Optional<String> text = ImportValues.text(v, problems);
        if (text.isPresent()) {
          record = record.with(f, text.get());
        }
      }
    }
    return new SourcedRecord(record, place(item), places, unknown);
  }

  private static SourcedRecord.Place place(JsonTree value) {
    return new SourcedRecord.Place(value.pointer(), value.location().orElse(null),
        value.kind() == JsonTree.Kind.NUMBER);
  }

  /**
   * Imports gBizINFO's bulk CSV of subsidies: a header row naming the columns (法人番号, 法人名, 本社所在地, 認定日,
   * 補助金等, 金額, 対象, 府省, 備考, 連名リスト, 補助金財源, in any order), then a row per record. Its encoding is
   * detected: UTF-8 with or without a byte order mark (gBizINFO's), or Windows-31J, and said
   * ({@code read.encoding}). A column of another header is reported once ({@code import.gbizinfo.not-carried}).
   *
   * <p>Holds every row: each record of other subsidies too, with a finding for each. The bulk CSV is the whole of
   * Japan's subsidies, far larger than this program's: read it with {@link #readCsv(InputStream, Consumer)}, which
   * holds one row at a time.
   *
   * @param in the bytes; not closed
   * @return the import
   * @throws IOException if the stream cannot be read
   */
  public GBizInfoImport readCsv(InputStream in) throws IOException {
    return readCsv(in, Optional.empty());
  }

  /**
   * Imports gBizINFO's bulk CSV of subsidies in a given encoding, holding every row.
   *
   * @param in the bytes; not closed
   * @param encoding the encoding
   * @return the import
   * @throws IOException if the stream cannot be read
   * @see #readCsv(InputStream)
   */
  public GBizInfoImport readCsv(InputStream in, Charset encoding) throws IOException {
    return readCsv(in, Optional.of(Objects.requireNonNull(encoding, "encoding")));
  }

  /**
   * Imports gBizINFO's bulk CSV of subsidies as {@link #readCsv(InputStream)} reads it, one row at a time: memory grows
   * with the titles of other subsidies met, not with the rows. Each record of the subsidies asked for is handed on as
   * soon as it is imported and validated; the records of other subsidies are counted, one
   * {@code import.gbizinfo.other-subsidy} finding per title with their number, at the first row of each, and handed to
   * {@link #withOtherSubsidies} if asked: never dropped without a word.
   *
   * <pre>{@code
   * StreamSummary summary = GBizInfo.importer().readCsv(in, record -> …); // the bulk CSV of all subsidies
   * }</pre>
   *
   * @param in the bytes; not closed
   * @param each receives the record of each grant of the subsidies asked for, in order: the grant where it could be
   *     imported, and its findings
   * @return the counts, and the findings of the table itself and of the records kept apart
   * @throws IOException if the stream cannot be read
   */
  public StreamSummary readCsv(InputStream in, Consumer<GrantRecord> each) throws IOException {
    Streamed streamed = new Streamed(each);
    csvRows(in, Optional.empty(), streamed.general, streamed);
    return streamed.done();
  }

  /**
   * Imports gBizINFO's bulk CSV of subsidies in a given encoding, one row at a time.
   *
   * @param in the bytes; not closed
   * @param encoding the encoding
   * @param each receives the record of each grant of the subsidies asked for, in order
   * @return the counts, and the findings of the table itself and of the records kept apart
   * @throws IOException if the stream cannot be read
   * @see #readCsv(InputStream, Consumer)
   */
  public StreamSummary readCsv(InputStream in, Charset encoding, Consumer<GrantRecord> each) throws IOException {
    Streamed streamed = new Streamed(each);
    csvRows(in, Optional.of(Objects.requireNonNull(encoding, "encoding")), streamed.general, streamed);
    return streamed.done();
  }

  private GBizInfoImport readCsv(InputStream in, Optional<Charset> encoding) throws IOException {
    Whole whole = new Whole();
    csvRows(in, encoding, whole.general, whole);
    return whole.done();
  }

  /** Reads the CSV's rows, each handed on as a record as it is read; the table's problems go to general. */
  private static void csvRows(InputStream in, Optional<Charset> encoding, List<Finding> general,
      Consumer<SourcedRecord> records) throws IOException {
    int tableProblems = general.size();
    try (CsvRows rows = CsvRows.open(Objects.requireNonNull(in, "in"), encoding)) {
      RowSource.Row header = rows.next();
      Map<Integer, GBizInfoField> columns = new LinkedHashMap<>();
      List<String> headers = header == null ? List.of() : header.cells();
      for (int c = 0; c < headers.size(); c++) {
        String h = headers.get(c).strip();
        Optional<GBizInfoField> field = fieldOf(h);
        if (field.isPresent()) {
          columns.put(c, field.get());
        } else if (!h.isEmpty()) {
          general.add(InterchangeFindings.of(Rule.IMPORT_GBIZINFO_NOT_CARRIED, "", h, h)
              .withLocation(SourceLocation.ofCell(header.number(), c + 1, h)));
        }
      }
      int index = 0;
      for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
        String path = "/" + index++;
        SubsidyRecord record = SubsidyRecord.empty();
        Map<GBizInfoField, SourcedRecord.Place> places = new EnumMap<>(GBizInfoField.class);
        List<String> cells = row.cells();
        for (int c = 0; c < cells.size(); c++) {
          GBizInfoField f = columns.get(c);
          String cell = cells.get(c);
          if (f == null) {
            if (c >= headers.size() && !cell.isBlank()) {
              general.add(ReadingFindings.raggedRow(path, SourceLocation.ofCell(row.number(), c + 1, ""), cell,
                  headers.size()));
            }
            continue;
          }
          places.put(f, new SourcedRecord.Place(path + "/" + f.getJsonName(),
              SourceLocation.ofCell(row.number(), c + 1, f.getCsvHeader())));
          if (!ImportValues.isAbsent(cell)) {
            record = record.with(f, cell.strip());
          }
        }
        records.accept(new SourcedRecord(record,
            new SourcedRecord.Place(path, SourceLocation.ofCell(row.number(), 1, headers.isEmpty() ? "" : headers.get(0))),
            places, List.of()));
      }
      general.addAll(tableProblems, rows.problems());
    }
  }

  private static Optional<GBizInfoField> fieldOf(String header) {
    for (GBizInfoField f : GBizInfoField.values()) {
      if (f.getCsvHeader().equals(header)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Imports records already read, such as those a program wrote ({@link GBizInfo#toRecord}); findings point at
   * {@code /<index>/<field>}.
   *
   * @param records the records
   * @return the import
   */
  public GBizInfoImport read(List<SubsidyRecord> records) {
    Whole whole = new Whole();
    int index = 0;
    for (SubsidyRecord r : records) {
      String path = "/" + index++;
      Map<GBizInfoField, SourcedRecord.Place> places = new EnumMap<>(GBizInfoField.class);
      for (GBizInfoField f : GBizInfoField.values()) {
        places.put(f, new SourcedRecord.Place(path + "/" + f.getJsonName(), null));
      }
      whole.accept(new SourcedRecord(Objects.requireNonNull(r, "record"), new SourcedRecord.Place(path, null), places,
          List.of()));
    }
    return whole.done();
  }

  /**
   * One import under way: each record read is either of a subsidy asked for, imported as a grant, validated with the
   * stream's rules and handed to {@link #imported}, or of another, handed to {@link #other} and the importer's
   * consumer of other subsidies.
   */
  private abstract class Importing implements Consumer<SourcedRecord> {
    /** The findings that belong to no record imported: the document's, the records kept apart. */
    final List<Finding> general = new ArrayList<>();
    private final GrantStreamValidator stream = validator.openStream();
    private int index;

    @Override
    public void accept(SourcedRecord r) {
      Optional<String> title = r.record.get(GBizInfoField.TITLE);
      if (title.isEmpty() || !titles.contains(title.get())) {
        other(r, title.orElse(""));
        otherSubsidies.accept(r.record);
        return;
      }
      List<Finding> findings = new ArrayList<>(r.unknown);
      Optional<Grant> grant = GrantOfRecord.of(r, index + 1, findings);
      ValidationReport report = ValidationReport.of(findings);
      if (grant.isPresent()) {
        // The model's findings have the model's paths: placed where the record is.
        report = report.merge(ImportValues.locatedAt(stream.validate(grant.get()),
            Optional.ofNullable(r.whole().location)));
      } else {
        stream.skip();
      }
      imported(GrantRecord.of(index++, grant, report));
    }

    /** A record of the subsidies asked for, imported (or not, with its findings). */
    abstract void imported(GrantRecord record);

    /** A record of another subsidy, with its title (empty for none). */
    abstract void other(SourcedRecord record, String title);

    /** The finding that records of another subsidy, so many, were kept apart, placed at the first. */
    static Finding keptApart(SourcedRecord.Place first, String title, int count) {
      return first.place(InterchangeFindings.of(Rule.IMPORT_GBIZINFO_OTHER_SUBSIDY, first.path, title, count));
    }
  }

  /** An import held whole: every record, and a finding for each record of another subsidy. */
  private final class Whole extends Importing {
    private final List<GrantRecord> records = new ArrayList<>();
    private final List<SubsidyRecord> others = new ArrayList<>();

    @Override
    void imported(GrantRecord record) {
      records.add(record);
    }

    @Override
    void other(SourcedRecord record, String title) {
      others.add(record.record);
      general.add(keptApart(record.at(GBizInfoField.TITLE), title, 1));
    }

    GBizInfoImport done() {
      return new GBizInfoImport(records, others, ValidationReport.of(general));
    }
  }

  /** An import streamed: records handed on and counted, those of other subsidies counted per title. */
  private final class Streamed extends Importing {
    private final Consumer<GrantRecord> each;
    private final Map<String, OtherTitle> others = new LinkedHashMap<>();
    private final Tally tally = new Tally();

    Streamed(Consumer<GrantRecord> each) {
      this.each = Objects.requireNonNull(each, "each");
    }

    @Override
    void imported(GrantRecord record) {
      tally.add(record);
      each.accept(record);
    }

    @Override
    void other(SourcedRecord record, String title) {
      others.computeIfAbsent(title, t -> new OtherTitle(record.at(GBizInfoField.TITLE))).count++;
    }

    StreamSummary done() {
      others.forEach((title, o) -> general.add(keptApart(o.first, title, o.count)));
      return tally.summary(ValidationReport.of(general));
    }
  }

  /** The records of one other subsidy met in a stream: where the first is, and how many. */
  private static final class OtherTitle {
    final SourcedRecord.Place first;
    int count;

    OtherTitle(SourcedRecord.Place first) {
      this.first = first;
    }
  }
}
