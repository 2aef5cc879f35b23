package org.pathways.consent;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** Why a consent decision came out as it did. */
public enum DecisionReason implements Coded {
    /** A grant covers the recipient, category and purpose at that time. Code {@code granted}. */
    GRANTED("granted"),
    /** No grant covers the recipient, category and purpose: the default. Code {@code no_grant}. */
    NO_GRANT("no_grant"),
    /** A grant covers them, but from a later time. Code {@code not_yet_in_effect}. */
    NOT_YET_IN_EFFECT("not_yet_in_effect"),
    /** A grant covered them, but its period has ended. Code {@code expired}. */
    EXPIRED("expired"),
    /** A grant covered them, but the person withdrew it. Code {@code revoked}. */
    REVOKED("revoked"),
    /** The person refused to share this with this recipient; a refusal overrides any grant. Code {@code refused}. */
    REFUSED("refused");

    private final String code;

    DecisionReason(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the reason with the given wire code.
     *
     * @param code the code, such as {@code revoked}
     * @return the reason
     * @throws org.pathways.UnknownCodeException if no reason has that code
     */
    public static DecisionReason fromCode(String code) {
        return Codes.fromCode(DecisionReason.class, code);
    }
}
