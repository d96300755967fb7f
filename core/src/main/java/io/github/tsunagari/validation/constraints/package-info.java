/**
 * Jakarta Validation constraints for your own classes: {@link io.github.tsunagari.validation.constraints.CorporateNumber},
 * {@link io.github.tsunagari.validation.constraints.Prefecture},
 * {@link io.github.tsunagari.validation.constraints.LocalGovernmentCode} and
 * {@link io.github.tsunagari.validation.constraints.FiscalYear}, each checked by the same code as the model's value
 * types; and {@link io.github.tsunagari.validation.constraints.NullOrNotBlank} for optional text, which the model
 * itself uses.
 */
package io.github.tsunagari.validation.constraints;
