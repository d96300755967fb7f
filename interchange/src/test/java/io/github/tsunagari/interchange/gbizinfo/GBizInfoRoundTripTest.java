package io.github.tsunagari.interchange.gbizinfo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.region.Prefecture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * gBizINFO → model → gBizINFO: every record of the fields the model carries comes back with the same values, whether
 * read as records, from the API's JSON or from the bulk CSV the writers write.
 */
class GBizInfoRoundTripTest {
  /** Legal forms as the National Tax Agency writes them before a name. */
  private static final List<String> FORMS = List.of("特定非営利活動法人", "認定特定非営利活動法人", "一般社団法人", "公益財団法人",
      "社会福祉法人", "株式会社");

  @Property(tries = 100)
  void recordsComeBackTheSame(@ForAll("records") List<SubsidyRecord> records) throws IOException {
    assertThat(back(GBizInfo.importer().read(records))).isEqualTo(records);

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    GBizInfo.writeJson(records, json);
    assertThat(back(GBizInfo.importer().readJson(new ByteArrayInputStream(json.toByteArray())))).isEqualTo(records);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    GBizInfo.writeCsv(records, csv);
    assertThat(back(GBizInfo.importer().readCsv(new ByteArrayInputStream(csv.toByteArray())))).isEqualTo(records);
  }

  private static List<SubsidyRecord> back(GBizInfoImport read) {
    assertThat(read.getOtherSubsidies()).isEmpty();
    assertThat(read.getRecords()).allSatisfy(r -> assertThat(r.getGrant()).as(r.toString()).isPresent());
    return read.getGrants().stream().map(GBizInfo::toRecord).collect(Collectors.toList());
  }

  @Provide
  Arbitrary<List<SubsidyRecord>> records() {
    return record().list().ofMaxSize(5);
  }

  private static Arbitrary<String> name() {
    Arbitrary<String> katakana = Arbitraries.strings().withCharRange('ァ', 'ヶ').ofMinLength(1).ofMaxLength(12);
    return Combinators.combine(Arbitraries.of(FORMS), katakana).as((form, name) -> form + name);
  }

  private static Arbitrary<SubsidyRecord> record() {
    Arbitrary<String> number = Arbitraries.strings().numeric().ofLength(12)
        .filter(base -> !base.startsWith("000020"))
        .map(base -> CorporateNumber.checkDigit(base) + base);
    Arbitrary<String> location = Arbitraries.of(Prefecture.values()).map(Prefecture::getJapaneseName).injectNull(0.3);
    Arbitrary<String> title = Arbitraries.of(GBizInfo.PROGRAM_TITLES);
    Arbitrary<String> amount = Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf).injectNull(0.2);
    Arbitrary<String> date = Arbitraries.integers().between(0, 3652)
        .map(d -> LocalDate.of(2024, 4, 1).plusDays(d).toString()).injectNull(0.2);
    Arbitrary<String> target = Arbitraries.strings().withCharRange('ぁ', 'ん').ofMinLength(1).ofMaxLength(30)
        .injectNull(0.5);
    Arbitrary<List<String>> co = name().list().ofMaxSize(3).uniqueElements();
    return Combinators.combine(number, name(), location, title, amount, date, target, co)
        .as((n, nm, loc, t, a, d, tg, c) -> {
          SubsidyRecord r = SubsidyRecord.empty().with(GBizInfoField.CORPORATE_NUMBER, n).with(GBizInfoField.NAME, nm)
              .with(GBizInfoField.TITLE, t);
          r = loc == null ? r : r.with(GBizInfoField.LOCATION, loc);
          r = a == null ? r : r.with(GBizInfoField.AMOUNT, a);
          r = d == null ? r : r.with(GBizInfoField.DATE_OF_APPROVAL, d);
          r = tg == null ? r : r.with(GBizInfoField.TARGET, tg);
          return r.withJointSignatures(c.stream().filter(x -> !x.equals(nm)).collect(Collectors.toList()));
        });
  }
}
