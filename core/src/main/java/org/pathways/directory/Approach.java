package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** How a service works with people: the toolkit's approaches (NORAHT, approaches; NP-3). */
public enum Approach implements Coded {
    /** Trauma- and violence-informed. Code {@code trauma_and_violence_informed}. */
    TRAUMA_AND_VIOLENCE_INFORMED,
    /** Harm reduction (NP-3). Code {@code harm_reduction}. */
    HARM_REDUCTION,
    /** Indigenous-centric. Code {@code indigenous_centric}. */
    INDIGENOUS_CENTRIC,
    /** Decolonial. Code {@code decolonial}. */
    DECOLONIAL,
    /** Sex-work-informed. Code {@code sex_work_informed}. */
    SEX_WORK_INFORMED,
    /** 2SLGBTQ+ affirming. Code {@code two_slgbtq_affirming}. */
    TWO_SLGBTQ_AFFIRMING,
    /** Feminist intersectional. Code {@code feminist_intersectional}. */
    FEMINIST_INTERSECTIONAL,
    /** Survivor-led. Code {@code survivor_led}. */
    SURVIVOR_LED,
    /** Delivered by peers with lived experience (NP-2). Code {@code peer_delivered}. */
    PEER_DELIVERED;

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code harm_reduction}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static Approach fromCode(String code) {
        return Codes.fromCode(Approach.class, code);
    }
}
