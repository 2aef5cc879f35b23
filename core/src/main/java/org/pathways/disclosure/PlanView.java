package org.pathways.disclosure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.internal.Checks;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.PlanStep;
import org.pathways.priority.Priorities;
import org.pathways.priority.PriorityCategory;
import org.pathways.team.CareTeam;

/**
 * One recipient's view of a plan: only what the person consented to share with them for one
 * purpose, with the record of the disclosure.
 *
 * <pre>{@code
 * Disclosed d = Disclosures.disclose(plan, Recipient.organisation("org-aurora-house"), Purpose.REFERRAL, edit);
 * PlanView view = d.getView();
 * view.getPerson();       // present: identity was permitted
 * view.getSteps();        // empty: plan steps were not
 * PlanJson.defaults().write(view);
 * }</pre>
 *
 * <p>A section the recipient may not receive is absent, not blanked: the view does not show that it
 * exists. Within a section, what a category does not cover is left out the same way: priorities
 * keep their order with ranks renumbered from 1, steps name only the priorities in the view, and
 * the person's contact rules appear only with {@link InformationCategory#CONTACT}. A view holds
 * nothing beyond the categories its disclosure names, whoever builds it — {@link Disclosures}, a
 * builder, or a reader of JSON: the code word and contact details only with
 * {@link InformationCategory#SAFE_CONTACT}, a priority or step of a protected kind only with its
 * category, a team member's identifier only with {@link InformationCategory#CARE_TEAM}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanView {
    PlanView() {}

    /**
     * Returns a new builder, for reading a view back; views are made by {@link Disclosures#disclose}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the record of this disclosure: recipient, purpose, categories, time, grants.
     *
     * @return the record
     */
    @NotNull
    @Valid
    public abstract Disclosure getDisclosure();

    /**
     * Returns the plan's identifier, which identifies the person to anyone who holds the plan.
     *
     * @return the identifier; present only with {@link InformationCategory#IDENTITY}
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getPlanId();

    /**
     * Returns the person: identity, and contact only with {@link InformationCategory#CONTACT}.
     *
     * @return the person; present only with {@link InformationCategory#IDENTITY}. Without
     *     {@code CONTACT}, {@link Person#getSafeContact()} is {@link
     *     org.pathways.person.SafeContact#none()} and the JSON leaves it out
     */
    public abstract Optional<@Valid Person> getPerson();

    /**
     * Returns the person's priorities that may be shared, in the person's order.
     *
     * @return the priorities; present only with {@link InformationCategory#PRIORITIES}
     */
    public abstract Optional<@Valid Priorities> getPriorities();

    /**
     * Returns the current members of the care team.
     *
     * @return the team; present only with {@link InformationCategory#CARE_TEAM}
     */
    public abstract Optional<@Valid CareTeam> getTeam();

    /**
     * Returns the steps that may be shared.
     *
     * @return the steps; present only with {@link InformationCategory#PLAN_STEPS} and
     *     {@link InformationCategory#PRIORITIES}
     */
    public abstract Optional<List<@Valid PlanStep>> getSteps();

    /**
     * Returns the conditions the person set on the grants behind this disclosure, in their words,
     * for the recipient to honour. Free text: present only when the disclosure names every category
     * of {@link Disclosures#freeTextNeeds()}.
     *
     * @return the conditions, sensitive
     */
    @NotNull
    public abstract List<SensitiveText> getConditions();

    /**
     * Asks whether the person's instructions kept something out of this view that the recipient
     * would otherwise receive — said only when the agency's consent policy asks for that notice, and
     * never what was withheld.
     *
     * @return true when the view tells the recipient that something was withheld at the person's
     *     request
     */
    @Value.Default
    public boolean isWithheldAtRequest() {
        return false;
    }

    /**
     * Checks the view and keeps it deeply immutable: a list of steps given to the builder, which
     * Immutables keeps as given inside an {@code Optional}, is replaced by an unmodifiable copy, so
     * neither the caller's list nor the one {@link #getSteps()} returns can change the view.
     *
     * @return this view, or a copy holding an unmodifiable list of steps
     */
    @Value.Check
    PlanView check() {
        if (getSteps().isPresent()) {
            List<PlanStep> steps = getSteps().get();
            List<PlanStep> copy = List.copyOf(steps);
            if (copy != steps) {
                return builder().from(this).steps(copy).build();
            }
        }
        getPlanId().ifPresent(id -> Checks.id("view.planId", id));
        boolean identity = getDisclosure().getCategories().contains(InformationCategory.IDENTITY);
        if (!identity && (getPlanId().isPresent() || getPerson().isPresent())) {
            Checks.fail("view.person", "the view holds the person's identity, which the disclosure does not name");
        }
        if (getPriorities().isPresent() && !getDisclosure().getCategories().contains(InformationCategory.PRIORITIES)) {
            Checks.fail("view.priorities", "the view holds priorities, which the disclosure does not name");
        }
        if (getSteps().isPresent() && !getDisclosure().getCategories().contains(InformationCategory.PLAN_STEPS)) {
            Checks.fail("view.steps", "the view holds plan steps, which the disclosure does not name");
        }
        if (getTeam().isPresent() && !getDisclosure().getCategories().contains(InformationCategory.CARE_TEAM)) {
            Checks.fail("view.team", "the view holds the care team, which the disclosure does not name");
        }
        Set<InformationCategory> named = getDisclosure().getCategories();
        getPerson().ifPresent(p -> {
            SafeContact c = p.getSafeContact();
            if (!named.contains(InformationCategory.CONTACT) && !c.equals(SafeContact.none())) {
                Checks.fail(
                        "view.person.safeContact",
                        "the view holds the person's contact rules, which need contact; the disclosure does not name it");
            }
            if (!named.contains(InformationCategory.SAFE_CONTACT)
                    && (c.getCodeWord().isPresent() || c.getDetails().isPresent())) {
                Checks.fail(
                        "view.person.safeContact",
                        "the view holds the code word or contact details, which need safe_contact; the disclosure"
                                + " does not name it");
            }
        });
        getPriorities()
                .ifPresent(ps -> ps.getRanked()
                        .forEach(p -> p.getCategory()
                                .flatMap(PriorityCategory::getRevealedCategory)
                                .filter(c -> !named.contains(c))
                                .ifPresent(c -> Checks.fail(
                                        "view.priorities[" + p.getId() + "]",
                                        "a priority of this category needs " + c.getCode()
                                                + ", which the disclosure does not name"))));
        getSteps()
                .ifPresent(steps -> steps.forEach(st -> {
                    Disclosures.reveals(st).stream()
                            .filter(c -> !named.contains(c))
                            .findFirst()
                            .ifPresent(c -> Checks.fail(
                                    "view.steps[" + st.getId() + "]",
                                    "the step's kind, what it shares or why it closed needs " + c.getCode()
                                            + ", which the disclosure does not name"));
                    if (st.getDescription().isPresent() && !named.containsAll(Disclosures.freeTextNeeds())) {
                        Checks.fail(
                                "view.steps[" + st.getId() + "].description",
                                "free text a worker typed needs every category it could reveal, which the"
                                        + " disclosure does not name");
                    }
                    if (!named.contains(InformationCategory.CARE_TEAM)
                            && (st.getResponsible().isPresent()
                                    || st.getAccompaniedBy().isPresent())) {
                        Checks.fail(
                                "view.steps[" + st.getId() + "]",
                                "the step names a team member, which needs care_team; the disclosure does not name it");
                    }
                }));
        if (!getConditions().isEmpty() && !named.containsAll(Disclosures.freeTextNeeds())) {
            Checks.fail(
                    "view.conditions",
                    "free text a worker typed needs every category it could reveal, which the disclosure does not"
                            + " name");
        }
        return this;
    }

    /** Builds a {@link PlanView}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutablePlanView.Builder {
        Builder() {}
    }
}
