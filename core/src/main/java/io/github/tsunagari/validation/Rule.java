package io.github.tsunagari.validation;

/**
 * The catalogue of validation rules. Each rule has a stable {@linkplain #getId() id}, a {@link Severity}, a
 * {@link RuleCategory} and a one-line description; README.md lists them all with the reasons behind them.
 *
 * <p>Rule ids never change meaning. Field constraints share one entry, {@link #FIELD_CONSTRAINT}; their findings carry
 * the id {@code field.} followed by the constraint's name, such as {@code field.NotBlank}. The rules of reading
 * ({@code read.*}) are the same for every format and binding, JSON through Jackson 2 or 3 and tables alike: their
 * findings have a path into the model and a {@link SourceLocation} of the format's kind (a line and column, a cell of a
 * sheet, a byte). They were {@code json.*} before 0.4 (see CHANGELOG.md).
 */
public enum Rule {
  /** A Jakarta Validation constraint on a field is broken (id {@code field.<Constraint>}). */
  FIELD_CONSTRAINT("field", Severity.ERROR, RuleCategory.FIELD,
      "A field breaks a Jakarta Validation constraint, such as a blank required text or a text over its length."),

  /** The input is not well-formed in its format, such as malformed JSON. */
  READ_SYNTAX("read.syntax", Severity.ERROR, RuleCategory.READING,
      "The input is not well-formed in its format (malformed JSON, bytes not of their encoding); reading stops here."),
  /** The input exceeds a reading limit ({@code io.github.tsunagari.read.ReadingLimits}). */
  READ_LIMIT("read.limit", Severity.ERROR, RuleCategory.READING,
      "The input exceeds a reading limit: nesting depth, text, property name, number, line, record or document"
          + " length, values of a document, problems."),
  /** A group of properties has one the format does not define. */
  READ_UNKNOWN_PROPERTY("read.unknown-property", Severity.ERROR, RuleCategory.READING,
      "A property (or column) the format does not define."),
  /** The same property is given twice. */
  READ_DUPLICATE_PROPERTY("read.duplicate-property", Severity.ERROR, RuleCategory.READING,
      "The same property is given twice."),
  /** A required property is missing. */
  READ_MISSING_PROPERTY("read.missing-property", Severity.ERROR, RuleCategory.READING,
      "A required property is missing."),
  /** A value has the wrong shape, such as a number where text belongs, or null. */
  READ_WRONG_TYPE("read.wrong-type", Severity.ERROR, RuleCategory.READING,
      "A value has the wrong shape, such as a number where text belongs, or null."),
  /** A value of the right shape cannot exist: a code that does not exist, a wrong check digit, a bad date. */
  READ_INVALID_VALUE("read.invalid-value", Severity.ERROR, RuleCategory.READING,
      "A value cannot exist: an unknown code or name, a wrong check digit, a malformed date."),
  /** An object's parts cannot stand together, such as a centre that is not among the area's prefectures. */
  READ_INVALID_OBJECT("read.invalid-object", Severity.ERROR, RuleCategory.READING,
      "An object's parts cannot stand together, such as an area centre that is not among its prefectures."),

  /** The project's area stays within one prefecture, against 「原則、一つの都道府県を超えた区域の事業が対象」. */
  SINGLE_PREFECTURE_AREA("eligibility.single-prefecture-area", Severity.WARNING, RuleCategory.ELIGIBILITY,
      "The project's area stays within one prefecture; in principle only projects beyond one prefecture are funded."),
  /** The project's area resolves to no region, so eligibility cannot be checked. */
  UNRESOLVED_AREA("eligibility.unresolved-area", Severity.WARNING, RuleCategory.ELIGIBILITY,
      "The project's area names no prefecture, municipality or named area, and is not nationwide."),

  /** Two grants share one position in the published list. */
  DUPLICATE_POSITION("consistency.duplicate-position", Severity.ERROR, RuleCategory.CONSISTENCY,
      "Two grants have the same position in the published list."),
  /** The same organisation receives two grants of one program. */
  DUPLICATE_ORGANIZATION("consistency.duplicate-organization", Severity.WARNING, RuleCategory.CONSISTENCY,
      "The same organisation (same corporate number, or same name and legal form) receives two grants."),
  /** A consortium's representative is not among its known members. */
  REPRESENTATIVE_NOT_MEMBER("consistency.representative-not-member", Severity.ERROR, RuleCategory.CONSISTENCY,
      "A consortium's representative is not among its known members."),
  /** A consortium has one known member and no unnamed ones. */
  SINGLE_MEMBER_CONSORTIUM("consistency.single-member-consortium", Severity.WARNING, RuleCategory.CONSISTENCY,
      "A consortium has only one member and no unnamed ones: it is a single organisation."),
  /** The number of grants differs from the number the program's own text states. */
  GRANTEE_COUNT_MISMATCH("consistency.grantee-count-mismatch", Severity.WARNING, RuleCategory.CONSISTENCY,
      "The program lists a different number of grants than its own text states."),

  /** A municipality or named area lies outside the prefectures the area lists. */
  REGION_OUTSIDE_AREA("area.region-outside-listed-prefectures", Severity.WARNING, RuleCategory.AREA,
      "A municipality or named area lies outside the prefectures the area lists (not checked for nationwide areas"
          + " or areas with unnamed prefectures)."),
  /** The area lists the same prefecture twice. */
  DUPLICATE_PREFECTURE("area.duplicate-prefecture", Severity.WARNING, RuleCategory.AREA,
      "The area lists the same prefecture more than once."),

  /** A grant or project date lies outside the program's fiscal year. */
  DATE_OUTSIDE_FISCAL_YEAR("dates.outside-fiscal-year", Severity.WARNING, RuleCategory.DATES,
      "A grant's award date or a project's start or end date lies outside the program's fiscal year."),
  /** A project ends before it starts. */
  END_BEFORE_START("dates.end-before-start", Severity.ERROR, RuleCategory.DATES,
      "A project's end date is before its start date."),
  /** The policy plan was decided after the fiscal year ended. */
  PLAN_AFTER_FISCAL_YEAR("dates.plan-after-fiscal-year", Severity.ERROR, RuleCategory.DATES,
      "The policy plan the program implements was decided after the program's fiscal year ended."),
  /** The Act came into force after the fiscal year ended. */
  LAW_AFTER_FISCAL_YEAR("dates.law-after-fiscal-year", Severity.ERROR, RuleCategory.DATES,
      "The Act the program rests on came into force after the program's fiscal year ended."),

  /** Text carries HTML markup, such as the {@code <p>} tags left in the source table. */
  MARKUP_IN_TEXT("text.markup", Severity.ERROR, RuleCategory.TEXT,
      "A text field contains HTML markup such as <p> or a comment <!-- -->, left over from another format."),
  /** Text holds a control character other than tab, line feed or carriage return. */
  CONTROL_CHARACTER_IN_TEXT("text.control-character", Severity.ERROR, RuleCategory.TEXT,
      "A text field contains a control character (other than tab and line breaks), such as NUL or ESC."),
  /** An organisation's name starts with a legal form. */
  LEGAL_FORM_IN_NAME("text.legal-form-in-name", Severity.WARNING, RuleCategory.TEXT,
      "An organisation's name starts with a legal form (特定非営利活動法人, NPO法人 …), which belongs in its own field."),

  /** A project's title is very long. */
  LONG_TITLE("usefulness.long-title", Severity.WARNING, RuleCategory.USEFULNESS,
      "A project's title is longer than " + Rule.LONG_TITLE_LENGTH + " characters."),
  /** A project's title is the same as its summary. */
  TITLE_EQUALS_SUMMARY("usefulness.title-equals-summary", Severity.WARNING, RuleCategory.USEFULNESS,
      "A project's title and summary are the same text."),
  /** A project names no support activity. */
  NO_ACTIVITY("usefulness.no-activity", Severity.WARNING, RuleCategory.USEFULNESS,
      "A project names no support activity."),
  /** A project names no target group. */
  NO_TARGET_GROUP("usefulness.no-target-group", Severity.INFO, RuleCategory.USEFULNESS,
      "A project names no target group."),

  // Added in 0.2 (ids are added at the end; renamed once only, the rules of reading in 0.4: see CHANGELOG.md).

  /** The area text and the regions the area lists say different things. */
  AREA_TEXT_DISAGREES("area.text-disagrees", Severity.WARNING, RuleCategory.AREA,
      "The area text names other prefectures (or 全国) than the area lists."),
  /** Text holds half of a character: a surrogate without its pair. */
  UNPAIRED_SURROGATE_IN_TEXT("text.unpaired-surrogate", Severity.ERROR, RuleCategory.TEXT,
      "A text field holds half of a character (a surrogate without its pair), which no encoding can write."),

  // Added in 0.3.

  /** A grant of nothing: the awarded amount is zero yen. */
  ZERO_AMOUNT("amount.zero", Severity.WARNING, RuleCategory.AMOUNTS,
      "The awarded amount is zero yen (360Giving's ZeroAmountTest)."),
  /** The awarded amount exceeds the ceiling of the grant's menu. */
  OVER_CEILING("amount.over-ceiling", Severity.ERROR, RuleCategory.AMOUNTS,
      "The awarded amount exceeds the ceiling (上限額) of the grant's menu."),
  /** The awarded amount exceeds the menu's rate of the eligible cost. */
  OVER_RATE("amount.over-rate", Severity.ERROR, RuleCategory.AMOUNTS,
      "The awarded amount exceeds the menu's subsidy rate times the eligible cost, rounded down to the yen."),
  /** The awards of a program sum to more than its budget. */
  OVER_BUDGET("amount.over-budget", Severity.WARNING, RuleCategory.AMOUNTS,
      "The awarded amounts of the program's grants sum to more than its budget (予算額)."),
  /** A grant names a menu the program does not list. */
  UNKNOWN_MENU("consistency.unknown-menu", Severity.ERROR, RuleCategory.CONSISTENCY,
      "A grant names a menu the program's menus do not include (checked where the program lists menus)."),
  /** A local government code is well-formed but names no local government of the bundled registry. */
  UNKNOWN_LOCAL_GOVERNMENT("area.unknown-local-government", Severity.WARNING, RuleCategory.AREA,
      "A local government code (of a municipality or a grantee) passes its check digit but names no local government"
          + " of the bundled registry."),
  /** Two grants have the same identifier. */
  DUPLICATE_GRANT_ID("consistency.duplicate-grant-id", Severity.ERROR, RuleCategory.CONSISTENCY,
      "Two grants have the same identifier."),
  /** A project's regrants sum to more than its awarded amount. */
  REGRANTS_OVER_GRANT("amount.regrants-over-grant", Severity.ERROR, RuleCategory.AMOUNTS,
      "The amounts a project passes on to other organisations (regrants) sum to more than its awarded amount."),
  /** The grantee is not of those the grant's menu is for (a local government in a menu for private groups, or the reverse). */
  APPLICANT_NOT_IN_MENU("eligibility.applicant-not-in-menu", Severity.ERROR, RuleCategory.ELIGIBILITY,
      "The grantee is a local government and the menu is for private groups only, or the reverse."),
  /** A local government grantee's corporate number is not the one its code gives. */
  LOCAL_GOVERNMENT_CORPORATE_NUMBER("consistency.local-government-corporate-number", Severity.ERROR,
      RuleCategory.CONSISTENCY, "A local government's corporate number is not the one its code gives (check digit,"
          + " 000020 and the code)."),
  /** A ward of a designated city receives a grant, though it is part of its city and no legal person. */
  WARD_GRANTEE("eligibility.ward-grantee", Severity.ERROR, RuleCategory.ELIGIBILITY,
      "A ward of a designated city (行政区) is the grantee; a ward is part of its city, which receives grants."),
  /** Two menus of a program have the same name, by which grants refer to them. */
  DUPLICATE_MENU("consistency.duplicate-menu", Severity.ERROR, RuleCategory.CONSISTENCY,
      "Two menus of the program have the same name, by which grants name their menu."),
  /** A local government's name, written with its code, is not the name the registry gives that code. */
  LOCAL_GOVERNMENT_NAME_MISMATCH("consistency.local-government-name", Severity.WARNING, RuleCategory.CONSISTENCY,
      "A municipality's or local-government grantee's name is not the name the bundled registry gives its code."),

  // Added in 0.5: the rules of reading tables (CSV, XLSX, the published sheet).

  /** The encoding a table was read in, given or detected: said, never silently chosen. */
  READ_ENCODING("read.encoding", Severity.INFO, RuleCategory.READING,
      "The encoding a table was read in: the one given, or the one detected (a byte order mark, or bytes that are not"
          + " UTF-8 but are Windows-31J)."),
  /** A table has no header row. */
  READ_NO_HEADER("read.no-header", Severity.ERROR, RuleCategory.READING,
      "The table has no header row: the file or sheet is empty."),
  /** A row has a value beyond the header's last column. */
  READ_RAGGED_ROW("read.ragged-row", Severity.ERROR, RuleCategory.READING,
      "A row has a value in a cell beyond the header's last column: no column names it."),
  /** Markup left in a published table was removed from a text. */
  READ_MARKUP_REMOVED("read.markup-removed", Severity.INFO, RuleCategory.READING,
      "HTML markup such as <p> left in a published table was removed from a text as it was read."),
  /** A spreadsheet cell holds a value as Excel stores it, which may not be what was meant. */
  READ_SPREADSHEET_VALUE("read.spreadsheet-value", Severity.WARNING, RuleCategory.READING,
      "A spreadsheet cell holds a number or date as Excel stores it where text or a code belongs (a code may have lost"
          + " its leading zeros); read as Excel shows it, never repaired."),

  // Added in 0.5: the reading of an area text (事業区域の記載) as real lists write it, one rule per kind of
  // io.github.tsunagari.region.AreaNote (ReadingFindings.areaNote).

  /** A label (参加対象:) or mark (※) in an area text was read as such, not as a place. */
  READ_AREA_LABEL_OR_MARK("read.area.label-or-mark", Severity.INFO, RuleCategory.READING,
      "A label (参加対象:) or mark (※) in an area text was read as such, not as a place."),
  /** A place below a municipality (養父市大屋町明延区) was read as that municipality, the place kept as a name. */
  READ_AREA_PLACE_WITHIN_MUNICIPALITY("read.area.place-within-municipality", Severity.INFO, RuleCategory.READING,
      "A place below a municipality (養父市大屋町明延区) was read as a named area made of that municipality."),
  /** A regional block (関東) in an area text was read as a named area of its prefectures. */
  READ_AREA_REGIONAL_BLOCK("read.area.regional-block", Severity.INFO, RuleCategory.READING,
      "A regional block (関東, 近畿 …) in an area text was read as a named area of its prefectures."),
  /** A municipality has a bracket that holds no prefecture (三原市(広島市)); it was read from its name alone. */
  READ_AREA_BRACKETED_PLACE_NOT_PREFECTURE("read.area.bracketed-place-not-prefecture", Severity.WARNING,
      RuleCategory.READING, "A municipality is followed by a bracket that holds no prefecture (三原市(広島市)); it was"
          + " read from its name alone."),
  /** An area text names an area without fixed members (北摂エリア alone), which is left out, not guessed. */
  READ_AREA_NAMED_AREA_WITHOUT_MEMBERS("read.area.named-area-without-members", Severity.WARNING,
      RuleCategory.READING, "An area text names an area without fixed members (北摂エリア, 十勝管内 alone); it is left"
          + " out of the area, not guessed."),
  /** An area text names a municipality several share, without its prefecture (府中市); it is left out. */
  READ_AREA_AMBIGUOUS_MUNICIPALITY("read.area.ambiguous-municipality", Severity.WARNING, RuleCategory.READING,
      "An area text names a municipality several local governments share (府中市) without the prefecture that tells"
          + " them apart; it is left out of the area, not guessed."),
  /** A part of an area text is no known region, label or mark; it is left out. */
  READ_AREA_UNKNOWN_PART("read.area.unknown-part", Severity.WARNING, RuleCategory.READING,
      "A part of an area text is no prefecture, municipality, named area, label or mark; it is left out of the area."),

  // Added in 0.7: exchanging data with other systems (tsunagari-interchange); facts the other system requires.

  /** A grant has no identifier of its own, and its program none to derive one from: 360Giving requires {@code id}. */
  EXPORT_360_NO_GRANT_ID("export.360giving.no-grant-id", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A grant has no identifier, nor its program one to derive it from; a 360Giving grant requires an id."),
  /** A grant has no awarded amount (交付決定額): 360Giving requires {@code amountAwarded}. */
  EXPORT_360_NO_AMOUNT("export.360giving.no-amount", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A grant has no awarded amount (交付決定額); a 360Giving grant requires amountAwarded."),
  /** A grant has no award date (交付決定日): 360Giving requires {@code awardDate}. */
  EXPORT_360_NO_AWARD_DATE("export.360giving.no-award-date", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A grant has no award date (交付決定日); a 360Giving grant requires awardDate."),
  /** The recipient has no known corporate number, so no organisation identifier ({@code JP-JCN-…}) can be given. */
  EXPORT_360_NO_RECIPIENT_ID("export.360giving.no-recipient-id", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A grant's recipient has no known corporate number (法人番号), so no JP-JCN organisation identifier; a 360Giving"
          + " grant requires recipientOrganization/0/id, and none is invented."),
  /** The funder was given without its corporate number, so no organisation identifier can be given. */
  EXPORT_360_NO_FUNDER_ID("export.360giving.no-funder-id", Severity.ERROR, RuleCategory.INTERCHANGE,
      "The funder was given without its corporate number (法人番号), so no JP-JCN organisation identifier; a 360Giving"
          + " grant requires fundingOrganization/0/id, and none is invented."),
  /** A grant that lacks a required fact was left out of a package written on request with what can be written. */
  EXPORT_360_GRANT_LEFT_OUT("export.360giving.grant-left-out", Severity.INFO, RuleCategory.INTERCHANGE,
      "A grant that lacks a fact 360Giving requires was left out of a package written with the grants that can be"
          + " written."),
  /**
   * A recipient without a known corporate number was given an identifier under the publisher's own 360Giving prefix
   * ({@code 360G-…-ORG-…}), as 360Giving advises for organisations without a registered one, on request.
   */
  EXPORT_360_LOCAL_RECIPIENT_ID("export.360giving.local-recipient-id", Severity.INFO, RuleCategory.INTERCHANGE,
      "A recipient without a known corporate number (法人番号) was given, on request, an identifier under the"
          + " publisher's own 360Giving prefix; it names no register."),

  // Added in 0.7: importing gBizINFO's subsidy records (tsunagari-interchange, package interchange.gbizinfo).

  /**
   * gBizINFO records of another subsidy than the program's were kept apart, not imported as grants: one finding per
   * record read whole, one per title with the number of its records read as a stream.
   */
  IMPORT_GBIZINFO_OTHER_SUBSIDY("import.gbizinfo.other-subsidy", Severity.INFO, RuleCategory.INTERCHANGE,
      "A gBizINFO record of another subsidy (its title, 補助金等, is none of the titles asked for) was kept apart, not"
          + " imported as a grant; read as a stream, one finding per title says how many."),
  /** A gBizINFO record gives no amount or award date (null, empty, or v2's string "Null"): the grant has none. */
  IMPORT_GBIZINFO_NO_VALUE("import.gbizinfo.no-value", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A gBizINFO record gives no amount or award date (null, empty, or API v2's string \"Null\"); the grant has none."),
  /** A gBizINFO field the model has no place for: its value is not carried into the grant. */
  IMPORT_GBIZINFO_NOT_CARRIED("import.gbizinfo.not-carried", Severity.INFO, RuleCategory.INTERCHANGE,
      "A gBizINFO field the model has no place for (府省, 備考, 補助金財源, 本社所在地 beyond its prefecture, a property"
          + " gBizINFO is not known to have); its value is not carried into the grant."),
  /** The recipient's name names no legal form the model knows: no organisation can be made of it. */
  IMPORT_GBIZINFO_NO_LEGAL_FORM("import.gbizinfo.no-legal-form", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A gBizINFO recipient's name (法人名) names no legal form the model knows, so no organisation can be made of it;"
          + " the record is not imported."),
  /** A co-recipient (連名) names no legal form the model knows: it is an unnamed member of the consortium. */
  IMPORT_GBIZINFO_UNREAD_CO_RECIPIENT("import.gbizinfo.unread-co-recipient", Severity.WARNING,
      RuleCategory.INTERCHANGE, "A gBizINFO co-recipient (連名) names no legal form the model knows; it is counted as an"
          + " unnamed member of the consortium, its name not carried."),

  // Added in 0.7: importing jGrants' calls (tsunagari-interchange, package interchange.jgrants).

  /** A jGrants call's subsidy rate is no rate the model reads: the menu has none, none is guessed. */
  IMPORT_JGRANTS_UNREAD_RATE("import.jgrants.unread-rate", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A jGrants call's subsidy_rate is no rate the model reads (2/3, 3分の2, 1/2以内, 20%); the menu has no rate, and"
          + " none is guessed."),
  /** A part of a jGrants call's target area names no prefecture: it is left out of the area. */
  IMPORT_JGRANTS_UNKNOWN_AREA("import.jgrants.unknown-area", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A part of a jGrants call's target_area_search names no prefecture and is not 全国; it is left out of the area."),
  /** A jGrants field the model has no place for: its value is not carried. */
  IMPORT_JGRANTS_NOT_CARRIED("import.jgrants.not-carried", Severity.INFO, RuleCategory.INTERCHANGE,
      "A jGrants field the model has no place for, with a value; it is not carried into the call read."),
  /** A jGrants call's acceptance period ends before it starts: carried as written, said. */
  IMPORT_JGRANTS_ACCEPTANCE_END_BEFORE_START("import.jgrants.acceptance-end-before-start", Severity.WARNING,
      RuleCategory.INTERCHANGE, "A jGrants call's acceptance_end_datetime is before its acceptance_start_datetime; the"
          + " period is carried as written, not repaired."),

  // Added in 0.7: importing the RS system's spending table (行政事業レビュー, 5-1 支出先_支出情報; interchange.rs).

  /** The RS spending table lacks a column the import needs. */
  IMPORT_RS_MISSING_COLUMN("import.rs.missing-column", Severity.ERROR, RuleCategory.INTERCHANGE,
      "The RS spending table (5-1 支出先_支出情報) lacks a column the import needs; nothing is imported."),
  /** The RS spending table has a column the import does not know; it is not carried. */
  IMPORT_RS_UNKNOWN_COLUMN("import.rs.unknown-column", Severity.INFO, RuleCategory.INTERCHANGE,
      "The RS spending table has a column the import does not know; its values are not carried into the model."),
  /** Columns of the RS spending table that the model has no place for, and that have values: not carried. */
  IMPORT_RS_COLUMNS_NOT_CARRIED("import.rs.columns-not-carried", Severity.INFO, RuleCategory.INTERCHANGE,
      "Known columns of the RS spending table have values for the project that the model has no place for (契約方式等,"
          + " 府省庁 …); they are not carried."),
  /** A ZIP file holds no RS spending table (5-1), or more than one. */
  IMPORT_RS_NO_SPENDING_TABLE("import.rs.no-spending-table", Severity.ERROR, RuleCategory.INTERCHANGE,
      "The ZIP file holds no entry named as the RS spending table (5-1_…csv), or more than one; nothing is imported."),
  /** No row of the RS spending table belongs to the 予算事業 asked for. */
  IMPORT_RS_PROJECT_NOT_FOUND("import.rs.project-not-found", Severity.ERROR, RuleCategory.INTERCHANGE,
      "No row of the RS spending table belongs to the budget project (予算事業) asked for by its ID or name."),
  /** The 事業名 asked for names more than one 予算事業. */
  IMPORT_RS_AMBIGUOUS_PROJECT_NAME("import.rs.ambiguous-project-name", Severity.ERROR, RuleCategory.INTERCHANGE,
      "The project name (事業名) asked for belongs to more than one budget project ID; ask by ID."),
  /** Rows of other 予算事業 were skipped, and counted. */
  IMPORT_RS_OTHER_PROJECT_ROWS("import.rs.other-project-rows", Severity.INFO, RuleCategory.INTERCHANGE,
      "Rows of other budget projects (予算事業) than the one asked for were skipped; how many is said."),
  /** A 法人番号 is not 13 digits with a correct check digit; the recipient is carried without it, never repaired. */
  IMPORT_RS_INVALID_CORPORATE_NUMBER("import.rs.invalid-corporate-number", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A recipient's corporate number (法人番号) is not 13 digits with a correct check digit; the recipient is carried"
          + " without it, never repaired."),
  /** An amount cell is not an amount of yen. */
  IMPORT_RS_INVALID_AMOUNT("import.rs.invalid-amount", Severity.ERROR, RuleCategory.INTERCHANGE,
      "An amount cell (金額, 支出先の合計支出額, ブロックの合計支出額) is not an amount of yen, or brings a recipient's"
          + " contracts to a sum past the most yen can hold; it is not carried."),
  /** A recipient the model cannot take as a grantee: no legal form, no local government; left out and said. */
  IMPORT_RS_RECIPIENT_NOT_CARRIED("import.rs.recipient-not-carried", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A recipient (支出先) names no legal form the model knows, nor a local government (民間企業等, a ministry); it is"
          + " left out of the grants, with its amount said."),
  /** The amounts of a block's recipients do not sum to the block's total as the table states it. */
  IMPORT_RS_BLOCK_TOTAL_MISMATCH("import.rs.block-total-mismatch", Severity.WARNING, RuleCategory.INTERCHANGE,
      "The amounts of a spending block's recipients do not sum to the block's total (ブロックの合計支出額)."),
  /** A block's role says it receives money passed on, but not from which grant: its recipients are left out. */
  IMPORT_RS_REGRANT_SOURCE_UNKNOWN("import.rs.regrant-source-unknown", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A spending block's role or name says its money is passed on (再委託, 再補助 …), but not from which grant (only"
          + " where exactly one earlier block passes no money on and has one recipient is it told); its recipients are"
          + " left out of the grants, named with their amounts, never counted twice."),
  /** The fiscal year cannot be told: no 事業年度 column, no year in the entry's name, none given. */
  IMPORT_RS_NO_FISCAL_YEAR("import.rs.no-fiscal-year", Severity.ERROR, RuleCategory.INTERCHANGE,
      "The fiscal year of the spending cannot be told: the table has no 事業年度, the ZIP entry's name no RS_<year>, and"
          + " none was given; nothing is imported."),
  /** A 事業年度 (or the {@code RS_<year>} of a name) is no year of a review the import reads; it is not used. */
  IMPORT_RS_INVALID_REVIEW_YEAR("import.rs.invalid-review-year", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A 事業年度 cell, or the RS_<year> of the entry's name, is no year of a review the import reads (2000 to 9998,"
          + " as 2024, 2024年度 or 令和6年度); it is not used."),
  /** A cell repeated on a project's, block's or recipient's rows states another value than before: said, not carried. */
  IMPORT_RS_CONFLICTING_VALUE("import.rs.conflicting-value", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A cell repeated on the rows of one project, spending block or recipient (事業年度, 支出先ブロック名, 事業を行う上での"
          + "役割, ブロックの合計支出額, 所在地, 法人種別, 支出先の合計支出額) states a value other than the first; the first is"
          + " carried."),
  // Added in 0.7: dates against the reference date (GrantValidator.withClock), after 360Giving's quality checks.

  /** An award date (交付決定日) after the reference date: an award not made yet (360Giving's PostDatedAwardDates). */
  AWARD_DATE_IN_FUTURE("dates.award-in-future", Severity.WARNING, RuleCategory.DATES,
      "A grant's award date (交付決定日) is after the reference date (today, unless the validator is given a clock)."),
  /** A project date far in the future (360Giving's FarFuturePlannedDates). */
  FAR_FUTURE_DATE("dates.far-future", Severity.WARNING, RuleCategory.DATES,
      "A project's start or end date is more than " + Rule.FAR_FUTURE_YEARS + " years after the reference date."),
  /** A grant or project date far in the past (360Giving's FarPastDates). */
  FAR_PAST_DATE("dates.far-past", Severity.WARNING, RuleCategory.DATES,
      "A grant's award date or a project's start or end date is more than " + Rule.FAR_PAST_YEARS + " years before"
          + " the reference date."),

  // Added in 0.7: reading a 360Giving package (tsunagari-interchange); what cannot be carried over into the model.

  /** A grant's amounts are in a currency other than the yen: not carried over, never converted. */
  IMPORT_360_CURRENCY("import.360giving.currency", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A 360Giving grant's amounts are in a currency other than JPY; the model holds yen, so they are not carried over"
          + " (never converted)."),
  /** A recipient's identifier is not a Japanese corporate number ({@code JP-JCN-…}): not carried over. */
  IMPORT_360_ORGANIZATION_ID("import.360giving.organization-id", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A 360Giving recipient's identifier is not a Japanese corporate number (JP-JCN-); the model keeps corporate"
          + " numbers only, so it is not carried over, and none is invented."),
  /** A recipient is neither an organisation with a Japanese legal form nor a local government: the grant is not read. */
  IMPORT_360_RECIPIENT("import.360giving.recipient", Severity.ERROR, RuleCategory.INTERCHANGE,
      "A 360Giving grant's recipient is neither an organisation whose name gives a Japanese legal form (法人格) nor a"
          + " local government (nor an organisation at all); the model requires one and none is guessed."),
  /** A grant's id holds characters a grant identifier cannot: not carried over. */
  IMPORT_360_GRANT_ID("import.360giving.grant-id", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A 360Giving grant id holds characters the model's identifiers do not allow (spaces, slashes, non-ASCII); it is"
          + " not carried over."),
  /** A beneficiary location is no prefecture or municipality by its local-government code: left out of the area. */
  IMPORT_360_LOCATION("import.360giving.location", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A 360Giving beneficiary location is no Japanese prefecture or municipality by its local-government code (or"
          + " another country's, or its scope disagrees with the locations); it is left out of the service area."),
  /** A field of a 360Giving grant has no place in the model: said once per package, at its first grant. */
  IMPORT_360_UNMAPPED_FIELD("import.360giving.unmapped-field", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A 360Giving field has no place in the model and is not carried over; said once per package, at its first"
          + " grant."),
  /** The funder of a package's grants is not kept by the model's grants: said once per funder. */
  IMPORT_360_FUNDER("import.360giving.funder", Severity.INFO, RuleCategory.INTERCHANGE,
      "The funder of a 360Giving package's grants is not carried over: the model's grants hold no funder (the"
          + " exporter is given it)."),
  /** A package names more than one funder. */
  IMPORT_360_SEVERAL_FUNDERS("import.360giving.several-funders", Severity.WARNING, RuleCategory.INTERCHANGE,
      "A 360Giving package names more than one funder: the grants read do not say which funded them."),
  /** The grant programme of a package's grants is not kept by the model's grants: said once per programme. */
  IMPORT_360_PROGRAMME("import.360giving.programme", Severity.INFO, RuleCategory.INTERCHANGE,
      "The grant programme of 360Giving grants is not carried over: the grants read hold no program.");

  /** Titles longer than this many characters are reported by {@link #LONG_TITLE}. */
  public static final int LONG_TITLE_LENGTH = 100;

  /**
   * Project dates more than this many years after the reference date are reported by {@link #FAR_FUTURE_DATE}, as
   * 360Giving's FarFuturePlannedDates reports planned dates.
   */
  public static final int FAR_FUTURE_YEARS = 12;

  /**
   * Grant and project dates more than this many years before the reference date are reported by
   * {@link #FAR_PAST_DATE}, as 360Giving's FarPastDates reports them.
   */
  public static final int FAR_PAST_YEARS = 25;

  private final String id;
  private final Severity severity;
  private final RuleCategory category;
  private final String description;

  Rule(String id, Severity severity, RuleCategory category, String description) {
    this.id = id;
    this.severity = severity;
    this.category = category;
    this.description = description;
  }

  /** The stable id, such as {@code eligibility.single-prefecture-area}. */
  public String getId() {
    return id;
  }

  /** The severity of the rule's findings. */
  public Severity getSeverity() {
    return severity;
  }

  /** What the rule looks at. */
  public RuleCategory getCategory() {
    return category;
  }

  /** A one-line description in English. */
  public String getDescription() {
    return description;
  }
}
