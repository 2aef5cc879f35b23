package org.pathways.review;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** How strong a finding is. */
public enum Severity implements Coded {
    /** The plan is invalid in its context until this is addressed. Code {@code violation}. */
    VIOLATION("violation"),
    /** A non-blocking observation; it never blocks the person's choice. Code {@code advisory}. */
    ADVISORY("advisory");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the severity with the given wire code.
     *
     * @param code the code, such as {@code advisory}
     * @return the severity
     * @throws org.pathways.UnknownCodeException if no severity has that code
     */
    public static Severity fromCode(String code) {
        return Codes.fromCode(Severity.class, code);
    }
}
