package io.github.tsunagari.interchange.gbizinfo;

import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.SourceLocation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A subsidy record as read, with the place of each value in its source (a JSON pointer and line and column, or a CSV
 * cell), so that every finding about it says where it is.
 */
final class SourcedRecord {
  /** A place in the source: a path and, where known, a location. */
  static final class Place {
    final String path;
    final SourceLocation location;
    /** Whether the value here is written as a JSON number (not a string, not a CSV cell). */
    final boolean number;

    Place(String path, SourceLocation location) {
      this(path, location, false);
    }

    Place(String path, SourceLocation location, boolean number) {
      this.path = path;
      this.location = location;
      this.number = number;
    }

    /** The finding, placed here. */
    Finding place(Finding finding) {
      return location == null ? finding : finding.withLocation(location);
    }
  }

  final SubsidyRecord record;
  /** What was read beside the record's fields and cannot be carried: properties gBizINFO is not known to have. */
  final List<Finding> unknown;
  private final Place whole;
  private final Map<GBizInfoField, Place> places;

  SourcedRecord(SubsidyRecord record, Place whole, Map<GBizInfoField, Place> places, List<Finding> unknown) {
    this.record = record;
    this.whole = whole;
    this.places = places.isEmpty() ? new EnumMap<>(GBizInfoField.class) : new EnumMap<>(places);
    this.unknown = List.copyOf(unknown);
  }

  /** Where the field's value is; where the record is, for a field it does not have. */
  Place at(GBizInfoField field) {
    return places.getOrDefault(field, whole);
  }

  /** Where the record is. */
  Place whole() {
    return whole;
  }
}
