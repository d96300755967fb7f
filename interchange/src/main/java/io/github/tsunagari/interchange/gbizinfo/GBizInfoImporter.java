package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.interchange.internal.ImportValues;
import io.github.tsunagari.internal.read.Documents;
import io.github.tsunagari.internal.read.JsonTree;
import io.github.tsunagari.internal.read.RowSource;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantRecord;
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

  GBizInfoImporter(Collection<String> titles, GrantValidator validator) {
    Set<String> copy = new LinkedHashSet<>();
    for (String t : titles) {
      copy.add(Objects.requireNonNull(t, "title"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no title to import: give at least one subsidy's title (補助金等)");
    }
    this.titles = java.util.Collections.unmodifiableSet(copy);
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * A copy that imports the records of other subsidies, by their titles as gBizINFO writes them (補助金等).
   *
   * @param titles the titles, at least one
   * @return the importer
   * @throws IllegalArgumentException if there is none
   */
  public GBizInfoImporter withTitles(Collection<String> titles) {
    return new GBizInfoImporter(titles, validator);
  }

  /**
   * A copy that validates with another validator, such as one using an application's Jakarta validator.
   *
   * @param validator the validator
   * @return the importer
   */
  public GBizInfoImporter withValidator(GrantValidator validator) {
    return new GBizInfoImporter(titles, validator);
  }

  /** The titles of the subsidies imported (補助金等). */
  public Set<String> getTitles() {
    return titles;
  }

  /**
   * Imports the JSON of gBizINFO's REST API, v1 or v2, for one corporate number or many: {@code hojin-infos[]}, each
   * with {@code corporate_number}, {@code name}, {@code location} and {@code subsidy[]}. A value {@code null}, empty or
   * {@code "Null"} (v2) is absent; {@code amount} may be a string or a number; {@code joint_signatures} a list of names
   * (v1) or one text separated by 、. The corporation's other information is not about subsidies and is not read;
   * a subsidy record's property gBizINFO is not known to have is reported ({@code import.gbizinfo.not-carried}).
   *
   * @param in the bytes, UTF-8; not closed
   * @return the import
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public GBizInfoImport readJson(InputStream in) throws IOException {
    Documents.Outcome<JsonTree> read = JsonTree.read(in, -1);
    List<Finding> general = new ArrayList<>(read.problems());
    List<SourcedRecord> records = new ArrayList<>();
    read.value().ifPresent(root -> corporations(root, general, records));
    return importRecords(records, general);
  }

  private static void corporations(JsonTree root, List<Finding> general, List<SourcedRecord> records) {
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
      if (info.kind() != JsonTree.Kind.OBJECT) {
        general.add(ImportValues.wrongType(info, ValueShape.PROPERTIES));
        continue;
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
        continue;
      }
      for (JsonTree item : subsidies.map(JsonTree::items).orElse(List.of())) {
        if (item.kind() != JsonTree.Kind.OBJECT) {
          general.add(ImportValues.wrongType(item, ValueShape.PROPERTIES));
          continue;
        }
        records.add(subsidy(item, corporation, places, general));
      }
    }
  }

  private static SourcedRecord subsidy(JsonTree item, SubsidyRecord corporation,
      Map<GBizInfoField, SourcedRecord.Place> corporationPlaces, List<Finding> problems) {
    SubsidyRecord record = corporation;
    Map<GBizInfoField, SourcedRecord.Place> places = new EnumMap<>(GBizInfoField.class);
    places.putAll(corporationPlaces);
    Map<String, GBizInfoField> byName = new LinkedHashMap<>();
    for (GBizInfoField f : GBizInfoField.values()) {
      if (!f.isOfCorporation()) {
        byName.put(f.getJsonName(), f);
      }
    }
    List<Finding> unknown = new ArrayList<>();
    for (String name : item.names()) {
      JsonTree v = item.get(name).orElseThrow();
      GBizInfoField f = byName.get(name);
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
    return new SourcedRecord.Place(value.pointer(), value.location().orElse(null));
  }

  /**
   * Imports gBizINFO's bulk CSV of subsidies: a header row naming the columns (法人番号, 法人名, 本社所在地, 認定日,
   * 補助金等, 金額, 対象, 府省, 備考, 連名リスト, 補助金財源, in any order), then a row per record. Its encoding is
   * detected: UTF-8 with or without a byte order mark (gBizINFO's), or Windows-31J, and said
   * ({@code read.encoding}). A column of another header is reported once ({@code import.gbizinfo.not-carried}).
   *
   * @param in the bytes; not closed
   * @return the import
   * @throws IOException if the stream cannot be read
   */
  public GBizInfoImport readCsv(InputStream in) throws IOException {
    return readCsv(in, Optional.empty());
  }

  /**
   * Imports gBizINFO's bulk CSV of subsidies in a given encoding.
   *
   * @param in the bytes; not closed
   * @param encoding the encoding
   * @return the import
   * @throws IOException if the stream cannot be read
   * @see #readCsv(InputStream)
   */
  public GBizInfoImport readCsv(InputStream in, Charset encoding) throws IOException {
    return readCsv(in, Optional.of(encoding));
  }

  private GBizInfoImport readCsv(InputStream in, Optional<Charset> encoding) throws IOException {
    List<Finding> general = new ArrayList<>();
    List<SourcedRecord> records = new ArrayList<>();
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
      for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
        String path = "/" + records.size();
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
        records.add(new SourcedRecord(record,
            new SourcedRecord.Place(path, SourceLocation.ofCell(row.number(), 1, headers.isEmpty() ? "" : headers.get(0))),
            places, List.of()));
      }
      general.addAll(0, rows.problems());
    }
    return importRecords(records, general);
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
    List<SourcedRecord> sourced = new ArrayList<>();
    for (SubsidyRecord r : records) {
      String path = "/" + sourced.size();
      Map<GBizInfoField, SourcedRecord.Place> places = new EnumMap<>(GBizInfoField.class);
      for (GBizInfoField f : GBizInfoField.values()) {
        places.put(f, new SourcedRecord.Place(path + "/" + f.getJsonName(), null));
      }
      sourced.add(new SourcedRecord(Objects.requireNonNull(r, "record"), new SourcedRecord.Place(path, null), places,
          List.of()));
    }
    return importRecords(sourced, new ArrayList<>());
  }

  private GBizInfoImport importRecords(List<SourcedRecord> records, List<Finding> general) {
    List<GrantRecord> imported = new ArrayList<>();
    List<SubsidyRecord> others = new ArrayList<>();
    GrantStreamValidator stream = validator.openStream();
    for (SourcedRecord r : records) {
      Optional<String> title = r.record.get(GBizInfoField.TITLE);
      if (title.isEmpty() || !titles.contains(title.get())) {
        others.add(r.record);
        SourcedRecord.Place at = r.at(GBizInfoField.TITLE);
        general.add(at.place(InterchangeFindings.of(Rule.IMPORT_GBIZINFO_OTHER_SUBSIDY, at.path,
            title.orElse(""))));
        continue;
      }
      List<Finding> findings = new ArrayList<>(r.unknown);
      Optional<Grant> grant = GrantOfRecord.of(r, imported.size() + 1, findings);
      ValidationReport report = ValidationReport.of(findings);
      if (grant.isPresent()) {
        report = report.merge(stream.validate(grant.get()));
      } else {
        stream.skip();
      }
      imported.add(GrantRecord.of(imported.size(), grant, report));
    }
    return new GBizInfoImport(imported, others, ValidationReport.of(general));
  }
}
