package org.pathways.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.RecipientKind;
import org.pathways.disclosure.Disclosures;
import org.pathways.json.PlanJson;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StepKind;
import org.pathways.priority.Priority;
import org.pathways.testing.Generators;
import org.pathways.testing.ReferralSamples;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** The referral exchange, for all generated plans, ledgers, referral steps and sequences of answers. */
class ReferralProperties {
    static final int EXAMPLES = 200;
    private static final PlanJson JSON = PlanJson.defaults();

    /** A plan with an agreed referral step to an organisation its ledger names, and the attempt to send it. */
    record Attempt(CarePlan plan, Edit edit, Optional<Sent> sent) {}

    static Gen<Attempt> attempts() {
        return in -> {
            CarePlan plan = Generators.plansWithSteps().generate(in);
            List<Recipient> organisations = new ArrayList<>();
            plan.getConsent().getEntries().forEach(e -> {
                if (e instanceof org.pathways.consent.ConsentGrant g
                        && g.getRecipient().getKind() == RecipientKind.ORGANISATION) {
                    organisations.add(g.getRecipient());
                }
            });
            Recipient to = organisations.isEmpty() || Generators.pick(in, 0, 4) == 0
                    ? Recipient.organisation("org-" + Generators.pick(in, 1, 5))
                    : organisations.get(Generators.pick(in, 0, organisations.size() - 1));
            List<Priority> ranked = plan.getPriorities().getRanked();
            Priority serves = ranked.get(Generators.pick(in, 0, ranked.size() - 1));
            Instant at = plan.getRevision().getAt().plusSeconds(Generators.pick(in, 1, 600));
            Edit edit = Edit.of("m-1", at, true);
            PlanStep step = PlanStep.builder()
                    .id("s-referral")
                    .kind(StepKind.REFERRAL)
                    .addServes(serves.getId())
                    .provider(to.getId())
                    .addShares(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                    .proposed(at, "m-1")
                    .build();
            CarePlan ready = plan.proposeStep(step, edit).agreeToStep("s-referral", AgreementMode.VERBAL, edit);
            Edit send = Edit.of("m-1", at.plusSeconds(Generators.pick(in, 0, 3600)), true);
            Referrer r = ReferralSamples.jo();
            try {
                return new Attempt(ready, send, Optional.of(Referrals.send(ready, "s-referral", r, send)));
            } catch (InvalidPlanException refused) {
                assertNotNull(refused.getCode());
                return new Attempt(ready, send, Optional.empty());
            }
        };
    }

    @Test
    void aPacketHoldsExactlyTheSharingRulesViewAndNothingItsRecipientWasNotPermittedAtItsTime() {
        int[] sent = {0};
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(attempts()).checkAssert(a -> {
            if (a.sent().isEmpty()) {
                return;
            }
            sent[0]++;
            Packet p = a.sent().get().getPacket();
            Set<InformationCategory> permitted = a.plan()
                    .getConsent()
                    .decide(p.getRecipient(), EnumSet.allOf(InformationCategory.class), Purpose.REFERRAL, p.getSentAt())
                    .getPermitted();
            assertTrue(permitted.containsAll(p.getView().getDisclosure().getCategories()));
            assertEquals(
                    JSON.write(Disclosures.disclose(a.plan(), p.getRecipient(), Purpose.REFERRAL, a.edit())
                            .getView()),
                    JSON.write(p.getView()),
                    "the packet's view is the sharing rule's, byte for byte");
            String doc = JSON.write(p);
            String view = JSON.write(p.getView());
            assertEquals(
                    doc.length(),
                    view.length()
                            + JSON.write(p.getReferrer()).length()
                            + p.getStep().length()
                            + "{\"schemaVersion\":2,\"referrer\":,\"step\":\"\",\"view\":}".length(),
                    "the packet holds the view, the referrer and the step's identifier, and nothing else");
            assertEquals(
                    a.plan().getDisclosures().size() + 1,
                    a.sent().get().getPlan().getDisclosures().size());
        });
        assertTrue(sent[0] >= Generators.examples(EXAMPLES) / 10, "too few packets: " + sent[0]);
    }

    @Test
    void intakeReproducesTheSharedPrioritiesInHerOrderAndHerWords() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(attempts()).checkAssert(a -> {
            if (a.sent().isEmpty()) {
                return;
            }
            Packet p = a.sent().get().getPacket();
            CarePlan theirs = Referrals.intake(p, "plan-b-1", p.getRecipient().getId(), a.edit());
            List<Priority> shared = p.getView().getPriorities().get().getRanked();
            assertEquals(shared, theirs.getPriorities().getRanked());
            for (int i = 0; i < shared.size(); i++) {
                assertEquals(
                        shared.get(i).getStatement().reveal(),
                        theirs.getPriorities().getRanked().get(i).getStatement().reveal());
            }
            assertEquals(p.getView().getPerson().get(), theirs.getPerson());
            assertTrue(theirs.getSteps().isEmpty()
                    && theirs.getConsent().getEntries().isEmpty());
        });
    }

    static ReferralAnswer answer(RandomnessSource in, Packet p, Instant base, int n) {
        AnswerKind kind = AnswerKind.values()[Generators.pick(in, 0, AnswerKind.values().length - 1)];
        ReferralAnswer.Builder b = ReferralAnswer.builder()
                .id("a-" + Generators.pick(in, 1, n))
                .referral(Generators.pick(in, 0, 9) == 0 ? "disclosure-999" : p.getId())
                .step(Generators.pick(in, 0, 9) == 0 ? "s-other" : p.getStep())
                .from(
                        Generators.pick(in, 0, 9) == 0
                                ? "org-elsewhere"
                                : p.getRecipient().getId())
                .kind(kind)
                .at(base.plusSeconds(Generators.pick(in, -600, 86_400)));
        switch (kind) {
            case WAITLISTED -> b.waitDays(Generators.pick(in, 0, 90));
            case APPOINTMENT_SET -> {
                b.appointmentAt(base.plusSeconds(Generators.pick(in, 0, 900_000)));
                if (Generators.pick(in, 0, 1) == 0) {
                    b.place(SensitiveText.of("the side door"));
                }
            }
            case DECLINED ->
                b.reason(DeclineReason.values()[Generators.pick(in, 0, DeclineReason.values().length - 1)]);
            default -> {}
        }
        if (kind == AnswerKind.WAITLISTED && Generators.pick(in, 0, 1) == 0) {
            b.expected(LocalDate.parse("2026-09-01"));
        }
        return b.build();
    }

    @Test
    void anySequenceOfAnswersYieldsALegalStepHistoryOrATypedRefusalAndAnAppliedAnswerAppliedAgainChangesNothing() {
        int[] applied = {0};
        int[] refused = {0};
        Gen<List<Object>> cases = in -> {
            Attempt a = attempts().generate(in);
            List<Object> out = new ArrayList<>();
            out.add(a);
            if (a.sent().isPresent()) {
                int n = Generators.pick(in, 1, 6);
                for (int i = 0; i < n; i++) {
                    out.add(answer(
                            in,
                            a.sent().get().getPacket(),
                            a.sent().get().getPacket().getSentAt(),
                            6));
                }
            }
            return out;
        };
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(cases).checkAssert(c -> {
            Attempt a = (Attempt) c.get(0);
            if (a.sent().isEmpty()) {
                return;
            }
            CarePlan plan = a.sent().get().getPlan();
            Instant now = a.edit().getAt().plusSeconds(2 * 86_400);
            for (Object o : c.subList(1, c.size())) {
                ReferralAnswer answer = (ReferralAnswer) o;
                Edit edit = Edit.of("m-1", now, false);
                try {
                    CarePlan next = Referrals.apply(plan, answer, edit);
                    applied[0]++;
                    assertEquals(next, JSON.readPlan(JSON.write(next)), "the plan is valid and reads back");
                    assertSame(next, Referrals.apply(next, answer, edit), "applied twice changes nothing");
                    plan = next;
                } catch (InvalidPlanException e) {
                    refused[0]++;
                    assertNotNull(e.getCode());
                }
            }
        });
        assertTrue(applied[0] > 0 && refused[0] > 0, "applied " + applied[0] + ", refused " + refused[0]);
    }
}
