package io.github.tsunagari.testkit;

import io.github.tsunagari.region.LocalGovernmentCode;
import io.github.tsunagari.region.Municipality;
import io.github.tsunagari.region.NamedArea;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of municipalities, named areas and service areas.
 *
 * <p>Finer areas must lie inside the prefectures an area lists, which are known only once the area is generated. Rather
 * than a {@code flatMap} per area (which builds new generators for every value and is slow), the random choices are
 * drawn as seeds — plain numbers — and resolved against the listed prefectures in a {@code map}.
 */
final class Areas {
  private Areas() {}

  /** Municipalities the source names, with their checked codes (domain notes). */
  static final List<Municipality> REAL_MUNICIPALITIES = List.of(
      Municipality.of("032034", "大船渡市"),
      Municipality.of("032107", "陸前高田市"),
      Municipality.of("042056", "気仙沼市"),
      Municipality.of("272051", "吹田市"),
      Municipality.of("012076", "帯広市"));

  /** The finer areas the source's summaries name, made of what the source says and nothing more. */
  static final List<NamedArea> REAL_NAMED_AREAS = List.of(
      NamedArea.builder()
          .name("気仙地区")
          .addMunicipality(REAL_MUNICIPALITIES.get(0))
          .addMunicipality(REAL_MUNICIPALITIES.get(1))
          .addMunicipality(REAL_MUNICIPALITIES.get(2))
          .build(),
      NamedArea.builder().name("北摂エリア").addPrefecture(Prefecture.OSAKA).addPrefecture(Prefecture.HYOGO).build(),
      NamedArea.builder().name("十勝管内").addPrefecture(Prefecture.HOKKAIDO).build());

  private static final List<Prefecture> ALL = List.of(Prefecture.values());

  // ---- seeds

  /** The municipalities of the bundled registry (wards of designated cities aside), by prefecture. */
  private static final class Registered {
    static final java.util.Map<Prefecture, List<Municipality>> IN = new java.util.EnumMap<>(Prefecture.class);

    static {
      for (io.github.tsunagari.region.LocalGovernment g : io.github.tsunagari.region.LocalGovernment.all()) {
        io.github.tsunagari.region.LocalGovernment.Kind k = g.getKind();
        if (k != io.github.tsunagari.region.LocalGovernment.Kind.PREFECTURE
            && k != io.github.tsunagari.region.LocalGovernment.Kind.WARD) {
          IN.computeIfAbsent(g.getPrefecture(), x -> new ArrayList<>()).add(g.toMunicipality());
        }
      }
    }
  }

  /** Choices that become a municipality once the prefectures it may lie in are known. */
  static final class MunicipalitySeed {
    final int prefecture;
    final boolean real;
    final int stem;
    final int number;

    MunicipalitySeed(int prefecture, boolean real, int stem, int number) {
      this.prefecture = prefecture;
      this.real = real;
      this.stem = stem;
      this.number = number;
    }

    /** A municipality of the prefecture: one the source names, or another of the bundled registry. */
    Municipality in(Prefecture p) {
      if (real) {
        List<Municipality> candidates = new ArrayList<>();
        for (Municipality m : REAL_MUNICIPALITIES) {
          if (m.getPrefecture() == p) {
            candidates.add(m);
          }
        }
        if (!candidates.isEmpty()) {
          return candidates.get(stem % candidates.size());
        }
      }
      List<Municipality> registered = Registered.IN.get(p);
      return registered.get((stem * 1000 + number) % registered.size());
    }

    Municipality within(List<Prefecture> allowed) {
      return in(allowed.get(prefecture % allowed.size()));
    }
  }

  static final Arbitrary<MunicipalitySeed> MUNICIPALITY_SEEDS = Combinators.combine(
          Arbitraries.integers().between(0, 46), Arbitraries.of(false, false, false, true),
          Arbitraries.integers().between(0, 999), Arbitraries.integers().between(201, 699))
      .as(MunicipalitySeed::new);

  /** Choices that become a named area once the prefectures it may lie in are known. */
  static final class NamedAreaSeed {
    final boolean real;
    final int prefecture;
    final int ending;
    final List<MunicipalitySeed> municipalities;

    NamedAreaSeed(boolean real, int prefecture, int ending, List<MunicipalitySeed> municipalities) {
      this.real = real;
      this.prefecture = prefecture;
      this.ending = ending;
      this.municipalities = municipalities;
    }

    /**
     * One of the source's named areas that fits, or a made-up area of one allowed prefecture such as
     * {@code 岩手沿岸地域}: the whole prefecture, or one to three of its municipalities.
     */
    NamedArea within(List<Prefecture> allowed) {
      if (real) {
        Set<Prefecture> set = EnumSet.copyOf(allowed);
        List<NamedArea> fitting = new ArrayList<>();
        for (NamedArea a : REAL_NAMED_AREAS) {
          if (set.containsAll(a.touchedPrefectures())) {
            fitting.add(a);
          }
        }
        if (!fitting.isEmpty()) {
          return fitting.get(prefecture % fitting.size());
        }
      }
      Prefecture p = allowed.get(prefecture % allowed.size());
      NamedArea.Builder b = NamedArea.builder()
          .name(p.getShortName() + Pools.NAMED_AREA_ENDINGS.get(ending % Pools.NAMED_AREA_ENDINGS.size()));
      Map<LocalGovernmentCode, Municipality> parts = new LinkedHashMap<>();
      for (MunicipalitySeed s : municipalities) {
        Municipality m = s.in(p);
        parts.putIfAbsent(m.getCode(), m);
      }
      if (parts.isEmpty()) {
        b.addPrefecture(p);
      } else {
        b.municipalities(parts.values());
      }
      return b.build();
    }
  }

  static final Arbitrary<NamedAreaSeed> NAMED_AREA_SEEDS = Combinators.combine(
          Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 46),
          Arbitraries.integers().between(0, 99), MUNICIPALITY_SEEDS.list().ofMinSize(0).ofMaxSize(3))
      .as(NamedAreaSeed::new);

  /** Choices of finer areas for an area column: which kinds, and the seeds of up to two of each. */
  static final class FinerSeed {
    final int which;
    final List<NamedAreaSeed> named;
    final List<MunicipalitySeed> municipalities;

    FinerSeed(int which, List<NamedAreaSeed> named, List<MunicipalitySeed> municipalities) {
      this.which = which;
      this.named = named;
      this.municipalities = municipalities;
    }

    /** The column with its finer areas, all inside the allowed prefectures, none twice. */
    ServiceArea addTo(ServiceArea column, List<Prefecture> allowed) {
      ServiceArea.Builder b = ServiceArea.builder().from(column);
      if (which == 1 || which == 3) {
        Map<String, NamedArea> areas = new LinkedHashMap<>();
        for (NamedAreaSeed s : named) {
          NamedArea a = s.within(allowed);
          areas.putIfAbsent(a.getName(), a);
        }
        b.addAllNamedAreas(areas.values());
      }
      if (which == 2 || which == 3) {
        Map<LocalGovernmentCode, Municipality> parts = new LinkedHashMap<>();
        for (MunicipalitySeed s : municipalities) {
          Municipality m = s.within(allowed);
          parts.putIfAbsent(m.getCode(), m);
        }
        b.addAllMunicipalities(parts.values());
      }
      return b.build();
    }
  }

  /** Most area columns carry no finer area (which = 0); some named areas, municipalities or both. */
  static final Arbitrary<FinerSeed> FINER_SEEDS = Combinators.combine(
          Arbitraries.of(0, 0, 0, 1, 2, 3),
          NAMED_AREA_SEEDS.list().ofMinSize(1).ofMaxSize(2),
          MUNICIPALITY_SEEDS.list().ofMinSize(1).ofMaxSize(2))
      .as(FinerSeed::new);

  // ---- values

  static Arbitrary<Prefecture> prefectures() {
    return Arbitraries.of(Prefecture.class);
  }

  static Arbitrary<Municipality> municipalities() {
    return Combinators.combine(prefectures(), MUNICIPALITY_SEEDS).as((p, seed) -> seed.in(p));
  }

  static Arbitrary<NamedArea> namedAreas() {
    return Combinators.combine(prefectures(), Arbitraries.of(false, true), NAMED_AREA_SEEDS)
        .as((p, anywhere, seed) -> seed.within(anywhere && seed.real ? ALL : List.of(p)));
  }

  /** An area column as written, and the prefectures finer areas may lie in without leaving it. */
  private static final class Column {
    final ServiceArea area;
    final List<Prefecture> allowed;

    Column(ServiceArea area, List<Prefecture> allowed) {
      this.area = area;
      this.allowed = allowed;
    }
  }

  /** Two to four different prefectures in the order written, such as {@code 宮城県 岩手県}. */
  private static Arbitrary<Column> severalPrefectures() {
    return Combinators.combine(distinctPrefectures(2, 4), Arbitraries.of(Pools.AREA_SEPARATORS))
        .as((list, separator) -> new Column(ServiceArea.builder()
            .text(join(list, separator))
            .prefectures(list)
            .build(), list));
  }

  /** {@code 全国}: finer areas may lie anywhere. */
  private static Arbitrary<Column> nationwide() {
    return Arbitraries.just(new Column(ServiceArea.nationwide(), ALL));
  }

  /** Prefectures and 全国, such as {@code 兵庫県 茨城県 岐阜県 全国}. */
  private static Arbitrary<Column> prefecturesAndNationwide() {
    return distinctPrefectures(1, 3).map(list -> new Column(ServiceArea.builder()
        .text(join(list, " ") + " 全国")
        .prefectures(list)
        .nationwide(true)
        .build(), list));
  }

  /** {@code 〇〇県を中心とした複数県}: the centre named, the others not. */
  private static Arbitrary<Column> centred() {
    return Combinators.combine(prefectures(), Arbitraries.of("複数県", "複数県", "複数都道府県"))
        .as((center, several) -> new Column(ServiceArea.builder()
            .text(center.getJapaneseName() + "を中心とした" + several)
            .addPrefecture(center)
            .center(center)
            .unnamedPrefectures(true)
            .build(), List.of(center)));
  }

  private static final Arbitrary<ServiceArea> SERVICE_AREAS = Combinators.combine(
          Arbitraries.frequencyOf(
              Tuple.of(4, severalPrefectures()),
              Tuple.of(2, nationwide()),
              Tuple.of(1, prefecturesAndNationwide()),
              Tuple.of(1, centred())),
          FINER_SEEDS)
      .as((column, finer) -> finer.addTo(column.area, column.allowed));

  /** Service areas beyond one prefecture, of every shape the source has, with finer areas inside them. */
  static Arbitrary<ServiceArea> serviceAreas() {
    return SERVICE_AREAS;
  }

  /** An area within one prefecture: the prefecture itself, or a municipality or named area of it alone. */
  static Arbitrary<ServiceArea> singlePrefectureAreas() {
    return Combinators.combine(prefectures(), Arbitraries.of(0, 0, 0, 1, 2), FINER_SEEDS,
            MUNICIPALITY_SEEDS.list().ofMinSize(1).ofMaxSize(3), NAMED_AREA_SEEDS)
        .as((p, shape, finer, municipalitySeeds, namedSeed) -> {
          List<Prefecture> only = List.of(p);
          if (shape == 1) {
            Map<LocalGovernmentCode, Municipality> parts = new LinkedHashMap<>();
            for (MunicipalitySeed s : municipalitySeeds) {
              Municipality m = s.in(p);
              parts.putIfAbsent(m.getCode(), m);
            }
            List<String> names = new ArrayList<>();
            parts.values().forEach(m -> names.add(m.getName()));
            return ServiceArea.builder().text(String.join("・", names)).municipalities(parts.values()).build();
          }
          if (shape == 2) {
            NamedArea a = namedSeed.within(only);
            return ServiceArea.builder().text(a.getName()).addNamedArea(a).build();
          }
          return finer.addTo(ServiceArea.builder().text(p.getJapaneseName()).addPrefecture(p).build(), only);
        });
  }

  /** Two or three listed prefectures, and a municipality or named area in a prefecture that is not listed. */
  static Arbitrary<ServiceArea> areasWithRegionOutside() {
    return Combinators.combine(distinctPrefectures(2, 3), Arbitraries.of(Pools.AREA_SEPARATORS),
            Arbitraries.of(true, false), MUNICIPALITY_SEEDS, NAMED_AREA_SEEDS)
        .as((listed, separator, municipality, municipalitySeed, namedSeed) -> {
          EnumSet<Prefecture> outside = EnumSet.allOf(Prefecture.class);
          outside.removeAll(listed);
          List<Prefecture> others = new ArrayList<>(outside);
          ServiceArea column = ServiceArea.builder().text(join(listed, separator)).prefectures(listed).build();
          if (municipality) {
            return column.withMunicipality(municipalitySeed.within(others));
          }
          // A made-up area of one outside prefecture: the source's areas might fit inside the listed ones.
          NamedAreaSeed madeUp = new NamedAreaSeed(false, namedSeed.prefecture, namedSeed.ending,
              namedSeed.municipalities);
          return column.withNamedArea(madeUp.within(others));
        });
  }

  /** An area that lists one of two or three different prefectures twice, such as {@code 宮城県 岩手県 宮城県}. */
  static Arbitrary<ServiceArea> areasWithDuplicatePrefecture() {
    return Combinators.combine(distinctPrefectures(2, 3), Arbitraries.integers().between(0, 2),
            Arbitraries.of(false, false, true))
        .as((list, repeated, nationwide) -> {
          List<Prefecture> written = new ArrayList<>(list);
          written.add(list.get(repeated % list.size()));
          return ServiceArea.builder()
              .text(join(written, " ") + (nationwide ? " 全国" : ""))
              .prefectures(written)
              .nationwide(nationwide)
              .build();
        });
  }

  /** An area whose text names no region the model knows, with no parts. */
  static Arbitrary<ServiceArea> unresolvedAreas() {
    return Arbitraries.of(Pools.UNRESOLVED_AREA_TEXTS).map(text -> ServiceArea.builder().text(text).build());
  }

  static Arbitrary<List<Prefecture>> distinctPrefectures(int min, int max) {
    return prefectures().list().ofMinSize(min).ofMaxSize(max).uniqueElements();
  }

  private static String join(List<Prefecture> prefectures, String separator) {
    List<String> names = new ArrayList<>();
    prefectures.forEach(p -> names.add(p.getJapaneseName()));
    return String.join(separator, names);
  }
}
