package org.pathways.plan;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Whether someone the person knows goes with them, as Du Mont et al. recommend for first
 * appointments (recommendation 3): "it can be intimidating to walk in the door by yourself".
 */
public enum Accompaniment implements Coded {
    /** No one has offered yet. Code {@code not_offered}. */
    NOT_OFFERED("not_offered"),
    /** Offered; the person has not said yet. Code {@code offered}. */
    OFFERED("offered"),
    /** The person wants someone to come. Code {@code accepted}. */
    ACCEPTED("accepted"),
    /** The person prefers to go alone: a respected choice. Code {@code declined}. */
    DECLINED("declined");

    private final String code;

    Accompaniment(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code accepted}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static Accompaniment fromCode(String code) {
        return Codes.fromCode(Accompaniment.class, code);
    }
}
