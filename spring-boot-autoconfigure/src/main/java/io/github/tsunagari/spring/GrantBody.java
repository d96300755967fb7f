package io.github.tsunagari.spring;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;

/** A format of grant data in a request body, and what it can be read as. */
interface GrantBody {
  /** What a body is read as: the type of the controller's parameter. */
  enum Target {
    /** A {@link GrantProgram}. */
    PROGRAM,
    /** One {@link Grant}. */
    GRANT,
    /** A {@code List<Grant>}. */
    GRANTS;

    /** The target of a parameter's type, if it is one. */
    static Optional<Target> of(ResolvableType type) {
      Class<?> raw = type.resolve();
      if (raw == GrantProgram.class) {
        return Optional.of(PROGRAM);
      }
      if (raw == Grant.class) {
        return Optional.of(GRANT);
      }
      if (raw == List.class && type.getGeneric(0).resolve() == Grant.class) {
        return Optional.of(GRANTS);
      }
      return Optional.empty();
    }
  }

  /** The media types of the format. */
  List<MediaType> mediaTypes();

  /** True if the format holds the target: a CSV file holds grants, not a program. */
  boolean holds(Target target);

  /**
   * Reads a body.
   *
   * @param target what to read
   * @param body the body
   * @param validator the validator, where the parameter is validated; empty to report reading problems only (the
   *     readers of streams and tables validate every record still: they are given a validator of constraints and
   *     rules either way, and only what cannot be read fails an unvalidated parameter)
   * @param rules the validator of constraints and rules, for the readers that always validate
   * @return what was read, and the report
   * @throws IOException if the body cannot be read
   */
  ReadResult<?> read(Target target, InputStream body, Optional<GrantValidator> validator, GrantValidator rules)
      throws IOException;

  /** How a format reads a target: {@link #read}, as a function, for the constants of the formats. */
  @FunctionalInterface
  interface Reading {
    ReadResult<?> read(Target target, InputStream body, Optional<GrantValidator> validator, GrantValidator rules)
        throws IOException;
  }
}
