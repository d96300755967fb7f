package io.github.tsunagari.testkit;

import io.github.tsunagari.validation.GrantValidator;

/** What the tests share: one validator, built once (building one bootstraps Hibernate Validator, which is slow). */
final class Shared {
  private Shared() {}

  static final GrantValidator VALIDATOR = GrantValidator.create();
}
