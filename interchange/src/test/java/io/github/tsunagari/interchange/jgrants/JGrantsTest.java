package io.github.tsunagari.interchange.jgrants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tsunagari.money.SubsidyRate;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.program.Menu;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.region.Prefecture;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JGrantsTest {
  static ReadResult<List<JGrantsCall>> read(String json) throws IOException {
    return JGrants.readCalls(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** A hand-made call in the list's shape; its values are made up for the test, not a real call's. */
  static String call(String rate, String area) {
    return "{\"metadata\":{\"type\":\"application/json\",\"resultset\":{\"count\":1}},\"result\":[{\"id\":\"a0W000TEST\","
        + "\"name\":\"S-00000001\",\"title\":\"テスト補助金\",\"target_area_search\":\"" + area + "\","
        + "\"subsidy_max_limit\":6000000,\"subsidy_rate\":\"" + rate + "\","
        + "\"acceptance_start_datetime\":\"2025-05-21T00:00:00Z\","
        + "\"acceptance_end_datetime\":\"2025-06-20T08:00:00.000Z\",\"target_number_of_employees\":\"従業員数の制約なし\"}]}";
  }

  @Test
  void aHandMadeCallWithHalfAtMostIsAMenuWithItsTerms() throws IOException {
    ReadResult<List<JGrantsCall>> read = read(call("1/2以内", "東京都 / 大阪府"));

    JGrantsCall call = read.orElseThrow().get(0);
    Menu menu = call.getMenu();
    assertThat(menu.getName()).isEqualTo("テスト補助金");
    assertThat(menu.getCeiling()).contains(Yen.parse("600万円"));
    assertThat(menu.getRate()).contains(SubsidyRate.of(1, 2).atMost());
    assertThat(menu.getRate().get().isAtMost()).isTrue();
    assertThat(call.getTargetArea().map(ServiceArea::getPrefectures))
        .contains(List.of(Prefecture.TOKYO, Prefecture.OSAKA));
    assertThat(call.getTargetArea().get().getText()).isEqualTo("東京都 / 大阪府");
    assertThat(call.getId()).contains("a0W000TEST");
    assertThat(call.getAcceptanceStart()).contains(OffsetDateTime.parse("2025-05-21T00:00:00Z"));
    assertThat(call.getAcceptanceEnd()).contains(OffsetDateTime.parse("2025-06-20T08:00:00Z"));
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("import.jgrants.not-carried", "/result/0/target_number_of_employees"));
    assertThat(read.isValid()).isTrue();
  }

  @Test
  void fractionsAndPercentagesAreRatesAndAnythingElseIsSaidNotGuessed() throws IOException {
    assertThat(read(call("2/3", "全国")).orElseThrow().get(0).getMenu().getRate()).contains(SubsidyRate.of(2, 3));
    assertThat(read(call("20%", "全国")).orElseThrow().get(0).getMenu().getRate())
        .contains(SubsidyRate.ofPercent(20));

    ReadResult<List<JGrantsCall>> other = read(call("2/3（小規模事業者は3/4）", "全国"));
    assertThat(other.orElseThrow().get(0).getMenu().getRate()).isEmpty();
    assertThat(other.getReport().getFindings(Severity.WARNING)).extracting(Finding::getRuleId, Finding::getPath,
        f -> f.getValue().orElse("")).containsExactly(
            tuple("import.jgrants.unread-rate", "/result/0/subsidy_rate", "2/3（小規模事業者は3/4）"));
    assertThat(other.getReport().getFindings(Severity.WARNING).get(0).getLocation()).isPresent();
  }

  @Test
  void nationwideAndUnknownAreasAreHandled() throws IOException {
    ReadResult<List<JGrantsCall>> read = read(call("2/3", "全国 / 東京都 / 関東某所"));

    ServiceArea area = read.orElseThrow().get(0).getTargetArea().orElseThrow();
    assertThat(area.isNationwide()).isTrue();
    assertThat(area.getPrefectures()).containsExactly(Prefecture.TOKYO);
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, f -> f.getValue().orElse(""))
        .contains(tuple("import.jgrants.unknown-area", "関東某所"));
    assertThat(read(call("2/3", "どこか")).orElseThrow().get(0).getTargetArea()).isEmpty();
  }

  @Test
  void aDetailAndABadCeilingAreRead() throws IOException {
    ReadResult<List<JGrantsCall>> read = read("{\"id\":\"a0W000TEST\",\"title\":\"テスト補助金\","
        + "\"subsidy_max_limit\":\"上限なし\",\"detail\":\"<p>本文</p>\"}");

    assertThat(read.getValue()).isPresent();
    assertThat(read.getValue().get().get(0).getMenu().getCeiling()).isEmpty();
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactlyInAnyOrder(tuple("read.invalid-value", "/subsidy_max_limit"),
            tuple("import.jgrants.not-carried", "/detail"));
  }

  @Test
  void aCallWithoutTitleOrNameAndMalformedJsonAreFindings() throws IOException {
    assertThat(read("{\"result\":[{\"id\":\"x\"}]}").getReport().getFindings()).extracting(Finding::getRuleId)
        .containsExactly("read.missing-property");
    ReadResult<List<JGrantsCall>> broken = read("{\"result\":[");
    assertThat(broken.getValue()).isEmpty();
    assertThat(broken.getReport().getFindings()).extracting(Finding::getRuleId).containsExactly("read.syntax");
  }

  @Test
  void theMenuIsValidatedWithTheModelsConstraints() throws IOException {
    ReadResult<List<JGrantsCall>> read = read("{\"result\":[{\"title\":\"" + "あ".repeat(201) + "\"}]}");
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("field.TextLength", "/result/0/menu/name"));
    // Placed where the call is in the document, as the model's path is not the document's.
    assertThat(read.getReport().getFindings().get(0).getLocation()).isPresent();
    assertThat(read.isValid()).isFalse();
  }

  @Test
  void theManagementNumberIsKeptBesideTheTitle() throws IOException {
    JGrantsCall call = read(call("2/3", "全国")).orElseThrow().get(0);
    assertThat(call.getMenu().getName()).isEqualTo("テスト補助金");
    assertThat(call.getName()).contains("S-00000001");

    JGrantsCall untitled = read("{\"result\":[{\"name\":\"S-00000001\"}]}").orElseThrow().get(0);
    assertThat(untitled.getMenu().getName()).isEqualTo("S-00000001");
    assertThat(untitled.getName()).contains("S-00000001");
  }

  @Test
  void anAcceptancePeriodThatEndsBeforeItStartsIsSaidNotRepaired() throws IOException {
    String backwards = call("2/3", "全国").replace("2025-06-20T08:00:00.000Z", "2025-05-20T23:59:59+09:00");
    ReadResult<List<JGrantsCall>> read = read(backwards);

    JGrantsCall call = read.orElseThrow().get(0);
    assertThat(call.getAcceptanceEnd()).contains(OffsetDateTime.parse("2025-05-20T23:59:59+09:00"));
    List<Finding> said = read.getReport().getFindings(Severity.WARNING);
    assertThat(said).extracting(Finding::getRuleId, Finding::getPath, f -> f.getValue().orElse(""))
        .containsExactly(tuple("import.jgrants.acceptance-end-before-start", "/result/0/acceptance_end_datetime",
            "2025-05-20T23:59:59+09:00"));
    assertThat(said.get(0).getLocation()).isPresent();
    assertThat(said.get(0).getMessage(java.util.Locale.ENGLISH)).contains("2025-05-21T00:00:00Z");
    assertThat(said.get(0).getMessage(java.util.Locale.JAPANESE)).contains("受付開始日時");
    // The same instant is no finding; an end after the start in another offset neither.
    assertThat(read(call("2/3", "全国").replace("2025-06-20T08:00:00.000Z", "2025-05-21T09:00:00+09:00"))
        .getReport().getFindings(Severity.WARNING)).isEmpty();
  }

  @Test
  void eachCallSaysWhichResultItCameFromWhenOneBeforeItCannotBeRead() throws IOException {
    ReadResult<List<JGrantsCall>> read = read("{\"result\":[{\"id\":\"x\"},{\"title\":\"テスト補助金\"}]}");

    assertThat(read.getValue().orElseThrow()).singleElement().extracting(JGrantsCall::getPointer)
        .isEqualTo("/result/1");
    assertThat(read.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .containsExactly(tuple("read.missing-property", "/result/0"));
    assertThat(read("{\"title\":\"テスト補助金\"}").orElseThrow().get(0).getPointer()).isEmpty();
  }

  @Test
  void aReaderValidatesWithTheValidatorItIsGiven() throws IOException {
    // An application's Jakarta validator that finds nothing: the menus' constraints are not checked.
    jakarta.validation.Validator silent = (jakarta.validation.Validator) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {jakarta.validation.Validator.class},
        (proxy, method, args) -> method.getReturnType() == java.util.Set.class ? java.util.Set.of() : null);
    io.github.tsunagari.validation.GrantValidator none = io.github.tsunagari.validation.GrantValidator.using(silent);
    String longName = "{\"result\":[{\"title\":\"" + "あ".repeat(201) + "\"}]}";
    JGrantsReader reader = JGrants.reader().withValidator(none);
    assertThat(reader.getValidator()).isSameAs(none);
    assertThat(reader.readCalls(new ByteArrayInputStream(longName.getBytes(StandardCharsets.UTF_8))).getReport()
        .getFindings()).extracting(Finding::getRuleId).doesNotContain("field.TextLength");
  }

  @Test
  void aCeilingWrittenAsANumberOfWholeYenInAnyFormIsRead() throws IOException {
    assertThat(read(call("2/3", "全国").replace("6000000", "6e6")).orElseThrow().get(0).getMenu().getCeiling())
        .contains(Yen.of(6_000_000));
    ReadResult<List<JGrantsCall>> fraction = read(call("2/3", "全国").replace("6000000", "6000000.5"));
    assertThat(fraction.getValue().orElseThrow().get(0).getMenu().getCeiling()).isEmpty();
    assertThat(fraction.getReport().getFindings()).extracting(Finding::getRuleId, Finding::getPath)
        .contains(tuple("read.invalid-value", "/result/0/subsidy_max_limit"));
  }
}
