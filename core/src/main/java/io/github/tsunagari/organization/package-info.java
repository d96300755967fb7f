/**
 * Grantee organisations: {@link io.github.tsunagari.organization.Organization} (団体) with its
 * {@link io.github.tsunagari.organization.LegalForm} (法人格) and
 * {@link io.github.tsunagari.organization.CorporateNumber} (法人番号), and
 * {@link io.github.tsunagari.organization.Consortium} (コンソーシアム). Both are a
 * {@link io.github.tsunagari.organization.Grantee}.
 */
@ValueStyle
package io.github.tsunagari.organization;

import io.github.tsunagari.internal.ValueStyle;
