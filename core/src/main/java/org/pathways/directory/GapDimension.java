package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** What the network's gap report counts by. */
public enum GapDimension implements Coded {
    /** The kind of plan step. Code {@code step_kind}. */
    STEP_KIND("step_kind"),
    /** The medicine-wheel domain. Code {@code domain}. */
    DOMAIN("domain"),
    /** The community served. Code {@code community}. */
    COMMUNITY("community"),
    /** The language a service is offered in. Code {@code language}. */
    LANGUAGE("language"),
    /** The approach a service works with. Code {@code approach}. */
    APPROACH("approach"),
    /** The knowledge a service's staff hold. Code {@code knowledge}. */
    KNOWLEDGE("knowledge"),
    /** Why an organisation declined a referral, a {@link org.pathways.plan.DeclineReason}. Code {@code decline_reason}. */
    DECLINE_REASON("decline_reason"),
    /** The organisation that answered a referral, by its identifier. Code {@code organisation}. */
    ORGANISATION("organisation");

    private final String code;

    GapDimension(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

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
