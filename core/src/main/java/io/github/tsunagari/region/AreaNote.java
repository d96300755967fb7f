package io.github.tsunagari.region;

import java.util.List;
import java.util.Objects;

/**
 * What reading an area text (事業区域の記載) noticed about one of its parts: a label or mark read as such, a place
 * below a municipality, a regional block, a bracket that is not a prefecture, a name without members, an ambiguous
 * name or a part read as nothing. {@link ServiceArea#read(String)} returns the notes beside the area, so that a table
 * reader can report them as findings ({@code ReadingFindings.areaNote}); {@link ServiceArea#parse(String)} refuses
 * the text where a note {@linkplain Kind#leavesPartUnread() leaves a part unread}.
 *
 * <pre>{@code
 * AreaNote note = ServiceArea.read("府中市").getNotes().get(0);
 * note.getKind();        // AMBIGUOUS_MUNICIPALITY
 * note.getText();        // 府中市
 * note.getCandidates();  // [東京都府中市 (132063), 広島県府中市 (342084)]
 * }</pre>
 *
 * <p>Instances are immutable and compare by value.
 */
public final class AreaNote {

  /** The kinds of notes, each with a rule of reading of its own ({@code read.area.*}). */
  public enum Kind {
    /** A label (見出し) such as {@code 参加対象:} or a mark (記号) such as {@code ※}, read as such, not as a place. */
    LABEL_OR_MARK(false),
    /**
     * A place below a municipality (市区町村内の地区) such as {@code 養父市大屋町明延区}: the municipality (養父市) is
     * resolved, and the place is kept as a {@link NamedArea} named as written and made of that municipality.
     */
    PLACE_WITHIN_MUNICIPALITY(false),
    /** A regional block (地方区分) such as {@code 関東}, read as a {@link NamedArea} of its prefectures. */
    REGIONAL_BLOCK(false),
    /**
     * A bracket after a municipality that holds no prefecture ({@code 三原市(広島市)}): the municipality is read from
     * the name before the bracket alone, where that is unambiguous.
     */
    BRACKETED_PLACE_NOT_PREFECTURE(false),
    /**
     * A name of an area without fixed members (構成の定まらない地域名), such as {@code 北摂エリア} or {@code 十勝管内}
     * written alone: not guessed, left out of the area.
     */
    NAMED_AREA_WITHOUT_MEMBERS(true),
    /**
     * A municipality's name that several local governments share (同名の市区町村), such as {@code 府中市} (東京都 and
     * 広島県), written without the prefecture that tells them apart: not guessed, left out of the area.
     */
    AMBIGUOUS_MUNICIPALITY(true),
    /** A part that is no known region, label or mark (不明な記載): left out of the area. */
    UNKNOWN_PART(true);

    private final boolean unread;

    Kind(boolean unread) {
      this.unread = unread;
    }

    /**
     * True if the part the note is about is not in the area: the area read says less than the text.
     * {@link ServiceArea#parse(String)} refuses a text with such a part.
     *
     * @return whether the part is left out of the area
     */
    public boolean leavesPartUnread() {
      return unread;
    }
  }

  private final Kind kind;
  private final String text;
  private final String detail;
  private final List<LocalGovernment> candidates;

  private AreaNote(Kind kind, String text, String detail, List<LocalGovernment> candidates) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.text = Objects.requireNonNull(text, "text");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.candidates = List.copyOf(candidates);
  }

  static AreaNote of(Kind kind, String text) {
    return new AreaNote(kind, text, "", List.of());
  }

  static AreaNote of(Kind kind, String text, String detail) {
    return new AreaNote(kind, text, detail, List.of());
  }

  static AreaNote ambiguous(String text, List<LocalGovernment> candidates) {
    return new AreaNote(Kind.AMBIGUOUS_MUNICIPALITY, text, "", candidates);
  }

  /** The kind of the note. */
  public Kind getKind() {
    return kind;
  }

  /**
   * The part of the text the note is about, as written (full-width letters and brackets read as ASCII): the label
   * ({@code 参加対象}) or mark ({@code ※}), the place ({@code 養父市大屋町明延区}), the block ({@code 関東}), the whole
   * bracketed part ({@code 三原市(広島市)}), the name ({@code 北摂エリア}, {@code 府中市}) or the unknown part.
   */
  public String getText() {
    return text;
  }

  /**
   * What the part was read as, or what it holds, where the kind has such a thing: the municipality's full name for a
   * place below it ({@code 兵庫県養父市}), the text in the bracket ({@code 広島市}); empty otherwise.
   */
  public String getDetail() {
    return detail;
  }

  /** The local governments an ambiguous name may mean, in code order; empty for the other kinds. */
  public List<LocalGovernment> getCandidates() {
    return candidates;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AreaNote)) {
      return false;
    }
    AreaNote n = (AreaNote) o;
    return kind == n.kind && text.equals(n.text) && detail.equals(n.detail) && candidates.equals(n.candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, detail, candidates);
  }

  /** The kind and the text, such as {@code AMBIGUOUS_MUNICIPALITY 府中市 [東京都府中市 (132063), …]}. */
  @Override
  public String toString() {
    return kind + " " + text + (detail.isEmpty() ? "" : " → " + detail)
        + (candidates.isEmpty() ? "" : " " + candidates);
  }
}
