package org.pathways.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.ReferralSamples.HARBOUR;
import static org.pathways.testing.ReferralSamples.JUNIPER;
import static org.pathways.testing.ReferralSamples.amara;
import static org.pathways.testing.ReferralSamples.amaraWithholdingWorkFromHarbour;
import static org.pathways.testing.ReferralSamples.answer;
import static org.pathways.testing.ReferralSamples.at;
import static org.pathways.testing.ReferralSamples.grant;
import static org.pathways.testing.ReferralSamples.jo;
import static org.pathways.testing.ReferralSamples.juniperStep;
import static org.pathways.testing.ReferralSamples.time;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Priority;

class ReferralsTest {

    @Test
    void aShelterWaitlistsThenDeclinesForIdentityDocumentsThenASecondShelterAcceptsAnAccompaniedReferral() {
        CarePlan plan = amara();
        Sent first = Referrals.send(plan, "s-harbour", jo(), at(1, 0));
        plan = first.getPlan();
        Packet harbour = first.getPacket();
        assertEquals(Recipient.organisation(HARBOUR), harbour.getRecipient());
        assertEquals(StepStatus.IN_PROGRESS, plan.findStep("s-harbour").get().getStatus());
        assertEquals(
                harbour.getView().getDisclosure(),
                plan.getDisclosures().get(plan.getDisclosures().size() - 1));
        assertEquals(
                List.of("p-safe", "p-work"),
                harbour.getView().getPriorities().get().getRanked().stream()
                        .map(Priority::getId)
                        .toList(),
                "her health priority is not shared");

        String id = harbour.getId();
        plan = Referrals.apply(
                plan,
                answer("a-1", id, "s-harbour", HARBOUR, AnswerKind.RECEIVED, time(1, 30))
                        .build(),
                at(1, 40));
        plan = Referrals.apply(
                plan,
                answer("a-2", id, "s-harbour", HARBOUR, AnswerKind.WAITLISTED, time(2, 0))
                        .waitDays(21)
                        .build(),
                at(2, 5));
        assertEquals(StepStatus.ON_HOLD, plan.findStep("s-harbour").get().getStatus());
        ReferralAnswer declined = answer("a-3", id, "s-harbour", HARBOUR, AnswerKind.DECLINED, time(9, 0))
                .reason(DeclineReason.REQUIRES_IDENTITY_DOCUMENTS)
                .build();
        plan = Referrals.apply(plan, declined, at(9, 5));
        PlanStep closed = plan.findStep("s-harbour").get();
        assertEquals(StepStatus.CANCELLED, closed.getStatus());
        StatusChange last = closed.getHistory().get(closed.getHistory().size() - 1);
        assertEquals(ClosureReason.IDENTITY_DOCUMENTS_REQUIRED, last.getReason().get());
        assertEquals(declined, last.getAnswer().get());
        assertEquals(
                List.of(AnswerKind.RECEIVED, AnswerKind.WAITLISTED, AnswerKind.DECLINED),
                closed.getHistory().stream()
                        .flatMap(c -> c.getAnswer().stream())
                        .map(ReferralAnswer::getKind)
                        .toList());

        plan = plan.proposeStep(juniperStep(time(9, 30)), at(9, 30))
                .agreeToStep("s-juniper", AgreementMode.VERBAL, at(9, 31))
                .recordConsent(grant("c-juniper", JUNIPER, true, time(9, 32)), at(9, 32));
        Sent second = Referrals.send(plan, "s-juniper", jo(), at(9, 40));
        plan = second.getPlan();
        Packet juniper = second.getPacket();
        assertEquals("m-jo", juniper.getRequest().getAccompaniedBy().get(), "the accompaniment travels, with who");
        assertEquals(
                LocalDate.parse("2026-04-06"), juniper.getRequest().getDue().get());

        CarePlan theirs = Referrals.intake(juniper, "plan-j-0031", JUNIPER, at(10, 0));
        assertEquals(
                juniper.getView().getPriorities().get().getRanked(),
                theirs.getPriorities().getRanked());
        assertEquals(
                amara().getPerson().getSafeContact().getChannels(),
                theirs.getPerson().getSafeContact().getChannels());
        assertEquals(
                "org-north-bay-centre",
                theirs.getTeam().find("m-jo").get().getOrganisation().get());

        plan = Referrals.apply(
                plan,
                answer("j-1", juniper.getId(), "s-juniper", JUNIPER, AnswerKind.ACCEPTED, time(10, 10))
                        .build(),
                at(10, 20));
        plan = Referrals.apply(
                plan,
                answer("j-2", juniper.getId(), "s-juniper", JUNIPER, AnswerKind.APPOINTMENT_SET, time(10, 30))
                        .appointmentAt(time(13, 0))
                        .build(),
                at(10, 40));
        assertEquals(StepStatus.IN_PROGRESS, plan.findStep("s-juniper").get().getStatus());
    }

    @Test
    void aPacketSaysSomethingWasWithheldAtHerRequestOnlyWhenTheAgencysPolicyAsksAndNeverWhat() {
        CarePlan plan = amaraWithholdingWorkFromHarbour();
        ConsentPolicy notice = ConsentPolicy.builder().noticeOfWithheld(true).build();

        Packet noticed =
                Referrals.send(plan, "s-harbour", jo(), at(1, 0), notice).getPacket();
        assertTrue(noticed.getView().isWithheldAtRequest());
        assertEquals(
                List.of("p-safe"),
                noticed.getView().getPriorities().get().getRanked().stream()
                        .map(Priority::getId)
                        .toList());
        String json = PlanJson.defaults().write(noticed);
        assertTrue(json.contains("\"withheldAtRequest\":true"));
        assertFalse(json.contains("p-work") || json.contains("c-hold"), "nor what, nor which instruction");
        assertEquals(noticed, PlanJson.defaults().read(json, Packet.class));

        Packet quiet = Referrals.send(plan, "s-harbour", jo(), at(1, 0)).getPacket();
        assertFalse(quiet.getView().isWithheldAtRequest(), "no notice unless the policy asks");
        assertEquals(noticed.getView().getPriorities(), quiet.getView().getPriorities());
    }

    @Test
    void refusesAPacketForAnOrganisationWhoseConsentWasRevoked() {
        CarePlan plan = amara().recordConsent(
                        ConsentRevocation.builder()
                                .id("c-r")
                                .revokes("c-harbour")
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(time(0, 30))
                                .build(),
                        at(0, 30));
        InvalidPlanException e =
                assertThrows(InvalidPlanException.class, () -> Referrals.send(plan, "s-harbour", jo(), at(1, 0)));
        assertEquals("consent", e.getField());
        assertEquals(ErrorCode.CONSENT_MISSING, e.getCode());
    }

    @Test
    void refusesAPacketForAStepThePersonHasNotAgreedTo() {
        CarePlan plan = amara().proposeStep(juniperStep(time(0, 20)), at(0, 20));
        assertEquals(
                ErrorCode.ILLEGAL_TRANSITION,
                assertThrows(InvalidPlanException.class, () -> Referrals.send(plan, "s-juniper", jo(), at(1, 0)))
                        .getCode());
    }

    @Test
    void theSameAnswerAppliedTwiceChangesNothing() {
        Sent sent = Referrals.send(amara(), "s-harbour", jo(), at(1, 0));
        ReferralAnswer a = answer(
                        "a-1", sent.getPacket().getId(), "s-harbour", HARBOUR, AnswerKind.ACCEPTED, time(1, 5))
                .build();
        CarePlan once = Referrals.apply(sent.getPlan(), a, at(1, 10));
        assertSame(once, Referrals.apply(once, a, at(1, 20)));
    }

    @Test
    void refusesAnAnswerForAnotherStepOrFromAnotherOrganisation() {
        Sent sent = Referrals.send(amara(), "s-harbour", jo(), at(1, 0));
        String id = sent.getPacket().getId();
        assertCode(
                ErrorCode.NOT_FOUND,
                () -> Referrals.apply(
                        sent.getPlan(),
                        answer("a-1", id, "s-nothing", HARBOUR, AnswerKind.ACCEPTED, time(1, 5))
                                .build(),
                        at(1, 10)));
        assertCode(
                ErrorCode.NOT_FOUND,
                () -> Referrals.apply(
                        sent.getPlan(),
                        answer("a-1", id, "s-harbour", JUNIPER, AnswerKind.ACCEPTED, time(1, 5))
                                .build(),
                        at(1, 10)));
        assertCode(
                ErrorCode.NOT_FOUND,
                () -> Referrals.apply(
                        sent.getPlan(),
                        answer("a-1", "disclosure-99", "s-harbour", HARBOUR, AnswerKind.ACCEPTED, time(1, 5))
                                .build(),
                        at(1, 10)));
    }

    @Test
    void refusesAnAnswerOutOfOrder() {
        Sent sent = Referrals.send(amara(), "s-harbour", jo(), at(1, 0));
        String id = sent.getPacket().getId();
        CarePlan done = Referrals.apply(
                sent.getPlan(),
                answer("a-1", id, "s-harbour", HARBOUR, AnswerKind.COMPLETED, time(2, 0))
                        .build(),
                at(2, 0));
        assertCode(
                ErrorCode.ILLEGAL_TRANSITION,
                () -> Referrals.apply(
                        done,
                        answer("a-2", id, "s-harbour", HARBOUR, AnswerKind.ACCEPTED, time(2, 5))
                                .build(),
                        at(2, 10)));
        assertCode(
                ErrorCode.ILLEGAL_TRANSITION,
                () -> Referrals.apply(
                        sent.getPlan(),
                        answer("a-0", id, "s-harbour", HARBOUR, AnswerKind.ACCEPTED, time(0, 5))
                                .build(),
                        at(2, 10)),
                "dated before the step's last change");
        CarePlan held = Referrals.apply(
                sent.getPlan(),
                answer("a-1", id, "s-harbour", HARBOUR, AnswerKind.WAITLISTED, time(2, 0))
                        .expected(LocalDate.parse("2026-04-01"))
                        .build(),
                at(2, 0));
        assertCode(
                ErrorCode.ILLEGAL_TRANSITION,
                () -> Referrals.apply(
                        held,
                        answer("a-2", id, "s-harbour", HARBOUR, AnswerKind.COMPLETED, time(2, 5))
                                .build(),
                        at(2, 10)),
                "on hold cannot complete");
    }

    @Test
    void thePersonWithdrawingDeclinesTheStepAsHerChoice() {
        Sent sent = Referrals.send(amara(), "s-harbour", jo(), at(1, 0));
        CarePlan plan = Referrals.apply(
                sent.getPlan(),
                answer("a-1", sent.getPacket().getId(), "s-harbour", HARBOUR, AnswerKind.WITHDREW, time(1, 5))
                        .build(),
                at(1, 10));
        StatusChange last = plan.findStep("s-harbour")
                .get()
                .getHistory()
                .get(plan.findStep("s-harbour").get().getHistory().size() - 1);
        assertEquals(StepStatus.DECLINED, last.getStatus());
        assertEquals(ClosureReason.PERSONS_CHOICE, last.getReason().get());
    }

    @Test
    void receivingAnAnswerNeedsNoConsent() {
        Sent sent = Referrals.send(amara(), "s-harbour", jo(), at(1, 0));
        CarePlan revoked = sent.getPlan()
                .recordConsent(
                        ConsentRevocation.builder()
                                .id("c-r")
                                .revokes("c-harbour")
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(time(1, 5))
                                .build(),
                        at(1, 5));
        String id = sent.getPacket().getId();
        CarePlan held = Referrals.apply(
                revoked,
                answer("a-1", id, "s-harbour", HARBOUR, AnswerKind.WAITLISTED, time(1, 10))
                        .waitDays(7)
                        .build(),
                at(1, 10));
        CarePlan back = Referrals.apply(
                held,
                answer("a-2", id, "s-harbour", HARBOUR, AnswerKind.ACCEPTED, time(2, 0))
                        .build(),
                at(2, 0));
        assertEquals(StepStatus.IN_PROGRESS, back.findStep("s-harbour").get().getStatus());
    }

    @Test
    void intakeHoldsNoPriorityTheRecipientWasNotGivenAndThePersonsWordsVerbatim() {
        Packet p = Referrals.send(amara(), "s-harbour", jo(), at(1, 0)).getPacket();
        CarePlan theirs = Referrals.intake(p, "plan-h-1", HARBOUR, at(1, 30));
        assertFalse(theirs.getPriorities().find("p-health").isPresent());
        assertEquals(
                SensitiveText.of("A bed where he cannot find me"),
                theirs.getPriorities().getRanked().get(0).getStatement());
        assertTrue(theirs.getSteps().isEmpty());
        assertTrue(theirs.getConsent().getEntries().isEmpty());
        assertTrue(p.getView().getDisclosure().getCategories().contains(InformationCategory.CONTACT));
        assertEquals(p.getSafeContact().get(), theirs.getPerson().getSafeContact());
    }

    private static void assertCode(ErrorCode code, org.junit.jupiter.api.function.Executable call) {
        assertEquals(code, assertThrows(InvalidPlanException.class, call).getCode());
    }

    private static void assertCode(ErrorCode code, org.junit.jupiter.api.function.Executable call, String why) {
        assertEquals(code, assertThrows(InvalidPlanException.class, call, why).getCode(), why);
    }
}
