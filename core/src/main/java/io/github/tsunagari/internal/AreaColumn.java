package io.github.tsunagari.internal;

import io.github.tsunagari.region.Prefecture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An area column as Japanese grant lists write it (事業区域), read into its parts: prefecture names separated by spaces,
 * full-width spaces, {@code 、}, {@code ，}, {@code ・} or {@code /}; {@code 全国}; and {@code 〇〇県を中心とした複数県} (or
 * {@code 複数都道府県}). The rule that compares an area's text with its regions reads the text with it, without building
 * anything: a text that is such a column must list the same prefectures as the area; any other (municipalities, named
 * areas, labels, which {@code ServiceArea.parse} reads through the region package's reader) is free text, whose
 * prefectures named in full must be among those the area touches. Scanned by hand, once per character: this runs for
 * every grant validated.
 */
public final class AreaColumn {
  private static final String NATIONWIDE = "全国";
  private static final String CENTRED = "を中心とした複数";
  private static final String[] CENTRED_ENDS = {"県", "都道府県"};

  private final List<Prefecture> prefectures;
  private final Prefecture center;
  private final boolean nationwide;
  private final List<String> unknown;

  private AreaColumn(List<Prefecture> prefectures, Prefecture center, boolean nationwide, List<String> unknown) {
    this.prefectures = prefectures;
    this.center = center;
    this.nationwide = nationwide;
    this.unknown = unknown;
  }

  /**
   * Reads an area text.
   *
   * @param text the text as written
   * @return its parts; {@link #isBlank()} if it has none
   */
  public static AreaColumn read(String text) {
    String normalized = Text.normalize(text, "service area");
    List<Prefecture> prefectures = new ArrayList<>(4);
    List<String> unknown = List.of();
    Prefecture center = null;
    boolean nationwide = false;
    int i = 0;
    int n = normalized.length();
    while (i < n) {
      while (i < n && isSeparator(normalized.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(normalized.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String part = normalized.substring(start, i);
      String centred = centred(part);
      Optional<Prefecture> named;
      if (part.equals(NATIONWIDE)) {
        nationwide = true;
      } else if (centred != null && (named = name(centred)).isPresent()) {
        prefectures.add(named.get());
        center = named.get();
      } else if ((named = name(part)).isPresent()) {
        prefectures.add(named.get());
      } else {
        if (unknown.isEmpty()) {
          unknown = new ArrayList<>(2);
        }
        unknown.add(part);
      }
    }
    return new AreaColumn(Collections.unmodifiableList(prefectures), center, nationwide,
        Collections.unmodifiableList(unknown));
  }

  /** Spaces as {@code \s} matches them (ASCII), the full-width space, and the list marks grant lists use. */
  private static boolean isSeparator(char c) {
    switch (c) {
      case ' ': case '\t': case '\n': case '\u000B': case '\f': case '\r':
      case '\u3000': case '、': case '，': case ',': case '・': case '/':
        return true;
      default:
        return false;
    }
  }

  /**
   * The prefecture part of {@code 〇〇を中心とした複数県} (or {@code 複数都道府県}), for this column and {@code ServiceArea.read}.
   *
   * @param part a part of an area text
   * @return the part before を中心とした, or null if the part is not written so
   */
  public static String centred(String part) {
    for (String end : CENTRED_ENDS) {
      int length = part.length() - CENTRED.length() - end.length();
      if (length > 0 && part.endsWith(end) && part.startsWith(CENTRED, length)) {
        return part.substring(0, length);
      }
    }
    return null;
  }

  /** A prefecture written by name: codes ("13") and English names are not area text. */
  private static Optional<Prefecture> name(String text) {
    return Prefecture.find(text).filter(p -> text.equals(p.getJapaneseName()) || text.equals(p.getShortName()));
  }

  /** Prefectures by their names in full (東京都, 北海道), which end in 都, 道, 府 or 県 and have three or four characters. */
  private static final Map<String, Prefecture> FULL_NAMES = new HashMap<>();

  static {
    for (Prefecture p : Prefecture.values()) {
      FULL_NAMES.put(p.getJapaneseName(), p);
    }
  }

  /**
   * The prefectures a text names in full anywhere in it, as in free text such as {@code 北海道北部地域}: found at each
   * 都, 道, 府 or 県, not by looking for each of the 47 names.
   *
   * @param text any text
   * @return the prefectures named
   */
  public static Set<Prefecture> namedIn(String text) {
    Set<Prefecture> named = EnumSet.noneOf(Prefecture.class);
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '県' || c == '都' || c == '府' || c == '道') {
        Prefecture p = FULL_NAMES.get(text.substring(i - 2, i + 1));
        if (p != null) {
          named.add(p);
        }
        if (i >= 3 && (p = FULL_NAMES.get(text.substring(i - 3, i + 1))) != null) {
          named.add(p);
        }
      }
    }
    return named;
  }

  /** Whether the text has no part at all (it is empty or only separators). */
  public boolean isBlank() {
    return prefectures.isEmpty() && !nationwide && unknown.isEmpty();
  }

  /** Whether every part is a prefecture, 全国 or a centred area: the text is an area column, not free text. */
  public boolean isAreaColumn() {
    return unknown.isEmpty() && !isBlank();
  }

  /** The prefectures named, in order, as often as named; a centred area's centre among them. */
  public List<Prefecture> prefectures() {
    return prefectures;
  }

  /** The centre of the last centred part ({@code 〇〇県を中心とした複数県}), if there is one. */
  public Optional<Prefecture> center() {
    return Optional.ofNullable(center);
  }

  /** Whether 全国 is a part. */
  public boolean isNationwide() {
    return nationwide;
  }

  /** The parts that are none of these, in order. */
  public List<String> unknown() {
    return unknown;
  }
}
