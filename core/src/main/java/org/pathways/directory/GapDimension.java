package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** What the network's gap report counts by. */
public enum GapDimension implements Coded {
    /** The kind of plan step. Code {@code step_kind}. */
    STEP_KIND,
    /** The medicine-wheel domain. Code {@code domain}. */
    DOMAIN,
    /** The community served. Code {@code community}. */
    COMMUNITY,
    /** The language a service is offered in. Code {@code language}. */
    LANGUAGE,
    /** The approach a service works with. Code {@code approach}. */
    APPROACH,
    /** The knowledge a service's staff hold. Code {@code knowledge}. */
    KNOWLEDGE,
    /** Why an organisation declined a referral, a {@link org.pathways.plan.DeclineReason}. Code {@code decline_reason}. */
    DECLINE_REASON,
    /** The organisation that answered a referral, by its identifier. Code {@code organisation}. */
    ORGANISATION;

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code step_kind}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static GapDimension fromCode(String code) {
        return Codes.fromCode(GapDimension.class, code);
    }
}
