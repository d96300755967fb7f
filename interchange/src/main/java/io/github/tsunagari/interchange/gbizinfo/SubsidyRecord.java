package io.github.tsunagari.interchange.gbizinfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One gBizINFO subsidy record (補助金情報) with its recipient: the values of its {@linkplain GBizInfoField fields} as
 * gBizINFO writes them, text for text, and the co-recipients (連名) as a list. A field without a value ({@code null},
 * empty, API v2's {@code "Null"}) is absent. What the importer keeps apart (records of other subsidies) and what the
 * writers write.
 *
 * <pre>{@code
 * SubsidyRecord r = SubsidyRecord.empty()
 *     .with(GBizInfoField.CORPORATE_NUMBER, "7100005012040")
 *     .with(GBizInfoField.TITLE, "園芸施設共済に係る農業共済組合連合会等交付金")
 *     .with(GBizInfoField.AMOUNT, "1781931");
 * r.get(GBizInfoField.AMOUNT); // Optional["1781931"]
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when all values are equal.
 */
public final class SubsidyRecord {
  private static final SubsidyRecord EMPTY = new SubsidyRecord(new EnumMap<>(GBizInfoField.class), List.of());

  private final Map<GBizInfoField, String> values;
  private final List<String> jointSignatures;

  private SubsidyRecord(Map<GBizInfoField, String> values, List<String> jointSignatures) {
    this.values = values;
    this.jointSignatures = jointSignatures;
  }

  /** A record with no values. */
  public static SubsidyRecord empty() {
    return EMPTY;
  }

  /**
   * A copy with a field's value; for {@link GBizInfoField#JOINT_SIGNATURES}, the CSV's text, names separated by 、.
   *
   * @param field the field
   * @param value its value as written
   * @return the record
   * @throws NullPointerException if field or value is null
   */
  public SubsidyRecord with(GBizInfoField field, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    if (field == GBizInfoField.JOINT_SIGNATURES) {
      List<String> names = new ArrayList<>();
      for (String part : value.split(GBizInfoField.CO_RECIPIENT_SEPARATOR)) {
        if (!part.isBlank()) {
          names.add(part.strip());
        }
      }
      return withJointSignatures(names);
    }
    Map<GBizInfoField, String> copy = new EnumMap<>(GBizInfoField.class);
    copy.putAll(values);
    copy.put(field, value);
    return new SubsidyRecord(copy, jointSignatures);
  }

  /**
   * A copy with the co-recipients (連名).
   *
   * @param names their names as written, in order
   * @return the record
   * @throws NullPointerException if the list or a name is null
   */
  public SubsidyRecord withJointSignatures(List<String> names) {
    return new SubsidyRecord(values, List.copyOf(names));
  }

  /**
   * A copy without a field's value.
   *
   * @param field the field
   * @return the record
   */
  public SubsidyRecord without(GBizInfoField field) {
    if (field == GBizInfoField.JOINT_SIGNATURES) {
      return withJointSignatures(List.of());
    }
    Map<GBizInfoField, String> copy = new EnumMap<>(GBizInfoField.class);
    copy.putAll(values);
    copy.remove(field);
    return new SubsidyRecord(copy, jointSignatures);
  }

  /**
   * A field's value as written; for {@link GBizInfoField#JOINT_SIGNATURES}, the names separated by 、 as the CSV
   * writes them.
   *
   * @param field the field
   * @return its value, if the record has one
   */
  public Optional<String> get(GBizInfoField field) {
    if (field == GBizInfoField.JOINT_SIGNATURES) {
      return jointSignatures.isEmpty() ? Optional.empty()
          : Optional.of(String.join(GBizInfoField.CO_RECIPIENT_SEPARATOR, jointSignatures));
    }
    return Optional.ofNullable(values.get(field));
  }

  /** The co-recipients (連名), in order; empty where there are none. */
  public List<String> getJointSignatures() {
    return jointSignatures;
  }

  /** The values, by field, of the fields that have one (the co-recipients apart). */
  Map<GBizInfoField, String> values() {
    return Collections.unmodifiableMap(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubsidyRecord && ((SubsidyRecord) o).values.equals(values)
        && ((SubsidyRecord) o).jointSignatures.equals(jointSignatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, jointSignatures);
  }

  @Override
  public String toString() {
    return values + (jointSignatures.isEmpty() ? "" : " 連名" + jointSignatures);
  }
}
