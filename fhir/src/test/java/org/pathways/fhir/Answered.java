package org.pathways.fhir;

import static org.pathways.testing.Generators.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepStatus;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated plans whose steps' histories hold organisations' answers to referrals: every change an
 * answer can make (accepted or an appointment set to in progress, waitlisted to on hold, completed,
 * declined with a reason that closes the step as it closed, the person withdrawing) carries one
 * three times in four, and answers that leave the status as it was ({@code received}) follow one
 * change in three that puts a referral ahead or on hold.
 */
final class Answered {
    private Answered() {}

    /**
     * Plans of {@link Generators#plans()}, with answers in the histories of steps that name a provider;
     * one in two is drawn again (up to 20 times) until it holds an answer, since few generated steps
     * both name a provider and went ahead.
     */
    static Gen<CarePlan> plans() {
        return in -> {
            boolean wantAnswers = pick(in, 0, 1) == 0;
            CarePlan plan = withAnswers(Generators.plans().generate(in), in);
            for (int tries = 1; wantAnswers && tries < 20 && !hasAnswers(plan); tries++) {
                plan = withAnswers(Generators.plans().generate(in), in);
            }
            return plan;
        };
    }

    static boolean hasAnswers(CarePlan plan) {
        return plan.getSteps().stream()
                .flatMap(s -> s.getHistory().stream())
                .anyMatch(c -> c.getAnswer().isPresent());
    }

    private static CarePlan withAnswers(CarePlan plan, RandomnessSource in) {
        List<PlanStep> steps = new ArrayList<>();
        int answers = 0;
        for (PlanStep s : plan.getSteps()) {
            if (s.getProvider().isEmpty()) {
                steps.add(s);
                continue;
            }
            String from = s.getProvider().get();
            List<StatusChange> history = new ArrayList<>();
            history.add(s.getHistory().get(0));
            for (int i = 1; i < s.getHistory().size(); i++) {
                StatusChange previous = s.getHistory().get(i - 1);
                StatusChange c = s.getHistory().get(i);
                AnswerKind kind = kind(in, previous.getStatus(), c);
                if (kind != null && pick(in, 0, 3) > 0) {
                    history.add(StatusChange.builder()
                            .from(c)
                            .answer(answer(in, s.getId(), from, kind, c))
                            .build());
                    answers++;
                } else {
                    history.add(c);
                }
                boolean ahead = c.getStatus() == StepStatus.IN_PROGRESS || c.getStatus() == StepStatus.ON_HOLD;
                if (ahead && pick(in, 0, 2) == 0) {
                    history.add(StatusChange.builder()
                            .status(c.getStatus())
                            .at(c.getAt())
                            .recordedBy(c.getRecordedBy())
                            .answer(answer(in, s.getId(), from, AnswerKind.RECEIVED, c))
                            .build());
                    answers++;
                }
            }
            steps.add(PlanStep.builder().from(s).history(history).build());
        }
        if (answers == 0) {
            return plan;
        }
        return CarePlan.builder().from(plan).steps(steps).build();
    }

    /** The kind of answer that makes this change, if an organisation's answer can make it. */
    private static AnswerKind kind(RandomnessSource in, StepStatus from, StatusChange c) {
        boolean ahead = from == StepStatus.IN_PROGRESS || from == StepStatus.ON_HOLD;
        return switch (c.getStatus()) {
            case IN_PROGRESS -> pick(in, 0, 1) == 0 ? AnswerKind.ACCEPTED : AnswerKind.APPOINTMENT_SET;
            case ON_HOLD -> AnswerKind.WAITLISTED;
            case COMPLETED -> ahead ? AnswerKind.COMPLETED : null;
            case DECLINED -> ahead && c.getReason().get() == ClosureReason.PERSONS_CHOICE ? AnswerKind.WITHDREW : null;
            case CANCELLED -> ahead && declineFor(c.getReason().get()).length > 0 ? AnswerKind.DECLINED : null;
            default -> null;
        };
    }

    private static DeclineReason[] declineFor(ClosureReason closure) {
        return java.util.Arrays.stream(DeclineReason.values())
                .filter(d -> d.getClosureReason() == closure)
                .toArray(DeclineReason[]::new);
    }

    private static ReferralAnswer answer(
            RandomnessSource in, String step, String from, AnswerKind kind, StatusChange c) {
        ReferralAnswer.Builder b = ReferralAnswer.builder()
                .id("a-" + step + "-" + pick(in, 1, 1_000_000))
                .referral("disclosure-" + pick(in, 1, 3))
                .step(step)
                .from(from)
                .kind(kind)
                .at(c.getAt().minusSeconds(pick(in, 0, 3_600)));
        switch (kind) {
            case WAITLISTED -> {
                int which = pick(in, 0, 2);
                if (which != 1) {
                    b.expected(LocalDate.of(2026, 1, 1).plusDays(pick(in, 0, 700)));
                }
                if (which != 0) {
                    b.waitDays(pick(in, 0, ReferralAnswer.MAX_WAIT_DAYS));
                }
            }
            case APPOINTMENT_SET -> {
                b.appointmentAt(c.getAt().plusSeconds(pick(in, 0, 30 * 86_400)));
                if (pick(in, 0, 1) == 0) {
                    b.place(Generators.sensitive().generate(in));
                }
            }
            case DECLINED -> {
                DeclineReason[] reasons = declineFor(c.getReason().get());
                b.reason(reasons[pick(in, 0, reasons.length - 1)]);
            }
            default -> {}
        }
        return b.build();
    }
}
