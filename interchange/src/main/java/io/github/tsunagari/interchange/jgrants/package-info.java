/**
 * jGrants (Jグランツ, the Digital Agency's subsidy portal)'s calls for applications (公募) as the model's menus with
 * their ceiling, rate and target area. Start at {@link io.github.tsunagari.interchange.jgrants.JGrants}.
 */
package io.github.tsunagari.interchange.jgrants;
