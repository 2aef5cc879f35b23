package org.pathways.consent;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * The ground on which information left the plan. Almost always the person's consent; the others are
 * the rare lawful disclosures without it, each recorded with its reason, who decided, and whether the
 * person was told.
 */
public enum DisclosureBasis implements Coded {
    /** The person consented. Code {@code consent}. */
    CONSENT("consent"),
    /** An imminent risk of serious harm to the person or someone else. Code {@code imminent_risk_of_serious_harm}. */
    IMMINENT_RISK_OF_SERIOUS_HARM("imminent_risk_of_serious_harm"),
    /** A legal duty to report, such as child protection. Code {@code legal_duty}. */
    LEGAL_DUTY("legal_duty"),
    /** A court order or warrant. Code {@code court_order}. */
    COURT_ORDER("court_order");

    private final String code;

    DisclosureBasis(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the basis with the given wire code.
     *
     * @param code the code, such as {@code court_order}
     * @return the basis
     * @throws org.pathways.UnknownCodeException if no basis has that code
     */
    public static DisclosureBasis fromCode(String code) {
        return Codes.fromCode(DisclosureBasis.class, code);
    }
}
