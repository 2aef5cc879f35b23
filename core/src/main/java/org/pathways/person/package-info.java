/**
 * The person at the centre of the plan, and how they may be reached safely.
 *
 * <p>No legal name, birth date or trafficking label is needed: a person does not have to fit their
 * story into a checklist to get a plan (NORAHT, background). How they describe their experience is
 * optional and in their own words. Safe contact is core data, not an afterthought, because someone
 * else may hold or watch the person's phone.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.person;

import org.pathways.internal.PathwaysStyle;
