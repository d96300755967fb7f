package io.github.tsunagari.program;

import io.github.tsunagari.activity.SupportActivity;
import io.github.tsunagari.activity.TargetGroup;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.region.ServiceArea;
import io.github.tsunagari.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A funded project (事業): its title (事業名), summary (概要), {@link ServiceArea} (事業区域), the support activities
 * it runs, the groups it is for, and, where the source gives them, the amount awarded, the eligible cost and the planned dates.
 *
 * <pre>{@code
 * Project p = Project.builder()
 *     .title("NPOメンタリングプログラム")
 *     .summary("…")
 *     .serviceArea(ServiceArea.nationwide())
 *     .addActivity(SupportActivity.of(SupportActivityKind.MENTORING))
 *     .addTargetGroup(TargetGroup.NPOS)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Project {
  /**
   * The longest title the model's constraint allows ({@code field.TextLength}, an error). Titles well below it are already
   * reported as hard to list: {@code usefulness.long-title} warns above {@code Rule.LONG_TITLE_LENGTH} (100)
   * characters.
   */
  public static final int MAX_TITLE_LENGTH = 300;

  Project() {}

  /** The project's title as written. */
  @NotBlank
  @TextLength(max = MAX_TITLE_LENGTH)
  public abstract String getTitle();

  /** The summary as written. */
  @NotBlank
  @TextLength(max = 5000)
  public abstract String getSummary();

  /** The area the project serves. */
  @Valid
  public abstract ServiceArea getServiceArea();

  /** The support activities the project runs, in the order the summary names them. */
  public abstract List<@Valid SupportActivity> getActivities();

  /** The groups the project's support is for, in the order the summary names them. */
  public abstract List<TargetGroup> getTargetGroups();

  /** The amount awarded (交付決定額), where the source gives it. */
  public abstract Optional<Yen> getAwardedAmount();

  /** The eligible cost (補助対象経費) the amount was awarded for, where the source gives it. */
  public abstract Optional<Yen> getEligibleCost();

  /** The amount applied for (申請額), where the source gives it. */
  public abstract Optional<Yen> getAppliedAmount();

  /** What the project passes on to other organisations (再助成, 支援先団体), where the source says. */
  public abstract List<@Valid Regrant> getRegrants();

  /** The planned first day of the project, where the source gives it. */
  public abstract Optional<LocalDate> getStartDate();

  /** The planned last day of the project, where the source gives it. */
  public abstract Optional<LocalDate> getEndDate();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
