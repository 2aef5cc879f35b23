package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/** The consent decision, for all generated ledgers and questions. */
class ConsentProperties {
    static final int EXAMPLES = 300;
    /** Questions asked of each generated ledger. */
    static final int QUESTIONS = 40;

    private static final Instant START = Instant.parse("2025-12-20T00:00:00Z");

    /** A question: may this recipient receive this category for this purpose at this time? */
    record Question(Recipient recipient, InformationCategory category, Purpose purpose, Instant at) {
        ConsentDecision askOf(ConsentLedger ledger) {
            return ledger.decide(recipient, category, purpose, at);
        }
    }

    static Gen<Question> questions() {
        return in -> new Question(
                Generators.recipients().generate(in),
                InformationCategory.values()[Generators.pick(in, 0, InformationCategory.values().length - 1)],
                Purpose.values()[Generators.pick(in, 0, Purpose.values().length - 1)],
                START.plusSeconds(Generators.pick(in, 0, 330 * 86_400)));
    }

    static Gen<List<Question>> manyQuestions() {
        return in -> {
            List<Question> out = new ArrayList<>();
            for (int i = 0; i < QUESTIONS; i++) {
                out.add(questions().generate(in));
            }
            return out;
        };
    }

    /** A ledger, and one more entry recorded after all of it. */
    record Appended(ConsentLedger before, ConsentEntry entry, ConsentLedger after) {}

    static Gen<Appended> appended(char kind) {
        return in -> {
            ConsentLedger before = Generators.ledgers(12).generate(in);
            List<ConsentEntry> entries = before.getEntries();
            Instant last =
                    entries.isEmpty() ? START : entries.get(entries.size() - 1).getRecordedAt();
            Instant at = last.plusSeconds(Generators.pick(in, 0, 30 * 86_400));
            List<String> revocable = revocable(before);
            ConsentEntry entry;
            switch (kind) {
                case 'g' -> entry = Generators.grants("c-new", at).generate(in);
                case 'v' -> {
                    ConsentRevocation.Builder b = ConsentRevocation.builder()
                            .id("c-new")
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-1")
                            .recordedAt(at);
                    List<String> grants = revocable.stream()
                            .filter(id -> before.find(id).orElseThrow() instanceof ConsentGrant)
                            .toList();
                    if (!grants.isEmpty() && Generators.pick(in, 0, 1) == 0) {
                        b.revokes(grants.get(Generators.pick(in, 0, grants.size() - 1)));
                    } else {
                        b.recipient(Generators.recipients().generate(in));
                    }
                    entry = b.build();
                }
                default -> entry = Generators.entry(in, "c-new", at, revocable);
            }
            return new Appended(before, entry, before.withAppended(entry));
        };
    }

    private static List<String> revocable(ConsentLedger ledger) {
        Set<String> revoked = new HashSet<>();
        for (ConsentEntry e : ledger.getEntries()) {
            if (e instanceof ConsentRevocation v) {
                v.getRevokes().ifPresent(revoked::add);
            }
        }
        List<String> out = new ArrayList<>();
        for (ConsentEntry e : ledger.getEntries()) {
            if (!(e instanceof ConsentRevocation) && !revoked.contains(e.getId())) {
                out.add(e.getId());
            }
        }
        return out;
    }

    @Test
    void anEmptyLedgerPermitsNothing() {
        qt().withExamples(Generators.examples(EXAMPLES * 5)).forAll(questions()).checkAssert(q -> {
            ConsentDecision d = q.askOf(ConsentLedger.empty());
            assertFalse(d.isPermitted());
            assertEquals(DecisionReason.NO_GRANT, d.getReason());
        });
    }

    @Test
    void theDecisionIsWhatAPlainReadingOfTheLedgerSays() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.ledgers(30), manyQuestions())
                .checkAssert((ledger, qs) -> {
                    for (Question q : qs) {
                        ConsentDecision d = q.askOf(ledger);
                        assertEquals(PlainReading.decide(ledger, q), d.getReason(), q + " in " + ledger.getEntries());
                        assertEquals(d.getReason() == DecisionReason.GRANTED, d.isPermitted());
                    }
                });
    }

    @Test
    void aRefusalAlwaysWinsNowAndLater() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.ledgers(12), questions(), Generators.recipients())
                .checkAssert((ledger, q, to) -> {
                    Instant at = latest(ledger).plusSeconds(60);
                    ConsentRefusal never = ConsentRefusal.builder()
                            .id("c-never")
                            .recipient(to)
                            .addCategories(q.category())
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-1")
                            .recordedAt(at)
                            .build();
                    ConsentGrant everything = ConsentGrant.builder()
                            .id("c-later")
                            .recipient(to)
                            .addCategories(InformationCategory.values())
                            .addPurposes(
                                    Purpose.REFERRAL,
                                    Purpose.CASE_CONFERENCE,
                                    Purpose.COORDINATION,
                                    Purpose.ACCOMPANIMENT)
                            .start(at)
                            .given(ConsentMode.WRITTEN)
                            .recordedBy("m-1")
                            .recordedAt(at.plusSeconds(60))
                            .build();
                    ConsentLedger refused = ledger.withAppended(never).withAppended(everything);
                    for (long later : new long[] {0, 60, 86_400, 400L * 86_400}) {
                        ConsentDecision d = refused.decide(to, q.category(), q.purpose(), at.plusSeconds(later));
                        assertEquals(DecisionReason.REFUSED, d.getReason());
                        assertEquals("c-never", d.getEntry().orElseThrow().getId());
                    }
                });
    }

    @Test
    void afterARevocationNothingItCoversIsPermitted() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(appended('v'), manyQuestions())
                .checkAssert((a, qs) -> {
                    ConsentRevocation v = (ConsentRevocation) a.entry();
                    for (Question q : qs) {
                        Instant t = q.at().isBefore(v.getRecordedAt())
                                ? v.getRecordedAt().plusSeconds(q.at().getEpochSecond() % 86_400)
                                : q.at();
                        Recipient r = v.getRecipient().orElse(q.recipient());
                        ConsentDecision d = a.after().decide(r, q.category(), q.purpose(), t);
                        if (!d.isPermitted()) {
                            continue;
                        }
                        ConsentEntry by = d.getEntry().orElseThrow();
                        if (v.getRevokes().isPresent()) {
                            assertNotEquals(v.getRevokes().get(), by.getId(), d.explain());
                        } else {
                            assertFalse(a.before().find(by.getId()).isPresent(), d.explain());
                        }
                    }
                });
    }

    @Test
    void appendingAnEntryNeverChangesADecisionAboutAnEarlierTime() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(appended('*'), manyQuestions())
                .checkAssert((a, qs) -> {
                    for (Question q : qs) {
                        if (q.at().isBefore(a.entry().getRecordedAt())) {
                            assertEquals(q.askOf(a.before()), q.askOf(a.after()));
                        }
                    }
                });
    }

    @Test
    void grantingMoreNeverPermitsLess() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(appended('g'), manyQuestions())
                .checkAssert((a, qs) -> {
                    for (Question q : qs) {
                        if (q.askOf(a.before()).isPermitted()) {
                            assertTrue(q.askOf(a.after()).isPermitted(), q.toString());
                        }
                    }
                });
    }

    @Test
    void serviceAndReportingConsentNeverImplyEachOther() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.ledgers(30), manyQuestions())
                .checkAssert((ledger, qs) -> {
                    for (Question q : qs) {
                        ConsentDecision d = q.askOf(ledger);
                        if (d.isPermitted()) {
                            ConsentGrant g = (ConsentGrant) d.getEntry().orElseThrow();
                            assertTrue(g.getPurposes().contains(q.purpose()));
                            assertTrue(g.getPurposes().stream()
                                    .allMatch(
                                            p -> p.isReporting() == q.purpose().isReporting()));
                            assertFalse(
                                    q.purpose().isReporting() && q.category().isIdentifying());
                        }
                    }
                });
    }

    private static Instant latest(ConsentLedger ledger) {
        List<ConsentEntry> e = ledger.getEntries();
        return e.isEmpty() ? START : e.get(e.size() - 1).getRecordedAt();
    }

    /**
     * The rules read literally, scanning the whole ledger: the reference the indexed decision must
     * agree with.
     */
    static final class PlainReading {
        private PlainReading() {}

        static DecisionReason decide(ConsentLedger ledger, Question q) {
            List<ConsentEntry> all = ledger.getEntries();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) instanceof ConsentRefusal r
                        && r.getRecipient().equals(q.recipient())
                        && r.getCategories().contains(q.category())
                        && !r.getRecordedAt().isAfter(q.at())
                        && !revokedBy(all, i, q.at())) {
                    return DecisionReason.REFUSED;
                }
            }
            DecisionReason latest = DecisionReason.NO_GRANT;
            for (int i = 0; i < all.size(); i++) {
                if (!(all.get(i) instanceof ConsentGrant g)
                        || !g.getRecipient().equals(q.recipient())
                        || !g.getCategories().contains(q.category())
                        || !g.getPurposes().contains(q.purpose())
                        || g.getRecordedAt().isAfter(q.at())) {
                    continue;
                }
                DecisionReason r;
                if (revokedBy(all, i, q.at())) {
                    r = DecisionReason.REVOKED;
                } else if (q.at().isBefore(g.getStart()) || q.at().isBefore(g.getRecordedAt())) {
                    r = DecisionReason.NOT_YET_IN_EFFECT;
                } else if (g.getEnd().isPresent() && !q.at().isBefore(g.getEnd().get())) {
                    r = DecisionReason.EXPIRED;
                } else {
                    return DecisionReason.GRANTED;
                }
                latest = r;
            }
            return latest;
        }

        /** Whether a later revocation, recorded by {@code at}, names entry {@code i} or its recipient. */
        private static boolean revokedBy(List<ConsentEntry> all, int i, Instant at) {
            ConsentEntry e = all.get(i);
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(j) instanceof ConsentRevocation v
                        && !v.getRecordedAt().isAfter(at)) {
                    if (v.getRevokes().equals(java.util.Optional.of(e.getId()))) {
                        return true;
                    }
                    if (e instanceof ConsentGrant g
                            && v.getRecipient().equals(java.util.Optional.of(g.getRecipient()))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
