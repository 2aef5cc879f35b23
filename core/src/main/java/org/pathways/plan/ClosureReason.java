package org.pathways.plan;

import java.util.Optional;
import org.pathways.Coded;
import org.pathways.consent.InformationCategory;
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
    SOBRIETY_REQUIRED("sobriety_required", InformationCategory.SUBSTANCE_USE),
    /** The service requires identity documents the person does not have. Code {@code identity_documents_required}. */
    IDENTITY_DOCUMENTS_REQUIRED("identity_documents_required", InformationCategory.LEGAL),
    /** No such service is available where the person is. Code {@code no_service_available}. */
    NO_SERVICE_AVAILABLE("no_service_available"),
    /** The service's eligibility rules exclude the person. Code {@code not_eligible}. */
    NOT_ELIGIBLE("not_eligible"),
    /** Anything else. Code {@code other}. */
    OTHER("other");

    private final String code;
    private final InformationCategory revealed;

    ClosureReason(String code) {
        this(code, null);
    }

    ClosureReason(String code, InformationCategory revealed) {
        this.code = code;
        this.revealed = revealed;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns what this reason reveals about the person, besides that the step closed: a shelter that
     * closed a step as {@code sobriety_required} tells of substance use, one that closed it as
     * {@code identity_documents_required} of her legal situation.
     *
     * @return the category the reason reveals; empty when it reveals none
     */
    public Optional<InformationCategory> getRevealedCategory() {
        return Optional.ofNullable(revealed);
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
