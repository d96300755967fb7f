package io.github.tsunagari.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model's packages.
 *
 * <ul>
 *   <li>Accessors are {@code getX()}/{@code isX()}/{@code hasX()}, so that a plain Jakarta validator (which sees only
 *       JavaBeans getters) applies the model's constraints; the property names stay {@code x}.</li>
 *   <li>Generated classes are package-private and hidden behind the abstract type: users write
 *       {@code Organization.builder()}, never a generated name.</li>
 *   <li>Builders use un-prefixed setters ({@code name("…")}) and singular adders ({@code addGrant(…)}).</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*", "has*"},
    init = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false)
public @interface ValueStyle {}
