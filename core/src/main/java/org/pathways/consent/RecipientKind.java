package org.pathways.consent;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** What kind of party receives information. */
public enum RecipientKind implements Coded {
    /** An organisation, such as a shelter. Code {@code organisation}. */
    ORGANISATION("organisation"),
    /** One member of the care team. Code {@code member}. */
    MEMBER("member"),
    /** A case-conferencing table as a whole. Code {@code table}. */
    TABLE("table");

    private final String code;

    RecipientKind(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the kind with the given wire code.
     *
     * @param code the code, such as {@code organisation}
     * @return the kind
     * @throws org.pathways.UnknownCodeException if no kind has that code
     */
    public static RecipientKind fromCode(String code) {
        return Codes.fromCode(RecipientKind.class, code);
    }
}
