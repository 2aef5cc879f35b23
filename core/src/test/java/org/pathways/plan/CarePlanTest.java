package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.PathwaysException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityStatus;
import org.pathways.review.PlanReview;
import org.pathways.review.Rule;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class CarePlanTest {
    private final CarePlan mira = SamplePlans.mira();

    @Test
    void everyOperationMakesTheNextRevisionAndLeavesTheOldOne() {
        int n = mira.getRevision().getNumber();
        CarePlan next = mira.rankPriority("p-sleep", 1, edit(10));
        assertEquals(n + 1, next.getRevision().getNumber());
        assertEquals(
                Optional.of("moved priority p-sleep to rank 1"),
                next.getRevision().getDescription());
        assertEquals(edit(10).getAt(), next.getRevision().getAt());
        assertEquals(3, mira.getPriorities().rankOf("p-sleep"));
        assertEquals(1, next.getPriorities().rankOf("p-sleep"));
    }

    @Test
    void recordsWhetherThePersonWasPresent() {
        CarePlan next = mira.markPriority("p-home", PriorityStatus.ACHIEVED, Edit.of("m-rae", edit(10).getAt(), false));
        assertFalse(next.getRevision().isPersonPresent());
        assertEquals("m-rae", next.getRevision().getAuthor());
        assertEquals(
                PriorityStatus.ACHIEVED,
                next.getPriorities().find("p-home").orElseThrow().getStatus());
    }

    @Test
    void aStepMovesThroughItsLifecycleWithTimeAndActor() {
        CarePlan done = mira.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(10))
                .markStep("s-shelter", StepStatus.COMPLETED, edit(20));
        PlanStep s = done.findStep("s-shelter").orElseThrow();
        assertEquals(StepStatus.COMPLETED, s.getStatus());
        StatusChange last = s.getHistory().get(s.getHistory().size() - 1);
        assertEquals(edit(20).getAt(), last.getAt());
        assertEquals("m-jo", last.getRecordedBy());
    }

    @Test
    void declineIsARespectedOutcomeWithItsReason() {
        CarePlan plan = mira.proposeStep(SamplePlans.step("s-group", StepKind.PEER_SUPPORT, "p-sleep"), edit(10))
                .declineStep("s-group", ClosureReason.PERSONS_CHOICE, edit(11));
        PlanStep s = plan.findStep("s-group").orElseThrow();
        assertEquals(StepStatus.DECLINED, s.getStatus());
        assertEquals(
                Optional.of(ClosureReason.PERSONS_CHOICE), s.getHistory().get(1).getReason());
        assertEquals(
                Optional.of("step s-group declined (persons_choice)"),
                plan.getRevision().getDescription());
    }

    @Test
    void cancelRecordsWhyTheProviderCouldNotDeliver() {
        CarePlan plan = mira.cancelStep("s-shelter", ClosureReason.WAITLIST, edit(10));
        assertEquals(
                StepStatus.CANCELLED, plan.findStep("s-shelter").orElseThrow().getStatus());
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.cancelStep("s-shelter", ClosureReason.PERSONS_CHOICE, edit(10)),
                "history.reason",
                "recorded as declined");
    }

    @Test
    void markStepToDeclinedOrCancelledNamesTheOperationThatRecordsIt() {
        InvalidPlanException declined = Expect.rejects(
                InvalidPlanException.class,
                () -> mira.markStep("s-shelter", StepStatus.DECLINED, edit(10)),
                "steps[s-shelter].status",
                "markStep does not mark a step declined: a step the person declines goes through"
                        + " declineStep(stepId, reason, edit), with the reason");
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, declined.getCode());
        InvalidPlanException cancelled = Expect.rejects(
                InvalidPlanException.class,
                () -> mira.markStep("s-shelter", StepStatus.CANCELLED, edit(10)),
                "steps[s-shelter].status",
                "goes through cancelStep(stepId, reason, edit)");
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, cancelled.getCode());
    }

    @Test
    void anUnknownStepIdIsNotFoundWhileABrokenRuleIsInvalidOrAnIllegalTransition() {
        InvalidPlanException unknown = Expect.rejects(
                InvalidPlanException.class,
                () -> mira.markStep("s-nowhere", StepStatus.IN_PROGRESS, edit(10)),
                "steps",
                "no step has this identifier");
        assertEquals(ErrorCode.NOT_FOUND, unknown.getCode());
        assertEquals(404, unknown.getCode().getHttpStatus());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(
                                InvalidPlanException.class,
                                () -> mira.declineStep("s-nowhere", ClosureReason.PERSONS_CHOICE, edit(10)))
                        .getCode());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(InvalidPlanException.class, () -> mira.rankPriority("p-nowhere", 1, edit(10)))
                        .getCode());
        CarePlan done = mira.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(10))
                .markStep("s-shelter", StepStatus.COMPLETED, edit(11));
        InvalidPlanException terminal = assertThrows(
                InvalidPlanException.class, () -> done.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(12)));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, terminal.getCode());
        InvalidPlanException broken = assertThrows(
                InvalidPlanException.class,
                () -> mira.updateStep(
                        PlanStep.builder()
                                .from(mira.findStep("s-shelter").orElseThrow())
                                .serves(List.of("p-nowhere"))
                                .build(),
                        edit(10)));
        assertEquals(ErrorCode.INVALID, broken.getCode());
        assertEquals(Optional.of("/steps/0/serves"), broken.getPointer());
    }

    @Test
    void nothingProceedsWithoutThePersonsAgreement() {
        CarePlan plan = mira.proposeStep(SamplePlans.step("s-2", StepKind.COUNSELLING, "p-sleep"), edit(10));
        InvalidPlanException e = Expect.rejects(
                InvalidPlanException.class,
                () -> plan.markStep("s-2", StepStatus.AGREED, edit(11)),
                "steps[s-2].status",
                "the person's agreement goes through agreeToStep(stepId, mode, edit)");
        assertEquals(org.pathways.ErrorCode.ILLEGAL_TRANSITION, e.getCode());
        Expect.rejects(
                InvalidPlanException.class,
                () -> plan.markStep("s-2", StepStatus.IN_PROGRESS, edit(11)),
                "steps[s-2].history",
                "cannot move from proposed to in_progress");
    }

    @Test
    void rejectsAStepServingAPriorityNotInThePlan() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.proposeStep(SamplePlans.step("s-2", StepKind.OTHER, "p-none"), edit(10)),
                "steps[s-2].serves",
                "serves a priority that is not in the plan");
    }

    @Test
    void rejectsAStepNamingSomeoneNotOnTheTeam() {
        PlanStep s = PlanStep.builder()
                .from(SamplePlans.step("s-2", StepKind.OTHER, "p-son"))
                .responsible("m-kim")
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.proposeStep(s, edit(10)),
                "steps[s-2].responsible",
                "names a member who is not on the team");
    }

    @Test
    void rejectsRemovingAMemberAnOpenStepStillNeeds() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.removeMember("m-jo", edit(10)),
                "steps[s-shelter].responsible",
                "has left the team; an open step needs a current member");
    }

    @Test
    void aClosedStepStillNamesAFormerMember() {
        CarePlan plan = mira.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(10))
                .markStep("s-shelter", StepStatus.COMPLETED, edit(11))
                .removeMember("m-jo", edit(12));
        assertTrue(plan.getTeam().findCurrent("m-jo").isEmpty());
        assertEquals(
                Optional.of("m-jo"), plan.findStep("s-shelter").orElseThrow().getResponsible());
    }

    @Test
    void rejectsAnEditDatedBeforeTheLatestRevision() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.rankPriority("p-son", 2, edit(-1)),
                "edit.at",
                "is before revision");
    }

    @Test
    void rejectsAProposalThatAlreadyHasAHistory() {
        PlanStep agreed = SamplePlans.step("s-2", StepKind.OTHER, "p-son")
                .withChange(StatusChange.agreed(SamplePlans.INTAKE, "m-jo", AgreementMode.VERBAL));
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.proposeStep(agreed, edit(10)),
                "steps[s-2].history",
                "holds only its proposal");
    }

    @Test
    void rejectsADuplicateStepId() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.proposeStep(SamplePlans.step("s-shelter", StepKind.OTHER, "p-son"), edit(10)),
                "steps",
                "the plan already holds a step with this identifier");
    }

    @Test
    void updateStepChangesDetailsButNeverHistory() {
        PlanStep current = mira.findStep("s-shelter").orElseThrow();
        CarePlan plan = mira.updateStep(
                PlanStep.builder().from(current).provider("org-other-house").build(), edit(10));
        assertEquals(
                Optional.of("org-other-house"),
                plan.findStep("s-shelter").orElseThrow().getProvider());
        PlanStep rewritten = current.withChange(StatusChange.to(StepStatus.IN_PROGRESS, edit(5).getAt(), "m-jo"));
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.updateStep(rewritten, edit(10)),
                "steps[s-shelter].history",
                "only through the lifecycle operations");
    }

    @Test
    void teamMembersComeAndGo() {
        TeamMember elder = TeamMember.builder()
                .id("m-elder")
                .role(TeamRole.ELDER_OR_KNOWLEDGE_KEEPER)
                .paid(true)
                .build();
        CarePlan plan = mira.addMember(elder, edit(10)).removeMember("m-elder", edit(11));
        assertTrue(plan.getTeam().find("m-elder").isPresent());
        assertTrue(plan.getTeam().findCurrent("m-elder").isEmpty());
        assertEquals(Optional.of("removed member m-elder"), plan.getRevision().getDescription());
    }

    @Test
    void deferringDomainsIsThePersonsChoice() {
        CarePlan plan = mira.deferDomains(EnumSet.of(Domain.SPIRITUAL), edit(10));
        assertEquals(EnumSet.of(Domain.SPIRITUAL), plan.getDeferredDomains());
    }

    @Test
    void rejectsAPriorityExpressedAfterTheRevision() {
        Priority later = Priority.builder()
                .from(SamplePlans.priority("p-late", "later"))
                .expressedAt(edit(99).getAt())
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.addPriority(later, 1, edit(10)),
                "priorities[p-late].expressedAt",
                "is after the revision's time");
    }

    @Test
    void equalMeansInterchangeable() {
        assertEquals(SamplePlans.mira(), mira);
        assertEquals(SamplePlans.mira().hashCode(), mira.hashCode());
        assertNotEquals(mira, mira.rankPriority("p-son", 2, edit(10)));
    }

    @Test
    void toStringShowsNoneOfThePersonsWords() {
        String s = mira.toString();
        for (String words : List.of("Mira", "Timmins", "raspberry", "Get my son back", "A place of my own")) {
            assertFalse(s.contains(words), words);
        }
    }

    // ---- consent in the plan ----

    private static ConsentRevocation withdraw(String id, String grant, int minutes) {
        return ConsentRevocation.builder()
                .id(id)
                .revokes(grant)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(edit(minutes).getAt())
                .build();
    }

    @Test
    void aReferralGoesAheadWhenConsentCoversWhatItShares() {
        CarePlan going = mira.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(10));
        assertEquals(
                StepStatus.IN_PROGRESS,
                going.findStep("s-shelter").orElseThrow().getStatus());
        assertTrue(going.consentFor(going.findStep("s-shelter").orElseThrow(), edit(10).getAt())
                .orElseThrow()
                .isPermitted());
    }

    @Test
    void aReferralCannotGoAheadWithoutConsentAndTheErrorSaysWhatIsMissing() {
        PlanStep shelter = mira.findStep("s-shelter").orElseThrow();
        CarePlan needsHealth = mira.updateStep(
                PlanStep.builder()
                        .from(shelter)
                        .addShares(InformationCategory.HEALTH)
                        .build(),
                edit(6));
        InvalidPlanException e = Expect.rejects(
                InvalidPlanException.class,
                () -> needsHealth.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(10)),
                "steps[s-shelter].history",
                "consent does not cover the step's provider for referral: health (no grant)");
        assertEquals(ErrorCode.CONSENT_MISSING, e.getCode());
        assertEquals(Optional.of("/steps/0/history/2"), e.getPointer());
    }

    @Test
    void anyStepWhoseProviderIsOutsideTheAgencyNeedsConsentWhateverItsKind() {
        CarePlan refused = mira.recordConsent(
                ConsentRefusal.builder()
                        .id("c-police")
                        .recipient(Recipient.organisation("org-police"))
                        .categories(EnumSet.allOf(InformationCategory.class))
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-jo")
                        .recordedAt(edit(6).getAt())
                        .build(),
                edit(6));
        PlanStep court = PlanStep.builder()
                .from(SamplePlans.step("s-court", StepKind.LEGAL_SUPPORT, "p-son"))
                .provider("org-police")
                .build();
        CarePlan agreed = refused.proposeStep(court, edit(7)).agreeToStep("s-court", AgreementMode.VERBAL, edit(8));
        Expect.rejects(
                InvalidPlanException.class,
                () -> agreed.markStep("s-court", StepStatus.IN_PROGRESS, edit(9)),
                "steps[s-court].history",
                "consent does not cover the step's provider for referral");
        assertTrue(PlanReview.of(agreed).getFindings().stream()
                .anyMatch(f ->
                        f.getRule() == Rule.CONSENT_NEEDED && f.getSubject().equals(Optional.of("s-court"))));
    }

    @Test
    void aStepTheAgencyProvidesItselfNeedsNoConsent() {
        PlanStep own = PlanStep.builder()
                .from(SamplePlans.step("s-own", StepKind.REFERRAL, "p-sleep"))
                .provider(SamplePlans.AGENCY)
                .build();
        CarePlan plan = mira.proposeStep(own, edit(10))
                .agreeToStep("s-own", AgreementMode.VERBAL, edit(10))
                .markStep("s-own", StepStatus.IN_PROGRESS, edit(11));
        assertTrue(plan.consentFor(own, edit(11).getAt()).isEmpty());
        assertFalse(plan.isOutside(SamplePlans.AGENCY));
        assertTrue(plan.isOutside(SamplePlans.SHELTER));
    }

    @Test
    void aRevocationDoesNotRewriteHistory() {
        CarePlan going = mira.markStep("s-shelter", StepStatus.IN_PROGRESS, edit(10));
        CarePlan withdrawn = going.recordConsent(withdraw("c-2", "c-1", 20), edit(20));
        assertEquals(
                StepStatus.IN_PROGRESS,
                withdrawn.findStep("s-shelter").orElseThrow().getStatus());
        assertEquals(2, withdrawn.getConsent().getEntries().size());
        assertEquals(Optional.of("consent c-2 revoked"), withdrawn.getRevision().getDescription());
    }

    @Test
    void consentIsRecordedAsItHappensNeverBackDatedNorAhead() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.recordConsent(withdraw("c-2", "c-1", 4), edit(10)),
                "consent[c-2].recordedAt",
                "never back-dated");
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.recordConsent(withdraw("c-2", "c-1", 30), edit(10)),
                "consent[c-2].recordedAt",
                "is after the revision's time");
    }

    @Test
    void aCaseConferenceRefusesAnOrganisationWithoutConsentWithWhatIsMissing() {
        CaseConference.Builder table = CaseConference.builder()
                .id("cc-1")
                .at(edit(10).getAt())
                .addOrganisations(SamplePlans.AGENCY, SamplePlans.SHELTER)
                .addShares(InformationCategory.PRIORITIES)
                .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                .addProduced("s-shelter");
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.recordCaseConference(table.build(), edit(10)),
                "conferences[cc-1].organisations",
                "for case_conference: 1 organisation is not covered (identity (no grant); priorities (no grant))");
        ConsentGrant conferencing = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .purposes(List.of(Purpose.CASE_CONFERENCE))
                .recordedAt(edit(9).getAt())
                .build();
        CarePlan held = mira.recordConsent(conferencing, edit(9)).recordCaseConference(table.build(), edit(10));
        assertEquals(1, held.getConferences().size());
        Expect.rejects(
                InvalidPlanException.class,
                () -> held.recordCaseConference(
                        CaseConference.builder()
                                .from(table.build())
                                .id("cc-2")
                                .produced(List.of("s-nowhere"))
                                .build(),
                        edit(11)),
                "conferences[cc-2].produced",
                "names a step that is not in the plan");
    }

    @Test
    void aStepChangeADisclosureAndAConferenceAreNoLaterThanTheRevisionThatHoldsThem() {
        String revisedAt = mira.getRevision().getAt().toString();
        PlanStep late = PlanStep.builder()
                .id("s-late")
                .kind(StepKind.OTHER)
                .addServes("p-son")
                .proposed(edit(99).getAt(), "m-jo")
                .build();
        InvalidPlanException step = Expect.rejects(
                InvalidPlanException.class,
                () -> CarePlan.builder().from(mira).addSteps(late).build(),
                "steps[s-late].history",
                "change at 2026-03-02T16:39:00Z is after the revision's time " + revisedAt);
        assertEquals(ErrorCode.INVALID, step.getCode());
        Disclosure told = Disclosure.builder()
                .id("d-1")
                .recipient(Recipient.organisation(SamplePlans.SHELTER))
                .purpose(Purpose.REFERRAL)
                .addCategories(InformationCategory.IDENTITY)
                .at(edit(99).getAt())
                .by("m-jo")
                .addGrants("c-1")
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> CarePlan.builder().from(mira).addDisclosures(told).build(),
                "disclosures[d-1].at",
                "2026-03-02T16:39:00Z is after the revision's time " + revisedAt);
        CaseConference table = CaseConference.builder()
                .id("cc-1")
                .at(edit(99).getAt())
                .addOrganisations(SamplePlans.AGENCY)
                .addShares(InformationCategory.PRIORITIES)
                .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> CarePlan.builder().from(mira).addConferences(table).build(),
                "conferences[cc-1].at",
                "2026-03-02T16:39:00Z is after the revision's time " + revisedAt);
    }

    @Test
    void ofTwoBrokenRulesTheOneCheckedFirstIsReported() {
        PlanStep twice = PlanStep.builder()
                .from(SamplePlans.step("s-2", StepKind.OTHER, "p-none"))
                .responsible("m-kim")
                .build();
        InvalidPlanException serves = Expect.rejects(
                InvalidPlanException.class,
                () -> CarePlan.builder().from(mira).addSteps(twice).build(),
                "steps[s-2].serves",
                "serves a priority that is not in the plan");
        assertEquals(Optional.of("/steps/" + mira.getSteps().size() + "/serves"), serves.getPointer());
        CaseConference nowhere = CaseConference.builder()
                .id("cc-1")
                .at(edit(99).getAt())
                .addOrganisations(SamplePlans.AGENCY)
                .addShares(InformationCategory.PRIORITIES)
                .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> CarePlan.builder()
                        .from(mira)
                        .addConferences(nowhere)
                        .addSteps(twice)
                        .build(),
                "steps[s-2].serves",
                "serves a priority that is not in the plan");
    }

    @Test
    void aDisclosureUnderConsentMustBeWhatTheGrantsItNamesPermitted() {
        Disclosure.Builder d = Disclosure.builder()
                .id("d-1")
                .recipient(Recipient.organisation(SamplePlans.SHELTER))
                .purpose(Purpose.REFERRAL)
                .addCategories(InformationCategory.IDENTITY, InformationCategory.PRIORITIES)
                .at(edit(10).getAt())
                .by("m-jo")
                .addGrants("c-1");
        assertEquals(
                1, mira.recordDisclosure(d.build(), edit(10)).getDisclosures().size());
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.recordDisclosure(
                        Disclosure.builder()
                                .from(d.build())
                                .addCategories(InformationCategory.HEALTH)
                                .build(),
                        edit(10)),
                "disclosures[d-1].categories",
                "consent did not cover its recipient for referral at 2026-03-02T15:10:00Z: health (no grant)");
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.recordDisclosure(
                        Disclosure.builder()
                                .from(d.build())
                                .grants(List.of("c-9"))
                                .build(),
                        edit(10)),
                "disclosures[d-1].grants",
                "names 1 grant(s) that are not the 1 that permitted it");
    }

    @Test
    void aLawfulDisclosureWithoutConsentIsRecordedAndThePersonToldOnce() {
        Disclosure lawful = Disclosure.builder()
                .id("d-1")
                .recipient(Recipient.organisation("org-child-services"))
                .purpose(Purpose.COORDINATION)
                .addCategories(InformationCategory.IDENTITY, InformationCategory.CHILDREN_AND_FAMILY)
                .at(edit(10).getAt())
                .by("m-jo")
                .basis(DisclosureBasis.LEGAL_DUTY)
                .reason(SensitiveText.of("A duty to report"))
                .decidedBy("m-supervisor")
                .decidedAs("privacy-officer")
                .build();
        CarePlan recorded = mira.recordDisclosure(lawful, edit(10), SamplePlans.POLICY);
        assertEquals(
                Optional.of("disclosed [identity, children_and_family] to organisation org-child-services for"
                        + " coordination (legal_duty)"),
                recorded.getRevision().getDescription());
        CarePlan told = recorded.recordPersonTold("d-1", edit(30).getAt(), edit(30));
        assertEquals(Optional.of(edit(30).getAt()), told.getDisclosures().get(0).getPersonToldAt());
        Expect.rejects(
                InvalidPlanException.class,
                () -> told.recordPersonTold("d-1", edit(40).getAt(), edit(40)),
                "disclosures[d-1].personToldAt",
                "already told");
        Expect.rejects(
                InvalidPlanException.class,
                () -> told.recordPersonTold("d-9", edit(40).getAt(), edit(40)),
                "disclosures",
                "no disclosure has this identifier");
    }

    @Test
    void theAgencyAndACompanionAreCheckedToo() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> CarePlan.builder().from(mira).agency("North Bay Outreach").build(),
                "plan.agency",
                "is not an identifier");
        PlanStep shelter = PlanStep.builder()
                .from(mira.findStep("s-shelter").orElseThrow())
                .accompaniedBy("m-nobody")
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.updateStep(shelter, edit(10)),
                "steps[s-shelter].accompaniedBy",
                "names a member who is not on the team");
    }

    @Test
    void herInstructionNamesAPriorityOrStepOfThePlan() {
        org.pathways.consent.ConsentRefusal.Builder b = org.pathways.consent.ConsentRefusal.builder()
                .id("c-2")
                .recipient(Recipient.organisation(SamplePlans.SHELTER))
                .given(org.pathways.consent.ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(edit(10).getAt());
        assertEquals(
                java.util.Set.of("p-son", "s-shelter"),
                mira.recordConsent(b.addItems("p-son", "s-shelter").build(), edit(10))
                        .getConsent()
                        .withheld(Recipient.organisation(SamplePlans.SHELTER), edit(10).getAt()));
        PathwaysException e = Expect.rejects(
                InvalidPlanException.class,
                () -> mira.recordConsent(b.items(List.of("p-elsewhere")).build(), edit(10)),
                "consent[c-2].items",
                "no priority or step has this identifier");
        assertEquals(ErrorCode.NOT_FOUND, e.getCode());
    }

    @Test
    void aDisclosureWithoutConsentIsRefusedUnlessItsRoleIsAuthorised() {
        Disclosure.Builder lawful = Disclosure.builder()
                .id("d-1")
                .recipient(Recipient.organisation("org-child-services"))
                .purpose(Purpose.COORDINATION)
                .addCategories(InformationCategory.IDENTITY)
                .at(edit(10).getAt())
                .by("m-jo")
                .basis(DisclosureBasis.IMMINENT_RISK_OF_SERIOUS_HARM)
                .reason(SensitiveText.of("A risk tonight"))
                .decidedBy("m-jo");
        for (Disclosure d :
                List.of(lawful.build(), lawful.decidedAs("peer-worker").build())) {
            PathwaysException e =
                    assertThrows(PathwaysException.class, () -> mira.recordDisclosure(d, edit(10), SamplePlans.POLICY));
            assertEquals(ErrorCode.OVERRIDE_NOT_AUTHORISED, e.getCode());
            assertEquals("disclosures[d-1].decidedAs", e.getField());
        }
        Disclosure authorised = lawful.decidedAs("privacy-officer").build();
        assertEquals(
                ErrorCode.OVERRIDE_NOT_AUTHORISED,
                assertThrows(PathwaysException.class, () -> mira.recordDisclosure(authorised, edit(10)))
                        .getCode(),
                "without a policy no role is authorised");
        CarePlan recorded = mira.recordDisclosure(authorised, edit(10), SamplePlans.POLICY);
        assertEquals(
                Optional.of("privacy-officer"), recorded.getDisclosures().get(0).getDecidedAs());
    }

    @Test
    void aDataStewardIsNamedInItsOwnRevisionAndMustBeAnIdentifier() {
        assertEquals(Optional.empty(), mira.getSteward());
        CarePlan governed = mira.nameSteward("org-cedar-bay-fn", edit(10));
        assertEquals(Optional.of("org-cedar-bay-fn"), governed.getSteward());
        assertEquals(mira.getRevision().getNumber() + 1, governed.getRevision().getNumber());
        assertEquals(Optional.empty(), mira.getSteward());
        Expect.rejects(
                InvalidPlanException.class,
                () -> mira.nameSteward("Cedar Bay First Nation", edit(10)),
                "plan.steward",
                "is not an identifier");
    }
}
