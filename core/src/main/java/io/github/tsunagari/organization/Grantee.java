package io.github.tsunagari.organization;

import java.util.Optional;

/**
 * Who receives a grant (交付団体): a single {@link Organization}, a {@link Consortium} that receives it through its
 * representative (代表団体), or a local government ({@link LocalGovernmentGrantee}, for the menus for 地方公共団体).
 */
public sealed interface Grantee permits Organization, Consortium, LocalGovernmentGrantee {

  /**
   * The name of who receives the money, for display: the organisation's display name, the representative's for a
   * consortium, the local government's name as written.
   *
   * @return the recipient's name
   */
  String getRecipientName();

  /**
   * The corporate number of who receives the money, where it is known: the organisation's, the representative's, or
   * the one a local government's code gives.
   *
   * @return the recipient's corporate number
   */
  Optional<CorporateNumber> getRecipientCorporateNumber();
}
