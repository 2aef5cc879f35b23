package org.pathways.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.GapReport;
import org.pathways.directory.ServiceDirectory;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StepKind;
import org.pathways.referral.Referrals;
import org.pathways.referral.Referrer;
import org.pathways.referral.Sent;
import org.pathways.team.TeamRole;

/**
 * The gap report over 10,000 services and 100,000 plans: the directory alone, with the plans (their
 * unmet priorities and their declines, suppressed with their complements), and for a funder (the
 * consent of every plan decided first). The plans are 1,000 distinct small plans, each with one
 * referral declined by one of 50 shelters for one of the reasons, each given 100 times: the report
 * reads every element of the list, so its cost is that of 100,000 plans; half of the plans grant the
 * funder aggregate reporting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapReportBenchmark {
    static final int SERVICES = 10_000;
    static final int PLANS = 100_000;
    static final int DISTINCT = 1_000;
    static final Recipient FUNDER = Recipient.organisation("org-bench-fund");

    private ServiceDirectory directory;
    private List<CarePlan> plans;
    private Instant at;

    /** Builds the directory and the plans, and checks that the report counts every decline. */
    @Setup
    public void setUp() {
        directory = Fixture.directory(SERVICES);
        List<CarePlan> distinct = new ArrayList<>(DISTINCT);
        Instant latest = Instant.EPOCH;
        for (int n = 0; n < DISTINCT; n++) {
            CarePlan p = declined(Fixture.plan(n, 3, 3, Fixture.PARTNERS, 2), n);
            distinct.add(p);
            latest = latest.isAfter(p.getRevision().getAt())
                    ? latest
                    : p.getRevision().getAt();
        }
        at = latest.plusSeconds(60);
        plans = new ArrayList<>(PLANS);
        for (int i = 0; i < PLANS; i++) {
            plans.add(distinct.get(i % DISTINCT));
        }
        GapReport shown = GapReport.of(directory, plans, 1);
        if (shown.getDeclinesByKind().getTotal().getValue().getAsInt() != PLANS) {
            throw new IllegalStateException("the report did not count every decline");
        }
        if (forFunder().getPlans().getValue().getAsInt() != PLANS / 2) {
            throw new IllegalStateException("the funder's report did not count half of the plans");
        }
    }

    private static CarePlan declined(CarePlan base, int n) {
        // after the plan's revision and after its ledger's last entry, whichever is later
        Instant t = base.getRevision().getAt();
        for (var e : base.getConsent().getEntries()) {
            t = e.getRecordedAt().isAfter(t) ? e.getRecordedAt() : t;
        }
        t = t.plusSeconds(60);
        Edit edit = Edit.of("m-0", t, true);
        String shelter = "org-bench-shelter-" + (n % 50);
        CarePlan p = base.recordConsent(
                ConsentGrant.builder()
                        .id("c-bench")
                        .recipient(Recipient.organisation(shelter))
                        .addCategories(InformationCategory.values())
                        .addPurposes(Purpose.REFERRAL, Purpose.ACCOMPANIMENT, Purpose.CASE_CONFERENCE)
                        .start(t)
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-0")
                        .recordedAt(t)
                        .build(),
                edit);
        if (n % 2 == 0) {
            p = p.recordConsent(
                    ConsentGrant.builder()
                            .id("c-fund")
                            .recipient(FUNDER)
                            .addCategories(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                            .addPurposes(Purpose.AGGREGATE_FUNDER_REPORTING)
                            .start(t)
                            .given(ConsentMode.WRITTEN)
                            .recordedBy("m-0")
                            .recordedAt(t)
                            .build(),
                    edit);
        }
        StepKind[] kinds = StepKind.values();
        PlanStep step = PlanStep.builder()
                .id("s-bench")
                .kind(kinds[n % kinds.length])
                .addServes(base.getPriorities().getRanked().get(0).getId())
                .provider(shelter)
                .addShares(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .proposed(t, "m-0")
                .build();
        p = p.proposeStep(step, edit).agreeToStep("s-bench", AgreementMode.VERBAL, edit);
        Referrer referrer = Referrer.builder()
                .id("m-0")
                .role(TeamRole.DEDICATED_CASE_WORKER)
                .organisation(Fixture.AGENCY)
                .reach(SensitiveText.of("705-555-0100"))
                .build();
        Sent sent = Referrals.send(p, "s-bench", referrer, Edit.of("m-0", t.plusSeconds(10), true));
        DeclineReason[] reasons = DeclineReason.values();
        return Referrals.apply(
                sent.getPlan(),
                ReferralAnswer.builder()
                        .id("a-bench")
                        .referral(sent.getPacket().getId())
                        .step("s-bench")
                        .from(shelter)
                        .kind(AnswerKind.DECLINED)
                        .reason(reasons[(n / 50) % reasons.length])
                        .at(t.plusSeconds(20))
                        .build(),
                Edit.of("m-0", t.plusSeconds(30), false));
    }

    @Benchmark
    public GapReport directoryAlone() {
        return GapReport.of(directory);
    }

    @Benchmark
    public GapReport withPlans() {
        return GapReport.of(directory, plans, GapReport.DEFAULT_THRESHOLD);
    }

    @Benchmark
    public GapReport forFunder() {
        return GapReport.forFunder(directory, plans, FUNDER, at, GapReport.DEFAULT_THRESHOLD);
    }
}
