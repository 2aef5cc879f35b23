/**
 * The care team around the person: NORAHT's "circle of care" (recommendation 3, principles 2 and 7).
 *
 * <p>The type is named {@link org.pathways.team.CareTeam}, not {@code CircleOfCare}, on purpose: under
 * Ontario's health privacy law "circle of care" names a group among whom consent to share health
 * information is implied. This library never infers consent from membership.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.team;

import org.pathways.internal.PathwaysStyle;
