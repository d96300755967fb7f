package io.github.tsunagari.organization;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The legal form (法人格) of a grantee organisation.
 *
 * <p>{@link #parse(CharSequence)} reads the full Japanese name and the common short forms:
 *
 * <table>
 *   <caption>Legal forms and the names they are read from</caption>
 *   <tr><th>constant</th><th>full name</th><th>short forms</th></tr>
 *   <tr><td>{@link #SPECIFIED_NONPROFIT_CORPORATION}</td><td>特定非営利活動法人</td><td>NPO法人, (特非), 特活</td></tr>
 *   <tr><td>{@link #GENERAL_INCORPORATED_ASSOCIATION}</td><td>一般社団法人</td><td>(一社)</td></tr>
 *   <tr><td>{@link #GENERAL_INCORPORATED_FOUNDATION}</td><td>一般財団法人</td><td>(一財)</td></tr>
 *   <tr><td>{@link #PUBLIC_INTEREST_INCORPORATED_ASSOCIATION}</td><td>公益社団法人</td><td>(公社)</td></tr>
 *   <tr><td>{@link #PUBLIC_INTEREST_INCORPORATED_FOUNDATION}</td><td>公益財団法人</td><td>(公財)</td></tr>
 *   <tr><td>{@link #SOCIAL_WELFARE_CORPORATION}</td><td>社会福祉法人</td><td>(福), 社福</td></tr>
 * </table>
 *
 * <p>A certified NPO (認定特定非営利活動法人, 認定NPO法人) is a 特定非営利活動法人 with a status, not a separate legal form;
 * {@code parse} reads those names as {@link #SPECIFIED_NONPROFIT_CORPORATION} and {@link NpoCertification} holds the
 * status.
 */
public enum LegalForm implements Bilingual {
  /** 特定非営利活動法人: Specified Nonprofit Corporation (NPO法人). */
  SPECIFIED_NONPROFIT_CORPORATION("特定非営利活動法人", "Specified Nonprofit Corporation",
      List.of("NPO法人", "(特非)", "特非", "特活", "認定特定非営利活動法人", "認定NPO法人", "特例認定特定非営利活動法人",
          "特例認定NPO法人")),
  /** 一般社団法人: General Incorporated Association. */
  GENERAL_INCORPORATED_ASSOCIATION("一般社団法人", "General Incorporated Association", List.of("(一社)", "一社")),
  /** 一般財団法人: General Incorporated Foundation. */
  GENERAL_INCORPORATED_FOUNDATION("一般財団法人", "General Incorporated Foundation", List.of("(一財)", "一財")),
  /** 公益社団法人: Public Interest Incorporated Association (a 一般社団法人 with 公益認定). */
  PUBLIC_INTEREST_INCORPORATED_ASSOCIATION("公益社団法人", "Public Interest Incorporated Association",
      List.of("(公社)", "公社")),
  /** 公益財団法人: Public Interest Incorporated Foundation (a 一般財団法人 with 公益認定). */
  PUBLIC_INTEREST_INCORPORATED_FOUNDATION("公益財団法人", "Public Interest Incorporated Foundation",
      List.of("(公財)", "公財")),
  /** 社会福祉法人: Social Welfare Corporation. */
  SOCIAL_WELFARE_CORPORATION("社会福祉法人", "Social Welfare Corporation", List.of("(福)", "社福"));

  private static final Map<String, LegalForm> BY_NAME = new HashMap<>();
  private static final Map<String, LegalForm> EXACT = new HashMap<>();

  static {
    for (LegalForm form : values()) {
      EXACT.put(form.name(), form);
      EXACT.put(form.japaneseName, form);
      for (String alias : form.shortForms) {
        EXACT.put(alias, form);
      }
      BY_NAME.put(key(form.japaneseName), form);
      BY_NAME.put(key(form.englishName), form);
      BY_NAME.put(key(form.name()), form);
      for (String alias : form.shortForms) {
        BY_NAME.put(key(alias), form);
      }
    }
  }

  /** The names parse reads, for the refusal of other text: each full name with its first short form. */
  private static final String ACCEPTED = accepted();

  private final String japaneseName;
  private final String englishName;
  private final List<String> shortForms;

  private static String accepted() {
    java.util.StringJoiner names = new java.util.StringJoiner(", ");
    for (LegalForm form : values()) {
      names.add(form.japaneseName + " (" + form.shortForms.get(0) + ")");
    }
    return names.toString();
  }

  LegalForm(String japaneseName, String englishName, List<String> shortForms) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.shortForms = shortForms;
  }

  private static String key(String name) {
    // Full-width parentheses and letters are folded by Text.normalize; English names compare case-insensitively.
    return name.toUpperCase(Locale.ROOT);
  }

  /**
   * Reads a legal form from its full Japanese name, a common short form ({@code NPO法人}, {@code (公財)} …), its English
   * name or its constant name. Full-width letters and parentheses and surrounding spaces are accepted.
   *
   * @param text the text to read
   * @return the legal form
   * @throws InvalidValueException if the text names no legal form ({@code UNKNOWN_NAME}, with those it knows)
   * @throws NullPointerException if text is null
   */
  public static LegalForm parse(CharSequence text) {
    return find(text).orElseThrow(() -> InvalidValueException.of(InvalidValueException.Subject.LEGAL_FORM,
        InvalidValueException.Reason.UNKNOWN_NAME, text, ACCEPTED));
  }

  /**
   * Like {@link #parse(CharSequence)}, but answers with an empty Optional where the text names no legal form.
   *
   * @param text the text to read
   * @return the legal form, if the text names one
   */
  public static Optional<LegalForm> find(CharSequence text) {
    LegalForm exact = EXACT.get(text instanceof String ? text : String.valueOf(text));
    if (exact != null) {
      return Optional.of(exact); // the common case: a name or constant as written, nothing to normalise
    }
    return Optional.ofNullable(BY_NAME.get(key(Text.normalize(text, "legal form"))));
  }

  /** The full Japanese name, such as {@code 特定非営利活動法人}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** An English rendering, such as {@code Specified Nonprofit Corporation}. No official one exists for every form. */
  @Override
  public String getEnglishName() {
    return englishName;
  }

  /** The short forms {@link #parse(CharSequence)} understands besides the full name, such as {@code NPO法人}. */
  public List<String> getShortForms() {
    return shortForms;
  }
}
