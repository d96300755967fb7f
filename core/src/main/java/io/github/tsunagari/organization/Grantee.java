package io.github.tsunagari.organization;

/**
 * Who receives a grant (交付団体): a single {@link Organization}, or a {@link Consortium} that receives it through its
 * representative (代表団体).
 */
public sealed interface Grantee permits Organization, Consortium {

  /**
   * The organisation that receives the grant: the organisation itself, or the consortium's representative.
   *
   * @return the recipient organisation
   */
  Organization recipient();
}
