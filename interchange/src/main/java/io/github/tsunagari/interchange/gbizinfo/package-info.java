/**
 * gBizINFO (Gビズインフォ)'s subsidy records (補助金情報) — the REST API's JSON (v1 and v2) and the bulk CSV — as the
 * model's grants, and grants back in its shapes. Start at {@link io.github.tsunagari.interchange.gbizinfo.GBizInfo}.
 */
package io.github.tsunagari.interchange.gbizinfo;
