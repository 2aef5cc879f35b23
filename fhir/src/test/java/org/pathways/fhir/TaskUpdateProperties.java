package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Generators.pick;
import static org.pathways.testing.ReferralSamples.at;
import static org.pathways.testing.Seeds.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysException;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StatusChange;
import org.pathways.referral.Referrals;
import org.pathways.testing.Generators;
import org.pathways.testing.ReferralSamples;
import org.quicktheories.core.Gen;

/**
 * For all sequences of Gravity Tasks from the recipient of Amara's referral (any status, reason,
 * answer kind in businessStatus and start): each gives the next revision with one more change that
 * records the organisation's answer, or the plan unchanged, or the library's exception; a Task
 * applied again changes nothing.
 */
class TaskUpdateProperties {
    private static final String[] STATUSES = {
        "draft",
        "requested",
        "received",
        "accepted",
        "rejected",
        "ready",
        "cancelled",
        "in-progress",
        "on-hold",
        "failed",
        "completed",
        "entered-in-error",
        "unknown"
    };
    private static final String[][] REASONS = {
        {"decline-reason", "full"},
        {"decline-reason", "out_of_area"},
        {"decline-reason", "other"},
        {"closure-reason", "persons_choice"},
        {"closure-reason", "waitlist"},
        {"closure-reason", "no_service_available"},
        {"answer-kind", "declined"}
    };

    private static final String[] KINDS =
            Arrays.stream(AnswerKind.values()).map(AnswerKind::getCode).toArray(String[]::new);

    private final FhirBundles fhir = FhirBundles.create();

    /** Up to six Tasks, each a day after the one before, with a status, maybe a reason and a start. */
    static Gen<List<String>> tasks() {
        return in -> {
            List<String> out = new ArrayList<>();
            for (int n = pick(in, 1, 6), day = 1; n > 0; n--, day += pick(in, 0, 2)) {
                String more = "";
                if (pick(in, 0, 2) == 0) {
                    String[] r = REASONS[pick(in, 0, REASONS.length - 1)];
                    more += TaskUpdateTest.reason(r[0], r[1]);
                }
                if (pick(in, 0, 3) == 0) {
                    more += ",\"businessStatus\":{\"coding\":[{\"system\":\"" + FhirBundles.BASE
                            + "/CodeSystem/answer-kind\",\"code\":\"" + KINDS[pick(in, 0, KINDS.length - 1)]
                            + "\"}]}";
                }
                switch (pick(in, 0, 3)) {
                    case 0 -> more += TaskUpdateTest.start("2026-04-0" + pick(in, 1, 9));
                    case 1 -> more += TaskUpdateTest.start("2026-04-0" + pick(in, 1, 9) + "T10:00:00-04:00");
                    default -> {}
                }
                out.add(TaskUpdateTest.task(STATUSES[pick(in, 0, STATUSES.length - 1)], day, more));
            }
            return out;
        };
    }

    @Test
    void everyTaskIsAnAnswerOrNothingOrARefusalAndAgainChangesNothing() {
        CarePlan sent = Referrals.send(ReferralSamples.amara(), "s-harbour", ReferralSamples.jo(), at(1, 0))
                .getPlan();
        AtomicInteger applied = new AtomicInteger();
        qt().withExamples(Generators.examples(300)).forAll(tasks()).checkAssert(tasks -> {
            CarePlan plan = sent;
            int day = 1;
            for (String task : tasks) {
                day++;
                CarePlan next;
                try {
                    next = fhir.applyTask(plan, task, at(day, 0));
                } catch (PathwaysException refused) {
                    continue;
                }
                assertSame(next, fhir.applyTask(next, task, at(day, 1)), "the same Task again");
                if (next != plan) {
                    applied.incrementAndGet();
                    List<StatusChange> before =
                            plan.findStep("s-harbour").orElseThrow().getHistory();
                    List<StatusChange> after =
                            next.findStep("s-harbour").orElseThrow().getHistory();
                    assertEquals(before.size() + 1, after.size(), "one change per answer");
                    assertTrue(after.get(after.size() - 1).getAnswer().isPresent(), "the change records the answer");
                    assertEquals(next, CarePlan.builder().from(next).build());
                    assertEquals(next, fhir.readPlan(fhir.write(next)));
                }
                plan = next;
            }
        });
        assertTrue(applied.get() > 0, "no generated Task was applied");
        System.out.println("task property: " + applied.get() + " Tasks applied as answers");
    }
}
