/**
 * Disclosure: what leaves a plan for one recipient and one purpose, and nothing more.
 *
 * <p>{@link org.pathways.disclosure.Disclosures#disclose} asks the plan's consent ledger what the
 * recipient may receive, builds the recipient's {@link org.pathways.disclosure.PlanView} holding
 * only that — everything else absent, not blanked — and records the disclosure in the plan's log.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.disclosure;

import org.pathways.internal.PathwaysStyle;
