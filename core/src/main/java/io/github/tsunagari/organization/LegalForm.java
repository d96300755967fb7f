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
 * The legal form (法人格) of a grantee organisation, or {@link #UNINCORPORATED} for a group without one (任意団体).
 *
 * <p>{@link #parse(CharSequence)} reads the full Japanese name and the common short forms. No law fixes the short
 * forms; they are common usage, and each below is taken from the source named:
 *
 * <table>
 *   <caption>Legal forms, the names they are read from, and the sources of the short forms</caption>
 *   <tr><th>constant</th><th>full name</th><th>short forms</th><th>kind code</th><th>source of the short forms</th></tr>
 *   <tr><td>{@link #SPECIFIED_NONPROFIT_CORPORATION}</td><td>特定非営利活動法人</td><td>NPO法人, (特非), 特活</td>
 *       <td>399</td><td>the project's domain notes</td></tr>
 *   <tr><td>{@link #GENERAL_INCORPORATED_ASSOCIATION}</td><td>一般社団法人</td><td>(一社)</td><td>399</td>
 *       <td>the domain notes</td></tr>
 *   <tr><td>{@link #GENERAL_INCORPORATED_FOUNDATION}</td><td>一般財団法人</td><td>(一財)</td><td>399</td>
 *       <td>the domain notes</td></tr>
 *   <tr><td>{@link #PUBLIC_INTEREST_INCORPORATED_ASSOCIATION}</td><td>公益社団法人</td><td>(公社)</td><td>399</td>
 *       <td>the domain notes</td></tr>
 *   <tr><td>{@link #PUBLIC_INTEREST_INCORPORATED_FOUNDATION}</td><td>公益財団法人</td><td>(公財)</td><td>399</td>
 *       <td>the domain notes</td></tr>
 *   <tr><td>{@link #SOCIAL_WELFARE_CORPORATION}</td><td>社会福祉法人</td><td>(福), 社福</td><td>399</td>
 *       <td>the domain notes</td></tr>
 *   <tr><td>{@link #STOCK_COMPANY}</td><td>株式会社</td><td>(株)</td><td>301</td>
 *       <td>hiramatu-hifuka.com/onyak/kotoba-1/hojin.html (法人等略語一覧表), origamijapan.net</td></tr>
 *   <tr><td>{@link #LIMITED_COMPANY}</td><td>有限会社</td><td>(有)</td><td>302</td>
 *       <td>hiramatu-hifuka.com (法人等略語一覧表)</td></tr>
 *   <tr><td>{@link #GENERAL_PARTNERSHIP_COMPANY}</td><td>合名会社</td><td>(名)</td><td>303</td>
 *       <td>hiramatu-hifuka.com; office-actia.com</td></tr>
 *   <tr><td>{@link #LIMITED_PARTNERSHIP_COMPANY}</td><td>合資会社</td><td>(資)</td><td>304</td>
 *       <td>hiramatu-hifuka.com; office-actia.com</td></tr>
 *   <tr><td>{@link #LIMITED_LIABILITY_COMPANY}</td><td>合同会社</td><td>(同)</td><td>305</td>
 *       <td>hiramatu-hifuka.com; office-actia.com</td></tr>
 *   <tr><td>{@link #SCHOOL_CORPORATION}</td><td>学校法人</td><td>(学)</td><td>none stated</td>
 *       <td>nttmoraio.com/2016/07/05/post-3582; 0o0d.com (法人略語)</td></tr>
 *   <tr><td>{@link #MEDICAL_CORPORATION}</td><td>医療法人</td><td>(医), 医療法人社団, 医療法人財団</td>
 *       <td>none stated</td><td>hiramatu-hifuka.com (医療法人社団 and 医療法人財団 listed as kinds of 医療法人)</td></tr>
 *   <tr><td>{@link #RELIGIOUS_CORPORATION}</td><td>宗教法人</td><td>(宗)</td><td>none stated</td>
 *       <td>hiramatu-hifuka.com; nttmoraio.com</td></tr>
 *   <tr><td>{@link #CONSUMER_COOPERATIVE}</td><td>生活協同組合</td><td>生協, 消費生活協同組合</td><td>none stated</td>
 *       <td>ja.wikipedia.org 生活協同組合 (略称 生協; 消費生活協同組合法による消費生活協同組合)</td></tr>
 *   <tr><td>{@link #WORKER_COOPERATIVE}</td><td>労働者協同組合</td><td>労協</td><td>none stated</td>
 *       <td>kinyobi.co.jp/kinyobinews/2023/07/11/antena-1290 (労協法, 労協法人)</td></tr>
 *   <tr><td>{@link #AGRICULTURAL_COOPERATIVE}</td><td>農業協同組合</td><td>農協</td><td>none stated</td>
 *       <td>kids.gakken.co.jp/jiten/dictionary05500019 (農協と略す)</td></tr>
 *   <tr><td>{@link #BUSINESS_COOPERATIVE}</td><td>事業協同組合</td><td>none found</td><td>none stated</td>
 *       <td>the form: chuokai-nara.or.jp (中小企業等協同組合法)</td></tr>
 *   <tr><td>{@link #ENTERPRISE_COOPERATIVE}</td><td>企業組合</td><td>none found</td><td>none stated</td>
 *       <td>the form: chuokai-nara.or.jp, kotobank.jp</td></tr>
 *   <tr><td>{@link #AUTHORIZED_NEIGHBORHOOD_ASSOCIATION}</td><td>認可地縁団体</td><td>none found</td>
 *       <td>none stated</td><td>the form: city.anjo.aichi.jp/ninkatiendantai.html (市長の認可で法人格, 法人登記なし)</td></tr>
 *   <tr><td>{@link #INCORPORATED_ADMINISTRATIVE_AGENCY}</td><td>独立行政法人</td><td>(独)</td><td>none stated</td>
 *       <td>nttmoraio.com; dokuhou.blogspot.com/2018/09/blog-post_19.html</td></tr>
 *   <tr><td>{@link #LOCAL_INCORPORATED_ADMINISTRATIVE_AGENCY}</td><td>地方独立行政法人</td><td>(地独)</td>
 *       <td>none stated</td><td>kanji.reader.bz (法人の略称・略語について)</td></tr>
 *   <tr><td>{@link #NATIONAL_UNIVERSITY_CORPORATION}</td><td>国立大学法人</td><td>none: (大) is also written
 *       for 公立大学法人 (kanji.reader.bz), so it names no one form</td><td>none stated</td>
 *       <td>the form: keiyobank.co.jp (法人略語)</td></tr>
 *   <tr><td>{@link #OFFENDER_REHABILITATION_CORPORATION}</td><td>更生保護法人</td><td>none found</td><td>none stated</td>
 *       <td>the form: keiyobank.co.jp (法人略語)</td></tr>
 *   <tr><td>{@link #UNINCORPORATED}</td><td>任意団体</td><td>法人格なし</td><td>none: no corporate number</td>
 *       <td>jcia.or.jp/webkyosaitohoken/2025/08/250803.html (法人格のない任意団体)</td></tr>
 * </table>
 *
 * <p>The kind code is the National Tax Agency's 法人種別 ({@link #getKindCode()}), given only where the domain notes
 * state it. One-character short forms ((株), (有), (同) …) are read only in brackets: 有 or 同 alone begins many
 * ordinary names. 社会医療法人 is a status a 医療法人 is granted, as 認定 is for an NPO; it is not read as a form here.
 *
 * <p>A certified NPO (認定特定非営利活動法人, 認定NPO法人) is a 特定非営利活動法人 with a status, not a separate legal form;
 * {@code parse} reads those names as {@link #SPECIFIED_NONPROFIT_CORPORATION} and {@link NpoCertification} holds the
 * status.
 */
public enum LegalForm implements Bilingual {
  /** 特定非営利活動法人: Specified Nonprofit Corporation (NPO法人). */
  SPECIFIED_NONPROFIT_CORPORATION("特定非営利活動法人", "Specified Nonprofit Corporation", "399",
      List.of("NPO法人", "(特非)", "特非", "特活", "認定特定非営利活動法人", "認定NPO法人", "特例認定特定非営利活動法人",
          "特例認定NPO法人")),
  /** 一般社団法人: General Incorporated Association. */
  GENERAL_INCORPORATED_ASSOCIATION("一般社団法人", "General Incorporated Association", "399",
      List.of("(一社)", "一社")),
  /** 一般財団法人: General Incorporated Foundation. */
  GENERAL_INCORPORATED_FOUNDATION("一般財団法人", "General Incorporated Foundation", "399", List.of("(一財)", "一財")),
  /** 公益社団法人: Public Interest Incorporated Association (a 一般社団法人 with 公益認定). */
  PUBLIC_INTEREST_INCORPORATED_ASSOCIATION("公益社団法人", "Public Interest Incorporated Association", "399",
      List.of("(公社)", "公社")),
  /** 公益財団法人: Public Interest Incorporated Foundation (a 一般財団法人 with 公益認定). */
  PUBLIC_INTEREST_INCORPORATED_FOUNDATION("公益財団法人", "Public Interest Incorporated Foundation", "399",
      List.of("(公財)", "公財")),
  /** 社会福祉法人: Social Welfare Corporation. */
  SOCIAL_WELFARE_CORPORATION("社会福祉法人", "Social Welfare Corporation", "399", List.of("(福)", "社福")),
  /** 株式会社: Stock Company (kabushiki kaisha), short form (株). */
  STOCK_COMPANY("株式会社", "Stock Company", "301", List.of("(株)")),
  /** 有限会社: Limited Company (yugen kaisha; since 2006 a 特例有限会社 under the Companies Act), short form (有). */
  LIMITED_COMPANY("有限会社", "Limited Company", "302", List.of("(有)")),
  /** 合名会社: General Partnership Company (gomei kaisha), short form (名). */
  GENERAL_PARTNERSHIP_COMPANY("合名会社", "General Partnership Company", "303", List.of("(名)")),
  /** 合資会社: Limited Partnership Company (goshi kaisha), short form (資). */
  LIMITED_PARTNERSHIP_COMPANY("合資会社", "Limited Partnership Company", "304", List.of("(資)")),
  /** 合同会社: Limited Liability Company (godo kaisha), short form (同). */
  LIMITED_LIABILITY_COMPANY("合同会社", "Limited Liability Company", "305", List.of("(同)")),
  /** 学校法人: School Corporation, short form (学). */
  SCHOOL_CORPORATION("学校法人", "School Corporation", null, List.of("(学)")),
  /** 医療法人: Medical Corporation, short form (医); 医療法人社団 and 医療法人財団 are its two kinds. */
  MEDICAL_CORPORATION("医療法人", "Medical Corporation", null, List.of("(医)", "医療法人社団", "医療法人財団")),
  /** 宗教法人: Religious Corporation, short form (宗). */
  RELIGIOUS_CORPORATION("宗教法人", "Religious Corporation", null, List.of("(宗)")),
  /** 生活協同組合 (消費生活協同組合): Consumer Co-operative, short form 生協. */
  CONSUMER_COOPERATIVE("生活協同組合", "Consumer Co-operative", null, List.of("生協", "消費生活協同組合")),
  /** 労働者協同組合: Worker Co-operative, short form 労協. */
  WORKER_COOPERATIVE("労働者協同組合", "Worker Co-operative", null, List.of("労協")),
  /** 農業協同組合: Agricultural Co-operative, short form 農協. */
  AGRICULTURAL_COOPERATIVE("農業協同組合", "Agricultural Co-operative", null, List.of("農協")),
  /** 事業協同組合: Business Co-operative (under the Small and Medium-Sized Enterprise Cooperatives Act). */
  BUSINESS_COOPERATIVE("事業協同組合", "Business Co-operative", null, List.of()),
  /** 企業組合: Enterprise Co-operative (under the Small and Medium-Sized Enterprise Cooperatives Act). */
  ENTERPRISE_COOPERATIVE("企業組合", "Enterprise Co-operative", null, List.of()),
  /** 認可地縁団体: Authorized Neighbourhood Association (a 自治会 or 町内会 given legal personality by its municipality). */
  AUTHORIZED_NEIGHBORHOOD_ASSOCIATION("認可地縁団体", "Authorized Neighborhood Association", null, List.of()),
  /** 独立行政法人: Incorporated Administrative Agency, short form (独). */
  INCORPORATED_ADMINISTRATIVE_AGENCY("独立行政法人", "Incorporated Administrative Agency", null, List.of("(独)")),
  /** 地方独立行政法人: Local Incorporated Administrative Agency, short form (地独). */
  LOCAL_INCORPORATED_ADMINISTRATIVE_AGENCY("地方独立行政法人", "Local Incorporated Administrative Agency", null,
      List.of("(地独)")),
  /** 国立大学法人: National University Corporation. */
  NATIONAL_UNIVERSITY_CORPORATION("国立大学法人", "National University Corporation", null, List.of()),
  /** 更生保護法人: Offender Rehabilitation Corporation. */
  OFFENDER_REHABILITATION_CORPORATION("更生保護法人", "Offender Rehabilitation Corporation", null, List.of()),
  /**
   * 任意団体: an unincorporated group, without legal personality (法人格なし). It has no corporate number and no NPO
   * certification; {@link #isIncorporated()} is false for it alone.
   */
  UNINCORPORATED("任意団体", "Unincorporated Association", null, List.of("法人格なし"));

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
  private final Optional<String> kindCode;

  private static String accepted() {
    java.util.StringJoiner names = new java.util.StringJoiner(", ");
    for (LegalForm form : values()) {
      names.add(form.shortForms.isEmpty() ? form.japaneseName
          : form.japaneseName + " (" + form.shortForms.get(0) + ")");
    }
    return names.toString();
  }

  LegalForm(String japaneseName, String englishName, String kindCode, List<String> shortForms) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.kindCode = Optional.ofNullable(kindCode);
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

  /**
   * The short forms {@link #parse(CharSequence)} understands besides the full name, such as {@code NPO法人}; empty
   * where no short form was found in a source.
   */
  public List<String> getShortForms() {
    return shortForms;
  }

  /**
   * The National Tax Agency's kind code (法人種別) of this legal form in the corporate number data, where a source
   * states it: 301 株式会社, 302 有限会社, 303 合名会社, 304 合資会社, 305 合同会社, 399 other registered corporations
   * (NPO法人, 一般・公益社団法人, 一般・公益財団法人, 社会福祉法人). Empty for the forms whose code no source at hand
   * states, and for {@link #UNINCORPORATED}, which has no corporate number.
   *
   * @return the three-digit code, such as {@code "301"}
   */
  public Optional<String> getKindCode() {
    return kindCode;
  }

  /**
   * Whether this form gives legal personality (法人格): false for {@link #UNINCORPORATED} (任意団体) alone. Only an
   * incorporated organisation can have a corporate number (法人番号).
   *
   * @return true for every legal form but {@code UNINCORPORATED}
   */
  public boolean isIncorporated() {
    return this != UNINCORPORATED;
  }
}
