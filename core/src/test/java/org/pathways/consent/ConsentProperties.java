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
            if (!(e instanceof ConsentRevocation)
                    && !(e instanceof ConsentConfirmation)
                    && !revoked.contains(e.getId())) {
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
    void theIndexedDecisionIsTheDecisionOfAPlainScanOnCrowdedLedgers() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(crowdedLedgers(), crowdedQuestions())
                .checkAssert((ledger, qs) -> {
                    for (Question q : qs) {
                        ConsentDecision d = q.askOf(ledger);
                        assertEquals(
                                PlainScan.decide(ledger, q), Outcome.of(d), () -> q + " in " + ledger.getEntries());
                    }
                });
    }

    /** The two recipients, three categories and two purposes of the crowded ledgers. */
    private static final Recipient[] CROWD = {Recipient.organisation("org-1"), Recipient.organisation("org-2")};

    private static final InformationCategory[] FEW_CATEGORIES = {
        InformationCategory.CONTACT, InformationCategory.HEALTH, InformationCategory.IDENTITY
    };
    private static final Purpose[] FEW_PURPOSES = {Purpose.REFERRAL, Purpose.COORDINATION};

    private static final long HOUR = 3_600;

    /**
     * Ledgers of up to 150 entries about two recipients, a few hours apart and often at the same
     * instant: grants that start before or after they are recorded, end or not, overlap, and are
     * withdrawn by name or with their whole recipient; refusals lifted or not.
     */
    static Gen<ConsentLedger> crowdedLedgers() {
        return in -> {
            List<ConsentEntry> entries = new ArrayList<>();
            List<String> revocable = new ArrayList<>();
            Instant at = START;
            for (int i = 0, n = Generators.pick(in, 0, 150); i < n; i++) {
                at = at.plusSeconds(HOUR * Generators.pick(in, 0, 2));
                String id = "c-" + i;
                Recipient to = CROWD[Generators.pick(in, 0, 1)];
                int kind = Generators.pick(in, 0, 9);
                if (kind < 5) {
                    Instant start = at.plusSeconds(HOUR * Generators.pick(in, -3, 4));
                    ConsentGrant.Builder g = ConsentGrant.builder()
                            .id(id)
                            .recipient(to)
                            .categories(few(in, FEW_CATEGORIES))
                            .purposes(few(in, FEW_PURPOSES))
                            .start(start)
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-1")
                            .recordedAt(at);
                    if (Generators.pick(in, 0, 2) > 0) {
                        g.end(start.plusSeconds(HOUR * Generators.pick(in, 1, 8)));
                    } else if (Generators.pick(in, 0, 1) == 1) {
                        g.expiresAt(start.plusSeconds(HOUR * Generators.pick(in, 1, 8))); // by agency policy
                    }
                    entries.add(g.build());
                    revocable.add(id);
                } else if (kind < 8) {
                    ConsentRefusal.Builder r = ConsentRefusal.builder()
                            .id(id)
                            .recipient(to)
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-1")
                            .recordedAt(at);
                    if (Generators.pick(in, 0, 4) == 0) {
                        r.addItems("p-" + Generators.pick(in, 1, 3)); // withholds an item, decides no category
                    } else {
                        r.categories(few(in, FEW_CATEGORIES));
                    }
                    entries.add(r.build());
                    revocable.add(id);
                } else {
                    ConsentRevocation.Builder v = ConsentRevocation.builder()
                            .id(id)
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-1")
                            .recordedAt(at);
                    if (!revocable.isEmpty() && Generators.pick(in, 0, 2) > 0) {
                        v.revokes(revocable.remove(Generators.pick(in, 0, revocable.size() - 1)));
                    } else {
                        v.recipient(to);
                    }
                    entries.add(v.build());
                }
                if (Generators.pick(in, 0, 3) == 0) { // the entry just said aloud, confirmed in writing
                    entries.add(ConsentConfirmation.builder()
                            .id(id + "-w")
                            .confirms(id)
                            .given(ConsentMode.WRITTEN)
                            .recordedBy("m-1")
                            .recordedAt(at)
                            .build());
                }
            }
            return ConsentLedger.of(entries);
        };
    }

    private static <E extends Enum<E>> Set<E> few(org.quicktheories.core.RandomnessSource in, E[] values) {
        Set<E> out = new HashSet<>();
        for (E v : values) {
            if (Generators.pick(in, 0, 1) == 1) {
                out.add(v);
            }
        }
        if (out.isEmpty()) {
            out.add(values[Generators.pick(in, 0, values.length - 1)]);
        }
        return out;
    }

    /** Questions about the crowded ledgers, on the hour (where periods start and end) or between. */
    static Gen<List<Question>> crowdedQuestions() {
        return in -> {
            List<Question> out = new ArrayList<>();
            for (int i = 0; i < QUESTIONS; i++) {
                out.add(new Question(
                        CROWD[Generators.pick(in, 0, 1)],
                        FEW_CATEGORIES[Generators.pick(in, 0, FEW_CATEGORIES.length - 1)],
                        FEW_PURPOSES[Generators.pick(in, 0, 1)],
                        START.plusSeconds(HOUR * Generators.pick(in, -2, 320) + Generators.pick(in, -1, 1))));
            }
            return out;
        };
    }

    /** What a decision says: its reason, the entry it names and since when. */
    record Outcome(DecisionReason reason, String entry, Instant since) {
        static Outcome of(ConsentDecision d) {
            return new Outcome(
                    d.getReason(),
                    d.getEntry().map(ConsentEntry::getId).orElse(null),
                    d.getSince().orElse(null));
        }
    }

    /**
     * The documented decision read literally, by a scan of the whole ledger for every question:
     * the reference the indexed decision must equal, entry and time included.
     */
    static final class PlainScan {
        private PlainScan() {}

        static Outcome decide(ConsentLedger ledger, Question q) {
            List<ConsentEntry> all = ledger.getEntries();
            Instant t = q.at();
            for (int i = all.size() - 1; i >= 0; i--) { // the latest refusal not lifted by t
                if (all.get(i) instanceof ConsentRefusal r
                        && r.getRecipient().equals(q.recipient())
                        && r.getCategories().contains(q.category())
                        && !r.getRecordedAt().isAfter(t)
                        && withdrawal(all, i, t) == null) {
                    return new Outcome(DecisionReason.REFUSED, r.getId(), r.getRecordedAt());
                }
            }
            ConsentGrant latest = null;
            int latestAt = -1;
            for (int i = all.size() - 1; i >= 0; i--) { // the latest grant in effect at t
                if (!(all.get(i) instanceof ConsentGrant g)
                        || !g.getRecipient().equals(q.recipient())
                        || !g.getCategories().contains(q.category())
                        || !g.getPurposes().contains(q.purpose())
                        || g.getRecordedAt().isAfter(t)) {
                    continue;
                }
                if (latest == null) {
                    latest = g;
                    latestAt = i;
                }
                boolean started = !t.isBefore(g.getStart()) && !t.isBefore(g.getRecordedAt());
                boolean ended = g.getEffectiveEnd().isPresent()
                        && !t.isBefore(g.getEffectiveEnd().get());
                if (started && !ended && withdrawal(all, i, t) == null) {
                    return new Outcome(DecisionReason.GRANTED, g.getId(), g.getEffectiveFrom());
                }
            }
            if (latest == null) {
                return new Outcome(DecisionReason.NO_GRANT, null, null);
            }
            ConsentRevocation v = withdrawal(all, latestAt, t);
            if (v != null) {
                return new Outcome(DecisionReason.REVOKED, v.getId(), v.getRecordedAt());
            }
            if (t.isBefore(latest.getEffectiveFrom())) {
                return new Outcome(DecisionReason.NOT_YET_IN_EFFECT, latest.getId(), latest.getEffectiveFrom());
            }
            return new Outcome(
                    DecisionReason.EXPIRED,
                    latest.getId(),
                    latest.getEffectiveEnd().orElseThrow());
        }

        /**
         * The first revocation after entry {@code i}, recorded by {@code t}, that names it or (for a
         * grant) its whole recipient; or null.
         */
        private static ConsentRevocation withdrawal(List<ConsentEntry> all, int i, Instant t) {
            ConsentEntry e = all.get(i);
            for (int j = i + 1; j < all.size() && !all.get(j).getRecordedAt().isAfter(t); j++) {
                if (all.get(j) instanceof ConsentRevocation v
                        && (v.getRevokes().equals(java.util.Optional.of(e.getId()))
                                || e instanceof ConsentGrant g
                                        && v.getRecipient().equals(java.util.Optional.of(g.getRecipient())))) {
                    return v;
                }
            }
            return null;
        }
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
                } else if (g.getEffectiveEnd().isPresent()
                        && !q.at().isBefore(g.getEffectiveEnd().get())) {
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
