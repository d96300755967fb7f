package io.github.tsunagari.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks up an enum constant by its constant name or its Japanese name, exactly first and then after
 * {@link Text#normalize} (and in upper case, for constant names written in lower case). Not part of the API.
 *
 * @param <E> the enum
 */
public final class Names<E extends Enum<E>> {
  private final Map<String, E> byName = new HashMap<>();

  /**
   * Indexes the constants of an enum.
   *
   * @param type the enum
   * @param japaneseName the Japanese name of a constant
   */
  public Names(Class<E> type, Function<E, String> japaneseName) {
    for (E e : type.getEnumConstants()) {
      byName.put(e.name(), e);
      byName.put(japaneseName.apply(e), e);
    }
  }

  /**
   * The constant the text names, if any.
   *
   * @param text the text
   * @return the constant
   */
  public Optional<E> find(CharSequence text) {
    E exact = byName.get(text instanceof String ? text : String.valueOf(text));
    if (exact != null) {
      return Optional.of(exact); // the common case: nothing to normalise
    }
    String s = Text.normalize(text, "name");
    E found = byName.get(s);
    return Optional.ofNullable(found != null ? found : byName.get(s.toUpperCase(Locale.ROOT)));
  }
}
