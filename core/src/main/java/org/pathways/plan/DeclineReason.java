package org.pathways.plan;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Why an organisation declined a referral: "why not" data about the network, never a mark against
 * the person. Each reason closes the referring step as {@link StepStatus#CANCELLED} with a
 * {@link ClosureReason}, which the gap report counts.
 */
public enum DeclineReason implements Coded {
    /** No place is free. Code {@code full}; closes as {@code waitlist}. */
    FULL("full", ClosureReason.WAITLIST),
    /** The organisation's eligibility rules exclude the person. Code {@code not_eligible}. */
    NOT_ELIGIBLE("not_eligible", ClosureReason.NOT_ELIGIBLE),
    /** The organisation requires identity documents. Code {@code requires_identity_documents}. */
    REQUIRES_IDENTITY_DOCUMENTS("requires_identity_documents", ClosureReason.IDENTITY_DOCUMENTS_REQUIRED),
    /** The organisation requires sobriety. Code {@code requires_sobriety}. */
    REQUIRES_SOBRIETY("requires_sobriety", ClosureReason.SOBRIETY_REQUIRED),
    /** The person lives outside the organisation's area. Code {@code out_of_area}; closes as {@code no_service_available}. */
    OUT_OF_AREA("out_of_area", ClosureReason.NO_SERVICE_AVAILABLE),
    /** The organisation has no service in the person's language. Code {@code no_service_in_language}; closes as {@code no_service_available}. */
    NO_SERVICE_IN_LANGUAGE("no_service_in_language", ClosureReason.NO_SERVICE_AVAILABLE),
    /** Anything else. Code {@code other}. */
    OTHER("other", ClosureReason.OTHER);

    private final String code;
    private final ClosureReason closure;

    DeclineReason(String code, ClosureReason closure) {
        this.code = code;
        this.closure = closure;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the reason the referring step is closed with.
     *
     * @return the closure reason; never {@link ClosureReason#PERSONS_CHOICE}
     */
    public ClosureReason getClosureReason() {
        return closure;
    }

    /**
     * Returns the reason with the given wire code.
     *
     * @param code the code, such as {@code out_of_area}
     * @return the reason
     * @throws org.pathways.UnknownCodeException if no reason has that code
     */
    public static DeclineReason fromCode(String code) {
        return Codes.fromCode(DeclineReason.class, code);
    }
}
