package org.pathways.consent;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Why information is shared. Purposes match exactly: consent for one purpose never covers another,
 * and the service purposes and the reporting purposes never share a grant.
 */
public enum Purpose implements Coded {
    /** Referring the person to a service. Code {@code referral}. */
    REFERRAL("referral"),
    /** Discussing the plan at a case-conferencing table (Du Mont et al., recommendation 2). Code {@code case_conference}. */
    CASE_CONFERENCE("case_conference"),
    /** Coordinating the work of the care team and its partners. Code {@code coordination}. */
    COORDINATION("coordination"),
    /** Going with the person to an appointment (Du Mont et al., recommendation 3). Code {@code accompaniment}. */
    ACCOMPANIMENT("accompaniment"),
    /** Research on de-identified information. Code {@code deidentified_research}. */
    DEIDENTIFIED_RESEARCH("deidentified_research"),
    /** Aggregate counts reported to a funder. Code {@code aggregate_funder_reporting}. */
    AGGREGATE_FUNDER_REPORTING("aggregate_funder_reporting");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Asks whether this is a reporting purpose, as opposed to a purpose of the person's services.
     *
     * @return true for de-identified research and aggregate funder reporting
     */
    public boolean isReporting() {
        return this == DEIDENTIFIED_RESEARCH || this == AGGREGATE_FUNDER_REPORTING;
    }

    /**
     * Returns the purpose with the given wire code.
     *
     * @param code the code, such as {@code referral}
     * @return the purpose
     * @throws org.pathways.UnknownCodeException if no purpose has that code
     */
    public static Purpose fromCode(String code) {
        return Codes.fromCode(Purpose.class, code);
    }
}
