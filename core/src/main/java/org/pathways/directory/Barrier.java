package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * A condition of access that can keep a person out, as the toolkit's participants named them:
 * shelters that require sobriety or identity documents (which traffickers take), police reports, age
 * and gender limits, fees, referrals.
 */
public enum Barrier implements Coded {
    /** Requires sobriety. Code {@code requires_sobriety}. */
    REQUIRES_SOBRIETY("requires_sobriety"),
    /** Requires identity documents. Code {@code requires_identity_documents}. */
    REQUIRES_IDENTITY_DOCUMENTS("requires_identity_documents"),
    /** Requires a police report. Code {@code requires_police_report}. */
    REQUIRES_POLICE_REPORT("requires_police_report"),
    /** Serves some ages only. Code {@code age_limit}. */
    AGE_LIMIT("age_limit"),
    /** Serves some genders only. Code {@code gender_limit}. */
    GENDER_LIMIT("gender_limit"),
    /** Charges a fee. Code {@code fee}. */
    FEE("fee"),
    /** Accepts people only on referral. Code {@code referral_required}. */
    REFERRAL_REQUIRED("referral_required");

    private final String code;

    Barrier(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code requires_sobriety}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static Barrier fromCode(String code) {
        return Codes.fromCode(Barrier.class, code);
    }
}
