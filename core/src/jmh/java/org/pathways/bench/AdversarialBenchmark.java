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
import org.pathways.consent.ConsentDecision;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.review.PlanReview;
import org.pathways.review.Rule;

/**
 * The adversarial cases of issue 11, each beside the normal case of the same size: valid plans
 * whose content, not their size, made reading and reviewing slow, and the consent decision behind
 * both. Reading and reviewing are timed one call at a time ({@code SingleShotTime}).
 */
public class AdversarialBenchmark {
    /** A plan with many grants to one partner and steps that go ahead many times, as JSON. */
    @State(Scope.Benchmark)
    public static class ManyGrants {
        /** {@code expired}: the further grants are over (adversarial); {@code in_force}: they hold. */
        @Param({"expired", "in_force"})
        public String grants;

        /** How many further grants. */
        @Param({"20000"})
        public int grantCount;

        /** How many times, in all, a step goes ahead. */
        @Param({"55000"})
        public int goingsAhead;

        String document;
        final PlanJson json = PlanJson.defaults();

        /** Writes the plan and checks that it reads back. */
        @Setup
        public void setUp() {
            CarePlan plan = Fixture.manyGrants(grantCount, goingsAhead, grants.equals("expired"));
            document = json.write(plan);
            System.out.println("plan of " + document.length() + " characters");
        }
    }

    /** A plan with many refusals to one partner, one of them in force, and many open steps. */
    @State(Scope.Benchmark)
    public static class ManyRefusals {
        /** {@code oldest}: the refusal in force is the first (adversarial); {@code newest}: the last. */
        @Param({"oldest", "newest"})
        public String inForce;

        /** How many refusals. */
        @Param({"20000"})
        public int refusals;

        /** How many open steps. */
        @Param({"5000"})
        public int openSteps;

        CarePlan plan;

        /** Builds the plan and checks that its review finds what it should. */
        @Setup
        public void setUp() {
            plan = Fixture.manyRefusals(refusals, openSteps, inForce.equals("oldest"));
            long needed = PlanReview.of(plan).getFindings().stream()
                    .filter(f -> f.getRule() == Rule.CONSENT_NEEDED)
                    .count();
            if (needed != openSteps) {
                throw new IllegalStateException("the review found " + needed + " steps needing consent");
            }
        }
    }

    /** A ledger of one grant in force and then many expired grants to the same partner. */
    @State(Scope.Benchmark)
    public static class ExpiredGrants {
        /** How many expired grants follow the one in force. */
        @Param({"1000", "100000"})
        public int expired;

        ConsentLedger ledger;
        final Recipient partner = Recipient.organisation("org-partner-0");
        final Instant at = Fixture.decisionTime();

        /** Builds the ledger and asks once, so that its index is built before measuring. */
        @Setup
        public void setUp() {
            ledger = Fixture.expiredGrants(expired);
            if (!ledger.decide(partner, InformationCategory.CONTACT, Purpose.REFERRAL, at)
                    .isPermitted()) {
                throw new IllegalStateException("the grant in force does not permit");
            }
        }
    }

    /**
     * Reads the plan with many grants.
     *
     * @param s the document
     * @return the plan
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CarePlan readManyGrants(ManyGrants s) {
        return s.json.readPlan(s.document);
    }

    /**
     * Reviews the plan with many refusals.
     *
     * @param s the plan
     * @return the review
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PlanReview reviewManyRefusals(ManyRefusals s) {
        return PlanReview.of(s.plan);
    }

    /**
     * Decides for the partner after many expired grants.
     *
     * @param s the ledger
     * @return the decision
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ConsentDecision decideAfterExpiredGrants(ExpiredGrants s) {
        return s.ledger.decide(s.partner, InformationCategory.CONTACT, Purpose.REFERRAL, s.at);
    }
}
