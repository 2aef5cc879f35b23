/**
 * Consent: the person decides what is shared, with whom, for what and for how long (NORAHT principle
 * 5; Du Mont et al., recommendations 1 and 2).
 *
 * <p>A {@link org.pathways.consent.ConsentLedger} holds, in the order they were recorded, the
 * person's grants, refusals and revocations; nothing is ever erased. It answers one question —
 * <em>may this recipient receive this category of information for this purpose at this time?</em> —
 * with a {@link org.pathways.consent.ConsentDecision} that says yes or no and why. The answer is
 * no unless a grant says yes; a refusal overrides every grant; consent for services and consent for
 * de-identified reporting are separate purposes and one never implies the other. A
 * {@link org.pathways.consent.Disclosure} records what actually left the plan, whether under consent
 * or, rarely, under a legal basis that does not need it.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.consent;

import org.pathways.internal.PathwaysStyle;
