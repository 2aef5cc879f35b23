package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PlanStepTest {
    private static final Instant AT = SamplePlans.INTAKE;
    private final PlanStep referral = SamplePlans.step("s-1", StepKind.REFERRAL, "p-home");

    @Test
    void aNewStepIsProposed() {
        assertEquals(StepStatus.PROPOSED, referral.getStatus());
        assertTrue(referral.isOpen());
        assertEquals(Accompaniment.NOT_OFFERED, referral.getAccompaniment());
    }

    @Test
    void servesAreKeptInNaturalOrder() {
        PlanStep s = SamplePlans.step("s-2", StepKind.COUNSELLING, "p-z", "p-a", "p-m");
        assertEquals(List.of("p-a", "p-m", "p-z"), List.copyOf(s.getServes()));
    }

    @Test
    void followsTheLifecycleToCompletion() {
        PlanStep done = referral.withChange(StatusChange.agreed(AT.plusSeconds(1), "m-jo", AgreementMode.VERBAL))
                .withChange(StatusChange.to(StepStatus.IN_PROGRESS, AT.plusSeconds(2), "m-jo"))
                .withChange(StatusChange.to(StepStatus.ON_HOLD, AT.plusSeconds(3), "m-jo"))
                .withChange(StatusChange.to(StepStatus.IN_PROGRESS, AT.plusSeconds(4), "m-jo"))
                .withChange(StatusChange.to(StepStatus.COMPLETED, AT.plusSeconds(5), "m-jo"));
        assertEquals(StepStatus.COMPLETED, done.getStatus());
        assertFalse(done.isOpen());
        assertEquals(6, done.getHistory().size());
    }

    @Test
    void rejectsLeavingProposedWithoutThePersonsAgreement() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> referral.withChange(StatusChange.builder()
                        .status(StepStatus.AGREED)
                        .at(AT)
                        .recordedBy("m-jo")
                        .build()),
                "steps[s-1].history",
                "only with the person's agreement recorded");
    }

    @Test
    void rejectsSkippingAgreement() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> referral.withChange(StatusChange.to(StepStatus.IN_PROGRESS, AT, "m-jo")),
                "steps[s-1].history",
                "cannot move from proposed to in_progress; allowed: [agreed, declined, cancelled]");
    }

    @Test
    void terminalStatesStayTerminal() {
        PlanStep declined =
                referral.withChange(StatusChange.closed(StepStatus.DECLINED, ClosureReason.PERSONS_CHOICE, AT, "m-jo"));
        Expect.rejects(
                InvalidPlanException.class,
                () -> declined.withChange(StatusChange.agreed(AT, "m-jo", AgreementMode.VERBAL)),
                "steps[s-1].history",
                "cannot move from declined to agreed: declined is terminal");
    }

    @Test
    void rejectsAChangeDatedBeforeThePreviousOne() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> referral.withChange(StatusChange.agreed(AT.minusSeconds(1), "m-jo", AgreementMode.VERBAL)),
                "steps[s-1].history",
                "is before the change to proposed");
    }

    @Test
    void rejectsAHistoryThatDoesNotStartProposed() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder()
                        .id("s-1")
                        .kind(StepKind.OTHER)
                        .addServes("p-1")
                        .addHistory(StatusChange.agreed(AT, "m-jo", AgreementMode.VERBAL))
                        .build(),
                "steps[s-1].history",
                "must start with proposed, not agreed");
    }

    @Test
    void rejectsAStepThatServesNoPriority() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder()
                        .id("s-1")
                        .kind(StepKind.OTHER)
                        .proposed(AT, "m-jo")
                        .build(),
                "steps[s-1].serves",
                "serves at least one");
    }

    @Test
    void rejectsACompanionWithoutAccompaniment() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder().from(referral).accompaniedBy("m-jo").build(),
                "steps[s-1].accompaniedBy",
                "accompaniment is not_offered");
    }

    @Test
    void toStringHidesTheDescription() {
        PlanStep s = PlanStep.builder()
                .from(referral)
                .description(
                        org.pathways.LocalizedText.of("Meet at the Tim Hortons").with("fr", "Au Tim Hortons"))
                .build();
        assertFalse(s.toString().contains("Tim"));
    }

    @Test
    void everyKindSharesWithItsProviderForAPurpose() {
        assertEquals(
                org.pathways.consent.Purpose.REFERRAL,
                SamplePlans.step("s-1", StepKind.REFERRAL, "p-1").getSharingPurpose());
        assertEquals(
                org.pathways.consent.Purpose.ACCOMPANIMENT,
                SamplePlans.step("s-1", StepKind.ACCOMPANIMENT, "p-1").getSharingPurpose());
        assertEquals(
                org.pathways.consent.Purpose.CASE_CONFERENCE,
                SamplePlans.step("s-1", StepKind.CASE_CONFERENCE, "p-1").getSharingPurpose());
        assertEquals(
                org.pathways.consent.Purpose.REFERRAL,
                SamplePlans.step("s-1", StepKind.COUNSELLING, "p-1").getSharingPurpose());
        assertEquals(
                org.pathways.consent.Purpose.REFERRAL,
                SamplePlans.step("s-1", StepKind.LEGAL_SUPPORT, "p-1").getSharingPurpose());
    }

    @Test
    void aStepNeedsThePersonsIdentityAndWhatItShares() {
        PlanStep s = PlanStep.builder()
                .from(SamplePlans.step("s-1", StepKind.REFERRAL, "p-1"))
                .addShares(org.pathways.consent.InformationCategory.CONTACT)
                .build();
        assertEquals(
                java.util.EnumSet.of(
                        org.pathways.consent.InformationCategory.IDENTITY,
                        org.pathways.consent.InformationCategory.CONTACT),
                s.getNeeds());
    }

    @Test
    void aStepHasGoneAheadOnceItWasInProgress() {
        PlanStep s = SamplePlans.step("s-1", StepKind.REFERRAL, "p-1")
                .withChange(StatusChange.agreed(SamplePlans.INTAKE, "m-jo", AgreementMode.VERBAL));
        assertFalse(s.hasGoneAhead());
        PlanStep held = s.withChange(StatusChange.to(StepStatus.IN_PROGRESS, SamplePlans.INTAKE, "m-jo"))
                .withChange(StatusChange.to(StepStatus.ON_HOLD, SamplePlans.INTAKE, "m-jo"));
        assertTrue(held.hasGoneAhead());
    }

    @Test
    void everyIdentifierAStepNamesMustBeOne() {
        PlanStep ok = PlanStep.builder()
                .from(SamplePlans.step("s-1", StepKind.REFERRAL, "p-1"))
                .accompaniment(Accompaniment.OFFERED)
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder().from(ok).id("step one").build(),
                "step.id",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder().from(ok).addServes("her son").build(),
                "steps[s-1].serves",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder().from(ok).responsible("Jo M.").build(),
                "steps[s-1].responsible",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder().from(ok).provider("Aurora House").build(),
                "steps[s-1].provider",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanStep.builder().from(ok).accompaniedBy("Rae (peer)").build(),
                "steps[s-1].accompaniedBy",
                "is not an identifier");
    }
}
