package org.pathways.directory;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** How a service works with people: the toolkit's approaches (NORAHT, approaches; NP-3). */
public enum Approach implements Coded {
    /** Trauma- and violence-informed. Code {@code trauma_and_violence_informed}. */
    TRAUMA_AND_VIOLENCE_INFORMED("trauma_and_violence_informed"),
    /** Harm reduction (NP-3). Code {@code harm_reduction}. */
    HARM_REDUCTION("harm_reduction"),
    /** Indigenous-centric. Code {@code indigenous_centric}. */
    INDIGENOUS_CENTRIC("indigenous_centric"),
    /** Decolonial. Code {@code decolonial}. */
    DECOLONIAL("decolonial"),
    /** Sex-work-informed. Code {@code sex_work_informed}. */
    SEX_WORK_INFORMED("sex_work_informed"),
    /** 2SLGBTQ+ affirming. Code {@code two_slgbtq_affirming}. */
    TWO_SLGBTQ_AFFIRMING("two_slgbtq_affirming"),
    /** Feminist intersectional. Code {@code feminist_intersectional}. */
    FEMINIST_INTERSECTIONAL("feminist_intersectional"),
    /** Survivor-led. Code {@code survivor_led}. */
    SURVIVOR_LED("survivor_led"),
    /** Delivered by peers with lived experience (NP-2). Code {@code peer_delivered}. */
    PEER_DELIVERED("peer_delivered");

    private final String code;

    Approach(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

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
