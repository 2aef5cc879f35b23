package org.pathways.priority;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * One of the four domains of the medicine wheel in which harm is felt and healing happens (NORAHT,
 * service mapping): a holistic plan looks at all four.
 */
public enum Domain implements Coded {
    /** The body: health, safety, shelter, food, sleep. Code {@code physical}. */
    PHYSICAL("physical"),
    /** Feelings and relationships: grief, fear, connection, family. Code {@code emotional}. */
    EMOTIONAL("emotional"),
    /** The mind: trauma, mental health, thinking and memory. Code {@code psychological}. */
    PSYCHOLOGICAL("psychological"),
    /** Spirit, culture, ceremony, identity and meaning. Code {@code spiritual}. */
    SPIRITUAL("spiritual");

    private final String code;

    Domain(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the domain with the given wire code.
     *
     * @param code the code, such as {@code spiritual}
     * @return the domain
     * @throws org.pathways.UnknownCodeException if no domain has that code
     */
    public static Domain fromCode(String code) {
        return Codes.fromCode(Domain.class, code);
    }
}
