package org.pathways.plan;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** What kind of wraparound action a plan step is (Du Mont et al., recommendation 4). */
public enum StepKind implements Coded {
    /** A referral to another organisation. Code {@code referral}. */
    REFERRAL("referral"),
    /** Going with the person to an appointment (Du Mont et al., recommendation 3). Code {@code accompaniment}. */
    ACCOMPANIMENT("accompaniment"),
    /** Bringing the person's situation to a case-conferencing table (recommendation 2). Code {@code case_conference}. */
    CASE_CONFERENCE("case_conference"),
    /** Shelter, transitional or long-term housing (recommendation 6). Code {@code shelter_and_housing}. */
    SHELTER_AND_HOUSING("shelter_and_housing"),
    /** Programming specialised in trafficking and exploitation (recommendation 5). Code {@code specialised_programming}. */
    SPECIALISED_PROGRAMMING("specialised_programming"),
    /** Peer support by people with lived experience (NORAHT principle 2). Code {@code peer_support}. */
    PEER_SUPPORT("peer_support"),
    /** Counselling and therapy. Code {@code counselling}. */
    COUNSELLING("counselling"),
    /** Harm reduction, on the person's terms (NORAHT recommendation 2). Code {@code harm_reduction}. */
    HARM_REDUCTION("harm_reduction"),
    /** Health care. Code {@code health_care}. */
    HEALTH_CARE("health_care"),
    /** Legal support and advocacy. Code {@code legal_support}. */
    LEGAL_SUPPORT("legal_support"),
    /** Indigenous healing and wellness (NORAHT principle 4). Code {@code indigenous_healing}. */
    INDIGENOUS_HEALING("indigenous_healing"),
    /** Reuniting with children and family. Code {@code family_reunification}. */
    FAMILY_REUNIFICATION("family_reunification"),
    /** Income support and benefits. Code {@code income_support}. */
    INCOME_SUPPORT("income_support"),
    /** Replacing identity documents. Code {@code identity_documents}. */
    IDENTITY_DOCUMENTS("identity_documents"),
    /** Planning for safety with the person. Code {@code safety_planning}. */
    SAFETY_PLANNING("safety_planning"),
    /** School, training and work. Code {@code education_and_employment}. */
    EDUCATION_AND_EMPLOYMENT("education_and_employment"),
    /** Anything else; the step's description says what. Code {@code other}. */
    OTHER("other");

    private final String code;

    StepKind(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the kind with the given wire code.
     *
     * @param code the code, such as {@code harm_reduction}
     * @return the kind
     * @throws org.pathways.UnknownCodeException if no kind has that code
     */
    public static StepKind fromCode(String code) {
        return Codes.fromCode(StepKind.class, code);
    }
}
