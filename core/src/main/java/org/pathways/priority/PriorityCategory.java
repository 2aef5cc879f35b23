package org.pathways.priority;

import java.util.Optional;
import org.pathways.Coded;
import org.pathways.consent.InformationCategory;
import org.pathways.internal.Codes;

/**
 * An optional category for a priority, for finding services and for counts; the person's own words
 * remain the priority. "Being able to find their next fix" is as valid a priority as housing (Du Mont
 * et al., recommendation 8; NORAHT recommendation 2).
 */
public enum PriorityCategory implements Coded {
    /** A safe place to live, shelter, transitional or long-term housing. Code {@code housing}. */
    HOUSING("housing", InformationCategory.LOCATION_AND_SAFETY),
    /** Children, parenting, reunification, family including family of choice. Code {@code children_and_family}. */
    CHILDREN_AND_FAMILY("children_and_family", InformationCategory.CHILDREN_AND_FAMILY),
    /** Safety from a person or a situation. Code {@code safety}. */
    SAFETY("safety", InformationCategory.LOCATION_AND_SAFETY),
    /** Physical and sexual health. Code {@code health}. */
    HEALTH("health", InformationCategory.HEALTH),
    /** Mental health and emotional well-being. Code {@code mental_health}. */
    MENTAL_HEALTH("mental_health", InformationCategory.HEALTH),
    /** Substance use on the person's own terms, including harm reduction. Code {@code substance_use}. */
    SUBSTANCE_USE("substance_use", InformationCategory.SUBSTANCE_USE),
    /** Money, benefits, debts. Code {@code income}. */
    INCOME("income"),
    /** Legal matters: charges, family court, immigration. Code {@code legal}. */
    LEGAL("legal", InformationCategory.LEGAL),
    /** Identity documents, often taken by someone else. Code {@code identity_documents}. */
    IDENTITY_DOCUMENTS("identity_documents", InformationCategory.LEGAL),
    /** Culture, ceremony, spirituality and community. Code {@code culture_and_spirituality}. */
    CULTURE_AND_SPIRITUALITY("culture_and_spirituality"),
    /** School, training and work. Code {@code education_and_employment}. */
    EDUCATION_AND_EMPLOYMENT("education_and_employment"),
    /** Relationships with friends, partners, community. Code {@code relationships}. */
    RELATIONSHIPS("relationships"),
    /** Anything else; the person's words say what. Code {@code other}. */
    OTHER("other");

    private final String code;
    private final InformationCategory revealed;

    PriorityCategory(String code) {
        this(code, null);
    }

    PriorityCategory(String code, InformationCategory revealed) {
        this.code = code;
        this.revealed = revealed;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the category of information a priority of this kind reveals, besides
     * {@link InformationCategory#PRIORITIES}: a mental-health priority tells of her health, so it is
     * shared only where {@code health} may go.
     *
     * @return the category; empty for the kinds that reveal nothing more, such as income
     */
    public Optional<InformationCategory> getRevealedCategory() {
        return Optional.ofNullable(revealed);
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
