package io.github.tsunagari.interchange.threesixtygiving;

/**
 * The mapping of the model to a 360Giving grant, one constant per field written: where the value comes from in the
 * model, and its path in the grant (flatten-tool's form: {@code recipientOrganization/0/id}; {@code *} stands for each
 * of several locations). The exporter writes these fields and no other; README's table "Exchanging data" is checked
 * against this list.
 */
public enum GivingField {
  /** The grant's identifier after the publisher's prefix. */
  ID("id", "the grant's id, or else the program's id and the grant's position (`GrantProgram.identifierOf`), after"
      + " the publisher's 360G- prefix and a hyphen"),
  /** The project's title. */
  TITLE("title", "the project's title (事業名)"),
  /** The project's summary. */
  DESCRIPTION("description", "the project's summary (事業概要)"),
  /** The currency, always yen. */
  CURRENCY("currency", "`JPY`, always"),
  /** The awarded amount. */
  AMOUNT_AWARDED("amountAwarded", "the project's awarded amount (交付決定額), in yen"),
  /** The amount applied for. */
  AMOUNT_APPLIED_FOR("amountAppliedFor", "the project's applied amount (申請額), where given"),
  /** The award date. */
  AWARD_DATE("awardDate", "the grant's award date (交付決定日)"),
  /** The project's planned start. */
  PLANNED_START("plannedDates/0/startDate", "the project's start date, where given"),
  /** The project's planned end. */
  PLANNED_END("plannedDates/0/endDate", "the project's end date, where given"),
  /** The recipient's organisation identifier. */
  RECIPIENT_ID("recipientOrganization/0/id", "the recipient's corporate number as `JP-JCN-<13 digits>` (a"
      + " consortium's representative's; a local government's the one its code gives)"),
  /** The recipient's name. */
  RECIPIENT_NAME("recipientOrganization/0/name", "the recipient's name (`Grantee.getRecipientName`)"),
  /** The funder's organisation identifier. */
  FUNDER_ID("fundingOrganization/0/id", "the exporter's funder: its corporate number as `JP-JCN-<13 digits>`"),
  /** The funder's name. */
  FUNDER_NAME("fundingOrganization/0/name", "the exporter's funder: its name"),
  /** The program's identifier. */
  PROGRAMME_CODE("grantProgramme/0/code", "the program's id, where given"),
  /** The program's name and strand. */
  PROGRAMME_TITLE("grantProgramme/0/title", "the program's name, and its strand (事業区分) after a space"),
  /** The name of each place served. */
  LOCATION_NAME("beneficiaryLocation/*/name", "each prefecture and municipality of the service area (its named"
      + " areas' too), by name; `全国` for a nationwide area"),
  /** The local-government code of each place served. */
  LOCATION_CODE("beneficiaryLocation/*/geoCode", "their local-government code (全国地方公共団体コード, six digits);"
      + " no `geoCodeType`, whose codelist is the UK's"),
  /** The country of each place served. */
  LOCATION_COUNTRY("beneficiaryLocation/*/countryCode", "`JP`"),
  /** How wide the service area is. */
  LOCATION_SCOPE("locationScope", "the service area's widest level: `GLS030` nationwide, `GLS040` a prefecture,"
      + " `GLS050` a municipality");

  private final String path;
  private final String source;

  GivingField(String path, String source) {
    this.path = path;
    this.source = source;
  }

  /** The path in a 360Giving grant, such as {@code recipientOrganization/0/id}. */
  public String getPath() {
    return path;
  }

  /** Where the value comes from in the model, in English (Markdown). */
  public String getSource() {
    return source;
  }
}
