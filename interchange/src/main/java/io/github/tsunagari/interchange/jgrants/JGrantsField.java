package io.github.tsunagari.interchange.jgrants;

/**
 * The fields of a jGrants call (公募) as its public API writes them (the list {@code /subsidies} and the detail
 * {@code /subsidies/id/{id}}), and what the import makes of each: the mapping, said once.
 *
 * <p>Source: the Digital Agency's API documentation as summarised in the project's domain notes (base
 * {@code https://api.jgrants-portal.go.jp/exp/v1/public}); that {@code title} is the call's display name and
 * {@code name} a management number is known from third-party code only.
 */
public enum JGrantsField {
  /** {@code id}: the call's identifier. Carried ({@link JGrantsCall#getId()}). */
  ID("id", true),
  /**
   * {@code name}: a management number. Carried ({@link JGrantsCall#getName()}); the menu's name where the call has no
   * title.
   */
  NAME("name", true),
  /** {@code title}: the call's title, the menu's name (事業メニュー名). */
  TITLE("title", true),
  /** {@code target_area_search}: the areas, " / " between them; prefectures and 全国 carried. */
  TARGET_AREA_SEARCH("target_area_search", true),
  /** {@code subsidy_max_limit}: the ceiling (上限額), a number of yen. Carried ({@code Menu.getCeiling()}). */
  SUBSIDY_MAX_LIMIT("subsidy_max_limit", true),
  /** {@code subsidy_rate}: the rate (補助率), free text such as 1/2以内 or 20%. Carried where the model reads it. */
  SUBSIDY_RATE("subsidy_rate", true),
  /** {@code acceptance_start_datetime}: when applications open. Carried. */
  ACCEPTANCE_START_DATETIME("acceptance_start_datetime", true),
  /** {@code acceptance_end_datetime}: when applications close. Carried. */
  ACCEPTANCE_END_DATETIME("acceptance_end_datetime", true),
  /** {@code target_number_of_employees}: the size of applicants. Not carried. */
  TARGET_NUMBER_OF_EMPLOYEES("target_number_of_employees", false),
  /** {@code subsidy_catch_phrase}: a catch phrase (detail). Not carried. */
  SUBSIDY_CATCH_PHRASE("subsidy_catch_phrase", false),
  /** {@code detail}: the call's text (detail). Not carried. */
  DETAIL("detail", false),
  /** {@code use_purpose}: what the money may be used for (detail). Not carried. */
  USE_PURPOSE("use_purpose", false),
  /** {@code industry}: the industries (detail). Not carried. */
  INDUSTRY("industry", false),
  /** {@code target_area_detail}: the areas in words (detail). Not carried. */
  TARGET_AREA_DETAIL("target_area_detail", false),
  /** {@code project_end_deadline}: when projects must end (detail). Not carried. */
  PROJECT_END_DEADLINE("project_end_deadline", false);

  private final String jsonName;
  private final boolean carried;

  JGrantsField(String jsonName, boolean carried) {
    this.jsonName = jsonName;
    this.carried = carried;
  }

  /** The property's name in the API's JSON. */
  public String getJsonName() {
    return jsonName;
  }

  /** Whether the import carries the value; one that is not carried is said ({@code import.jgrants.not-carried}). */
  public boolean isCarried() {
    return carried;
  }
}
