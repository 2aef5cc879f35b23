package org.pathways.priority;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Where a priority stands, as the person sees it. The person may move between any two statuses: a
 * priority set aside today can matter again tomorrow.
 */
public enum PriorityStatus implements Coded {
    /** The person is working on it. Code {@code active}. */
    ACTIVE("active"),
    /** The person says it has been reached. Code {@code achieved}. */
    ACHIEVED("achieved"),
    /** The person has chosen to set it aside for now; a respected choice. Code {@code set_aside}. */
    SET_ASIDE("set_aside");

    private final String code;

    PriorityStatus(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the status with the given wire code.
     *
     * @param code the code, such as {@code set_aside}
     * @return the status
     * @throws org.pathways.UnknownCodeException if no status has that code
     */
    public static PriorityStatus fromCode(String code) {
        return Codes.fromCode(PriorityStatus.class, code);
    }
}
