/**
 * The care plan: the person, their ranked priorities, the wraparound steps that serve them, the care
 * team, and the revisions by which the plan changes.
 *
 * <p>A step leaves {@link org.pathways.plan.StepStatus#PROPOSED} only with the person's agreement:
 * nothing proceeds on a plan the person did not agree to (Du Mont et al., recommendation 8; NORAHT
 * principle 1). Declining a step is a respected outcome, recorded with its reason, never a failure.
 * Every change to a {@link org.pathways.plan.CarePlan} returns a new revision with its author, its
 * time and whether the person was present; {@link org.pathways.plan.PlanHistory} keeps the
 * revisions and refuses a change prepared against an old one.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.plan;

import org.pathways.internal.PathwaysStyle;
