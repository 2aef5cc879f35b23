package org.pathways.consent;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * A category of information about the person that consent covers. The categories are coarse on
 * purpose: a person can say yes or no to each of them in one conversation.
 */
public enum InformationCategory implements Coded {
    /** Who the person is: identifier, chosen name, pronouns, languages, self-description. Code {@code identity}. */
    IDENTITY("identity"),
    /**
     * How and when the person may be reached: safe channels, channels never to use, safe times,
     * whether a message may be left or no one may initiate contact. Code {@code contact}.
     */
    CONTACT("contact"),
    /**
     * The safe-contact details themselves: the number or address and the code word. They are shared
     * only together with {@link #CONTACT}, whose rules protect the person. Code {@code safe_contact}.
     */
    SAFE_CONTACT("safe_contact"),
    /** The person's ranked priorities, in their words. Code {@code priorities}. */
    PRIORITIES("priorities"),
    /** The steps of the plan, with their status and descriptions. Code {@code plan_steps}. */
    PLAN_STEPS("plan_steps"),
    /** The members of the care team, with their names. Code {@code care_team}. */
    CARE_TEAM("care_team"),
    /** Physical and mental health, including counselling. Code {@code health}. */
    HEALTH("health"),
    /** Substance use and harm reduction. Code {@code substance_use}. */
    SUBSTANCE_USE("substance_use"),
    /** Legal matters, court and identity documents. Code {@code legal}. */
    LEGAL("legal"),
    /** Where the person lives or stays, shelter, and safety planning. Code {@code location_and_safety}. */
    LOCATION_AND_SAFETY("location_and_safety"),
    /** Children and family, including reunification. Code {@code children_and_family}. */
    CHILDREN_AND_FAMILY("children_and_family");

    private final String code;

    InformationCategory(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Asks whether the category identifies the person or says how to reach them; such categories are
     * never shared for a de-identified reporting purpose.
     *
     * @return true for identity, contact and safe-contact details
     */
    public boolean isIdentifying() {
        return this == IDENTITY || this == CONTACT || this == SAFE_CONTACT;
    }

    /**
     * Returns the category with the given wire code.
     *
     * @param code the code, such as {@code health}
     * @return the category
     * @throws org.pathways.UnknownCodeException if no category has that code
     */
    public static InformationCategory fromCode(String code) {
        return Codes.fromCode(InformationCategory.class, code);
    }
}
