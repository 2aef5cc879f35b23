package org.pathways.consent;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** How the person gave, refused or withdrew consent. */
public enum ConsentMode implements Coded {
    /** Said aloud, in person or by phone. Code {@code verbal}. */
    VERBAL("verbal"),
    /** Signed on paper. Code {@code written}. */
    WRITTEN("written"),
    /** Given through an electronic form or message. Code {@code electronic}. */
    ELECTRONIC("electronic");

    private final String code;

    ConsentMode(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the mode with the given wire code.
     *
     * @param code the code, such as {@code verbal}
     * @return the mode
     * @throws org.pathways.UnknownCodeException if no mode has that code
     */
    public static ConsentMode fromCode(String code) {
        return Codes.fromCode(ConsentMode.class, code);
    }
}
