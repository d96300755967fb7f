package io.github.tsunagari.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.interchange.gbizinfo.GBizInfo;
import io.github.tsunagari.interchange.jgrants.JGrants;
import io.github.tsunagari.interchange.rs.RsSystem;
import io.github.tsunagari.interchange.threesixtygiving.ThreeSixtyGiving;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad input gets a clear answer: every importer, given a valid input of its system with bytes replaced, inserted or
 * cut anywhere, returns findings, each with a rule, a path, a place in the input and a message in both languages, and
 * never throws (an {@link IOException} of the stream aside, which these in-memory streams never raise).
 */
class MutatedInputTest {
  /** One valid input per importer: the examples of README and the importers' tests. */
  enum Input {
    GIVING("{\"grants\":[{\"id\":\"360G-x-1\",\"title\":\"居場所づくり\",\"description\":\"孤立した若者の居場所を運営する。\","
        + "\"currency\":\"JPY\",\"amountAwarded\":1000000,\"awardDate\":\"2024-06-01\","
        + "\"recipientOrganization\":[{\"id\":\"JP-JCN-7000012050002\",\"name\":\"特定非営利活動法人 例示の会\"}],"
        + "\"fundingOrganization\":[{\"id\":\"JP-JCN-3000012010001\",\"name\":\"内閣官房\"}],"
        + "\"beneficiaryLocation\":[{\"name\":\"東京都\",\"geoCode\":\"130001\",\"countryCode\":\"JP\"}],"
        + "\"locationScope\":\"GLS040\"}],\"version\":\"1.4\"}"),
    GBIZINFO_JSON("{\"hojin-infos\":[{\"corporate_number\":\"7100005012040\",\"subsidy\":[{"
        + "\"date_of_approval\":\"2024-03-29\",\"title\":\"孤独・孤立対策推進交付金\",\"amount\":\"1781931\","
        + "\"target\":null,\"government_departments\":\"農林水産省\",\"note\":null,\"joint_signatures\":[\"株式会社例\"],"
        + "\"subsidy_resource\":null}]}]}"),
    GBIZINFO_CSV("法人番号,法人名,本社所在地,認定日,補助金等,金額,対象,府省,備考,連名リスト,補助金財源\n"
        + "7000012050002,特定非営利活動法人例示の会,東京都千代田区,2024-03-29,孤独・孤立対策推進交付金,1781931,,内閣府,,"
        + "株式会社例、合同会社例,\n"),
    JGRANTS("{\"result\":[{\"id\":\"a0W000TEST\",\"title\":\"テスト補助金\",\"subsidy_max_limit\":6000000,"
        + "\"subsidy_rate\":\"1/2以内\",\"target_area_search\":\"東京都 / 大阪府\","
        + "\"acceptance_start_datetime\":\"2025-04-01T00:00:00+09:00\","
        + "\"acceptance_end_datetime\":\"2025-05-01T17:00:00+09:00\"}]}"),
    RS_CSV("予算事業ID,事業名,事業年度,支出先ブロック番号,支出先ブロック名,事業を行う上での役割,ブロックの合計支出額,"
        + "支出先名,法人番号,支出先の合計支出額,金額\n"
        + "1,内閣人事局経費,2024,A,株式会社ウルフスタイル,研修の運営支援,3025000,,,,\n"
        + "1,内閣人事局経費,2024,A,,,,株式会社ウルフスタイル,,3025000,\n"
        + "1,内閣人事局経費,2024,B,再委託先,再委託,1000,,,,\n"
        + "1,内閣人事局経費,2024,B,,,,合同会社例,,1000,\n"),
    RS_ZIP(RS_CSV.text);

    final String text;

    Input(String text) {
      this.text = text;
    }

    byte[] bytes() {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (!name().equals("RS_ZIP")) {
        return utf8;
      }
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
        out.putNextEntry(new ZipEntry("5-1_RS_2024_支出先_支出情報.csv"));
        out.write(utf8);
        out.closeEntry();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return zip.toByteArray();
    }

    ValidationReport read(byte[] bytes) throws IOException {
      InputStream in = new ByteArrayInputStream(bytes);
      switch (this) {
        case GIVING:
          return ThreeSixtyGiving.reader().read(in).getReport();
        case GBIZINFO_JSON:
          return GBizInfo.importer().readJson(in).getReport();
        case GBIZINFO_CSV:
          return GBizInfo.importer().readCsv(in).getReport();
        case JGRANTS:
          return JGrants.readCalls(in).getReport();
        case RS_CSV:
          return RsSystem.project("1").readCsv(in).getReport();
        default:
          return RsSystem.project("1").readZip(in).getReport();
      }
    }
  }

  /** A change of the bytes: at a place (a fraction of the length), cut, insert or replace a few bytes. */
  static final class Mutation {
    final double at;
    final int kind;
    final byte[] bytes;

    Mutation(double at, int kind, byte[] bytes) {
      this.at = at;
      this.kind = kind;
      this.bytes = bytes;
    }

    byte[] apply(byte[] input) {
      int i = (int) (at * input.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(input, 0, i);
      if (kind == 0) { // cut the rest
        return out.toByteArray();
      }
      out.write(bytes, 0, bytes.length);
      int skip = kind == 1 ? 0 : Math.min(bytes.length, input.length - i); // 1 inserts, 2 replaces
      out.write(input, i + skip, input.length - i - skip);
      return out.toByteArray();
    }

    @Override
    public String toString() {
      return (kind == 0 ? "cut" : kind == 1 ? "insert" : "replace") + " at " + at + " " + java.util.Arrays.toString(bytes);
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<byte[]> bytes = Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4),
        Arbitraries.of(",", "\"", "\n", "{", "}", "[", "]", ":", "null", "-1", "1e400", "9999999999999999999", "、", "0",
            "\u0000", "\uFEFF", "1800", "2024-02-30", "T", "再委託").map(s -> s.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers()
        .between(0, 2), bytes).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 600)
  void everyImporterAnswersMutatedInputWithFindingsNotExceptions(@ForAll Input input,
      @ForAll("mutations") List<Mutation> mutations) throws IOException {
    byte[] bytes = input.bytes();
    for (Mutation m : mutations) {
      bytes = m.apply(bytes);
    }
    ValidationReport report = input.read(bytes);
    List<Finding> findings = new ArrayList<>(report.getFindings());
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.getRuleId()).isNotBlank();
      assertThat(f.getLocation()).as(f.toString()).isPresent();
      assertThat(f.getPath()).isNotNull();
      assertThat(f.getMessage(java.util.Locale.ENGLISH)).isNotBlank();
      assertThat(f.getMessage(java.util.Locale.JAPANESE)).isNotBlank();
    });
  }
}
