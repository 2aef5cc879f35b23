package org.pathways.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathways.ErrorCode;
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.internal.Checks;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.team.CareTeam;

/**
 * The rules without which a {@link CarePlan} means nothing, one method each, checked by the plan's
 * {@code @Value.Check} on every build (by a builder, a change or a reader): a plan that breaks one
 * cannot exist. Each failure is an {@link org.pathways.InvalidPlanException} naming the field and,
 * where it can, the JSON Pointer of the bad value; the first broken rule, in the order of
 * {@link #check(CarePlan)}, is the one reported.
 */
final class PlanInvariants {
    private PlanInvariants() {}

    /**
     * Checks every rule, in a fixed order: the plan's identifiers, its priorities, then each step in
     * turn (every rule of a step before the next step), then the consent ledger, the disclosures and
     * the case conferences.
     *
     * @param plan the plan being built
     */
    static void check(CarePlan plan) {
        identifiersAreWellFormed(plan);
        Instant revisedAt = plan.getRevision().getAt();
        noPriorityIsExpressedAfterTheRevision(plan.getPriorities(), revisedAt);
        stepIdentifiersAreUnique(plan);
        CareTeam team = plan.getTeam();
        List<PlanStep> steps = plan.getSteps();
        for (int i = 0; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            aStepServesOnlyPrioritiesOfThePlan(plan.getPriorities(), s, i);
            aStepNamesOnlyMembersOfTheTeam(s, i, team);
            noStepChangeIsAfterTheRevision(s, revisedAt);
            aStepGoesAheadOnlyWithConsent(plan, s, i);
        }
        noConsentEntryIsRecordedAfterTheRevision(plan.getConsent().getEntries(), revisedAt);
        Checks.unique("disclosures", plan.getDisclosures(), Disclosure::getId);
        List<Disclosure> disclosures = plan.getDisclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            Disclosure d = disclosures.get(i);
            noDisclosureIsAfterTheRevision(d, revisedAt);
            aDisclosureUnderConsentWasCoveredByTheGrantsItNames(plan, d, i);
        }
        Checks.unique("conferences", plan.getConferences(), CaseConference::getId);
        List<CaseConference> conferences = plan.getConferences();
        for (int i = 0; i < conferences.size(); i++) {
            CaseConference c = conferences.get(i);
            noConferenceIsAfterTheRevision(c, revisedAt);
            aConferenceProducesOnlyStepsOfThePlan(plan, c, i);
            everyOrganisationAtAConferenceTableIsCoveredByConsent(plan, c, i);
        }
    }

    /** The plan's, its agency's and its steward's identifiers are identifiers. */
    static void identifiersAreWellFormed(CarePlan plan) {
        Checks.id("plan.id", plan.getId());
        plan.getAgency().ifPresent(a -> Checks.id("plan.agency", a));
        plan.getSteward().ifPresent(a -> Checks.id("plan.steward", a));
    }

    /** No priority was expressed after the revision that holds it (their own check keeps ids unique). */
    static void noPriorityIsExpressedAfterTheRevision(Priorities priorities, Instant revisedAt) {
        for (Priority p : priorities.getRanked()) {
            if (p.getExpressedAt().isAfter(revisedAt)) {
                Checks.fail(
                        "priorities[" + p.getId() + "].expressedAt",
                        p.getExpressedAt() + " is after the revision's time " + revisedAt);
            }
        }
    }

    /** No two steps share an identifier. */
    static void stepIdentifiersAreUnique(CarePlan plan) {
        if (plan.stepPositions().size() != plan.getSteps().size()) {
            Checks.unique("steps", plan.getSteps(), PlanStep::getId); // names the repeated identifier
        }
    }

    /** A step serves only priorities the plan holds. */
    static void aStepServesOnlyPrioritiesOfThePlan(Priorities priorities, PlanStep s, int index) {
        for (String p : s.getServes()) {
            if (priorities.find(p).isEmpty()) {
                // a set: its order on the wire is the writer's, so the pointer names the array
                Checks.fail(
                        ErrorCode.INVALID,
                        field(s, "serves"),
                        "/steps/" + index + "/serves",
                        "serves a priority that is not in the plan");
            }
        }
    }

    /**
     * A step's responsible member and whoever accompanies the person are on the team, and, while the
     * step is open, still on it.
     */
    static void aStepNamesOnlyMembersOfTheTeam(PlanStep s, int index, CareTeam team) {
        boolean open = s.isOpen();
        member(s, index, "responsible", s.getResponsible(), open, team);
        member(s, index, "accompaniedBy", s.getAccompaniedBy(), open, team);
    }

    private static void member(PlanStep s, int index, String name, Optional<String> id, boolean open, CareTeam team) {
        if (id.isEmpty()) {
            return;
        }
        String m = id.get();
        if (team.find(m).isEmpty()) {
            Checks.fail(
                    ErrorCode.INVALID,
                    field(s, name),
                    "/steps/" + index + "/" + name,
                    "names a member who is not on the team");
        }
        if (open && team.findCurrent(m).isEmpty()) {
            Checks.fail(
                    ErrorCode.INVALID,
                    field(s, name),
                    "/steps/" + index + "/" + name,
                    "names a member who has left the team; an open step needs a current member");
        }
    }

    /** No change of a step is after the revision that holds it. */
    static void noStepChangeIsAfterTheRevision(PlanStep s, Instant revisedAt) {
        Instant last = s.getHistory().get(s.getHistory().size() - 1).getAt();
        if (last.isAfter(revisedAt)) {
            Checks.fail(field(s, "history"), "change at " + last + " is after the revision's time " + revisedAt);
        }
    }

    /**
     * A step that shares with an outside provider went ahead ({@code in_progress}) only when the
     * person's consent covered that provider at that time; an organisation's answer shares nothing.
     */
    static void aStepGoesAheadOnlyWithConsent(CarePlan plan, PlanStep s, int index) {
        List<StatusChange> history = s.getHistory();
        for (int k = 0; k < history.size(); k++) {
            StatusChange c = history.get(k);
            if (c.getStatus() != StepStatus.IN_PROGRESS || c.getAnswer().isPresent()) {
                continue; // an organisation's answer brings news back and shares nothing
            }
            Optional<ConsentDecisions> d = plan.consentFor(s, c.getAt());
            if (d.isPresent() && !d.get().isPermitted()) {
                // the provider is not named: it is the value the person's consent does not cover
                Checks.fail(
                        ErrorCode.CONSENT_MISSING,
                        field(s, "history"),
                        "/steps/" + index + "/history/" + k,
                        "cannot go ahead (in_progress) at " + c.getAt() + ": consent does not cover the step's"
                                + " provider for " + s.getSharingPurpose().getCode() + ": "
                                + d.get().explainDenied());
            }
        }
    }

    /** The consent ledger's latest entry was recorded no later than the revision that holds it. */
    static void noConsentEntryIsRecordedAfterTheRevision(List<ConsentEntry> ledger, Instant revisedAt) {
        if (!ledger.isEmpty()) {
            ConsentEntry last = ledger.get(ledger.size() - 1);
            if (last.getRecordedAt().isAfter(revisedAt)) {
                Checks.fail(
                        "consent[" + last.getId() + "].recordedAt",
                        last.getRecordedAt() + " is after the revision's time " + revisedAt);
            }
        }
    }

    /** A disclosure, the person being told of it and its entry are no later than the revision. */
    static void noDisclosureIsAfterTheRevision(Disclosure d, Instant revisedAt) {
        Instant latest = d.getPersonToldAt().orElse(d.getEnteredAt());
        if (d.getEnteredAt().isAfter(latest)) {
            latest = d.getEnteredAt();
        }
        if (latest.isAfter(revisedAt)) {
            Checks.fail("disclosures[" + d.getId() + "].at", latest + " is after the revision's time " + revisedAt);
        }
    }

    /**
     * A disclosure on the basis of consent was covered by the person's consent for its recipient,
     * categories and purpose at its time, and names exactly the grants that permitted it.
     */
    static void aDisclosureUnderConsentWasCoveredByTheGrantsItNames(CarePlan plan, Disclosure d, int index) {
        if (d.getBasis() != DisclosureBasis.CONSENT) {
            return;
        }
        String f = "disclosures[" + d.getId() + "]";
        ConsentDecisions allowed =
                plan.getConsent().decide(d.getRecipient(), d.getCategories(), d.getPurpose(), d.getAt());
        if (!allowed.isPermitted()) {
            Checks.fail(
                    ErrorCode.CONSENT_MISSING,
                    f + ".categories",
                    "/disclosures/" + index + "/categories",
                    "consent did not cover its recipient for " + d.getPurpose().getCode() + " at " + d.getAt() + ": "
                            + allowed.explainDenied());
        }
        if (!allowed.getGrants().equals(d.getGrants())) {
            Checks.fail(
                    ErrorCode.INVALID,
                    f + ".grants",
                    "/disclosures/" + index + "/grants",
                    "names " + d.getGrants().size() + " grant(s) that are not the "
                            + allowed.getGrants().size() + " that permitted it");
        }
    }

    /** A case conference was entered no later than the revision that holds it. */
    static void noConferenceIsAfterTheRevision(CaseConference c, Instant revisedAt) {
        if (c.getEnteredAt().isAfter(revisedAt)) {
            Checks.fail(
                    "conferences[" + c.getId() + "].at",
                    c.getEnteredAt() + " is after the revision's time " + revisedAt);
        }
    }

    /** The steps a case conference produced are steps of the plan. */
    static void aConferenceProducesOnlyStepsOfThePlan(CarePlan plan, CaseConference c, int index) {
        for (String s : c.getProduced()) {
            if (plan.findStep(s).isEmpty()) {
                Checks.fail(
                        ErrorCode.INVALID,
                        "conferences[" + c.getId() + "].produced",
                        "/conferences/" + index + "/produced",
                        "names a step that is not in the plan");
            }
        }
    }

    /**
     * Every outside organisation at a case-conferencing table was covered by the person's consent
     * for what the conference needed, at its time.
     */
    static void everyOrganisationAtAConferenceTableIsCoveredByConsent(CarePlan plan, CaseConference c, int index) {
        // the organisations are not named: they are the values the person's consent does not cover
        List<String> without = c.getOrganisations().stream()
                .filter(plan::isOutside)
                .map(o -> plan.getConsent()
                        .decide(Recipient.organisation(o), c.getNeeds(), Purpose.CASE_CONFERENCE, c.getAt()))
                .filter(d -> !d.isPermitted())
                .map(ConsentDecisions::explainDenied)
                .toList();
        if (!without.isEmpty()) {
            Checks.fail(
                    ErrorCode.CONSENT_MISSING,
                    "conferences[" + c.getId() + "].organisations",
                    "/conferences/" + index + "/organisations",
                    "the person has not consented to sharing with every organisation at the table for"
                            + " case_conference: " + without.size()
                            + (without.size() == 1 ? " organisation is" : " organisations are")
                            + " not covered (" + String.join("; ", without) + ")");
        }
    }

    /** The field of a step, for messages; built only when one is needed. */
    private static String field(PlanStep s, String name) {
        return "steps[" + s.getId() + "]." + name;
    }
}
