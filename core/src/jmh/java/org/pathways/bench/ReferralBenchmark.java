package org.pathways.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.referral.Packet;
import org.pathways.referral.Referrals;
import org.pathways.referral.Referrer;
import org.pathways.referral.Sent;
import org.pathways.team.TeamRole;

/**
 * The referral exchange on the reference and large plans: making a packet (the sharing rule's view
 * and a new revision), applying an organisation's answer (a new revision, every invariant checked
 * again), and intake at the receiving organisation; {@code read} is reading the same plan, for
 * same-run ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReferralBenchmark {
    @Param({"reference", "large"})
    public String plan;

    private static final String SHELTER = "org-bench-shelter";
    private CarePlan ready;
    private CarePlan sentPlan;
    private Packet packet;
    private ReferralAnswer answer;
    private Edit sendEdit;
    private Edit answerEdit;
    private String json;
    private final PlanJson reader = PlanJson.defaults();
    private final Referrer referrer = Referrer.builder()
            .id("m-0")
            .role(TeamRole.DEDICATED_CASE_WORKER)
            .organisation(Fixture.AGENCY)
            .reach(SensitiveText.of("705-555-0100"))
            .build();

    /** Adds an agreed referral step and its consent to the plan, sends it once, and checks each result. */
    @Setup
    public void setUp() {
        CarePlan base = Fixture.named(plan);
        Edit edit = Fixture.editAfter(base);
        Instant at = edit.getAt();
        ConsentGrant grant = ConsentGrant.builder()
                .id("c-bench")
                .recipient(Recipient.organisation(SHELTER))
                .addCategories(InformationCategory.values())
                .addPurposes(Purpose.REFERRAL)
                .start(at)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-0")
                .recordedAt(at)
                .build();
        PlanStep step = PlanStep.builder()
                .id("s-bench")
                .kind(StepKind.REFERRAL)
                .addServes(base.getPriorities().getRanked().get(0).getId())
                .provider(SHELTER)
                .addShares(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .proposed(at, "m-0")
                .build();
        ready = base.recordConsent(grant, edit)
                .proposeStep(step, edit)
                .agreeToStep("s-bench", AgreementMode.VERBAL, edit);
        sendEdit = Edit.of("m-0", at.plusSeconds(60), true);
        Sent sent = Referrals.send(ready, "s-bench", referrer, sendEdit);
        sentPlan = sent.getPlan();
        packet = sent.getPacket();
        answer = ReferralAnswer.builder()
                .id("a-1")
                .referral(packet.getId())
                .step("s-bench")
                .from(SHELTER)
                .kind(AnswerKind.WAITLISTED)
                .waitDays(14)
                .at(at.plusSeconds(120))
                .build();
        answerEdit = Edit.of("m-0", at.plusSeconds(180), false);
        json = reader.write(base);
        if (apply().findStep("s-bench").orElseThrow().getStatus() != StepStatus.ON_HOLD) {
            throw new IllegalStateException("the answer did not put the step on hold");
        }
        if (intake().getPriorities().getRanked().isEmpty()) {
            throw new IllegalStateException("intake holds no priority");
        }
    }

    @Benchmark
    public Sent send() {
        return Referrals.send(ready, "s-bench", referrer, sendEdit);
    }

    @Benchmark
    public CarePlan apply() {
        return Referrals.apply(sentPlan, answer, answerEdit);
    }

    @Benchmark
    public CarePlan intake() {
        return Referrals.intake(packet, "plan-b-1", SHELTER, answerEdit);
    }

    @Benchmark
    public CarePlan read() {
        return reader.readPlan(json);
    }
}
