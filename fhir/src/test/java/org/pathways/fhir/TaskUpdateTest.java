package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pathways.testing.ReferralSamples.HARBOUR;
import static org.pathways.testing.ReferralSamples.at;
import static org.pathways.testing.ReferralSamples.time;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepStatus;
import org.pathways.referral.Referrals;
import org.pathways.testing.ReferralSamples;

/**
 * A referral recipient's Task, HL7 Gravity style, read as Harbour House's answer about Amara's
 * referral and applied through the core's {@code Referrals.apply}.
 */
class TaskUpdateTest {
    private static final String B = FhirBundles.BASE;
    private final FhirBundles fhir = FhirBundles.create();
    /** Amara's plan after the referral to Harbour House left (disclosure-1, day 1). */
    private final CarePlan sent = Referrals.send(ReferralSamples.amara(), "s-harbour", ReferralSamples.jo(), at(1, 0))
            .getPlan();

    /** A Gravity Task from Harbour House about s-harbour, last changed on the given day. */
    static String task(String status, int day, String more) {
        return "{\"resourceType\":\"Task\",\"identifier\":[{\"system\":\"" + B
                + "/sid/step\",\"value\":\"s-harbour\"}],"
                + "\"status\":\"" + status + "\",\"intent\":\"order\","
                + "\"owner\":{\"type\":\"Organization\",\"identifier\":{\"system\":\"" + B
                + "/sid/organisation\",\"value\":\"" + HARBOUR + "\"}},"
                + "\"lastModified\":\"" + time(day, 0) + "\"" + more + "}";
    }

    static String reason(String system, String code) {
        return ",\"statusReason\":{\"coding\":[{\"system\":\"" + B + "/CodeSystem/" + system + "\",\"code\":\"" + code
                + "\"}]}";
    }

    static String start(String value) {
        return ",\"executionPeriod\":{\"start\":\"" + value + "\"}";
    }

    private static StatusChange last(CarePlan plan) {
        var history = plan.findStep("s-harbour").orElseThrow().getHistory();
        return history.get(history.size() - 1);
    }

    private static ReferralAnswer answer(CarePlan plan) {
        return last(plan).getAnswer().orElseThrow();
    }

    @Test
    void anAcceptedTaskIsAnAcceptedAnswerAndTheSameTaskTwiceChangesNothing() {
        CarePlan accepted = fhir.applyTask(sent, task("accepted", 2, ""), at(2, 5));
        ReferralAnswer a = answer(accepted);
        assertEquals(AnswerKind.ACCEPTED, a.getKind());
        assertEquals("disclosure-1", a.getReferral());
        assertEquals(HARBOUR, a.getFrom());
        assertEquals(time(2, 0), a.getAt());
        assertEquals(StepStatus.IN_PROGRESS, last(accepted).getStatus());
        assertSame(accepted, fhir.applyTask(accepted, task("accepted", 2, ""), at(3, 0)));
    }

    @Test
    void aReceivedTaskIsRecordedAndKeepsTheStepGoing() {
        CarePlan received = fhir.applyTask(sent, task("received", 1, ""), at(1, 30));
        assertEquals(AnswerKind.RECEIVED, answer(received).getKind());
        assertEquals(StepStatus.IN_PROGRESS, last(received).getStatus());
    }

    @Test
    void aTaskNotYetActedOnChangesNothing() {
        for (String status : new String[] {"draft", "requested", "ready"}) {
            assertSame(sent, fhir.applyTask(sent, task(status, 1, ""), at(1, 30)), status);
        }
    }

    @Test
    void onHoldIsAWaitlistWithTheDateTheOrganisationExpectsAPlace() {
        CarePlan waitlisted = fhir.applyTask(sent, task("on-hold", 2, start("2026-04-01")), at(2, 5));
        assertEquals(AnswerKind.WAITLISTED, answer(waitlisted).getKind());
        assertEquals(
                LocalDate.parse("2026-04-01"), answer(waitlisted).getExpected().orElseThrow());
        assertEquals(StepStatus.ON_HOLD, last(waitlisted).getStatus());
    }

    @Test
    void onHoldWithoutADateIsRefusedAtItsLocation() {
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class, () -> fhir.applyTask(sent, task("on-hold", 2, ""), at(2, 5)));
        assertEquals("Task.executionPeriod.start", e.getField());
    }

    @Test
    void anAcceptedTaskWithAStartIsAnAppointment() {
        CarePlan set = fhir.applyTask(sent, task("accepted", 2, start("2026-03-10T14:00:00Z")), at(2, 5));
        assertEquals(AnswerKind.APPOINTMENT_SET, answer(set).getKind());
        assertEquals(time(8, -60), answer(set).getAppointmentAt().orElseThrow());
        assertFalse(answer(set).getPlace().isPresent());
    }

    @Test
    void theKindInBusinessStatusDecidesAndMustAgreeWithTheStatus() {
        String appointment = ",\"businessStatus\":{\"coding\":[{\"system\":\"" + B
                + "/CodeSystem/answer-kind\",\"code\":\"appointment_set\"}]}";
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(sent, task("in-progress", 2, appointment), at(2, 5)));
        assertEquals("Task.executionPeriod.start", e.getField());
        CarePlan set =
                fhir.applyTask(sent, task("in-progress", 2, appointment + start("2026-03-10T14:00:00Z")), at(2, 5));
        assertEquals(AnswerKind.APPOINTMENT_SET, answer(set).getKind());
        e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(sent, task("completed", 2, appointment), at(2, 5)));
        assertEquals("Task.status", e.getField());
    }

    @Test
    void aRejectionIsADeclineWithItsReasonAndClosesTheStepWithItsClosureReason() {
        CarePlan declined = fhir.applyTask(
                sent, task("rejected", 3, reason("decline-reason", "requires_identity_documents")), at(3, 5));
        assertEquals(
                DeclineReason.REQUIRES_IDENTITY_DOCUMENTS,
                answer(declined).getReason().orElseThrow());
        assertEquals(StepStatus.CANCELLED, last(declined).getStatus());
        assertEquals(
                ClosureReason.IDENTITY_DOCUMENTS_REQUIRED,
                last(declined).getReason().orElseThrow());
    }

    @Test
    void aRejectionWithAClosureReasonOrNoneNamesTheDeclineReasonItMeans() {
        CarePlan full = fhir.applyTask(sent, task("rejected", 3, reason("closure-reason", "waitlist")), at(3, 5));
        assertEquals(DeclineReason.FULL, answer(full).getReason().orElseThrow());
        CarePlan other = fhir.applyTask(sent, task("rejected", 3, ""), at(3, 5));
        assertEquals(DeclineReason.OTHER, answer(other).getReason().orElseThrow());
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(
                        sent, task("rejected", 3, reason("closure-reason", "no_service_available")), at(3, 5)));
        assertEquals("Task.statusReason", e.getField());
    }

    @Test
    void herChoiceToStopIsWithdrewAndTheStepIsDeclinedNotCancelled() {
        CarePlan withdrew =
                fhir.applyTask(sent, task("cancelled", 3, reason("closure-reason", "persons_choice")), at(3, 5));
        assertEquals(AnswerKind.WITHDREW, answer(withdrew).getKind());
        assertEquals(StepStatus.DECLINED, last(withdrew).getStatus());
        assertEquals(ClosureReason.PERSONS_CHOICE, last(withdrew).getReason().orElseThrow());
    }

    @Test
    void aCancellationWithoutHerChoiceIsNeverRecordedAsHers() {
        CarePlan cancelled = fhir.applyTask(sent, task("cancelled", 3, ""), at(3, 5));
        assertEquals(AnswerKind.DECLINED, answer(cancelled).getKind());
        assertEquals(StepStatus.CANCELLED, last(cancelled).getStatus());
    }

    @Test
    void aCompletedTaskCompletesTheStepAndNothingFollowsIt() {
        CarePlan done = fhir.applyTask(sent, task("completed", 4, ""), at(4, 5));
        assertEquals(StepStatus.COMPLETED, last(done).getStatus());
        InvalidPlanException e =
                assertThrows(InvalidPlanException.class, () -> fhir.applyTask(done, task("accepted", 5, ""), at(5, 5)));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, e.getCode());
    }

    @Test
    void theWholeAnswerTravelsInTheReferralAnswerExtension() {
        String ext = ",\"extension\":[{\"url\":\"" + B + "/StructureDefinition/referral-answer\",\"extension\":["
                + "{\"url\":\"id\",\"valueString\":\"hh-7\"},{\"url\":\"referral\",\"valueString\":\"disclosure-1\"},"
                + "{\"url\":\"from\",\"valueReference\":{\"type\":\"Organization\",\"identifier\":{\"system\":\"" + B
                + "/sid/organisation\",\"value\":\"" + HARBOUR + "\"}}},"
                + "{\"url\":\"kind\",\"valueCoding\":{\"system\":\"" + B
                + "/CodeSystem/answer-kind\",\"code\":\"waitlisted\"}},"
                + "{\"url\":\"at\",\"valueInstant\":\"" + time(2, 0)
                + "\"},{\"url\":\"waitDays\",\"valueUnsignedInt\":21}]}]";
        CarePlan waitlisted = fhir.applyTask(sent, task("on-hold", 2, ext), at(2, 5));
        ReferralAnswer a = answer(waitlisted);
        assertEquals("hh-7", a.getId());
        assertEquals(21, a.getWaitDays().orElseThrow());
        assertFalse(a.getExpected().isPresent());
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class, () -> fhir.applyTask(sent, task("completed", 2, ext), at(2, 5)));
        assertEquals("Task.status", e.getField());
        String broken = ext.replace(
                "{\"url\":\"waitDays\",\"valueUnsignedInt\":21}", "{\"url\":\"place\",\"valueString\":\"x\"}");
        e = assertThrows(
                MalformedDocumentException.class, () -> fhir.applyTask(sent, task("on-hold", 2, broken), at(2, 5)));
        assertEquals("Task.extension[0]", e.getField());
    }

    @Test
    void anAnswerFromAnotherOrganisationOrWithoutAReferralIsNotFound() {
        String other = task("accepted", 2, "").replace(HARBOUR, "org-elsewhere");
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> fhir.applyTask(sent, other, at(2, 5)));
        assertEquals(ErrorCode.NOT_FOUND, e.getCode());
        e = assertThrows(
                InvalidPlanException.class,
                () -> fhir.applyTask(ReferralSamples.amara(), task("accepted", 2, ""), at(2, 5)));
        assertEquals(ErrorCode.NOT_FOUND, e.getCode());
        assertEquals("answer.referral", e.getField());
    }

    @Test
    void aTaskForNoStepOrWithAnotherStatusOrWithoutItsPartsIsRefused() {
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(sent, task("accepted", 2, "").replace("s-harbour", "s-elsewhere"), at(2, 5)));
        assertEquals("Task.identifier", e.getField());
        assertEquals(ErrorCode.NOT_FOUND, e.getCode());
        e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(sent, task("entered-in-error", 2, ""), at(2, 5)));
        assertEquals("Task.status", e.getField());
        e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(
                        sent, task("accepted", 2, "").replaceAll(",\"lastModified\":\"[^\"]*\"", ""), at(2, 5)));
        assertEquals("Task.lastModified", e.getField());
        e = assertThrows(
                MalformedDocumentException.class,
                () -> fhir.applyTask(
                        sent, task("accepted", 2, "").replaceAll(",\"owner\":\\{.*?\\}\\}", ""), at(2, 5)));
        assertEquals("Task.owner", e.getField());
    }
}
