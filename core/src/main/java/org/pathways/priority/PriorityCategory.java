package org.pathways.priority;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * An optional category for a priority, for finding services and for counts; the person's own words
 * remain the priority. "Being able to find their next fix" is as valid a priority as housing (Du Mont
 * et al., recommendation 8; NORAHT recommendation 2).
 */
public enum PriorityCategory implements Coded {
    /** A safe place to live, shelter, transitional or long-term housing. Code {@code housing}. */
    HOUSING("housing"),
    /** Children, parenting, reunification, family including family of choice. Code {@code children_and_family}. */
    CHILDREN_AND_FAMILY("children_and_family"),
    /** Safety from a person or a situation. Code {@code safety}. */
    SAFETY("safety"),
    /** Physical and sexual health. Code {@code health}. */
    HEALTH("health"),
    /** Mental health and emotional well-being. Code {@code mental_health}. */
    MENTAL_HEALTH("mental_health"),
    /** Substance use on the person's own terms, including harm reduction. Code {@code substance_use}. */
    SUBSTANCE_USE("substance_use"),
    /** Money, benefits, debts. Code {@code income}. */
    INCOME("income"),
    /** Legal matters: charges, family court, immigration. Code {@code legal}. */
    LEGAL("legal"),
    /** Identity documents, often taken by someone else. Code {@code identity_documents}. */
    IDENTITY_DOCUMENTS("identity_documents"),
    /** Culture, ceremony, spirituality and community. Code {@code culture_and_spirituality}. */
    CULTURE_AND_SPIRITUALITY("culture_and_spirituality"),
    /** School, training and work. Code {@code education_and_employment}. */
    EDUCATION_AND_EMPLOYMENT("education_and_employment"),
    /** Relationships with friends, partners, community. Code {@code relationships}. */
    RELATIONSHIPS("relationships"),
    /** Anything else; the person's words say what. Code {@code other}. */
    OTHER("other");

    private final String code;

    PriorityCategory(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the category with the given wire code.
     *
     * @param code the code, such as {@code children_and_family}
     * @return the category
     * @throws org.pathways.UnknownCodeException if no category has that code
     */
    public static PriorityCategory fromCode(String code) {
        return Codes.fromCode(PriorityCategory.class, code);
    }
}
