package org.pathways.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pathways.Coded;
import org.pathways.consent.InformationCategory;
import org.pathways.internal.Codes;
import org.pathways.priority.Domain;
import org.pathways.priority.PriorityCategory;

/** What kind of wraparound action a plan step is (Du Mont et al., recommendation 4). */
public enum StepKind implements Coded {
    /** A referral to another organisation. Code {@code referral}. */
    REFERRAL("referral"),
    /** Going with the person to an appointment (Du Mont et al., recommendation 3). Code {@code accompaniment}. */
    ACCOMPANIMENT("accompaniment"),
    /** Bringing the person's situation to a case-conferencing table (recommendation 2). Code {@code case_conference}. */
    CASE_CONFERENCE("case_conference"),
    /** Shelter, transitional or long-term housing (recommendation 6). Code {@code shelter_and_housing}. */
    SHELTER_AND_HOUSING("shelter_and_housing", InformationCategory.LOCATION_AND_SAFETY, Domain.PHYSICAL),
    /** Programming specialised in trafficking and exploitation (recommendation 5). Code {@code specialised_programming}. */
    SPECIALISED_PROGRAMMING("specialised_programming", Domain.EMOTIONAL, Domain.PSYCHOLOGICAL),
    /** Peer support by people with lived experience (NORAHT principle 2). Code {@code peer_support}. */
    PEER_SUPPORT("peer_support", Domain.EMOTIONAL),
    /** Counselling and therapy. Code {@code counselling}. */
    COUNSELLING("counselling", InformationCategory.HEALTH, Domain.EMOTIONAL, Domain.PSYCHOLOGICAL),
    /** Harm reduction, on the person's terms (NORAHT recommendation 2). Code {@code harm_reduction}. */
    HARM_REDUCTION("harm_reduction", InformationCategory.SUBSTANCE_USE, Domain.PHYSICAL),
    /** Health care. Code {@code health_care}. */
    HEALTH_CARE("health_care", InformationCategory.HEALTH, Domain.PHYSICAL),
    /** Legal support and advocacy. Code {@code legal_support}. */
    LEGAL_SUPPORT("legal_support", InformationCategory.LEGAL),
    /** Indigenous healing and wellness (NORAHT principle 4). Code {@code indigenous_healing}. */
    INDIGENOUS_HEALING("indigenous_healing", Domain.SPIRITUAL, Domain.EMOTIONAL),
    /** Reuniting with children and family. Code {@code family_reunification}. */
    FAMILY_REUNIFICATION(
            "family_reunification", InformationCategory.CHILDREN_AND_FAMILY, Domain.EMOTIONAL, Domain.SPIRITUAL),
    /** Income support and benefits. Code {@code income_support}. */
    INCOME_SUPPORT("income_support", Domain.PHYSICAL),
    /** Replacing identity documents. Code {@code identity_documents}. */
    IDENTITY_DOCUMENTS("identity_documents", InformationCategory.LEGAL),
    /** Planning for safety with the person. Code {@code safety_planning}. */
    SAFETY_PLANNING("safety_planning", InformationCategory.LOCATION_AND_SAFETY, Domain.PHYSICAL, Domain.PSYCHOLOGICAL),
    /** School, training and work. Code {@code education_and_employment}. */
    EDUCATION_AND_EMPLOYMENT("education_and_employment", Domain.PSYCHOLOGICAL),
    /** Anything else; the step's description says what. Code {@code other}. */
    OTHER("other");

    private final String code;
    private final InformationCategory revealed;
    private final Set<Domain> domains;

    StepKind(String code, Domain... domains) {
        this(code, null, domains);
    }

    StepKind(String code, InformationCategory revealed, Domain... domains) {
        this.code = code;
        this.revealed = revealed;
        EnumSet<Domain> set = EnumSet.noneOf(Domain.class);
        set.addAll(Arrays.asList(domains));
        this.domains = Collections.unmodifiableSet(set);
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the category of information a step of this kind reveals, besides
     * {@link InformationCategory#PLAN_STEPS}: a harm-reduction step tells of substance use, so it is
     * shared only where {@code substance_use} may go ({@code Disclosures.reveals(PlanStep)}).
     *
     * @return the category; empty for the kinds that reveal nothing more, such as referral
     */
    public Optional<InformationCategory> getRevealedCategory() {
        return Optional.ofNullable(revealed);
    }

    /**
     * Returns the medicine-wheel domains a step of this kind usually touches, for the gap report only:
     * the domains of a plan are the person's, named on her priorities.
     *
     * @return the domains, in the order of {@link Domain}; none for referral, accompaniment, case
     *     conference, legal support, identity documents and other, which serve whatever the person
     *     needs
     */
    public Set<Domain> getDomains() {
        return domains;
    }

    /**
     * Returns the kind of step a priority of this category suggests while no open step serves it yet:
     * what service matching looks for, and what the gap report counts as the kind she needs.
     *
     * @param category the priority's category
     * @return the kind; empty for {@code other}, whose kind only the person's words say
     */
    public static Optional<StepKind> suggestedFor(PriorityCategory category) {
        return Optional.ofNullable(
                switch (Objects.requireNonNull(category, "category")) {
                    case HOUSING -> SHELTER_AND_HOUSING;
                    case CHILDREN_AND_FAMILY -> FAMILY_REUNIFICATION;
                    case SAFETY -> SAFETY_PLANNING;
                    case HEALTH -> HEALTH_CARE;
                    case MENTAL_HEALTH -> COUNSELLING;
                    case SUBSTANCE_USE -> HARM_REDUCTION;
                    case INCOME -> INCOME_SUPPORT;
                    case LEGAL -> LEGAL_SUPPORT;
                    case IDENTITY_DOCUMENTS -> IDENTITY_DOCUMENTS;
                    case CULTURE_AND_SPIRITUALITY -> INDIGENOUS_HEALING;
                    case EDUCATION_AND_EMPLOYMENT -> EDUCATION_AND_EMPLOYMENT;
                    case RELATIONSHIPS -> PEER_SUPPORT;
                    case OTHER -> null;
                });
    }

    /**
     * Returns the kind with the given wire code.
     *
     * @param code the code, such as {@code harm_reduction}
     * @return the kind
     * @throws org.pathways.UnknownCodeException if no kind has that code
     */
    public static StepKind fromCode(String code) {
        return Codes.fromCode(StepKind.class, code);
    }
}
