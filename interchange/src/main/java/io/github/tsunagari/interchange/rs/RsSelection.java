package io.github.tsunagari.interchange.rs;

/**
 * The budget project (予算事業) an import asks for: by its ID (予算事業ID) or by its name (事業名), each compared after
 * {@link RsColumn#fold(String) folding}, as the public code normalises the tables.
 *
 * @param byId true to select by 予算事業ID, false by 事業名
 * @param key the ID or name asked for, as given
 */
record RsSelection(boolean byId, String key) {
  RsSelection {
    if (RsColumn.fold(key).isEmpty()) {
      throw new IllegalArgumentException("a budget project's " + (byId ? "ID" : "name") + " must not be blank");
    }
  }

  /** Whether a row of this ID and name belongs to the project asked for. */
  boolean selects(String id, String name) {
    return RsColumn.fold(byId ? id : name).equals(RsColumn.fold(key));
  }
}
