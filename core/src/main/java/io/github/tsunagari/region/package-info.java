/**
 * Japanese administrative geography and the areas projects serve: {@link io.github.tsunagari.region.Prefecture}
 * (都道府県), {@link io.github.tsunagari.region.Municipality} (市区町村) with its
 * {@link io.github.tsunagari.region.LocalGovernmentCode}, {@link io.github.tsunagari.region.NamedArea} (a named
 * area such as 気仙地区) and {@link io.github.tsunagari.region.ServiceArea} (事業区域), which combines them and is read
 * from an area text as lists write it, with {@link io.github.tsunagari.region.AreaNote notes} on what was read.
 */
@ValueStyle
package io.github.tsunagari.region;

import io.github.tsunagari.internal.ValueStyle;
