/**
 * The grant program and its grants: {@link io.github.tsunagari.program.GrantProgram} (交付金事業),
 * {@link io.github.tsunagari.program.Grant} (one grantee's row in the published list),
 * {@link io.github.tsunagari.program.Project} (事業), {@link io.github.tsunagari.program.FiscalYear} (年度), and the
 * program's {@link io.github.tsunagari.program.Law} (根拠法) and {@link io.github.tsunagari.program.PolicyPlan}
 * (重点計画).
 */
@ValueStyle
package io.github.tsunagari.program;

import io.github.tsunagari.internal.ValueStyle;
