package io.github.tsunagari.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Each reusable constraint accepts a text exactly when its type's {@code parse} reads it: the canonical forms, and
 * the forms Japanese data also comes in (full-width digits, surrounding spaces, the JP-JCN- identifier, names).
 */
class ConstraintsAcceptWhatParseAcceptsTest {
  private static boolean parses(Function<String, ?> parse, String text) {
    try {
      parse.apply(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static <A extends java.lang.annotation.Annotation> boolean accepts(
      ConstraintValidator<A, CharSequence> validator, String text) {
    return validator.isValid(text, null);
  }

  @Property(tries = 3000)
  void corporateNumber(@ForAll("corporateNumbers") String text) {
    assertThat(accepts(new CorporateNumber.Validator(), text)).as(text)
        .isEqualTo(parses(io.github.tsunagari.organization.CorporateNumber::parse, text));
  }

  @Property(tries = 3000)
  void localGovernmentCode(@ForAll("localGovernmentCodes") String text) {
    assertThat(accepts(new LocalGovernmentCode.Validator(), text)).as(text)
        .isEqualTo(parses(io.github.tsunagari.region.LocalGovernmentCode::parse, text));
  }

  @Property(tries = 3000)
  void prefecture(@ForAll("prefectures") String text) {
    assertThat(accepts(new Prefecture.Validator(), text)).as(text)
        .isEqualTo(parses(io.github.tsunagari.region.Prefecture::parse, text));
  }

  @Property(tries = 3000)
  void fiscalYear(@ForAll("fiscalYears") String text) {
    assertThat(accepts(new FiscalYear.Validator(), text)).as(text)
        .isEqualTo(parses(io.github.tsunagari.program.FiscalYear::parse, text));
  }

  @Test
  void theFormsOfJapaneseDataPassEveryConstraint() {
    assertThat(accepts(new CorporateNumber.Validator(), "７００００１２０５０００２")).isTrue();
    assertThat(accepts(new CorporateNumber.Validator(), " JP-JCN-7000012050002\u3000")).isTrue();
    assertThat(accepts(new CorporateNumber.Validator(), "7000012050003")).isFalse();
    assertThat(accepts(new LocalGovernmentCode.Validator(), "０３２０３４")).isTrue();
    assertThat(accepts(new LocalGovernmentCode.Validator(), "03203")).isTrue(); // JIS X 0402: check digit computed
    assertThat(accepts(new LocalGovernmentCode.Validator(), "032035")).isFalse();
    assertThat(accepts(new Prefecture.Validator(), "\u3000東京都 ")).isTrue();
    assertThat(accepts(new FiscalYear.Validator(), "令和６年度")).isTrue();
  }

  // ---- texts near the accepted forms: valid values, written as Japanese data writes them, or broken

  /** Full-width digits and letters, surrounding spaces (ASCII and U+3000), a changed, dropped or added digit. */
  private static Arbitrary<String> variants(Arbitrary<String> valid) {
    return Combinators.combine(valid, Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 40))
        .as((text, how, at) -> {
          int i = text.isEmpty() ? 0 : at % text.length();
          switch (how) {
            case 0:
              return text;
            case 1:
              return fullWidth(text);
            case 2:
              return " " + text + "\u3000";
            case 3:
              return text.isEmpty() ? text : text.substring(0, i) + (char) ('0' + at % 10) + text.substring(i + 1);
            case 4:
              return text.isEmpty() ? text : text.substring(0, i) + text.substring(i + 1);
            case 5:
              return text + at % 10;
            default:
              return "\t" + fullWidth(text) + " ";
          }
        });
  }

  private static String fullWidth(String text) {
    StringBuilder sb = new StringBuilder();
    text.chars().forEach(c -> sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
    return sb.toString();
  }

  private static Arbitrary<String> orAnything(Arbitrary<String> near) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, near),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(16)),
        Tuple.of(1, Arbitraries.strings().numeric().ofMaxLength(14)));
  }

  @Provide
  Arbitrary<String> corporateNumbers() {
    Arbitrary<String> valid = Arbitraries.strings().numeric().ofLength(12)
        .map(base -> io.github.tsunagari.organization.CorporateNumber.checkDigit(base) + base);
    return orAnything(variants(Arbitraries.oneOf(valid, valid.map(n -> "JP-JCN-" + n))));
  }

  @Provide
  Arbitrary<String> localGovernmentCodes() {
    Arbitrary<String> jis = Arbitraries.integers().between(1, 47)
        .flatMap(p -> Arbitraries.strings().numeric().ofLength(3).map(rest -> String.format("%02d", p) + rest));
    Arbitrary<String> valid = jis.map(j -> io.github.tsunagari.region.LocalGovernmentCode.fromJisCode(j).toString());
    return orAnything(variants(Arbitraries.oneOf(valid, jis)));
  }

  @Provide
  Arbitrary<String> prefectures() {
    List<String> names = new ArrayList<>();
    for (io.github.tsunagari.region.Prefecture p : io.github.tsunagari.region.Prefecture.values()) {
      names.add(p.getCode());
      names.add(p.getJapaneseName());
      names.add(p.getShortName());
      names.add(p.getEnglishName());
    }
    return orAnything(variants(Arbitraries.of(names)));
  }

  @Provide
  Arbitrary<String> fiscalYears() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1860, 2120);
    return orAnything(variants(Arbitraries.oneOf(
        years.map(y -> "FY" + y), years.map(y -> y + "年度"), years.map(String::valueOf),
        Arbitraries.integers().between(0, 40).map(y -> "令和" + y + "年度"),
        Arbitraries.integers().between(0, 40).map(y -> "平成" + y + "年度"), Arbitraries.just("令和元年度"))));
  }
}
