package io.github.tsunagari.program;

import io.github.tsunagari.InvalidValueException;
import io.github.tsunagari.InvalidValueException.Reason;
import io.github.tsunagari.InvalidValueException.Subject;
import io.github.tsunagari.internal.Text;
import java.util.Objects;

/**
 * An identifier of a grant program or a grant (識別子) that can be written as a 360Giving-style id: a publisher's prefix
 * and the id, made of ASCII letters, digits and {@code - _ . :} only, with no spaces or slashes, at most 200
 * characters, such as {@code 360G-example-FY2024-5}.
 *
 * <pre>{@code
 * Identifier program = Identifier.of("kodoku-FY2024");
 * program.child("5");                  // kodoku-FY2024-5: the stable id of the grant at position 5
 * program.withPrefix("360G-example-"); // 360G-example-kodoku-FY2024
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe, compared by their text.
 */
public final class Identifier implements Comparable<Identifier> {
  /** The longest identifier, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final String EXAMPLE = "360G-example-FY2024-5";

  private final String value;

  private Identifier(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier with exactly this text.
   *
   * @param value ASCII letters, digits and {@code - _ . :}, 1 to 200 characters, starting with a letter or digit
   * @return the identifier
   * @throws InvalidValueException if the text is empty ({@code BLANK}), too long ({@code OUT_OF_RANGE}) or holds
   *     any other character, a space or a slash among them ({@code MALFORMED})
   */
  public static Identifier of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw InvalidValueException.of(Subject.IDENTIFIER, Reason.BLANK, value);
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidValueException.of(Subject.IDENTIFIER, Reason.OUT_OF_RANGE, value, 1, MAX_LENGTH);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alphanumeric && (i == 0 || c != '-' && c != '_' && c != '.' && c != ':')) {
        throw InvalidValueException.of(Subject.IDENTIFIER, Reason.MALFORMED, value, EXAMPLE);
      }
    }
    return new Identifier(value);
  }

  /**
   * Reads an identifier: surrounding white space is removed and full-width ASCII characters (letters, digits,
   * {@code - _ . :}) are read as ASCII;
   * nothing else is changed (a space or slash inside is refused, not removed).
   *
   * @param text the text
   * @return the identifier
   * @throws InvalidValueException as {@link #of(String)}
   * @throws NullPointerException if text is null
   */
  public static Identifier parse(CharSequence text) {
    return of(Text.normalize(text, "text"));
  }

  /**
   * The identifier with a prefix before it, unless it already starts with it: a publisher's 360Giving prefix.
   *
   * @param prefix such as {@code 360G-example-}
   * @return the prefixed identifier
   * @throws InvalidValueException if the result is no identifier
   */
  public Identifier withPrefix(String prefix) {
    return value.startsWith(prefix) ? this : of(prefix + value);
  }

  /**
   * The identifier of a part of what this identifies: this one, a hyphen and the part's own key, such as the grant's
   * position in the list ({@code kodoku-FY2024} → {@code kodoku-FY2024-5}).
   *
   * @param key the part's key
   * @return the part's identifier
   * @throws InvalidValueException if the result is no identifier
   */
  public Identifier child(String key) {
    return of(value + "-" + key);
  }

  @Override
  public int compareTo(Identifier other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Identifier && ((Identifier) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
