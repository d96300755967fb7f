package io.github.tsunagari.region;

import io.github.tsunagari.Bilingual;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The eight regional blocks (地方区分) into which the 47 prefectures are commonly grouped.
 *
 * <p>The grouping follows the one used with JIS X 0401 prefecture lists: 三重県 belongs to 近畿 here.
 *
 * <p>An area text that names a block by its name here ({@code 関東}, {@code 九州・沖縄}) is read as a {@link NamedArea}
 * of the block's prefectures ({@link NamedArea#of(RegionalBlock)}), the name kept; {@code 北海道} names the
 * prefecture, which is the whole block. Other spellings ({@code 関東地方}) are not read as blocks.
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

  /**
   * The prefectures of the block (地方に属する都道府県), in JIS order: 関東 is 茨城県, 栃木県, 群馬県, 埼玉県, 千葉県, 東京都
   * and 神奈川県.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Prefecture> getPrefectures() {
    return Members.OF.get(ordinal());
  }

  /**
   * The block with a name as {@link #getJapaneseName()} writes it ({@code 関東}, {@code 九州・沖縄}).
   *
   * @param name the name
   * @return the block, or empty if the name is none of the eight
   */
  public static Optional<RegionalBlock> find(CharSequence name) {
    String s = name.toString();
    for (RegionalBlock b : values()) {
      if (b.japaneseName.equals(s)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The prefectures of each block, built once (a prefecture names its block, not the reverse). */
  private static final class Members {
    static final List<List<Prefecture>> OF;

    static {
      List<List<Prefecture>> lists = new ArrayList<>();
      for (RegionalBlock b : values()) {
        lists.add(new ArrayList<>());
      }
      for (Prefecture p : Prefecture.values()) {
        lists.get(p.getRegionalBlock().ordinal()).add(p);
      }
      lists.replaceAll(List::copyOf);
      OF = List.copyOf(lists);
    }
  }

}
