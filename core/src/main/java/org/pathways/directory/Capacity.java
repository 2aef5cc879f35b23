package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** Whether a service can take someone now. */
public enum Capacity implements Coded {
    /** Taking people now. Code {@code open}. */
    OPEN("open"),
    /** Taking names for a waitlist, with a typical wait. Code {@code waitlist}. */
    WAITLIST("waitlist"),
    /** Not taking anyone now. Code {@code full}. */
    FULL("full");

    private final String code;

    Capacity(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code waitlist}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static Capacity fromCode(String code) {
        return Codes.fromCode(Capacity.class, code);
    }
}
