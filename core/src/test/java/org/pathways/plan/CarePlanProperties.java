package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.PathwaysException;
import org.pathways.SensitiveText;
import org.pathways.review.Finding;
import org.pathways.review.PlanReview;
import org.pathways.testing.Generators;

/** Rules that hold for all generated plans. */
class CarePlanProperties {
    static final int EXAMPLES = 300;

    /** Every sensitive text of a plan, so output can be searched for it. */
    static List<String> sensitiveTexts(CarePlan plan) {
        List<SensitiveText> all = new ArrayList<>();
        plan.getPerson().getChosenName().ifPresent(all::add);
        plan.getPerson().getSelfDescription().ifPresent(all::add);
        all.addAll(plan.getPerson().getCulturalSupports());
        plan.getPerson().getSafeContact().getSafeTimes().ifPresent(all::add);
        plan.getPerson().getSafeContact().getCodeWord().ifPresent(all::add);
        plan.getPerson().getSafeContact().getDetails().ifPresent(all::add);
        plan.getPriorities().getRanked().forEach(p -> all.add(p.getStatement()));
        plan.getSteps()
                .forEach(s -> s.getDescription().ifPresent(d -> {
                    all.add(SensitiveText.of(d.getText()));
                    d.getAlternatives().values().forEach(a -> all.add(SensitiveText.of(a)));
                }));
        plan.getTeam().getMembers().forEach(m -> m.getName().ifPresent(all::add));
        plan.getTeam().getFormer().forEach(m -> m.getName().ifPresent(all::add));
        return all.stream().map(SensitiveText::reveal).toList();
    }

    @Test
    void everyGeneratedPlanSatisfiesEveryInvariant() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans())
                .checkAssert(plan -> {
                    CarePlan rebuilt = CarePlan.builder().from(plan).build();
                    assertEquals(plan, rebuilt);
                    for (PlanStep s : plan.getSteps()) {
                        assertEquals(StepStatus.PROPOSED, s.getHistory().get(0).getStatus());
                        for (String p : s.getServes()) {
                            assertFalse(plan.getPriorities().find(p).isEmpty());
                        }
                    }
                });
    }

    @Test
    void everyLegalTransitionIsAcceptedAndEveryIllegalOneRejected() {
        // legal: the lifecycle allows it and, to go ahead, consent covers what the step needs
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plansWithSteps(), integers().between(0, 100))
                .checkAssert((plan, pick) -> {
                    PlanStep step = plan.getSteps().get(pick % plan.getSteps().size());
                    StepStatus from = step.getStatus();
                    Instant at = plan.getRevision().getAt().plusSeconds(60);
                    Edit edit = Edit.of("m-1", at, true);
                    boolean consented =
                            plan.consentFor(step, at).map(d -> d.isPermitted()).orElse(true);
                    for (StepStatus to : StepStatus.values()) {
                        boolean legal = from.canMoveTo(to) && (to != StepStatus.IN_PROGRESS || consented);
                        try {
                            CarePlan next = transition(plan, step.getId(), from, to, edit);
                            assertEquals(true, legal, from + " -> " + to + " was accepted");
                            assertEquals(
                                    to,
                                    next.findStep(step.getId()).orElseThrow().getStatus());
                            assertEquals(
                                    plan.getRevision().getNumber() + 1,
                                    next.getRevision().getNumber());
                        } catch (InvalidPlanException e) {
                            assertEquals(false, legal, from + " -> " + to + " was refused: " + e.getMessage());
                        }
                    }
                });
    }

    private static CarePlan transition(CarePlan plan, String id, StepStatus from, StepStatus to, Edit edit) {
        switch (to) {
            case AGREED:
                return from == StepStatus.PROPOSED
                        ? plan.agreeToStep(id, AgreementMode.VERBAL, edit)
                        : plan.markStep(id, to, edit);
            case DECLINED:
                return plan.declineStep(id, ClosureReason.PERSONS_CHOICE, edit);
            case CANCELLED:
                return plan.cancelStep(id, ClosureReason.NO_SERVICE_AVAILABLE, edit);
            default:
                return plan.markStep(id, to, edit);
        }
    }

    @Test
    void reRankingKeepsRanksContiguousAndTheRestInOrder() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        Generators.plansWithSteps(),
                        integers().between(0, 100),
                        integers().between(0, 100))
                .checkAssert((plan, a, b) -> {
                    int n = plan.getPriorities().size(); // at least 1: a step serves one
                    String id = plan.getPriorities().atRank(1 + a % n).getId();
                    CarePlan moved = plan.rankPriority(
                            id, 1 + b % n, Edit.of("m-1", plan.getRevision().getAt(), true));
                    List<String> before = new ArrayList<>(plan.getPriorities().getRanked().stream()
                            .map(org.pathways.priority.Priority::getId)
                            .toList());
                    List<String> after = new ArrayList<>(moved.getPriorities().getRanked().stream()
                            .map(org.pathways.priority.Priority::getId)
                            .toList());
                    assertEquals(1 + b % n, moved.getPriorities().rankOf(id));
                    before.remove(id);
                    after.remove(id);
                    assertEquals(before, after);
                });
    }

    @Test
    void noToStringOfAPlanOrItsReviewContainsItsSensitiveText() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans())
                .checkAssert(plan -> {
                    StringBuilder out = new StringBuilder(plan.toString());
                    plan.getSteps().forEach(s -> out.append(s));
                    plan.getPriorities().getRanked().forEach(p -> out.append(p));
                    out.append(plan.getPerson()).append(plan.getTeam());
                    for (Finding f : PlanReview.of(plan).getFindings()) {
                        out.append(f).append(f.getMessage());
                    }
                    String all = out.toString();
                    assertFalse(all.contains(Generators.SENSITIVE_MARK), "a sensitive text leaked");
                    for (String words : sensitiveTexts(plan)) {
                        assertFalse(all.contains(words));
                    }
                });
    }

    @Test
    void noErrorMessageContainsSensitiveText() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plansWithSteps())
                .checkAssert(plan -> {
                    Edit edit = Edit.of("m-1", plan.getRevision().getAt(), true);
                    List<PathwaysException> errors = new ArrayList<>();
                    PlanStep step = plan.getSteps().get(0);
                    collect(errors, () -> plan.proposeStep(step, edit));
                    collect(errors, () -> plan.rankPriority(step.getServes().first(), 0, edit));
                    collect(errors, () -> plan.addPriority(plan.getPriorities().atRank(1), 1, edit));
                    collect(errors, () -> plan.removeMember("m-none", edit));
                    for (PathwaysException e : errors) {
                        assertFalse(e.getMessage().contains(Generators.SENSITIVE_MARK), e.getMessage());
                    }
                    assertEquals(4, errors.size());
                });
    }

    private static void collect(List<PathwaysException> errors, Runnable r) {
        errors.add(assertThrows(PathwaysException.class, r::run));
    }
}
