package io.github.tsunagari.region;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an area text (事業区域の記載) as real lists write it, into a {@link ServiceArea} and {@link AreaNote notes}.
 *
 * <p>The text is split at separators (white space, the full-width space, {@code 、 ， , ・ /}), at labels ending in a
 * colon ({@code 大阪府:}, {@code 参加対象：}) and at brackets ({@code （ ）}, {@code ( )}, one level). Each part is, in
 * this order: 全国; unnamed further prefectures (ほか, その他, 複数県 …); a prefecture centred on
 * ({@code 〇〇県を中心とした複数県}); a prefecture; a regional block; a six-digit local government code; a municipality with
 * or without its prefecture before it ({@code 岩手県釜石市}), or a place below a municipality ({@code 養父市大屋町明延区}).
 * A prefecture qualifies the municipality written directly after it, or after white space only ({@code 千葉県 市原市}),
 * after its colon ({@code 大阪府:池田市}) or in the bracket after it ({@code 三原市(広島県)}); the last prefecture written
 * is the one in which bare names are looked up first ({@code 岩手県釜石市、大船渡市}). A prefecture that qualifies a
 * municipality is not a region of the area on its own.
 *
 * <p>Each character is looked at a bounded number of times, and each part is looked up by at most
 * {@link LocalGovernment#longestName()} prefixes: work is linear in the length of the text ({@link #work} counts it).
 */
final class AreaTextReader {
  private static final String NATIONWIDE = "全国";
  /** Words for further prefectures the text does not name. */
  private static final List<String> UNNAMED = List.of("ほか", "他", "その他", "など", "等", "複数県", "複数都道府県");
  /** Endings of names of areas (地域名) that have no fixed members: 北摂エリア, 気仙地区, 十勝管内, 阪神圏. */
  private static final List<String> AREA_WORDS = List.of("エリア", "地区", "地域", "管内", "圏", "圏域");
  private static final String KYUSHU_OKINAWA = RegionalBlock.KYUSHU_OKINAWA.getJapaneseName();
  private static final int DIGITS = 6;

  /** Characters looked at and looked up, for the test that reading is linear in the text's length. */
  long work;

  private final String original;
  private final String s;

  AreaTextReader(String text) {
    this.original = text;
    this.s = Text.normalize(text, "service area");
  }

  /** Reads the text; throws {@code BLANK} if it is empty or white space. */
  AreaReading read() {
    if (s.isEmpty()) {
      throw InvalidValueException.of(InvalidValueException.Subject.SERVICE_AREA, InvalidValueException.Reason.BLANK,
          original);
    }
    Parts parts = new Parts(null);
    readList(0, s.length(), parts);
    parts.end();
    ServiceArea.Builder b = ServiceArea.builder().text(original).addAllPrefectures(parts.prefectures)
        .nationwide(parts.nationwide).unnamedPrefectures(parts.unnamed).addAllMunicipalities(parts.municipalities)
        .addAllNamedAreas(parts.namedAreas);
    if (parts.center != null) {
      b.center(parts.center);
    }
    return new AreaReading(b.build(), parts.notes);
  }

  /** Reads the parts of {@code s} from {@code from} to {@code to} (a bracket's content holds no bracket). */
  private void readList(int from, int to, Parts parts) {
    boolean listMark = false;
    boolean space = false;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      work++;
      if (isListMark(c)) {
        listMark = true;
        i++;
        continue;
      }
      if (isSpace(c)) {
        space = true;
        i++;
        continue;
      }
      boolean afterSpaceOnly = space && !listMark;
      listMark = false;
      space = false;
      if (isMark(c)) {
        parts.flushPending();
        parts.note(AreaNote.of(AreaNote.Kind.LABEL_OR_MARK, String.valueOf(c)));
        i++;
        continue;
      }
      if (c == ':') {
        i++; // a colon after nothing: no label to read
        continue;
      }
      if (c == ')') {
        parts.flushPending();
        parts.unknown(")");
        i++;
        continue;
      }
      int start = i;
      if (s.startsWith(KYUSHU_OKINAWA, i)
          && (i + KYUSHU_OKINAWA.length() == to || isBoundary(s.charAt(i + KYUSHU_OKINAWA.length())))) {
        i += KYUSHU_OKINAWA.length(); // the one name with a separator in it
        work += KYUSHU_OKINAWA.length();
      } else {
        while (i < to && !isBoundary(s.charAt(i))) {
          i++;
          work++;
        }
      }
      String token = s.substring(start, i);
      if (i < to && s.charAt(i) == ':') {
        parts.label(token);
        i++;
        continue;
      }
      if (i < to && s.charAt(i) == '(') {
        int j = i + 1;
        int close = -1;
        while (j < to) {
          char d = s.charAt(j);
          work++;
          if (d == ')') {
            close = j;
            break;
          }
          if (d == '(') {
            break;
          }
          j++;
        }
        if (close < 0) { // unclosed, or a bracket in a bracket: read as nothing up to where it goes wrong
          parts.flushPending();
          parts.unknown(s.substring(start, j));
          i = j;
          continue;
        }
        parts.bracketed(token, i + 1, close);
        i = close + 1;
        continue;
      }
      parts.token(token, afterSpaceOnly);
    }
  }

  /** Separators and what ends a part: a separator, a colon or a bracket. */
  private static boolean isBoundary(char c) {
    return isListMark(c) || isSpace(c) || c == ':' || c == '(' || c == ')';
  }

  private static boolean isListMark(char c) {
    return c == '、' || c == ',' || c == '・' || c == '/' || c == '，';
  }

  private static boolean isSpace(char c) {
    switch (c) {
      case ' ': case '\t': case '\n': case '\u000B': case '\f': case '\r': case '\u3000':
        return true;
      default:
        return false;
    }
  }

  /** Marks lists put before an entry (※ 注記, ● 項目): read as marks, not as places. */
  private static boolean isMark(char c) {
    return c == '※' || c == '*' || c == '●' || c == '○' || c == '◎' || c == '■' || c == '◆' || c == '★' || c == '☆';
  }

  /** A prefecture written by its name in full or without 都/府/県 (not a code or an English name), or null. */
  private Prefecture prefecture(String text) {
    work += text.length();
    if (text.length() > 4 || text.isEmpty()) {
      return null;
    }
    Optional<Prefecture> p = Prefecture.find(text);
    return p.isPresent() && (text.equals(p.get().getJapaneseName()) || text.equals(p.get().getShortName()))
        ? p.get() : null;
  }

  /** The prefecture whose full name the text starts with, followed by more, or null. */
  private Prefecture prefectureAtStart(String text) {
    for (int length = 3; length <= 4 && length < text.length(); length++) {
      char end = text.charAt(length - 1);
      if (end == '都' || end == '道' || end == '府' || end == '県') {
        Prefecture p = prefecture(text.substring(0, length));
        if (p != null && p.getJapaneseName().length() == length) {
          return p;
        }
      }
    }
    return null;
  }

  /** What a name resolves to in the registry: the local governments it may mean, and the text after the name. */
  private static final class Match {
    static final Match NONE = new Match(List.of(), "");
    final List<LocalGovernment> found;
    final String rest;

    Match(List<LocalGovernment> found, String rest) {
      this.found = found;
      this.rest = rest;
    }

    boolean isResolved() {
      return found.size() == 1;
    }
  }

  /** A six-digit local government code of a municipality of the registry, or null. */
  private LocalGovernment byCode(String text) {
    if (text.length() != DIGITS || !LocalGovernmentCode.isValid(text)) {
      return null;
    }
    work += DIGITS;
    LocalGovernmentCode code = LocalGovernmentCode.of(text);
    return code.isPrefecture() ? null : LocalGovernment.find(code).orElse(null);
  }

  /**
   * The municipality a name starts with: the whole name, else its longest beginning that is a name of the registry
   * (the rest is a place below it). Within a prefecture where one is given; else within the context's prefecture
   * where the name is there, else anywhere.
   */
  private Match lookUp(String name, Prefecture in, Prefecture context) {
    String key = LocalGovernment.key(name);
    work += key.length();
    int longest = LocalGovernment.longestName();
    if (key.length() <= longest) {
      List<LocalGovernment> found = candidates(key, in, context);
      if (!found.isEmpty()) {
        return new Match(found, "");
      }
    }
    for (int length = Math.min(longest, key.length() - 1); length >= 2; length--) {
      char last = key.charAt(length - 1);
      if (last != '市' && last != '区' && last != '町' && last != '村') {
        continue;
      }
      work += length;
      List<LocalGovernment> found = candidates(key.substring(0, length), in, context);
      if (!found.isEmpty()) {
        return new Match(found, name.substring(length));
      }
    }
    return Match.NONE;
  }

  private static List<LocalGovernment> candidates(String key, Prefecture in, Prefecture context) {
    List<LocalGovernment> all = new ArrayList<>(2);
    for (LocalGovernment g : LocalGovernment.named(key)) {
      if (g.getKind() != LocalGovernment.Kind.PREFECTURE && (in == null || g.getPrefecture() == in)) {
        all.add(g);
      }
    }
    if (in != null || context == null || all.size() < 2) {
      return all;
    }
    List<LocalGovernment> inContext = new ArrayList<>(1);
    for (LocalGovernment g : all) {
      if (g.getPrefecture() == context) {
        inContext.add(g);
      }
    }
    return inContext.isEmpty() ? all : inContext;
  }

  /**
   * True if a municipality's name reads back as that municipality, written after its prefecture or after another
   * municipality of its prefecture; {@link ServiceArea#format()} writes the code of one that does not (北海道's two
   * 泊村).
   */
  static boolean readsBack(Municipality m) {
    Match found = new AreaTextReader("-").lookUp(m.getName(), m.getPrefecture(), null);
    return found.isResolved() && found.rest.isEmpty() && found.found.get(0).getCode().equals(m.getCode());
  }

  /** The parts read so far at one level: the area's, or the members of a named area in a bracket. */
  private final class Parts {
    final List<Prefecture> prefectures = new ArrayList<>(4);
    final List<Municipality> municipalities = new ArrayList<>(4);
    final List<NamedArea> namedAreas = new ArrayList<>(1);
    final List<AreaNote> notes = new ArrayList<>(1);
    boolean nationwide;
    boolean unnamed;
    Prefecture center;
    /** The prefecture bare names are looked up in first: the last one written. */
    Prefecture context;
    /** A prefecture written alone, which qualifies the next part if that follows after white space and is in it. */
    Prefecture pending;
    /** A prefecture heading ({@code 大阪府:}) and whether a municipality has followed it. */
    Prefecture heading;
    boolean headingUsed;

    Parts(Prefecture context) {
      this.context = context;
    }

    void note(AreaNote note) {
      notes.add(note);
    }

    void unknown(String part) {
      note(AreaNote.of(AreaNote.Kind.UNKNOWN_PART, part));
    }

    /** A name that is no place: one of an area without members, or unknown. */
    void noPlace(String part) {
      for (String word : AREA_WORDS) {
        if (part.length() > word.length() && part.endsWith(word)) {
          note(AreaNote.of(AreaNote.Kind.NAMED_AREA_WITHOUT_MEMBERS, part));
          return;
        }
      }
      unknown(part);
    }

    void flushPending() {
      if (pending != null) {
        prefectures.add(pending);
        pending = null;
      }
    }

    /** A heading followed by no municipality is the prefecture itself. */
    void closeHeading() {
      if (heading != null && !headingUsed) {
        prefectures.add(heading);
      }
      heading = null;
    }

    void end() {
      flushPending();
      closeHeading();
    }

    void label(String token) {
      flushPending();
      Prefecture p = prefecture(token);
      if (p == null) {
        note(AreaNote.of(AreaNote.Kind.LABEL_OR_MARK, token));
        return;
      }
      closeHeading();
      heading = p;
      headingUsed = false;
      context = p;
    }

    void token(String token, boolean afterSpaceOnly) {
      if (pending != null) {
        Prefecture p = pending;
        pending = null;
        if (afterSpaceOnly && prefecture(token) == null) {
          Match m = lookUp(token, p, null);
          if (!m.found.isEmpty()) {
            add(m, token, token);
            return;
          }
        }
        prefectures.add(p);
      }
      read(token);
    }

    private void read(String token) {
      String centre;
      Prefecture p;
      Optional<RegionalBlock> block;
      LocalGovernment coded;
      if (token.equals(NATIONWIDE)) {
        nationwide = true;
      } else if (UNNAMED.contains(token)) {
        unnamed = true;
      } else if ((centre = io.github.tsunagari.internal.AreaColumn.centred(token)) != null) {
        if ((p = prefecture(centre)) != null) {
          prefectures.add(p);
          center = p;
          unnamed = true;
          context = p;
        } else {
          unknown(token);
        }
      } else if ((p = prefecture(token)) != null) {
        closeHeading();
        pending = p;
        context = p;
      } else if ((block = RegionalBlock.find(token)).isPresent()) {
        namedAreas.add(NamedArea.of(block.get()));
        note(AreaNote.of(AreaNote.Kind.REGIONAL_BLOCK, token));
      } else if ((coded = byCode(token)) != null) {
        municipalities.add(coded.toMunicipality());
      } else if ((p = prefectureAtStart(token)) != null) {
        context = p;
        Match m = lookUp(token.substring(p.getJapaneseName().length()), p, null);
        add(m, token, token);
      } else {
        add(lookUp(token, null, context), token, token);
      }
    }

    /** A municipality or a place below one; or the note of an ambiguous name or of no place. */
    private void add(Match m, String name, String whole) {
      if (m.found.isEmpty()) {
        noPlace(whole);
      } else if (!m.isResolved()) {
        note(AreaNote.ambiguous(whole, m.found));
      } else {
        LocalGovernment g = m.found.get(0);
        if (heading != null && g.getPrefecture() == heading) {
          headingUsed = true;
        }
        if (m.rest.isEmpty()) {
          municipalities.add(g.toMunicipality());
        } else {
          namedAreas.add(NamedArea.builder().name(name).addMunicipality(g.toMunicipality()).build());
          note(AreaNote.of(AreaNote.Kind.PLACE_WITHIN_MUNICIPALITY, name, g.getFullName()));
        }
      }
    }

    /** A part followed by a bracket: {@code 三原市(広島県)}, {@code 気仙地区(…)}, {@code 兵庫県(伊丹市・川西市)}. */
    void bracketed(String head, int from, int to) {
      flushPending();
      String inner = s.substring(from, to);
      work += inner.length();
      String whole = head + "(" + inner + ")";
      if (head.isEmpty()) {
        unknown(whole);
        return;
      }
      Prefecture headPrefecture = prefecture(head);
      if (headPrefecture != null) { // the prefecture heads the municipalities in its bracket
        closeHeading();
        heading = headPrefecture;
        headingUsed = false;
        context = headPrefecture;
        readList(from, to, this);
        flushPending();
        closeHeading();
        return;
      }
      Prefecture qualifier = prefecture(inner.strip());
      Prefecture before = prefectureAtStart(head);
      String name = before == null ? head : head.substring(before.getJapaneseName().length());
      if (qualifier != null && (before == null || before == qualifier)) { // 三原市(広島県)
        Match m = lookUp(name, qualifier, null);
        if (!m.found.isEmpty()) {
          context = qualifier;
          add(m, head, whole);
          return;
        } // else a named area in the prefecture: 十勝管内(北海道)
      }
      Match place = lookUp(name, before, before == null ? context : null);
      if (!place.found.isEmpty() && place.rest.isEmpty()) { // 三原市(広島市): not a prefecture in the bracket
        if (before != null) {
          context = before;
        }
        add(place, head, head);
        note(AreaNote.of(AreaNote.Kind.BRACKETED_PLACE_NOT_PREFECTURE, whole, inner));
        return;
      }
      Parts members = new Parts(context); // 気仙地区(岩手県大船渡市・陸前高田市・宮城県気仙沼市)
      readList(from, to, members);
      members.end();
      notes.addAll(members.notes);
      if (members.nationwide || members.unnamed || !members.namedAreas.isEmpty()) {
        unknown(whole);
      } else if (members.prefectures.isEmpty() && members.municipalities.isEmpty()) {
        note(AreaNote.of(AreaNote.Kind.NAMED_AREA_WITHOUT_MEMBERS, whole));
      } else {
        namedAreas.add(NamedArea.builder().name(head).addAllPrefectures(members.prefectures)
            .addAllMunicipalities(members.municipalities).build());
      }
    }
  }
}
