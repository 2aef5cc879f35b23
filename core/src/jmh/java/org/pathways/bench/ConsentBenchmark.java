package org.pathways.bench;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
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
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;

/**
 * Consent decisions as the ledger grows: one category for a partner, six categories at once, and
 * one category for the busiest recipient (every 97th entry of the ledger is about it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConsentBenchmark {
    @Param({"10", "1000", "100000"})
    public int entries;

    private ConsentLedger ledger;
    private final Instant at = Fixture.decisionTime();
    private final Recipient partner = Recipient.organisation("org-partner-0");
    private final Recipient busy = Recipient.organisation("org-other-6");
    private final Set<InformationCategory> six = EnumSet.of(
            InformationCategory.IDENTITY,
            InformationCategory.CONTACT,
            InformationCategory.PRIORITIES,
            InformationCategory.PLAN_STEPS,
            InformationCategory.CARE_TEAM,
            InformationCategory.LOCATION_AND_SAFETY);

    /** Builds the ledger and asks once, so that its index is built before measuring. */
    @Setup
    public void setUp() {
        ledger = Fixture.consentLedger(entries);
        if (!ledger.decide(partner, six, Purpose.REFERRAL, at).isPermitted()) {
            throw new IllegalStateException("the partner's grant does not cover the six categories");
        }
    }

    @Benchmark
    public ConsentDecision decideOne() {
        return ledger.decide(partner, InformationCategory.CONTACT, Purpose.REFERRAL, at);
    }

    @Benchmark
    public ConsentDecisions decideSix() {
        return ledger.decide(partner, six, Purpose.REFERRAL, at);
    }

    @Benchmark
    public ConsentDecision decideBusyRecipient() {
        return ledger.decide(busy, InformationCategory.HEALTH, Purpose.REFERRAL, at);
    }
}
