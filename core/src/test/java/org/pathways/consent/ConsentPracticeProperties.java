package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * Consent as practice keeps it, for all generated ledgers and questions: expiry by an agency's
 * policy, renewal, oral withdrawal and its written confirmation, and who may decide a disclosure
 * without consent.
 */
class ConsentPracticeProperties {
    static final int EXAMPLES = 300;

    @Test
    void anExpiredGrantPermitsNothingAfterItsExpiry() {
        AtomicLong asked = new AtomicLong();
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(ConsentProperties.crowdedLedgers(), ConsentProperties.crowdedQuestions())
                .checkAssert((ledger, qs) -> {
                    for (ConsentProperties.Question q : qs) {
                        ConsentDecision d = q.askOf(ledger);
                        if (!d.isPermitted()) {
                            continue;
                        }
                        ConsentGrant g = (ConsentGrant) d.getEntry().orElseThrow();
                        asked.incrementAndGet();
                        g.getEffectiveEnd()
                                .ifPresent(
                                        end -> assertTrue(q.at().isBefore(end), () -> d.explain() + " after " + end));
                    }
                    for (ConsentEntry e : ledger.getEntries()) {
                        if (e instanceof ConsentGrant g && g.getEffectiveEnd().isPresent()) {
                            Instant end = g.getEffectiveEnd().get();
                            for (InformationCategory c : g.getCategories()) {
                                for (Purpose p : g.getPurposes()) {
                                    for (long later : new long[] {0, 1, 3_600, 400L * 86_400}) {
                                        ConsentDecision d =
                                                ledger.decide(g.getRecipient(), c, p, end.plusSeconds(later));
                                        assertFalse(
                                                d.isPermitted()
                                                        && d.getEntry()
                                                                .orElseThrow()
                                                                .getId()
                                                                .equals(g.getId()),
                                                d::explain);
                                    }
                                }
                            }
                        }
                    }
                });
        System.out.println("expiry property: " + asked.get() + " permitted decisions checked against their end");
    }

    @Test
    void aPolicyGivesEveryOpenGrantItsExpiryAndAfterItTheDecisionIsExpiredUntilARenewal() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.ledgers(12), Generators.grants("c-open", Instant.parse("2027-01-01T00:00:00Z")))
                .checkAssert((ledger, generated) -> {
                    int days = 1
                            + (int) Math.floorMod(generated.getRecordedAt().getEpochSecond() ^ ledger.hashCode(), 180);
                    ConsentPolicy policy =
                            ConsentPolicy.builder().releaseDays(days).build();
                    ConsentGrant open = ConsentGrant.builder()
                            .from(generated)
                            .end(Optional.empty())
                            .expiresAt(Optional.empty())
                            .build();
                    ConsentGrant g = policy.apply(open);
                    Instant expiry = g.getEffectiveFrom().plusSeconds(days * 86_400L);
                    assertEquals(Optional.of(expiry), g.getExpiresAt());
                    ConsentLedger with = ledger.withAppended(g);
                    Recipient r = g.getRecipient();
                    for (InformationCategory c : g.getCategories()) {
                        for (Purpose p : g.getPurposes()) {
                            ConsentDecision before = with.decide(r, c, p, expiry.minusSeconds(1));
                            ConsentDecision after = with.decide(r, c, p, expiry);
                            if (before.getReason() == DecisionReason.REFUSED) {
                                assertEquals(DecisionReason.REFUSED, after.getReason());
                                continue;
                            }
                            assertTrue(before.isPermitted(), before::explain);
                            if (after.isPermitted()) { // an earlier grant still in effect, never this one
                                assertNotEquals(
                                        "c-open", after.getEntry().orElseThrow().getId(), after::explain);
                            } else { // the latest grant that covers it explains: this one, expired
                                assertEquals(DecisionReason.EXPIRED, after.getReason(), after::explain);
                                assertEquals(
                                        "c-open", after.getEntry().orElseThrow().getId());
                                assertEquals(Optional.of(expiry), after.getSince());
                            }
                            ConsentGrant renewal = policy.apply(ConsentGrant.builder()
                                    .from(open)
                                    .id("c-renewal")
                                    .start(expiry.plusSeconds(60))
                                    .recordedAt(expiry.plusSeconds(60))
                                    .build());
                            ConsentLedger renewed = with.withAppended(renewal);
                            assertEquals(after, renewed.decide(r, c, p, expiry), "a renewal never reaches back");
                            ConsentDecision again = renewed.decide(r, c, p, expiry.plusSeconds(60));
                            assertTrue(again.isPermitted(), again::explain);
                            assertEquals(
                                    "c-renewal", again.getEntry().orElseThrow().getId());
                        }
                    }
                });
    }

    /** A ledger with its written confirmations, and the same ledger without them. */
    record Confirmed(ConsentLedger with, ConsentLedger without) {}

    static Gen<Confirmed> confirmed() {
        return in -> {
            ConsentLedger with = Generators.pick(in, 0, 1) == 0
                    ? Generators.ledgers(30).generate(in)
                    : ConsentProperties.crowdedLedgers().generate(in);
            List<ConsentEntry> kept = new ArrayList<>();
            for (ConsentEntry e : with.getEntries()) {
                if (!(e instanceof ConsentConfirmation)) {
                    kept.add(e);
                }
            }
            return new Confirmed(with, ConsentLedger.of(kept));
        };
    }

    @Test
    void aConfirmationNeverChangesADecisionAtAnyInstant() {
        AtomicLong confirmations = new AtomicLong();
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(confirmed(), ConsentProperties.manyQuestions(), ConsentProperties.crowdedQuestions())
                .checkAssert((c, qs, crowded) -> {
                    confirmations.addAndGet(c.with().getEntries().size()
                            - c.without().getEntries().size());
                    List<ConsentProperties.Question> all = new ArrayList<>(qs);
                    all.addAll(crowded);
                    for (ConsentEntry e : c.with().getEntries()) { // and at every instant an entry was recorded
                        ConsentProperties.Question q =
                                all.get(Math.floorMod(e.getId().hashCode(), all.size()));
                        all.add(new ConsentProperties.Question(
                                q.recipient(), q.category(), q.purpose(), e.getRecordedAt()));
                    }
                    for (ConsentProperties.Question q : all) {
                        assertEquals(q.askOf(c.without()), q.askOf(c.with()), q::toString);
                        assertEquals(
                                c.without().withheld(q.recipient(), q.at()),
                                c.with().withheld(q.recipient(), q.at()));
                    }
                });
        assertTrue(confirmations.get() > EXAMPLES, "confirmations generated: " + confirmations.get());
    }

    @Test
    void anOralWithdrawalTakesEffectAtOnceAndKeepsThatTimeWhenConfirmed() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(ConsentProperties.appended('v'), ConsentProperties.manyQuestions())
                .checkAssert((a, qs) -> {
                    ConsentRevocation said = ConsentRevocation.builder()
                            .from((ConsentRevocation) a.entry())
                            .given(ConsentMode.VERBAL)
                            .build();
                    ConsentLedger withdrawn = a.before().withAppended(said);
                    Instant at = said.getRecordedAt();
                    ConsentLedger confirmed = withdrawn.withAppended(ConsentConfirmation.builder()
                            .id("c-written")
                            .confirms(said.getId())
                            .given(ConsentMode.WRITTEN)
                            .recordedBy("m-2")
                            .recordedAt(at.plusSeconds(3L * 86_400))
                            .build());
                    for (ConsentProperties.Question q : qs) {
                        Recipient r = said.getRecipient().orElse(q.recipient());
                        ConsentDecision now = confirmed.decide(r, q.category(), q.purpose(), at);
                        if (now.isPermitted()) { // only by a grant the withdrawal did not reach
                            String by = now.getEntry().orElseThrow().getId();
                            assertNotEquals(said.getRevokes().orElse(""), by);
                            if (said.getRecipient().isPresent()) {
                                assertFalse(a.before().find(by).isPresent(), now::explain);
                            }
                        }
                        for (Instant t : List.of(at.minusSeconds(1), at, at.plusSeconds(86_400), q.at())) {
                            ConsentDecision d = withdrawn.decide(r, q.category(), q.purpose(), t);
                            assertEquals(d, confirmed.decide(r, q.category(), q.purpose(), t));
                            if (d.getReason() == DecisionReason.REVOKED
                                    && d.getEntry().orElseThrow().equals(said)) {
                                assertEquals(Optional.of(at), d.getSince(), "it took effect when it was said");
                            }
                        }
                    }
                });
    }

    @Test
    void aDisclosureWithoutConsentIsRecordedOnlyInARoleThePolicyAuthorises() {
        String[] roles = {"privacy-officer", "clinical-supervisor", "executive-director", "intake-worker"};
        AtomicLong refused = new AtomicLong();
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans(), Generators.recipients())
                .checkAssert((plan, to) -> {
                    int bits = Math.floorMod(plan.hashCode() ^ to.hashCode(), 1 << 8);
                    ConsentPolicy.Builder pb = ConsentPolicy.builder();
                    for (int i = 0; i < roles.length; i++) {
                        if ((bits & (1 << i)) != 0) {
                            pb.addOverrideRoles(roles[i]);
                        }
                    }
                    ConsentPolicy policy = pb.build();
                    Optional<String> role = (bits & 16) != 0 ? Optional.empty() : Optional.of(roles[(bits >> 5) % 4]);
                    DisclosureBasis basis = DisclosureBasis.values()[1 + (bits >> 6) % 3];
                    Instant at = plan.getRevision().getAt();
                    Disclosure d = Disclosure.builder()
                            .id("d-override")
                            .recipient(to)
                            .purpose(Purpose.COORDINATION)
                            .addCategories(InformationCategory.IDENTITY)
                            .at(at)
                            .by("m-1")
                            .basis(basis)
                            .reason(SensitiveText.of("a duty to report"))
                            .decidedBy("m-2")
                            .decidedAs(role)
                            .build();
                    org.pathways.plan.Edit edit = org.pathways.plan.Edit.of("m-1", at, false);
                    boolean authorised =
                            role.isPresent() && policy.getOverrideRoles().contains(role.get());
                    if (authorised) {
                        assertEquals(
                                d,
                                plan.recordDisclosure(d, edit, policy).getDisclosures().stream()
                                        .filter(x -> x.getId().equals("d-override"))
                                        .findFirst()
                                        .orElseThrow());
                    } else {
                        refused.incrementAndGet();
                        InvalidPlanException e = org.junit.jupiter.api.Assertions.assertThrows(
                                InvalidPlanException.class, () -> plan.recordDisclosure(d, edit, policy));
                        assertEquals(ErrorCode.OVERRIDE_NOT_AUTHORISED, e.getCode());
                    }
                    InvalidPlanException e = org.junit.jupiter.api.Assertions.assertThrows(
                            InvalidPlanException.class, () -> plan.recordDisclosure(d, edit));
                    assertEquals(ErrorCode.OVERRIDE_NOT_AUTHORISED, e.getCode(), "the defaults authorise no one");
                });
        assertTrue(refused.get() > 0);
    }
}
