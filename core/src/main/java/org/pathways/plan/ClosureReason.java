package org.pathways.plan;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Why a step ended {@link StepStatus#DECLINED} or {@link StepStatus#CANCELLED}: the "why not" data
 * that shows where the network has gaps and barriers (NORAHT, gaps and barriers).
 */
public enum ClosureReason implements Coded {
    /** The person chose not to; no further reason is owed. Only for declined steps. Code {@code persons_choice}. */
    PERSONS_CHOICE("persons_choice"),
    /** The service's waitlist was too long. Code {@code waitlist}. */
    WAITLIST("waitlist"),
    /** The service requires sobriety. Code {@code sobriety_required}. */
    SOBRIETY_REQUIRED("sobriety_required"),
    /** The service requires identity documents the person does not have. Code {@code identity_documents_required}. */
    IDENTITY_DOCUMENTS_REQUIRED("identity_documents_required"),
    /** No such service is available where the person is. Code {@code no_service_available}. */
    NO_SERVICE_AVAILABLE("no_service_available"),
    /** The service's eligibility rules exclude the person. Code {@code not_eligible}. */
    NOT_ELIGIBLE("not_eligible"),
    /** Anything else. Code {@code other}. */
    OTHER("other");

    private final String code;

    ClosureReason(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the reason with the given wire code.
     *
     * @param code the code, such as {@code sobriety_required}
     * @return the reason
     * @throws org.pathways.UnknownCodeException if no reason has that code
     */
    public static ClosureReason fromCode(String code) {
        return Codes.fromCode(ClosureReason.class, code);
    }
}
