package io.github.tsunagari.region;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.internal.Text;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 47 prefectures of Japan (都道府県), in the order and with the codes of JIS X 0401.
 *
 * <p>Each prefecture has a two-digit code ({@code "01"} 北海道 … {@code "47"} 沖縄県), its name in kanji as written in
 * official lists, its reading in katakana, an English name and its {@link RegionalBlock}. Codes outside 1…47 do not
 * exist and are refused by {@link #of(int)}.
 *
 * <pre>{@code
 * Prefecture.of(13);                 // TOKYO
 * Prefecture.parse("東京");           // TOKYO: 都道府県 suffix optional
 * Prefecture.parse("Tokyo");          // TOKYO
 * Prefecture.TOKYO.getLocalGovernmentCode(); // 130001
 * }</pre>
 */
public enum Prefecture implements Bilingual {
  /** 北海道 (Hokkaido), code 01. */
  HOKKAIDO("北海道", "ホッカイドウ", "Hokkaido", RegionalBlock.HOKKAIDO),
  /** 青森県 (Aomori), code 02. */
  AOMORI("青森県", "アオモリケン", "Aomori", RegionalBlock.TOHOKU),
  /** 岩手県 (Iwate), code 03. */
  IWATE("岩手県", "イワテケン", "Iwate", RegionalBlock.TOHOKU),
  /** 宮城県 (Miyagi), code 04. */
  MIYAGI("宮城県", "ミヤギケン", "Miyagi", RegionalBlock.TOHOKU),
  /** 秋田県 (Akita), code 05. */
  AKITA("秋田県", "アキタケン", "Akita", RegionalBlock.TOHOKU),
  /** 山形県 (Yamagata), code 06. */
  YAMAGATA("山形県", "ヤマガタケン", "Yamagata", RegionalBlock.TOHOKU),
  /** 福島県 (Fukushima), code 07. */
  FUKUSHIMA("福島県", "フクシマケン", "Fukushima", RegionalBlock.TOHOKU),
  /** 茨城県 (Ibaraki), code 08. */
  IBARAKI("茨城県", "イバラキケン", "Ibaraki", RegionalBlock.KANTO),
  /** 栃木県 (Tochigi), code 09. */
  TOCHIGI("栃木県", "トチギケン", "Tochigi", RegionalBlock.KANTO),
  /** 群馬県 (Gunma), code 10. */
  GUNMA("群馬県", "グンマケン", "Gunma", RegionalBlock.KANTO),
  /** 埼玉県 (Saitama), code 11. */
  SAITAMA("埼玉県", "サイタマケン", "Saitama", RegionalBlock.KANTO),
  /** 千葉県 (Chiba), code 12. */
  CHIBA("千葉県", "チバケン", "Chiba", RegionalBlock.KANTO),
  /** 東京都 (Tokyo), code 13. */
  TOKYO("東京都", "トウキョウト", "Tokyo", RegionalBlock.KANTO),
  /** 神奈川県 (Kanagawa), code 14. */
  KANAGAWA("神奈川県", "カナガワケン", "Kanagawa", RegionalBlock.KANTO),
  /** 新潟県 (Niigata), code 15. */
  NIIGATA("新潟県", "ニイガタケン", "Niigata", RegionalBlock.CHUBU),
  /** 富山県 (Toyama), code 16. */
  TOYAMA("富山県", "トヤマケン", "Toyama", RegionalBlock.CHUBU),
  /** 石川県 (Ishikawa), code 17. */
  ISHIKAWA("石川県", "イシカワケン", "Ishikawa", RegionalBlock.CHUBU),
  /** 福井県 (Fukui), code 18. */
  FUKUI("福井県", "フクイケン", "Fukui", RegionalBlock.CHUBU),
  /** 山梨県 (Yamanashi), code 19. */
  YAMANASHI("山梨県", "ヤマナシケン", "Yamanashi", RegionalBlock.CHUBU),
  /** 長野県 (Nagano), code 20. */
  NAGANO("長野県", "ナガノケン", "Nagano", RegionalBlock.CHUBU),
  /** 岐阜県 (Gifu), code 21. */
  GIFU("岐阜県", "ギフケン", "Gifu", RegionalBlock.CHUBU),
  /** 静岡県 (Shizuoka), code 22. */
  SHIZUOKA("静岡県", "シズオカケン", "Shizuoka", RegionalBlock.CHUBU),
  /** 愛知県 (Aichi), code 23. */
  AICHI("愛知県", "アイチケン", "Aichi", RegionalBlock.CHUBU),
  /** 三重県 (Mie), code 24. */
  MIE("三重県", "ミエケン", "Mie", RegionalBlock.KINKI),
  /** 滋賀県 (Shiga), code 25. */
  SHIGA("滋賀県", "シガケン", "Shiga", RegionalBlock.KINKI),
  /** 京都府 (Kyoto), code 26. */
  KYOTO("京都府", "キョウトフ", "Kyoto", RegionalBlock.KINKI),
  /** 大阪府 (Osaka), code 27. */
  OSAKA("大阪府", "オオサカフ", "Osaka", RegionalBlock.KINKI),
  /** 兵庫県 (Hyogo), code 28. */
  HYOGO("兵庫県", "ヒョウゴケン", "Hyogo", RegionalBlock.KINKI),
  /** 奈良県 (Nara), code 29. */
  NARA("奈良県", "ナラケン", "Nara", RegionalBlock.KINKI),
  /** 和歌山県 (Wakayama), code 30. */
  WAKAYAMA("和歌山県", "ワカヤマケン", "Wakayama", RegionalBlock.KINKI),
  /** 鳥取県 (Tottori), code 31. */
  TOTTORI("鳥取県", "トットリケン", "Tottori", RegionalBlock.CHUGOKU),
  /** 島根県 (Shimane), code 32. */
  SHIMANE("島根県", "シマネケン", "Shimane", RegionalBlock.CHUGOKU),
  /** 岡山県 (Okayama), code 33. */
  OKAYAMA("岡山県", "オカヤマケン", "Okayama", RegionalBlock.CHUGOKU),
  /** 広島県 (Hiroshima), code 34. */
  HIROSHIMA("広島県", "ヒロシマケン", "Hiroshima", RegionalBlock.CHUGOKU),
  /** 山口県 (Yamaguchi), code 35. */
  YAMAGUCHI("山口県", "ヤマグチケン", "Yamaguchi", RegionalBlock.CHUGOKU),
  /** 徳島県 (Tokushima), code 36. */
  TOKUSHIMA("徳島県", "トクシマケン", "Tokushima", RegionalBlock.SHIKOKU),
  /** 香川県 (Kagawa), code 37. */
  KAGAWA("香川県", "カガワケン", "Kagawa", RegionalBlock.SHIKOKU),
  /** 愛媛県 (Ehime), code 38. */
  EHIME("愛媛県", "エヒメケン", "Ehime", RegionalBlock.SHIKOKU),
  /** 高知県 (Kochi), code 39. */
  KOCHI("高知県", "コウチケン", "Kochi", RegionalBlock.SHIKOKU),
  /** 福岡県 (Fukuoka), code 40. */
  FUKUOKA("福岡県", "フクオカケン", "Fukuoka", RegionalBlock.KYUSHU_OKINAWA),
  /** 佐賀県 (Saga), code 41. */
  SAGA("佐賀県", "サガケン", "Saga", RegionalBlock.KYUSHU_OKINAWA),
  /** 長崎県 (Nagasaki), code 42. */
  NAGASAKI("長崎県", "ナガサキケン", "Nagasaki", RegionalBlock.KYUSHU_OKINAWA),
  /** 熊本県 (Kumamoto), code 43. */
  KUMAMOTO("熊本県", "クマモトケン", "Kumamoto", RegionalBlock.KYUSHU_OKINAWA),
  /** 大分県 (Oita), code 44. */
  OITA("大分県", "オオイタケン", "Oita", RegionalBlock.KYUSHU_OKINAWA),
  /** 宮崎県 (Miyazaki), code 45. */
  MIYAZAKI("宮崎県", "ミヤザキケン", "Miyazaki", RegionalBlock.KYUSHU_OKINAWA),
  /** 鹿児島県 (Kagoshima), code 46. */
  KAGOSHIMA("鹿児島県", "カゴシマケン", "Kagoshima", RegionalBlock.KYUSHU_OKINAWA),
  /** 沖縄県 (Okinawa), code 47. */
  OKINAWA("沖縄県", "オキナワケン", "Okinawa", RegionalBlock.KYUSHU_OKINAWA);

  private static final Prefecture[] BY_NUMBER = values();
  private static final Map<String, Prefecture> BY_NAME = new HashMap<>();

  static {
    for (Prefecture p : BY_NUMBER) {
      BY_NAME.put(p.kanji, p);
      BY_NAME.put(p.getShortName(), p);
      BY_NAME.put(p.englishName.toLowerCase(Locale.ROOT), p);
      BY_NAME.put(p.getCode(), p);
      BY_NAME.put(Integer.toString(p.getNumber()), p);
    }
  }

  private final String kanji;
  private final String kana;
  private final String englishName;
  private final RegionalBlock block;

  Prefecture(String kanji, String kana, String englishName, RegionalBlock block) {
    this.kanji = kanji;
    this.kana = kana;
    this.englishName = englishName;
    this.block = block;
  }

  /**
   * Returns the prefecture with the given JIS X 0401 number.
   *
   * @param number 1 (北海道) to 47 (沖縄県)
   * @return the prefecture
   * @throws InvalidValueException if the number is outside 1…47 ({@code OUT_OF_RANGE})
   */
  public static Prefecture of(int number) {
    if (number < 1 || number > BY_NUMBER.length) {
      throw InvalidValueException.of(InvalidValueException.Subject.PREFECTURE,
          InvalidValueException.Reason.OUT_OF_RANGE, Integer.toString(number), 1, BY_NUMBER.length);
    }
    return BY_NUMBER[number - 1];
  }

  /**
   * Reads a prefecture from the forms Japanese data comes in: the two-digit code ({@code "13"}, also {@code "1"} for
   * 北海道), the name as written ({@code "東京都"}), the name without 都/府/県 ({@code "東京"}), or the English name in
   * any case ({@code "Tokyo"}). Full-width digits and surrounding spaces are accepted.
   *
   * @param text the text to read
   * @return the prefecture
   * @throws InvalidValueException if the text names no prefecture ({@code UNKNOWN_NAME})
   * @throws NullPointerException if text is null
   */
  public static Prefecture parse(CharSequence text) {
    Prefecture p = lookUp(text);
    if (p == null) {
      throw InvalidValueException.of(InvalidValueException.Subject.PREFECTURE,
          InvalidValueException.Reason.UNKNOWN_NAME, text, "01〜47, 東京都, 東京, Tokyo");
    }
    return p;
  }

  /**
   * Like {@link #parse(CharSequence)}, but answers with an empty Optional where the text names no prefecture.
   *
   * @param text the text to read
   * @return the prefecture, if the text names one
   */
  public static Optional<Prefecture> find(CharSequence text) {
    return Optional.ofNullable(lookUp(text));
  }

  /**
   * The prefecture whose name, as written ({@code 東京都}), an address or a place begins with: {@code 東京都千代田区…} is
   * in Tokyo. Nothing is normalised.
   *
   * @param text an address, or a place within a prefecture
   * @return the prefecture, where the text begins with a prefecture's name
   */
  public static Optional<Prefecture> startOf(CharSequence text) {
    String s = text.toString();
    for (Prefecture p : values()) {
      if (s.startsWith(p.getJapaneseName())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The prefecture the text names, or null: {@link #parse} runs for every prefecture read, without an Optional. */
  private static Prefecture lookUp(CharSequence text) {
    if (text.length() == 2 && isDigit(text.charAt(0)) && isDigit(text.charAt(1))) {
      int n = (text.charAt(0) - '0') * 10 + text.charAt(1) - '0';
      return n >= 1 && n <= 47 ? BY_NUMBER[n - 1] : null; // the canonical form, "13"
    }
    Prefecture exact = BY_NAME.get(text instanceof String ? text : String.valueOf(text));
    if (exact != null) {
      return exact; // the common case: a code or a name as written, nothing to normalise
    }
    String s = Text.normalize(text, "text");
    Prefecture p = BY_NAME.get(s);
    if (p == null) {
      p = BY_NAME.get(s.toLowerCase(Locale.ROOT));
    }
    return p;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The JIS X 0401 number, 1 to 47. */
  public int getNumber() {
    return ordinal() + 1;
  }

  /** The two-digit JIS X 0401 code, {@code "01"} to {@code "47"}. */
  public String getCode() {
    int n = getNumber();
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The name as written in official lists, such as {@code 東京都} or {@code 北海道}. */
  @Override
  public String getJapaneseName() {
    return kanji;
  }

  /** The name without its 都/府/県 suffix, such as {@code 東京}; {@code 北海道} stays {@code 北海道}. */
  public String getShortName() {
    return this == HOKKAIDO ? kanji : kanji.substring(0, kanji.length() - 1);
  }

  /** The reading in katakana, such as {@code トウキョウト}. */
  public String getKana() {
    return kana;
  }

  /** The English name, such as {@code Tokyo}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }


  /** The regional block (地方) the prefecture belongs to. */
  public RegionalBlock getRegionalBlock() {
    return block;
  }

  /** The prefecture's own local government code (全国地方公共団体コード), such as {@code 130001} for 東京都. */
  public LocalGovernmentCode getLocalGovernmentCode() {
    return LocalGovernmentCode.ofPrefecture(this);
  }
}
