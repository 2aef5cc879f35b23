package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** What a service's staff know: the toolkit's knowledges (NORAHT, knowledges; NP-4). */
public enum Knowledge implements Coded {
    /** Indigenous knowledges. Code {@code indigenous}. */
    INDIGENOUS("indigenous"),
    /** Experiential knowledge: people with lived experience on staff. Code {@code experiential}. */
    EXPERIENTIAL("experiential"),
    /** Culturally specific knowledge and training. Code {@code culturally_specific}. */
    CULTURALLY_SPECIFIC("culturally_specific"),
    /** Training specialised in trafficking. Code {@code trafficking_specialised_training}. */
    TRAFFICKING_SPECIALISED_TRAINING("trafficking_specialised_training");

    private final String code;

    Knowledge(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code experiential}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static Knowledge fromCode(String code) {
        return Codes.fromCode(Knowledge.class, code);
    }
}
