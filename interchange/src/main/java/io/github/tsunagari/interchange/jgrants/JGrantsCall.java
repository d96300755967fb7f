package io.github.tsunagari.interchange.jgrants;

import io.github.tsunagari.program.Menu;
import io.github.tsunagari.region.ServiceArea;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A call for applications (公募) as jGrants publishes it: the model's {@link Menu} with the terms the call states (its
 * ceiling, 上限額, and rate, 補助率), the target area (対象地域) as the model's area of prefectures or 全国, and when
 * applications are accepted (受付期間). jGrants publishes calls, not awards. Immutable.
 */
public final class JGrantsCall {
  private final Optional<String> id;
  private final Menu menu;
  private final Optional<ServiceArea> targetArea;
  private final Optional<OffsetDateTime> acceptanceStart;
  private final Optional<OffsetDateTime> acceptanceEnd;

  JGrantsCall(Optional<String> id, Menu menu, Optional<ServiceArea> targetArea,
      Optional<OffsetDateTime> acceptanceStart, Optional<OffsetDateTime> acceptanceEnd) {
    this.id = id;
    this.menu = Objects.requireNonNull(menu, "menu");
    this.targetArea = targetArea;
    this.acceptanceStart = acceptanceStart;
    this.acceptanceEnd = acceptanceEnd;
  }

  /** jGrants' identifier of the call ({@code id}), where given. */
  public Optional<String> getId() {
    return id;
  }

  /** The menu (事業メニュー): named by the call's title, with its ceiling and rate where the call states them. */
  public Menu getMenu() {
    return menu;
  }

  /**
   * The target area (対象地域): the prefectures {@code target_area_search} names, nationwide for 全国, with the text as
   * written; empty where the call gives none or names no place the model knows.
   */
  public Optional<ServiceArea> getTargetArea() {
    return targetArea;
  }

  /** When applications open ({@code acceptance_start_datetime}), where given. */
  public Optional<OffsetDateTime> getAcceptanceStart() {
    return acceptanceStart;
  }

  /** When applications close ({@code acceptance_end_datetime}), where given. */
  public Optional<OffsetDateTime> getAcceptanceEnd() {
    return acceptanceEnd;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JGrantsCall)) {
      return false;
    }
    JGrantsCall c = (JGrantsCall) o;
    return id.equals(c.id) && menu.equals(c.menu) && targetArea.equals(c.targetArea)
        && acceptanceStart.equals(c.acceptanceStart) && acceptanceEnd.equals(c.acceptanceEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, menu, targetArea, acceptanceStart, acceptanceEnd);
  }

  @Override
  public String toString() {
    return "call " + id.orElse("") + ": " + menu + targetArea.map(a -> " in " + a.getText()).orElse("");
  }
}
