package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.StaleRevisionException;
import org.pathways.person.Person;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PlanHistoryTest {
    private final CarePlan mira = SamplePlans.mira();

    @Test
    void readsTheRevisionsBackInOrder() {
        CarePlan r2 = mira.movePriority("p-sleep", 1, edit(10));
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
        CarePlan byJo = h.latest().movePriority("p-sleep", 1, edit(10));
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
        PlanHistory after = h.append(h.latest().movePriority("p-sleep", 1, edit(10)));
        StaleRevisionException e = assertThrows(
                StaleRevisionException.class,
                () -> after.append(h.latest().movePriority("p-home", 2, Edit.of("m-sam", edit(11).getAt(), false))));
        assertEquals(org.pathways.ErrorCode.STALE_REVISION, e.getCode());
        assertEquals(409, e.getCode().getHttpStatus());
        assertTrue(
                e.getReason().endsWith("; reload the latest revision and prepare the change again from it"),
                e::getReason);
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
                () -> PlanHistory.of(other).append(mira.movePriority("p-son", 2, edit(10))),
                "id",
                "cannot join the history");
    }

    @Test
    void refusesAGapInTheNumbers() {
        CarePlan skipped = mira.movePriority("p-son", 2, edit(10)).movePriority("p-son", 1, edit(11));
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
}
