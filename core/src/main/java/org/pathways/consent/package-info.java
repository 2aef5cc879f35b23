/**
 * Consent: the person decides what is shared, with whom, for what and for how long (NORAHT principle
 * 5; Du Mont et al., recommendations 1 and 2).
 *
 * <p>A {@link org.pathways.consent.ConsentLedger} holds, in the order they were recorded, the
 * person's grants, refusals, revocations and confirmations; nothing is ever erased. It answers one question —
 * <em>may this recipient receive this category of information for this purpose at this time?</em> —
 * with a {@link org.pathways.consent.ConsentDecision} that says yes or no and why. The answer is
 * no unless a grant says yes; a refusal overrides every grant; consent for services and consent for
 * de-identified reporting are separate purposes and one never implies the other. A
 * {@link org.pathways.consent.Disclosure} records what actually left the plan, whether under consent
 * or, rarely, under a legal basis that does not need it.
 *
 * <p>Consent as practice keeps it: a {@link org.pathways.consent.ConsentPolicy} is an agency's policy
 * — time-limited releases, the notice of what was withheld at the person's request, the roles that
 * may decide a disclosure without consent — written into the ledger and the disclosure log when it
 * applies; a {@link org.pathways.consent.ConsentConfirmation} records that an entry said aloud was
 * confirmed in writing, and changes no decision; a {@link org.pathways.consent.ConsentRefusal} is
 * the person's instruction, about categories or about items of the plan.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.consent;

import org.pathways.internal.PathwaysStyle;
