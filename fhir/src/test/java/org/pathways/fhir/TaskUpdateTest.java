package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.StepStatus;
import org.pathways.testing.SamplePlans;

/** A referral recipient's Task, Gravity-style, applied to Mira's shelter step. */
class TaskUpdateTest {
    private final FhirBundles fhir = FhirBundles.create();
    private final CarePlan mira = SamplePlans.mira();

    private static String task(String step, String status, String reason) {
        return "{\"resourceType\":\"Task\",\"identifier\":[{\"system\":\"" + FhirBundles.BASE
                + "/sid/step\",\"value\":\""
                + step + "\"}],\"status\":\"" + status + "\",\"intent\":\"order\""
                + (reason == null
                        ? ""
                        : ",\"statusReason\":{\"coding\":[{\"system\":\"" + FhirBundles.BASE
                                + "/CodeSystem/closure-reason\",\"code\":\"" + reason + "\"}]}")
                + "}";
    }

    private StepStatus shelter(CarePlan plan) {
        return plan.findStep("s-shelter").orElseThrow().getStatus();
    }

    @Test
    void anAcceptedReferralGoesAheadAndTheSameAnswerTwiceChangesNothing() {
        CarePlan accepted = fhir.applyTask(mira, task("s-shelter", "accepted", null), SamplePlans.edit(20));
        assertEquals(StepStatus.IN_PROGRESS, shelter(accepted));
        assertSame(accepted, fhir.applyTask(accepted, task("s-shelter", "in-progress", null), SamplePlans.edit(21)));
    }

    @Test
    void aReceivedReferralChangesNothing() {
        assertSame(mira, fhir.applyTask(mira, task("s-shelter", "received", null), SamplePlans.edit(20)));
    }

    @Test
    void aCompletedReferralPassesThroughInProgress() {
        CarePlan done = fhir.applyTask(mira, task("s-shelter", "completed", null), SamplePlans.edit(20));
        assertEquals(StepStatus.COMPLETED, shelter(done));
        assertEquals(
                StepStatus.IN_PROGRESS,
                done.findStep("s-shelter").orElseThrow().getHistory().get(2).getStatus());
    }

    @Test
    void aRejectionCancelsTheStepWithItsReason() {
        CarePlan rejected = fhir.applyTask(mira, task("s-shelter", "rejected", "waitlist"), SamplePlans.edit(20));
        assertEquals(StepStatus.CANCELLED, shelter(rejected));
        assertEquals(
                ClosureReason.WAITLIST,
                rejected.findStep("s-shelter")
                        .orElseThrow()
                        .getHistory()
                        .get(2)
                        .getReason()
                        .orElseThrow());
    }

    @Test
    void herChoiceToStopIsADeclineNotACancellation() {
        CarePlan declined =
                fhir.applyTask(mira, task("s-shelter", "cancelled", "persons_choice"), SamplePlans.edit(20));
        assertEquals(StepStatus.DECLINED, shelter(declined));
    }

    @Test
    void anAnswerAfterTheEndIsRefusedByTheCore() {
        CarePlan rejected = fhir.applyTask(mira, task("s-shelter", "rejected", null), SamplePlans.edit(20));
        assertThrows(
                InvalidPlanException.class,
                () -> fhir.applyTask(rejected, task("s-shelter", "completed", null), SamplePlans.edit(21)));
    }

    @Test
    void aTaskForAnotherStepOrWithAnUnknownStatusIsRefused() {
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(mira, task("s-elsewhere", "accepted", null), SamplePlans.edit(20)));
        assertEquals("Task.identifier", e.getField());
        assertEquals(org.pathways.ErrorCode.NOT_FOUND, e.getCode());
        e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(mira, task("s-shelter", "entered-in-error", null), SamplePlans.edit(20)));
        assertTrue(e.getReason().contains("Task status"), e.getMessage());
    }
}
