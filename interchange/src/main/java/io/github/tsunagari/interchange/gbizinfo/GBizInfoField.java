package io.github.tsunagari.interchange.gbizinfo;

/**
 * The fields of a gBizINFO subsidy record (補助金情報), each with its name in the REST API's JSON and its header in the
 * bulk CSV, in the CSV's order: the mapping, said once, from which reader and writers take every name.
 *
 * <p>Sources: the API v1's OpenAPI definition as third-party generated clients carry it (nisyuu/gbizinfo:
 * {@code hojin-infos[]} with {@code corporate_number}, {@code name}, {@code location} and {@code subsidy[]});
 * third-party notes and code on API v2 (which drops {@code note}, {@code joint_signatures} and
 * {@code subsidy_resource}, and writes empty values as the string {@code "Null"}); the bulk CSV's columns as public
 * code that downloads it reads them (bqfun/jpdata). The official v2 specification was not found.
 */
public enum GBizInfoField {
  /** 法人番号: the recipient's corporate number, 13 digits. A field of the corporation in the API. */
  CORPORATE_NUMBER("corporate_number", "法人番号", true),
  /** 法人名: the recipient's registered name, its legal form included. A field of the corporation in the API. */
  NAME("name", "法人名", true),
  /** 本社所在地: the address of the recipient's head office. A field of the corporation in the API. */
  LOCATION("location", "本社所在地", true),
  /** 認定日: the day the subsidy was approved, YYYY-MM-DD. */
  DATE_OF_APPROVAL("date_of_approval", "認定日", false),
  /** 補助金等: the subsidy's title, such as 孤独・孤立対策推進交付金. */
  TITLE("title", "補助金等", false),
  /** 金額: the amount, in yen, written as digits in a string. */
  AMOUNT("amount", "金額", false),
  /** 対象: what or whom the subsidy was for. */
  TARGET("target", "対象", false),
  /** 府省: the ministry or agency that granted it. */
  GOVERNMENT_DEPARTMENTS("government_departments", "府省", false),
  /** 備考: a note (API v1 and the CSV). */
  NOTE("note", "備考", false),
  /** 連名リスト: the co-recipients (API v1: a list of names; the CSV: names separated by 、). */
  JOINT_SIGNATURES("joint_signatures", "連名リスト", false),
  /** 補助金財源: the source of the subsidy's funds (API v1 and the CSV). */
  SUBSIDY_RESOURCE("subsidy_resource", "補助金財源", false);

  /** The separator of co-recipients in the CSV's 連名リスト. */
  static final String CO_RECIPIENT_SEPARATOR = "、";

  private final String jsonName;
  private final String csvHeader;
  private final boolean ofCorporation;

  GBizInfoField(String jsonName, String csvHeader, boolean ofCorporation) {
    this.jsonName = jsonName;
    this.csvHeader = csvHeader;
    this.ofCorporation = ofCorporation;
  }

  /** The property's name in the API's JSON, such as {@code date_of_approval}. */
  public String getJsonName() {
    return jsonName;
  }

  /** The column's header in the bulk CSV, such as {@code 認定日}. */
  public String getCsvHeader() {
    return csvHeader;
  }

  /**
   * Whether the API gives the field once for the corporation ({@code hojin-infos[]}), not in each subsidy record
   * ({@code subsidy[]}); the CSV repeats it on every row.
   *
   * @return true for 法人番号, 法人名 and 本社所在地
   */
  public boolean isOfCorporation() {
    return ofCorporation;
  }
}
