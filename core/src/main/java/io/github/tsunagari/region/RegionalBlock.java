package io.github.tsunagari.region;

import io.github.tsunagari.Bilingual;

/**
 * The eight regional blocks (地方区分) into which the 47 prefectures are commonly grouped.
 *
 * <p>The grouping follows the one used with JIS X 0401 prefecture lists: 三重県 belongs to 近畿 here.
 */
public enum RegionalBlock implements Bilingual {
  /** 北海道地方. */
  HOKKAIDO("北海道", "Hokkaido"),
  /** 東北地方. */
  TOHOKU("東北", "Tohoku"),
  /** 関東地方. */
  KANTO("関東", "Kanto"),
  /** 中部地方. */
  CHUBU("中部", "Chubu"),
  /** 近畿地方. */
  KINKI("近畿", "Kinki"),
  /** 中国地方. */
  CHUGOKU("中国", "Chugoku"),
  /** 四国地方. */
  SHIKOKU("四国", "Shikoku"),
  /** 九州・沖縄地方. */
  KYUSHU_OKINAWA("九州・沖縄", "Kyushu-Okinawa");

  private final String japaneseName;
  private final String englishName;

  RegionalBlock(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /** The Japanese name, such as {@code 東北}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The English name, such as {@code Tohoku}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
