package io.github.tsunagari.internal;

import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ValidationReport;
import java.util.Objects;

/**
 * Validation of what could be read of a document that could not be read whole, for the library's readers. Not part
 * of the API: {@link GrantValidator} registers it here when it is loaded.
 */
public final class Validations {
  /** Validates a program built from the readable parts of a document. */
  @FunctionalInterface
  public interface Partial {
    /**
     * Validates a partial program.
     *
     * @param validator the validator
     * @param partial the program of the readable parts: its grants are the readable ones, in document order
     * @param documentIndex for each of its grants, the grant's index in the document
     * @param listedGrants how many grants the document lists, readable or not
     * @return the report, with the paths of the document
     */
    ValidationReport validate(GrantValidator validator, GrantProgram partial, int[] documentIndex, int listedGrants);
  }

  private static volatile Partial partial;

  private Validations() {}

  /**
   * Registers the implementation; {@link GrantValidator} does so once.
   *
   * @param p the implementation
   */
  public static synchronized void register(Partial p) {
    if (partial != null) {
      throw new IllegalStateException("partial validation is registered already");
    }
    partial = Objects.requireNonNull(p);
  }

  /**
   * Validates a program built from the readable parts of a document.
   *
   * @param validator the validator
   * @param program the partial program
   * @param documentIndex the document index of each of its grants
   * @param listedGrants how many grants the document lists
   * @return the report
   */
  public static ValidationReport validatePartial(GrantValidator validator, GrantProgram program, int[] documentIndex,
      int listedGrants) {
    return partial.validate(validator, program, documentIndex, listedGrants); // loaded: a validator exists
  }
}
