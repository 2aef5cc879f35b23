/**
 * Reviewing a plan: findings in two strengths, each traced to the brief it comes from.
 *
 * <p>A {@link org.pathways.review.Severity#VIOLATION} makes a plan invalid in its context; an
 * {@link org.pathways.review.Severity#ADVISORY} is a non-blocking observation in the spirit of the
 * briefs. An advisory never blocks the person's choice, and no rule moralises: there is no sobriety
 * requirement and no "non-compliant" status.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.review;

import org.pathways.internal.PathwaysStyle;
