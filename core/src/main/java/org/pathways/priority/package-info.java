/**
 * What the person says matters, in their own words, and their ranking of it.
 *
 * <p>The person identifies and ranks their own priorities (Du Mont et al., recommendation 8; NORAHT
 * principle 1). The library never ranks, scores or re-orders them on anyone's behalf: a
 * {@link org.pathways.priority.Priorities} list only changes when the person's choice is recorded.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.priority;

import org.pathways.internal.PathwaysStyle;
