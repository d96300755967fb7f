/**
 * What a project does and for whom: {@link io.github.tsunagari.activity.SupportActivity} (支援の取組) of a
 * {@link io.github.tsunagari.activity.SupportActivityKind}, delivered in a
 * {@link io.github.tsunagari.activity.DeliveryMode}, for {@link io.github.tsunagari.activity.TargetGroup}s (対象).
 */
@ValueStyle
package io.github.tsunagari.activity;

import io.github.tsunagari.internal.ValueStyle;
