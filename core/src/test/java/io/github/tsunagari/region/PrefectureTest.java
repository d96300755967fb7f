package io.github.tsunagari.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureTest {

  /** One row of the frozen JIS X 0401 table in {@code prefectures.tsv}, copied from the domain notes. */
  record Row(String code, String name, String kana, String english, String blockJa, String blockEn) {
    @Override
    public String toString() {
      return code + " " + name;
    }
  }

  static List<Row> table() {
    try (InputStream in = PrefectureTest.class.getResourceAsStream("prefectures.tsv")) {
      if (in == null) {
        throw new IllegalStateException("prefectures.tsv is missing from the test resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      boolean header = true;
      for (String line : reader.lines().collect(Collectors.toList())) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException("prefectures.tsv: expected 6 columns in " + line);
        }
        rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class TheTable {
    @Test
    void theFrozenTableHas47RowsNumbered01To47InOrder() {
      List<Row> rows = table();
      assertThat(rows).hasSize(47);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).code()).isEqualTo(String.format("%02d", i + 1));
      }
    }

    @Test
    void thereIsExactlyOneConstantPerRow() {
      assertThat(Prefecture.values()).hasSize(table().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.tsunagari.region.PrefectureTest#table")
    void eachConstantMatchesItsRow(Row row) {
      Prefecture p = Prefecture.of(Integer.parseInt(row.code()));

      assertThat(p.getCode()).isEqualTo(row.code());
      assertThat(p.getNumber()).isEqualTo(Integer.parseInt(row.code()));
      assertThat(p.getJapaneseName()).isEqualTo(row.name());
      assertThat(p.getKana()).isEqualTo(row.kana());
      assertThat(p.getEnglishName()).isEqualTo(row.english());
      assertThat(p.getRegionalBlock().getJapaneseName()).isEqualTo(row.blockJa());
      assertThat(p.getRegionalBlock().getEnglishName()).isEqualTo(row.blockEn());
      assertThat(p.name()).isEqualTo(row.english().toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.tsunagari.region.PrefectureTest#table")
    void displayNameIsKanjiInJapaneseAndEnglishOtherwise(Row row) {
      Prefecture p = Prefecture.of(Integer.parseInt(row.code()));

      assertThat(p.getDisplayName(Locale.JAPANESE)).isEqualTo(row.name());
      assertThat(p.getDisplayName(Locale.JAPAN)).isEqualTo(row.name());
      assertThat(p.getDisplayName(Locale.ENGLISH)).isEqualTo(row.english());
      assertThat(p.getDisplayName(Locale.FRENCH)).isEqualTo(row.english());
    }
  }

  @Nested
  class Of {
    @ParameterizedTest
    @ValueSource(ints = {0, 48, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsNumbersOutside1To47NamingTheValue(int number) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Prefecture.of(number))
          .withMessageContaining(Integer.toString(number));
    }

    @Test
    void acceptsBothEnds() {
      assertThat(Prefecture.of(1)).isEqualTo(Prefecture.HOKKAIDO);
      assertThat(Prefecture.of(47)).isEqualTo(Prefecture.OKINAWA);
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "\"{0}\" is Tokyo")
    @ValueSource(strings = {"13", "東京都", "東京", "Tokyo", "tokyo", "TOKYO", "１３", " 東京都 ", "\u3000東京都\u3000"})
    void readsTokyoInEveryForm(String text) {
      assertThat(Prefecture.parse(text)).isEqualTo(Prefecture.TOKYO);
    }

    @Test
    void readsOneDigitCode() {
      assertThat(Prefecture.parse("1")).isEqualTo(Prefecture.HOKKAIDO);
      assertThat(Prefecture.parse("01")).isEqualTo(Prefecture.HOKKAIDO);
    }

    @Test
    void readsKyotoAsKyotoNotTokyo() {
      assertThat(Prefecture.parse("京都")).isEqualTo(Prefecture.KYOTO);
      assertThat(Prefecture.parse("京都府")).isEqualTo(Prefecture.KYOTO);
    }

    @Test
    void hokkaidoKeepsItsWholeNameAsShortName() {
      assertThat(Prefecture.HOKKAIDO.getShortName()).isEqualTo("北海道");
      assertThat(Prefecture.OSAKA.getShortName()).isEqualTo("大阪");
      assertThat(Prefecture.KANAGAWA.getShortName()).isEqualTo("神奈川");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"東京都庁", "", "48", "Tokio", "0", "00", " ", "東", "都"})
    void rejectsTextThatNamesNoPrefectureQuotingIt(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Prefecture.parse(text))
          .withMessageContaining("\"" + text + "\"");
      assertThat(Prefecture.find(text)).isEmpty();
    }
  }

  @Nested
  class LocalGovernmentCodeOfAPrefecture {
    @ParameterizedTest
    @CsvSource({"TOKYO, 130001", "OSAKA, 270008", "HOKKAIDO, 010006"})
    void isTheDomainNotesCode(Prefecture p, String code) {
      LocalGovernmentCode lgc = p.getLocalGovernmentCode();
      assertThat(lgc.toString()).isEqualTo(code);
      assertThat(lgc.isPrefecture()).isTrue();
      assertThat(lgc.getPrefecture()).isEqualTo(p);
    }
  }

  @Property
  void parseReadsBackEveryNameAndCode(@ForAll Prefecture p) {
    assertThat(Prefecture.parse(p.getCode())).isEqualTo(p);
    assertThat(Prefecture.parse(Integer.toString(p.getNumber()))).isEqualTo(p);
    assertThat(Prefecture.parse(p.getJapaneseName())).isEqualTo(p);
    assertThat(Prefecture.parse(p.getShortName())).isEqualTo(p);
    assertThat(Prefecture.parse(p.getEnglishName())).isEqualTo(p);
    assertThat(Prefecture.parse(p.getEnglishName().toUpperCase(Locale.ROOT))).isEqualTo(p);
  }

  @Property
  void ofAndGetNumberAreInverse(@ForAll Prefecture p) {
    assertThat(Prefecture.of(p.getNumber())).isSameAs(p);
  }

  @Property
  void prefectureLocalGovernmentCodeIsPP000WithItsCheckDigit(@ForAll Prefecture p) {
    LocalGovernmentCode lgc = p.getLocalGovernmentCode();
    assertThat(lgc.getJisCode()).isEqualTo(p.getCode() + "000");
    assertThat(LocalGovernmentCode.isValid(lgc.toString())).isTrue();
    assertThat(lgc.getPrefecture()).isSameAs(p);
  }

  @Test
  void anAddressTellsItsPrefectureByItsStart() {
    assertThat(Prefecture.startOf("東京都千代田区永田町一丁目6番1号")).contains(Prefecture.TOKYO);
    assertThat(Prefecture.startOf("京都府京都市")).contains(Prefecture.KYOTO);
    assertThat(Prefecture.startOf("千代田区")).isEmpty();
    assertThat(Prefecture.startOf("")).isEmpty();
  }
}
