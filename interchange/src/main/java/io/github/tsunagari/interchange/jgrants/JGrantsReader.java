package io.github.tsunagari.interchange.jgrants;

import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Reads jGrants' calls for applications (公募) as the model's menus ({@link JGrants#reader()}), validating each menu
 * with its validator; {@link #withValidator} takes another, such as one using an application's Jakarta validator.
 * The mapping is {@link JGrants}'s. Immutable and thread-safe.
 */
public final class JGrantsReader {
  private final GrantValidator validator;

  private JGrantsReader(GrantValidator validator) {
    this.validator = validator;
  }

  static JGrantsReader of(GrantValidator validator) {
    return new JGrantsReader(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * A copy that validates the menus with another validator.
   *
   * @param validator the validator
   * @return the reader
   */
  public JGrantsReader withValidator(GrantValidator validator) {
    return of(validator);
  }

  /** The validator of the menus read. */
  public GrantValidator getValidator() {
    return validator;
  }

  /**
   * Reads calls as jGrants' API returns them: a list ({@code {"metadata": …, "result": [ … ]}}) or a detail (the same
   * shape with one call; a call's object alone is read too).
   *
   * <p>Holds the whole document: one longer than {@link io.github.tsunagari.read.ReadingLimits#MAX_DOCUMENT_LENGTH}
   * (64 MiB) is not read (a {@code read.*} finding). A call that cannot be read (one without a title or name, a
   * {@code read.missing-property} finding at its pointer) is left out of the list: the list's positions are not the
   * document's, and {@link JGrantsCall#getPointer()} says which {@code result[i]} each call is.
   *
   * @param in the bytes, UTF-8; not closed
   * @return the calls, in order, with every finding (reading, import, the menus' validation at
   *     {@code /result/<i>/menu/…}); the value is empty only where the document cannot be read
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no JSON binding is on the class path or module path
   */
  public ReadResult<List<JGrantsCall>> readCalls(InputStream in) throws IOException {
    return JGrants.readCalls(in, validator);
  }
}
