package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a user would write by hand instead of the library: plain Java records of the same shape as the canonical JSON,
 * read with Jackson databind and validated with Hibernate Validator, with the model's field constraints. Codes stay
 * strings: nothing checks a prefecture, a check digit or a fiscal year.
 */
final class PlainRecords {
  private PlainRecords() {}

  record Grant(
      String id,
      @Min(1) int position,
      @NotNull @Valid Grantee grantee,
      @NotNull @Valid Project project,
      String awardDate,
      String menu) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Organization.class, name = "organization"),
      @JsonSubTypes.Type(value = Consortium.class, name = "consortium")})
  interface Grantee {}

  record Organization(
      @NotBlank @Size(max = 200) String name,
      @NotNull String legalForm,
      String headOffice,
      String corporateNumber,
      String npoCertification) implements Grantee {}

  record Member(
      @NotBlank @Size(max = 200) String name,
      @NotNull String legalForm,
      String headOffice,
      String corporateNumber,
      String npoCertification) {}

  record Consortium(
      @Size(max = 200) String name,
      @NotNull @Valid Member representative,
      List<@Valid Member> members,
      boolean unnamedMembers) implements Grantee {}

  record Project(
      @NotBlank @Size(max = 300) String title,
      @NotBlank @Size(max = 5000) String summary,
      @NotNull @Valid ServiceArea serviceArea,
      List<@Valid Activity> activities,
      List<String> targetGroups,
      String awardedAmount, // a number, or the Japanese form with its tax statement: no plain number type holds both
      String eligibleCost,
      String appliedAmount,
      List<@Valid Regrant> regrants,
      String startDate,
      String endDate) {}

  record Regrant(
      @Size(max = 200) String recipient,
      String corporateNumber,
      @Min(1) Integer count,
      String amount,
      @Size(max = 1000) String description) {}

  record ServiceArea(
      @NotBlank @Size(max = 500) String text,
      List<String> prefectures,
      boolean nationwide,
      String center,
      boolean unnamedPrefectures,
      List<@Valid Municipality> municipalities,
      List<@Valid NamedArea> namedAreas) {}

  record NamedArea(
      @NotBlank @Size(max = 100) String name,
      List<String> prefectures,
      List<@Valid Municipality> municipalities) {}

  record Municipality(@NotNull String code, @NotBlank @Size(max = 100) String name) {}

  record Activity(@NotNull String kind, String delivery, @Size(max = 1000) String description) {}
}
