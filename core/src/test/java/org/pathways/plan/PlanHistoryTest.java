package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.StaleRevisionException;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.person.Person;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PlanHistoryTest {
    private final CarePlan mira = SamplePlans.mira();

    @Test
    void readsTheRevisionsBackInOrder() {
        CarePlan r2 = mira.rankPriority("p-sleep", 1, edit(10));
        CarePlan r3 = r2.markPriority("p-son", org.pathways.priority.PriorityStatus.ACHIEVED, edit(11));
        PlanHistory h = PlanHistory.of(mira).append(r2).append(r3);
        assertEquals(List.of(mira, r2, r3), h.getRevisions());
        assertSame(r3, h.latest());
        assertSame(r2, h.revision(r2.getRevision().getNumber()));
        assertSame(mira, h.revision(mira.getRevision().getNumber()), "the first revision held");
        assertSame(r3, h.revision(r3.getRevision().getNumber()), "the last revision held");
        Expect.rejects(
                InvalidPlanException.class,
                () -> h.revision(r3.getRevision().getNumber() + 1),
                "revision",
                "is not in this history");
        Expect.rejects(
                InvalidPlanException.class,
                () -> h.revision(mira.getRevision().getNumber() - 1),
                "revision",
                "is not in this history");
        assertEquals(h.hashCode(), PlanHistory.of(List.of(mira, r2, r3)).hashCode());
        assertTrue(!h.equals(PlanHistory.of(mira)));
        assertEquals(h, PlanHistory.of(List.of(mira, r2, r3)));
    }

    @Test
    void refusesAChangePreparedAgainstAnOldRevision() {
        PlanHistory h = PlanHistory.of(mira);
        CarePlan byJo = h.latest().rankPriority("p-sleep", 1, edit(10));
        CarePlan bySam = h.latest()
                .markPriority(
                        "p-home",
                        org.pathways.priority.PriorityStatus.SET_ASIDE,
                        Edit.of("m-sam", edit(11).getAt(), false));
        PlanHistory after = h.append(byJo);
        int n = mira.getRevision().getNumber();
        StaleRevisionException e = Expect.rejects(
                StaleRevisionException.class,
                () -> after.append(bySam),
                "revision",
                "prepared against revision " + n + ", but the latest is revision " + (n + 1) + " by m-jo");
        assertEquals(n, e.getPreparedAgainst());
        assertEquals(n + 1, e.getLatest());
    }

    @Test
    void aStaleChangeSaysToReloadAndRetryWithItsOwnCode() {
        PlanHistory h = PlanHistory.of(mira);
        PlanHistory after = h.append(h.latest().rankPriority("p-sleep", 1, edit(10)));
        StaleRevisionException e = assertThrows(
                StaleRevisionException.class,
                () -> after.append(h.latest().rankPriority("p-home", 2, Edit.of("m-sam", edit(11).getAt(), false))));
        assertEquals(org.pathways.ErrorCode.STALE_REVISION, e.getCode());
        assertEquals(409, e.getCode().getHttpStatus());
        assertTrue(
                e.getReason().endsWith("; reload the latest revision and prepare the change again from it"),
                e::getReason);
        assertEquals(1, e.getReason().split("reload", -1).length - 1, e::getReason);
    }

    @Test
    void aRevisionNumberTheHistoryDoesNotHoldIsNotFound() {
        InvalidPlanException e = Expect.rejects(
                InvalidPlanException.class,
                () -> PlanHistory.of(mira).revision(99),
                "revision",
                "is not in this history");
        assertEquals(org.pathways.ErrorCode.NOT_FOUND, e.getCode());
    }

    @Test
    void refusesARevisionOfAnotherPlan() {
        CarePlan other =
                CarePlan.start("plan-other", Person.builder().id("person-9").build(), edit(0));
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanHistory.of(other).append(mira.rankPriority("p-son", 2, edit(10))),
                "id",
                "cannot join the history");
    }

    @Test
    void refusesAGapInTheNumbers() {
        CarePlan skipped = mira.rankPriority("p-son", 2, edit(10)).rankPriority("p-son", 1, edit(11));
        Expect.rejects(
                InvalidPlanException.class, () -> PlanHistory.of(mira).append(skipped), "revision", "skips revisions");
        Expect.rejects(
                InvalidPlanException.class, () -> PlanHistory.of(List.of(mira, mira)), "revisions", "follows revision");
    }

    @Test
    void refusesARevisionNotInTheHistory() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanHistory.of(mira).revision(1),
                "revision",
                "is not in this history");
    }

    private static CarePlan revokeShelter(CarePlan plan, int minutes) {
        return plan.recordConsent(
                ConsentRevocation.builder()
                        .id("c-revoked")
                        .revokes("c-1")
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-jo")
                        .recordedAt(edit(minutes).getAt())
                        .build(),
                edit(minutes));
    }

    @Test
    void refusesTheSecondOfTwoChangesPreparedFromAnOldRevisionSoARevocationIsNeverLost() {
        PlanHistory h = PlanHistory.of(mira);
        int n = mira.getRevision().getNumber();
        Edit bySam = Edit.of("m-sam", edit(11).getAt(), false);
        CarePlan samFirst = mira.rankPriority("p-sleep", 1, bySam); // n + 1, from n
        CarePlan samSecond = samFirst.rankPriority("p-son", 2, Edit.of("m-sam", edit(12).getAt(), false)); // n + 2
        PlanHistory revoked = h.append(revokeShelter(mira, 10)); // n + 1: the revocation, first
        Expect.rejects(StaleRevisionException.class, () -> revoked.append(samFirst), "revision", "prepared against");
        StaleRevisionException e = Expect.rejects(
                StaleRevisionException.class,
                () -> revoked.append(samSecond),
                "revision",
                "made from another revision");
        assertEquals(n + 1, e.getPreparedAgainst());
        assertEquals(n + 1, e.getLatest());
        assertEquals(
                1,
                revoked.latest().getConsent().getEntries().stream()
                        .filter(x -> x instanceof ConsentRevocation)
                        .count());
    }

    @Test
    void refusesARevisionWhoseLedgerLostAnEntryEvenWhenItNamesTheLatestAsItsParent() {
        CarePlan revoked = revokeShelter(mira, 10);
        CarePlan next = revoked.rankPriority("p-sleep", 1, edit(11));
        CarePlan forged =
                CarePlan.builder().from(next).consent(mira.getConsent()).build();
        PlanHistory h = PlanHistory.of(mira).append(revoked);
        Expect.rejects(InvalidPlanException.class, () -> h.append(forged), "consent", "only grows");
        assertSame(next, h.append(next).latest());
    }

    @Test
    void refusesARevisionThatChangesTheAgency() {
        CarePlan next = mira.rankPriority("p-sleep", 1, edit(10));
        CarePlan moved = CarePlan.builder().from(next).agency("org-elsewhere").build();
        Expect.rejects(InvalidPlanException.class, () -> PlanHistory.of(mira).append(moved), "agency", "cannot change");
    }

    @Test
    void refusesARevisionWhoseDisclosureLogLostARecordButAcceptsThePersonBeingTold() {
        CarePlan shared = mira.recordDisclosure(
                Disclosure.builder()
                        .id("d-1")
                        .recipient(Recipient.organisation("org-child-services"))
                        .purpose(Purpose.COORDINATION)
                        .addCategories(InformationCategory.IDENTITY)
                        .at(edit(10).getAt())
                        .by("m-jo")
                        .basis(DisclosureBasis.LEGAL_DUTY)
                        .reason(SensitiveText.of("a duty to report"))
                        .decidedBy("m-supervisor")
                        .decidedAs("privacy-officer")
                        .build(),
                edit(10),
                SamplePlans.POLICY);
        PlanHistory h = PlanHistory.of(mira).append(shared);
        CarePlan next = shared.rankPriority("p-sleep", 1, edit(11));
        CarePlan erased = CarePlan.builder().from(next).disclosures(List.of()).build();
        Expect.rejects(InvalidPlanException.class, () -> h.append(erased), "disclosures", "only grows");
        CarePlan told = shared.recordPersonTold("d-1", edit(12).getAt(), edit(12));
        assertSame(told, h.append(told).latest());
    }

    @Test
    void refusesARevisionBuiltByHandThatNamesNoParent() {
        CarePlan next = mira.rankPriority("p-sleep", 1, edit(10));
        CarePlan byHand = CarePlan.builder()
                .from(next)
                .revision(Revision.builder()
                        .number(next.getRevision().getNumber())
                        .author("m-jo")
                        .at(next.getRevision().getAt())
                        .personPresent(true)
                        .build())
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanHistory.of(mira).append(byHand),
                "revision.parent",
                "does not name the revision it was made from");
    }

    /** A disclosure to the shelter under her consent, dated at a minute after the intake. */
    static Disclosure toShelter(int minutes) {
        return Disclosure.builder()
                .id("d-shelter")
                .recipient(Recipient.organisation(SamplePlans.SHELTER))
                .purpose(Purpose.REFERRAL)
                .addCategories(InformationCategory.IDENTITY)
                .at(edit(minutes).getAt())
                .by("m-jo")
                .addGrants("c-1")
                .build();
    }

    @Test
    void aLateEntryKeepsWhenItWasRecordedAndOneThatHidesItIsRefused() {
        CarePlan revoked = revokeShelter(mira, 20); // 15:20
        CarePlan late = revoked.recordDisclosure(toShelter(10), edit(30)); // made 15:10, recorded 15:30
        Disclosure entered = late.getDisclosures().get(late.getDisclosures().size() - 1);
        assertEquals(edit(10).getAt(), entered.getAt());
        assertEquals(java.util.Optional.of(edit(30).getAt()), entered.getRecordedAt());
        PlanHistory h = PlanHistory.of(mira).append(revoked);
        assertSame(late, h.append(late).latest());
        CarePlan hidden = CarePlan.builder()
                .from(late)
                .disclosures(List.of(toShelter(10)))
                .build(); // the same record, claiming it was entered at 15:10, before revision 10
        Expect.rejects(InvalidPlanException.class, () -> h.append(hidden), "recordedAt", "late entry");
    }

    @Test
    void aLateCaseConferenceKeepsWhenItWasRecorded() {
        CaseConference table = CaseConference.builder()
                .id("cc-1")
                .at(edit(3).getAt()) // before revision 9, at minute 5
                .addOrganisations(mira.getAgency().orElseThrow())
                .attendance(Attendance.ATTENDED)
                .build();
        CarePlan late = mira.recordCaseConference(table, edit(30));
        assertEquals(
                java.util.Optional.of(edit(30).getAt()),
                late.getConferences().get(0).getRecordedAt());
        CarePlan onTime = mira.recordCaseConference(
                CaseConference.builder().from(table).at(edit(30).getAt()).build(), edit(30));
        assertEquals(java.util.Optional.empty(), onTime.getConferences().get(0).getRecordedAt());
        CarePlan hidden =
                CarePlan.builder().from(late).conferences(List.of(table)).build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanHistory.of(mira).append(hidden),
                "conferences[cc-1].recordedAt",
                "late entry");
    }
}
