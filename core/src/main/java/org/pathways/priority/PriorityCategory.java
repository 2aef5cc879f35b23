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
    HOUSING,
    /** Children, parenting, reunification, family including family of choice. Code {@code children_and_family}. */
    CHILDREN_AND_FAMILY,
    /** Safety from a person or a situation. Code {@code safety}. */
    SAFETY,
    /** Physical and sexual health. Code {@code health}. */
    HEALTH,
    /** Mental health and emotional well-being. Code {@code mental_health}. */
    MENTAL_HEALTH,
    /** Substance use on the person's own terms, including harm reduction. Code {@code substance_use}. */
    SUBSTANCE_USE,
    /** Money, benefits, debts. Code {@code income}. */
    INCOME,
    /** Legal matters: charges, family court, immigration. Code {@code legal}. */
    LEGAL,
    /** Identity documents, often taken by someone else. Code {@code identity_documents}. */
    IDENTITY_DOCUMENTS,
    /** Culture, ceremony, spirituality and community. Code {@code culture_and_spirituality}. */
    CULTURE_AND_SPIRITUALITY,
    /** School, training and work. Code {@code education_and_employment}. */
    EDUCATION_AND_EMPLOYMENT,
    /** Relationships with friends, partners, community. Code {@code relationships}. */
    RELATIONSHIPS,
    /** Anything else; the person's words say what. Code {@code other}. */
    OTHER;

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
