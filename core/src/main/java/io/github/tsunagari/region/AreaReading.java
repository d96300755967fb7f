package io.github.tsunagari.region;

import java.util.List;
import java.util.Objects;

/**
 * An area text read (事業区域の読み取り結果): the {@link ServiceArea} it resolves to and the {@linkplain AreaNote notes}
 * on how its parts were read, in the order of the text. Returned by {@link ServiceArea#read(String)}, for a reader of
 * tables that reports the notes as findings rather than refusing the text.
 *
 * <pre>{@code
 * AreaReading r = ServiceArea.read("参加対象:岩手県釜石市、大船渡市、陸前高田市");
 * r.getArea().getMunicipalities();   // [釜石市, 大船渡市, 陸前高田市]
 * r.getNotes();                      // [LABEL_OR_MARK 参加対象]
 * r.isComplete();                    // true: every part is in the area
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class AreaReading {
  private final ServiceArea area;
  private final List<AreaNote> notes;

  AreaReading(ServiceArea area, List<AreaNote> notes) {
    this.area = Objects.requireNonNull(area, "area");
    this.notes = List.copyOf(notes);
  }

  /** The area read, with its {@linkplain ServiceArea#getText() text} exactly as given. */
  public ServiceArea getArea() {
    return area;
  }

  /** The notes, in the order of the parts of the text they are about; empty where every part is a plain region. */
  public List<AreaNote> getNotes() {
    return notes;
  }

  /**
   * True if no note {@linkplain AreaNote.Kind#leavesPartUnread() leaves a part unread}: the area says all the text
   * says, and {@link ServiceArea#parse(String)} returns it.
   *
   * @return whether every part of the text is in the area
   */
  public boolean isComplete() {
    for (AreaNote n : notes) {
      if (n.getKind().leavesPartUnread()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaReading && ((AreaReading) o).area.equals(area) && ((AreaReading) o).notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, notes);
  }

  @Override
  public String toString() {
    return "AreaReading[" + area.getText() + ", " + notes + "]";
  }
}
