package org.pathways.consent;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pathways.ErrorCode;
import org.pathways.internal.Checks;

/**
 * The append-only history of the person's grants, refusals and revocations, and the one place that
 * decides what may be shared.
 *
 * <pre>{@code
 * ConsentLedger ledger = ConsentLedger.empty().withAppended(shelterGrant).withAppended(policeRefusal);
 * ConsentDecision d = ledger.decide(Recipient.organisation("org-aurora-house"),
 *         InformationCategory.CONTACT, Purpose.REFERRAL, Instant.parse("2026-03-03T10:00:00Z"));
 * d.isPermitted();   // true
 * d.explain();       // "organisation org-aurora-house may receive contact for referral at ...: granted by c-1 ..."
 * }</pre>
 *
 * <p>The decision at time {@code t} is a pure function of the entries recorded at or before
 * {@code t}, evaluated in this order:
 *
 * <ol>
 *   <li>a refusal of the category to the recipient, recorded by {@code t} and not lifted by {@code
 *       t}, denies ({@link DecisionReason#REFUSED});
 *   <li>otherwise a grant to the recipient that covers the category and the purpose and is in
 *       effect at {@code t} — started, not ended, not revoked — permits; the latest such grant is
 *       named;
 *   <li>otherwise the latest grant that covers them explains the denial (revoked, expired, or not yet
 *       in effect), and with no such grant the answer is {@link DecisionReason#NO_GRANT}.
 * </ol>
 *
 * <p>Entries are in the order they were recorded, so appending never changes a decision about an
 * earlier time: the ledger's history answers "what was allowed at time T?". A decision looks only at
 * the entries for its recipient and category recorded by its time, found through an index built once
 * per ledger on first use and a binary search by time; it reads them newest first and stops at the
 * first grant in effect.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ConsentLedger {
    private static final ConsentLedger EMPTY = new ConsentLedger(List.of(), Map.of());

    private final List<ConsentEntry> entries;
    /** Where each entry is, by identifier: built by the check, kept for lookups and the index. */
    private final Map<String, Integer> positions;

    private volatile Index index;

    private ConsentLedger(List<ConsentEntry> entries, Map<String, Integer> positions) {
        this.entries = entries;
        this.positions = positions;
    }

    /**
     * Returns the ledger with no entry, which permits nothing.
     *
     * @return the empty ledger
     */
    public static ConsentLedger empty() {
        return EMPTY;
    }

    /**
     * Returns a ledger of the given entries, in the order they were recorded.
     *
     * @param entries the entries, oldest first
     * @return the ledger
     * @throws org.pathways.InvalidPlanException if identifiers repeat, entries are out of time order,
     *     or a revocation names an entry that does not precede it, is itself a revocation, or was
     *     already revoked
     */
    public static ConsentLedger of(List<? extends ConsentEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<ConsentEntry> copy = List.copyOf(entries);
        Map<String, Integer> positions = check(copy);
        return copy.isEmpty() ? EMPTY : new ConsentLedger(copy, positions);
    }

    /**
     * Returns every entry, oldest first.
     *
     * @return the entries
     */
    public List<@Valid ConsentEntry> getEntries() {
        return entries;
    }

    /**
     * Finds an entry.
     *
     * @param id the entry's identifier
     * @return the entry, or empty
     */
    public Optional<ConsentEntry> find(String id) {
        Objects.requireNonNull(id, "id");
        Integer at = positions.get(id);
        return at == null ? Optional.empty() : Optional.of(entries.get(at));
    }

    /**
     * Returns a ledger with one more entry, recorded no earlier than the last.
     *
     * @param entry the new entry
     * @return the longer ledger; this one is unchanged
     * @throws org.pathways.InvalidPlanException as {@link #of(List)} does
     */
    public ConsentLedger withAppended(ConsentEntry entry) {
        Objects.requireNonNull(entry, "entry");
        List<ConsentEntry> longer = new ArrayList<>(entries.size() + 1);
        longer.addAll(entries);
        longer.add(entry);
        return of(longer);
    }

    /**
     * Decides whether a recipient may receive one category of information for a purpose at a time.
     *
     * @param recipient who would receive it
     * @param category what
     * @param purpose what for
     * @param at when; the decision reads no clock
     * @return the decision, with its reason
     */
    public ConsentDecision decide(Recipient recipient, InformationCategory category, Purpose purpose, Instant at) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        Index ix = index();
        int[] refusals = Index.positions(ix.refusals, recipient, category);
        int lastRefusal = recordedBy(refusals, at);
        if (lastRefusal >= 0) {
            Instant lifted = ix.refusalsLifted.get(recipient).get(category)[lastRefusal];
            if (lifted != null && !lifted.isAfter(at)) {
                lastRefusal = -1; // every refusal recorded by then was lifted by then
            }
        }
        for (int i = lastRefusal; i >= 0; i--) {
            ConsentRefusal r = (ConsentRefusal) entries.get(refusals[i]);
            if (ix.liftedAt(r.getId(), at) == null) {
                return new ConsentDecision(
                        recipient, category, purpose, at, DecisionReason.REFUSED, r, r.getRecordedAt());
            }
        }
        int[] grants = Index.positions(ix.grants, recipient, category);
        ConsentDecision explanation = null;
        for (int i = recordedBy(grants, at); i >= 0; i--) {
            int position = grants[i];
            ConsentGrant g = (ConsentGrant) entries.get(position);
            if (!g.getPurposes().contains(purpose)) {
                continue;
            }
            ConsentRevocation revoked = ix.revocationOf(g, position, at);
            ConsentDecision d;
            if (revoked != null) {
                d = new ConsentDecision(
                        recipient, category, purpose, at, DecisionReason.REVOKED, revoked, revoked.getRecordedAt());
            } else if (at.isBefore(g.getEffectiveFrom())) {
                d = new ConsentDecision(
                        recipient, category, purpose, at, DecisionReason.NOT_YET_IN_EFFECT, g, g.getEffectiveFrom());
            } else if (g.getEnd().isPresent() && !at.isBefore(g.getEnd().get())) {
                d = new ConsentDecision(
                        recipient,
                        category,
                        purpose,
                        at,
                        DecisionReason.EXPIRED,
                        g,
                        g.getEnd().get());
            } else {
                return new ConsentDecision(
                        recipient, category, purpose, at, DecisionReason.GRANTED, g, g.getEffectiveFrom());
            }
            if (explanation == null) {
                explanation = d;
            }
        }
        return explanation != null
                ? explanation
                : new ConsentDecision(recipient, category, purpose, at, DecisionReason.NO_GRANT, null, null);
    }

    /**
     * Decides for several categories at once.
     *
     * @param recipient who would receive them
     * @param categories what
     * @param purpose what for
     * @param at when
     * @return one decision per category, in the order of {@link InformationCategory}
     */
    public ConsentDecisions decide(
            Recipient recipient, Set<InformationCategory> categories, Purpose purpose, Instant at) {
        Objects.requireNonNull(categories, "categories");
        List<ConsentDecision> out = new ArrayList<>(categories.size());
        for (InformationCategory c : InformationCategory.values()) {
            if (categories.contains(c)) {
                out.add(decide(recipient, c, purpose, at));
            }
        }
        return new ConsentDecisions(out);
    }

    /** The index in {@code positions} of the last entry recorded at or before {@code at}, or -1. */
    private int recordedBy(int[] positions, Instant at) {
        int lo = 0;
        int hi = positions.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(positions[mid]).getRecordedAt().isAfter(at)) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return hi;
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            ix = new Index(entries);
            index = ix;
        }
        return ix;
    }

    private static Map<String, Integer> check(List<ConsentEntry> entries) {
        Map<String, Integer> positions = new HashMap<>(entries.size() * 2);
        Set<String> revoked = new java.util.HashSet<>();
        Instant last = null;
        for (int i = 0; i < entries.size(); i++) {
            ConsentEntry e = Objects.requireNonNull(entries.get(i), "entry");
            Integer before = positions.put(e.getId(), i);
            if (before != null) {
                Checks.fail(
                        ErrorCode.INVALID,
                        "consent",
                        "/" + i + "/id",
                        "the identifier of the entry at " + i + " repeats that of the entry at " + before
                                + " (counting from 0)");
            }
            if (last != null && e.getRecordedAt().isBefore(last)) {
                Checks.fail(
                        field(e) + ".recordedAt",
                        e.getRecordedAt() + " is before the entry before it, at " + last
                                + "; the ledger only grows, in time order");
            }
            last = e.getRecordedAt();
            if (e instanceof ConsentRevocation r && r.getRevokes().isPresent()) {
                String target = r.getRevokes().get();
                Integer t = positions.get(target);
                if (t == null || t == i) {
                    boolean later =
                            entries.stream().skip(i + 1).anyMatch(x -> x.getId().equals(target));
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".revokes",
                            "/" + i + "/revokes",
                            later
                                    ? "revokes an entry that is recorded after it"
                                    : "revokes an entry that is not in the ledger");
                }
                if (entries.get(t) instanceof ConsentRevocation) {
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".revokes",
                            "/" + i + "/revokes",
                            "revokes the revocation at " + t + "; record a new grant instead");
                }
                if (!revoked.add(target)) {
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".revokes",
                            "/" + i + "/revokes",
                            "revokes the entry at " + t + ", which is already revoked");
                }
            }
        }
        return positions;
    }

    /** The field of an entry, for messages; built only when one is needed. */
    private static String field(ConsentEntry e) {
        return "consent[" + e.getId() + "]";
    }

    /**
     * Positions of the grants and of the refusals by recipient and category, and of the revocations
     * by what they name.
     */
    private static final class Index {
        private static final int[] NONE = {};

        final Map<Recipient, Map<InformationCategory, int[]>> grants = new HashMap<>();
        final Map<Recipient, Map<InformationCategory, int[]>> refusals = new HashMap<>();
        final Map<Recipient, List<ConsentRevocation>> wholeRecipient = new HashMap<>();
        final Map<Recipient, int[]> wholeRecipientPositions = new HashMap<>();
        final Map<String, ConsentRevocation> revocations = new HashMap<>();
        /**
         * For the refusals of a recipient and category, at each position k: the latest time any of
         * the refusals 0..k is lifted, or null when one of them never is. A refusal is in force at
         * {@code at} exactly when this is null or after {@code at}, so a ledger of many lifted
         * refusals is not read one by one to find that none holds.
         */
        final Map<Recipient, Map<InformationCategory, Instant[]>> refusalsLifted = new HashMap<>();

        Index(List<ConsentEntry> entries) {
            Map<Recipient, Map<InformationCategory, List<Integer>>> grantLists = new HashMap<>();
            Map<Recipient, Map<InformationCategory, List<Integer>>> refusalLists = new HashMap<>();
            Map<Recipient, List<Integer>> whole = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                ConsentEntry e = entries.get(i);
                if (e instanceof ConsentGrant g) {
                    add(grantLists, g.getRecipient(), g.getCategories(), i);
                } else if (e instanceof ConsentRefusal r) {
                    add(refusalLists, r.getRecipient(), r.getCategories(), i);
                } else if (e instanceof ConsentRevocation v) {
                    if (v.getRevokes().isPresent()) {
                        revocations.put(v.getRevokes().get(), v);
                    } else {
                        Recipient r = v.getRecipient().orElseThrow();
                        wholeRecipient
                                .computeIfAbsent(r, k -> new ArrayList<>())
                                .add(v);
                        whole.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
                    }
                }
            }
            freeze(grantLists, grants);
            freeze(refusalLists, refusals);
            refusals.forEach((r, byCategory) -> {
                Map<InformationCategory, Instant[]> m = new EnumMap<>(InformationCategory.class);
                byCategory.forEach((c, ps) -> {
                    Instant[] lifted = new Instant[ps.length];
                    boolean never = false;
                    Instant latest = null;
                    for (int k = 0; k < ps.length; k++) {
                        ConsentRevocation v = revocations.get(entries.get(ps[k]).getId());
                        never |= v == null;
                        if (v != null && (latest == null || v.getRecordedAt().isAfter(latest))) {
                            latest = v.getRecordedAt();
                        }
                        lifted[k] = never ? null : latest;
                    }
                    m.put(c, lifted);
                });
                refusalsLifted.put(r, m);
            });
            whole.forEach((r, ps) -> wholeRecipientPositions.put(r, ints(ps)));
        }

        private static int[] ints(List<Integer> list) {
            int[] out = new int[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i);
            }
            return out;
        }

        private static void freeze(
                Map<Recipient, Map<InformationCategory, List<Integer>>> lists,
                Map<Recipient, Map<InformationCategory, int[]>> into) {
            lists.forEach((r, byCategory) -> {
                Map<InformationCategory, int[]> m = new EnumMap<>(InformationCategory.class);
                byCategory.forEach((c, ps) -> m.put(c, ints(ps)));
                into.put(r, Collections.unmodifiableMap(m));
            });
        }

        static int[] positions(
                Map<Recipient, Map<InformationCategory, int[]>> index, Recipient r, InformationCategory c) {
            Map<InformationCategory, int[]> byCategory = index.get(r);
            int[] ps = byCategory == null ? null : byCategory.get(c);
            return ps == null ? NONE : ps;
        }

        private static void add(
                Map<Recipient, Map<InformationCategory, List<Integer>>> lists,
                Recipient r,
                Set<InformationCategory> categories,
                int position) {
            Map<InformationCategory, List<Integer>> m =
                    lists.computeIfAbsent(r, k -> new EnumMap<>(InformationCategory.class));
            for (InformationCategory c : categories) {
                m.computeIfAbsent(c, k -> new ArrayList<>()).add(position);
            }
        }

        /** The revocation that lifted a refusal by {@code at}, or null. */
        ConsentRevocation liftedAt(String refusalId, Instant at) {
            ConsentRevocation v = revocations.get(refusalId);
            return v != null && !v.getRecordedAt().isAfter(at) ? v : null;
        }

        /** The earliest revocation in effect at {@code at} that withdraws the grant, or null. */
        ConsentRevocation revocationOf(ConsentGrant g, int position, Instant at) {
            ConsentRevocation best = revocations.get(g.getId());
            int[] ps = wholeRecipientPositions.get(g.getRecipient());
            if (ps != null) {
                int k = java.util.Arrays.binarySearch(ps, position);
                int first = k >= 0 ? k + 1 : -k - 1; // the first withdrawal of the whole recipient after the grant
                if (first < ps.length) {
                    ConsentRevocation w = wholeRecipient.get(g.getRecipient()).get(first);
                    if (best == null || w.getRecordedAt().isBefore(best.getRecordedAt())) {
                        best = w;
                    }
                }
            }
            return best != null && !best.getRecordedAt().isAfter(at) ? best : null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentLedger && ((ConsentLedger) o).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Returns the number of entries of each kind; entries hold the person's conditions in their
     * words, so they are not listed.
     *
     * @return a description safe to log
     */
    @Override
    public String toString() {
        long grants = entries.stream().filter(e -> e instanceof ConsentGrant).count();
        long refusals =
                entries.stream().filter(e -> e instanceof ConsentRefusal).count();
        return "ConsentLedger[" + grants + " grants, " + refusals + " refusals, " + (entries.size() - grants - refusals)
                + " revocations]";
    }
}
