package io.github.tsunagari.internal;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.InvalidValueException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Looks up an enum constant by its constant name or its Japanese name, exactly first and then after
 * {@link Text#normalize} (and in upper case, for constant names written in lower case), and refuses other text with
 * an {@link InvalidValueException} that lists the accepted names. Not part of the API.
 *
 * @param <E> the enum
 */
public final class Names<E extends Enum<E> & Bilingual> {
  private final Map<String, E> byName = new HashMap<>();
  private final InvalidValueException.Subject subject;
  private final String accepted;

  /**
   * Indexes the constants of an enum.
   *
   * @param type the enum
   * @param subject what its constants are, for the exception
   */
  public Names(Class<E> type, InvalidValueException.Subject subject) {
    this.subject = subject;
    StringJoiner list = new StringJoiner(", ");
    for (E e : type.getEnumConstants()) {
      byName.put(e.name(), e);
      byName.put(e.getJapaneseName(), e);
      list.add(e.name() + " (" + e.getJapaneseName() + ")");
    }
    this.accepted = list.toString();
  }

  /**
   * The constant the text names, if any.
   *
   * @param text the text
   * @return the constant
   */
  public Optional<E> find(CharSequence text) {
    return Optional.ofNullable(lookUp(text));
  }

  /** The constant, or null: {@link #parse} runs for every code read, without an Optional. */
  private E lookUp(CharSequence text) {
    E exact = byName.get(text instanceof String ? text : String.valueOf(text));
    if (exact != null) {
      return exact; // the common case: nothing to normalise
    }
    String s = Text.normalize(text, "name");
    E found = byName.get(s);
    return found != null ? found : byName.get(s.toUpperCase(Locale.ROOT));
  }

  /**
   * The constant the text names.
   *
   * @param text the text
   * @return the constant
   * @throws InvalidValueException with {@code UNKNOWN_NAME} and the accepted names, if the text names none
   * @throws NullPointerException if text is null
   */
  public E parse(CharSequence text) {
    E e = lookUp(text);
    if (e == null) {
      throw InvalidValueException.of(subject, InvalidValueException.Reason.UNKNOWN_NAME, text, accepted);
    }
    return e;
  }
}
