package io.github.tsunagari.interchange.jgrants;

import io.github.tsunagari.program.Menu;
import io.github.tsunagari.region.ServiceArea;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A call for applications (公募) as jGrants publishes it: the model's {@link Menu} with the terms the call states (its
 * ceiling, 上限額, and rate, 補助率), the target area (対象地域) as the model's area of prefectures or 全国, and when
 * applications are accepted (受付期間), with where in the document it was read ({@link #getPointer()}). jGrants
 * publishes calls, not awards. Immutable.
 */
public final class JGrantsCall {
  private final String pointer;
  private final Optional<String> id;
  private final Optional<String> name;
  private final Menu menu;
  private final Optional<ServiceArea> targetArea;
  private final Optional<OffsetDateTime> acceptanceStart;
  private final Optional<OffsetDateTime> acceptanceEnd;

  JGrantsCall(String pointer, Optional<String> id, Optional<String> name, Menu menu, Optional<ServiceArea> targetArea,
      Optional<OffsetDateTime> acceptanceStart, Optional<OffsetDateTime> acceptanceEnd) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.id = id;
    this.name = name;
    this.menu = Objects.requireNonNull(menu, "menu");
    this.targetArea = targetArea;
    this.acceptanceStart = acceptanceStart;
    this.acceptanceEnd = acceptanceEnd;
  }

  /** jGrants' identifier of the call ({@code id}), where given. */
  public Optional<String> getId() {
    return id;
  }

  /**
   * Where the call was read: the JSON pointer of its object in the document, such as {@code /result/3} ({@code ""} for
   * a detail whose root is the call). The list of calls read leaves out those that cannot be read, so its positions
   * are not the document's: this is.
   */
  public String getPointer() {
    return pointer;
  }

  /** jGrants' management number of the call ({@code name}, such as {@code S-00000001}), where given. */
  public Optional<String> getName() {
    return name;
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
    return pointer.equals(c.pointer) && id.equals(c.id) && name.equals(c.name) && menu.equals(c.menu) && targetArea.equals(c.targetArea)
        && acceptanceStart.equals(c.acceptanceStart) && acceptanceEnd.equals(c.acceptanceEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, id, name, menu, targetArea, acceptanceStart, acceptanceEnd);
  }

  @Override
  public String toString() {
    return "call " + id.orElse("") + " at " + pointer + ": " + menu + targetArea.map(a -> " in " + a.getText()).orElse("");
  }
}
