package io.github.tsunagari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.region.Prefecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written scan of an area column reads what the regular expressions it replaced read. */
class AreaColumnTest {
  /** The reading as it was, with regular expressions: the oracle. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\u3000、，,・/]+");
  private static final Pattern CENTRED = Pattern.compile("(.+?)を中心とした複数(?:県|都道府県)");

  private static String byRegex(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : SEPARATORS.split(Text.normalize(text, "text"))) {
      if (part.isEmpty()) {
        continue;
      }
      Matcher centred = CENTRED.matcher(part);
      Optional<Prefecture> named;
      if (part.equals("全国")) {
        parts.add("nationwide");
      } else if (centred.matches() && (named = name(centred.group(1))).isPresent()) {
        parts.add("centre " + named.get());
      } else if ((named = name(part)).isPresent()) {
        parts.add(named.get().name());
      } else {
        parts.add("unknown " + part);
      }
    }
    return String.join("|", parts);
  }

  private static Optional<Prefecture> name(String text) {
    return Prefecture.find(text).filter(p -> text.equals(p.getJapaneseName()) || text.equals(p.getShortName()));
  }

  private static String canonical(String described) {
    List<String> parts = new ArrayList<>(List.of(described.isEmpty() ? new String[0] : described.split("\\|")));
    boolean nationwide = parts.remove("nationwide");
    while (parts.remove("nationwide")) {
      // 全国 twice is 全国
    }
    List<String> centres = new ArrayList<>();
    List<String> prefectures = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String p : parts) {
      if (p.startsWith("centre ")) {
        centres.add(p.substring(7));
        prefectures.add(p.substring(7));
      } else if (p.startsWith("unknown ")) {
        unknown.add(p);
      } else {
        prefectures.add(p);
      }
    }
    String centre = centres.isEmpty() ? "" : centres.get(centres.size() - 1);
    return nationwide + " " + centre + " " + prefectures + " " + unknown;
  }

  private static String canonicalScan(String text) {
    AreaColumn c = AreaColumn.read(text);
    List<String> prefectures = new ArrayList<>();
    c.prefectures().forEach(p -> prefectures.add(p.name()));
    List<String> unknown = new ArrayList<>();
    c.unknown().forEach(u -> unknown.add("unknown " + u));
    return c.isNationwide() + " " + c.center().map(Enum::name).orElse("") + " " + prefectures + " " + unknown;
  }

  @Property(tries = 2000)
  void readsWhatTheRegularExpressionsRead(@ForAll("areaTexts") String text) {
    assertThat(canonicalScan(text)).isEqualTo(canonical(byRegex(text)));
  }

  @Provide
  Arbitrary<String> areaTexts() {
    List<String> pieces = new ArrayList<>();
    for (Prefecture p : Prefecture.values()) {
      pieces.add(p.getJapaneseName());
      pieces.add(p.getShortName());
    }
    pieces.addAll(List.of("全国", "全国", "を中心とした複数県", "を中心とした複数都道府県", "を中心とした複数", "県", "都道府県",
        " ", "\u3000", "、", "，", ",", "・", "/", "／", "\t", "\n", "\r", "\u000B", "\f", "\u2028", "\u0085",
        "　", "13", "Tokyo", "北海道北部地域", "市", "Ｔｏｋｙｏ", "x", ""));
    return Arbitraries.of(pieces).list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void findsThePrefecturesATextNamesInFull(@ForAll("areaTexts") String text) {
    java.util.Set<Prefecture> expected = java.util.EnumSet.noneOf(Prefecture.class);
    for (Prefecture p : Prefecture.values()) {
      if (text.contains(p.getJapaneseName())) {
        expected.add(p);
      }
    }
    assertThat(AreaColumn.namedIn(text)).isEqualTo(expected);
  }

  @Test
  void findsPrefecturesInFreeText() {
    assertThat(AreaColumn.namedIn("北海道北部地域と東京都、京都府、神奈川県の一部")).containsExactlyInAnyOrder(
        Prefecture.HOKKAIDO, Prefecture.TOKYO, Prefecture.KYOTO, Prefecture.KANAGAWA);
    assertThat(AreaColumn.namedIn("東京都")).containsExactly(Prefecture.TOKYO); // not 京都 of 京都府
    assertThat(AreaColumn.namedIn("県")).isEmpty();
  }

  @Test
  void readsTheSourcesAreaColumns() {
    assertThat(canonicalScan("宮城県 岩手県")).isEqualTo("false  [MIYAGI, IWATE] []");
    assertThat(canonicalScan("兵庫県　茨城県、岐阜県 全国")).isEqualTo("true  [HYOGO, IBARAKI, GIFU] []");
    assertThat(canonicalScan("神奈川県を中心とした複数県")).isEqualTo("false KANAGAWA [KANAGAWA] []");
    assertThat(canonicalScan("北海道北部地域")).isEqualTo("false  [] [unknown 北海道北部地域]");
    assertThat(AreaColumn.read(" 、").isBlank()).isTrue();
  }
}
