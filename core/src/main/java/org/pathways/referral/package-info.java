/**
 * Referrals between agencies: the {@link org.pathways.referral.Packet} that leaves the person's
 * agency for another organisation for one referral step, the organisation's answers applied back to
 * the step ({@link org.pathways.plan.ReferralAnswer}), and intake at the other end. Pure values;
 * the transport is the embedder's.
 *
 * <p>Everything a packet carries comes from the one sharing rule, {@link
 * org.pathways.disclosure.Disclosures#disclose}: its view is exactly what consent permits that
 * recipient for a referral at that time, and producing it records the disclosure.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.referral;

import org.pathways.internal.PathwaysStyle;
