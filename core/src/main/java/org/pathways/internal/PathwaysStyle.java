package org.pathways.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied in each API package's {@code package-info.java}.
 *
 * <p>Accessors are {@code getX()}/{@code isX()} so Bean Validation sees their constraints, while
 * builder names stay unprefixed; the generated {@code Immutable*} classes are package-private and
 * hidden behind the abstract type; no {@code with*} copies are generated, because the API's own
 * {@code with*} methods go through the builder and so through every check. The generated builders
 * are package-private too: each value type's public {@code Builder} extends its generated builder,
 * and Javadoc then documents every builder method on that public {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false),
        throwForInvalidImmutableState = org.pathways.InvalidPlanException.class,
        privateNoargConstructor = false,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
public @interface PathwaysStyle {}
