package org.pathways.consent;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pathways.ErrorCode;
import org.pathways.internal.Checks;

/**
 * The append-only history of the person's grants, refusals, revocations and written confirmations,
 * and the one place that decides what may be shared.
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
 *       effect at {@code t} — started, not ended or expired, not revoked — permits; the latest such
 *       grant is named;
 *   <li>otherwise the latest grant that covers them explains the denial (revoked, expired, or not yet
 *       in effect), and with no such grant the answer is {@link DecisionReason#NO_GRANT}.
 * </ol>
 *
 * <p>A grant ends at the end the person set or else at the expiry its agency's
 * {@link ConsentPolicy} gave it ({@link ConsentGrant#getEffectiveEnd()}); after that the decision is
 * {@link DecisionReason#EXPIRED} until a new grant renews it. A {@link ConsentConfirmation} changes
 * no decision: an oral withdrawal holds from when it was said, confirmed in writing or not. Refusals
 * of items ({@link #withheld}) decide no category; the disclosure view keeps the items out.
 *
 * <p>Entries are in the order they were recorded, so appending never changes a decision about an
 * earlier time: the ledger's history answers "what was allowed at time T?".
 *
 * <p>A decision takes time logarithmic in the number of entries, whatever they are: each grant and
 * each refusal holds over a period (a grant from its effective start until it ends or is withdrawn,
 * a refusal from when it was recorded until it is lifted), and the entries of a recipient, category
 * and purpose are kept, on first use, in a structure that finds the latest one holding at a time
 * without reading the others — however many expired grants or lifted refusals come before it.
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
        Lookup[] of = ix.of(recipient);
        Lookup refusals = ix.refusals(of, recipient, category);
        int refused = refusals.inForce(at);
        if (refused >= 0) {
            ConsentRefusal r = (ConsentRefusal) entries.get(refusals.positions[refused]);
            return new ConsentDecision(recipient, category, purpose, at, DecisionReason.REFUSED, r, r.getRecordedAt());
        }
        Lookup grants = ix.grants(of, recipient, category, purpose);
        int granted = grants.inForce(at);
        if (granted >= 0) {
            ConsentGrant g = (ConsentGrant) entries.get(grants.positions[granted]);
            return new ConsentDecision(
                    recipient, category, purpose, at, DecisionReason.GRANTED, g, g.getEffectiveFrom());
        }
        int latest = recordedBy(grants.positions, at);
        if (latest < 0) {
            return new ConsentDecision(recipient, category, purpose, at, DecisionReason.NO_GRANT, null, null);
        }
        // no grant is in effect: the latest one that covers the question explains why
        int position = grants.positions[latest];
        ConsentGrant g = (ConsentGrant) entries.get(position);
        ConsentRevocation revoked = ix.withdrawnBy[position];
        if (revoked != null && !revoked.getRecordedAt().isAfter(at)) {
            return new ConsentDecision(
                    recipient, category, purpose, at, DecisionReason.REVOKED, revoked, revoked.getRecordedAt());
        }
        if (at.isBefore(g.getEffectiveFrom())) {
            return new ConsentDecision(
                    recipient, category, purpose, at, DecisionReason.NOT_YET_IN_EFFECT, g, g.getEffectiveFrom());
        }
        return new ConsentDecision(
                recipient,
                category,
                purpose,
                at,
                DecisionReason.EXPIRED,
                g,
                g.getEffectiveEnd().orElseThrow());
    }

    /**
     * Returns the items of the plan the person has withheld from a recipient at a time: the
     * priorities and steps named by her refusals to it recorded by then and not lifted by then.
     *
     * @param recipient who would receive them
     * @param at when; the answer reads no clock
     * @return the items' identifiers, sorted; empty when nothing is withheld item by item
     */
    public java.util.SortedSet<String> withheld(Recipient recipient, Instant at) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        Index ix = index();
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (int p : ix.refusalsTo.getOrDefault(recipient, Index.NONE)) {
            ConsentRefusal r = (ConsentRefusal) entries.get(p);
            if (r.getRecordedAt().isAfter(at)) {
                break; // refusals are in time order
            }
            ConsentRevocation lifted = ix.withdrawnBy[p];
            if (lifted == null || lifted.getRecordedAt().isAfter(at)) {
                out.addAll(r.getItems());
            }
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /**
     * Returns the written confirmation of an entry given aloud, if one was recorded.
     *
     * @param id the entry's identifier
     * @return the confirmation; empty when there is none
     */
    public Optional<ConsentConfirmation> confirmationOf(String id) {
        Objects.requireNonNull(id, "id");
        for (ConsentEntry e : entries) {
            if (e instanceof ConsentConfirmation c && c.getConfirms().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
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
            ix = new Index(entries, positions);
            index = ix;
        }
        return ix;
    }

    private static Map<String, Integer> check(List<ConsentEntry> entries) {
        Map<String, Integer> positions = new HashMap<>(entries.size() * 2);
        Set<String> revoked = new java.util.HashSet<>();
        Set<String> confirmed = new java.util.HashSet<>();
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
            if (e instanceof ConsentConfirmation c) {
                String pointer = "/" + i + "/confirms";
                Integer t = positions.get(c.getConfirms());
                if (t == null || t == i) {
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".confirms",
                            pointer,
                            "confirms an entry that is not recorded before it");
                }
                ConsentEntry target = entries.get(t);
                if (target instanceof ConsentConfirmation) {
                    Checks.fail(ErrorCode.INVALID, field(e) + ".confirms", pointer, "confirms another confirmation");
                }
                if (target.getGiven() != ConsentMode.VERBAL) {
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".confirms",
                            pointer,
                            "confirms an entry that was not given aloud; only what was said needs confirming");
                }
                if (!confirmed.add(c.getConfirms())) {
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".confirms",
                            pointer,
                            "confirms the entry at " + t + ", which is already confirmed");
                }
            }
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
                if (entries.get(t) instanceof ConsentConfirmation) {
                    Checks.fail(
                            ErrorCode.INVALID,
                            field(e) + ".revokes",
                            "/" + i + "/revokes",
                            "revokes the confirmation at " + t + "; a confirmation changes nothing to withdraw");
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
     * What a decision needs, built once per ledger on first use: the grants and the refusals of
     * each recipient, the revocation that withdrew each entry, and, built on first use for each
     * question asked, a {@link Lookup} of the entries it concerns.
     */
    private static final class Index {
        static final int[] NONE = {};

        private final List<ConsentEntry> entries;
        /** Positions of the grants to each recipient, oldest first. */
        private final Map<Recipient, int[]> grantsTo = new HashMap<>();
        /** Positions of the refusals to each recipient, oldest first. */
        final Map<Recipient, int[]> refusalsTo = new HashMap<>();
        /**
         * For each position: the first revocation, in the ledger's order, that withdrew the grant
         * there (naming it, or its whole recipient after it) or lifted the refusal there (naming
         * it); null when none did.
         */
        final ConsentRevocation[] withdrawnBy;

        /**
         * For each recipient asked about, its lookups by category and purpose (and by category for
         * its refusals), each built on first use. Two threads may build the same one; they build
         * equal values, and a {@link Lookup}'s fields are final, so either is safe to use.
         */
        private final Map<Recipient, Lookup[]> lookups = new ConcurrentHashMap<>();

        private static final int CATEGORIES = InformationCategory.values().length;
        private static final int SLOTS = CATEGORIES * (Purpose.values().length + 1);

        /** A lookup of no entry, and the lookups of a recipient the ledger does not name. */
        private static final Lookup NO_ENTRY = new Lookup(NONE, new Instant[0], new Instant[0]);

        private static final Lookup[] NOT_NAMED = new Lookup[SLOTS];

        static {
            java.util.Arrays.fill(NOT_NAMED, NO_ENTRY);
        }

        /** The lookups of a recipient; kept only for the recipients the ledger names. */
        Lookup[] of(Recipient recipient) {
            if (!grantsTo.containsKey(recipient) && !refusalsTo.containsKey(recipient)) {
                return NOT_NAMED;
            }
            return lookups.computeIfAbsent(recipient, r -> new Lookup[SLOTS]);
        }

        Index(List<ConsentEntry> entries, Map<String, Integer> positions) {
            this.entries = entries;
            this.withdrawnBy = new ConsentRevocation[entries.size()];
            Map<Recipient, List<Integer>> grants = new HashMap<>();
            Map<Recipient, List<Integer>> refusals = new HashMap<>();
            Map<Recipient, Integer> notYetWithdrawn =
                    new HashMap<>(); // how many grants to each were seen withdrawn whole
            for (int i = 0; i < entries.size(); i++) {
                ConsentEntry e = entries.get(i);
                if (e instanceof ConsentGrant g) {
                    grants.computeIfAbsent(g.getRecipient(), k -> new ArrayList<>())
                            .add(i);
                } else if (e instanceof ConsentRefusal r) {
                    refusals.computeIfAbsent(r.getRecipient(), k -> new ArrayList<>())
                            .add(i);
                } else if (e instanceof ConsentRevocation v) {
                    if (v.getRevokes().isPresent()) {
                        int target = positions.get(v.getRevokes().get());
                        if (withdrawnBy[target] == null) {
                            withdrawnBy[target] = v;
                        }
                    } else {
                        // every grant to the recipient so far is withdrawn, each visited once
                        Recipient r = v.getRecipient().orElseThrow();
                        List<Integer> before = grants.getOrDefault(r, List.of());
                        for (int k = notYetWithdrawn.getOrDefault(r, 0); k < before.size(); k++) {
                            if (withdrawnBy[before.get(k)] == null) {
                                withdrawnBy[before.get(k)] = v;
                            }
                        }
                        notYetWithdrawn.put(r, before.size());
                    }
                }
            }
            grants.forEach((r, ps) -> grantsTo.put(r, ints(ps)));
            refusals.forEach((r, ps) -> refusalsTo.put(r, ints(ps)));
        }

        private static int[] ints(List<Integer> list) {
            int[] out = new int[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i);
            }
            return out;
        }

        /** The refusals of a category to a recipient, each in force from when it was recorded until lifted. */
        Lookup refusals(Lookup[] of, Recipient recipient, InformationCategory category) {
            int slot = category.ordinal();
            Lookup found = of[slot];
            if (found == null) {
                int[] ps = select(
                        refusalsTo.get(recipient),
                        e -> ((ConsentRefusal) e).getCategories().contains(category));
                Instant[] from = new Instant[ps.length];
                Instant[] until = new Instant[ps.length];
                for (int i = 0; i < ps.length; i++) {
                    from[i] = entries.get(ps[i]).getRecordedAt();
                    ConsentRevocation v = withdrawnBy[ps[i]];
                    until[i] = v == null ? null : v.getRecordedAt();
                }
                found = new Lookup(ps, from, until);
                of[slot] = found;
            }
            return found;
        }

        /**
         * The grants to a recipient that cover a category and a purpose, each in effect from its
         * effective start until it ends or is withdrawn, whichever comes first.
         */
        Lookup grants(Lookup[] of, Recipient recipient, InformationCategory category, Purpose purpose) {
            int slot = CATEGORIES * (1 + purpose.ordinal()) + category.ordinal();
            Lookup found = of[slot];
            if (found == null) {
                int[] ps = select(grantsTo.get(recipient), e -> {
                    ConsentGrant g = (ConsentGrant) e;
                    return g.getCategories().contains(category)
                            && g.getPurposes().contains(purpose);
                });
                Instant[] from = new Instant[ps.length];
                Instant[] until = new Instant[ps.length];
                for (int i = 0; i < ps.length; i++) {
                    ConsentGrant g = (ConsentGrant) entries.get(ps[i]);
                    from[i] = g.getEffectiveFrom();
                    Instant end = g.getEffectiveEnd().orElse(null);
                    ConsentRevocation v = withdrawnBy[ps[i]];
                    if (v != null && (end == null || v.getRecordedAt().isBefore(end))) {
                        end = v.getRecordedAt();
                    }
                    until[i] = end;
                }
                found = new Lookup(ps, from, until);
                of[slot] = found;
            }
            return found;
        }

        private int[] select(int[] positions, java.util.function.Predicate<ConsentEntry> keep) {
            if (positions == null) {
                return NONE;
            }
            int[] out = new int[positions.length];
            int n = 0;
            for (int p : positions) {
                if (keep.test(entries.get(p))) {
                    out[n++] = p;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    /**
     * Entries that each hold over a period of time, {@code [from, until)} with no {@code until}
     * for ever, and which of them is the latest in the ledger among those that hold at a given
     * time: in time logarithmic in their number, whatever the periods.
     *
     * <p>The periods' ends cut time into slots; a segment tree over the slots keeps at each node the
     * latest entry whose period covers all of the node's slots. The latest entry that holds at a
     * time is the greatest along the path from the time's slot to the root.
     */
    static final class Lookup {
        /** The entries' positions in the ledger, oldest first. */
        final int[] positions;
        /** Where the slots start, ascending. */
        private final Instant[] starts;
        /** The segment tree over the slots: index into {@link #positions}, or -1. */
        private final int[] tree;

        /**
         * Builds the lookup.
         *
         * @param positions the entries' positions, oldest first
         * @param from when each entry starts to hold
         * @param until when each stops, or null for never
         */
        Lookup(int[] positions, Instant[] from, Instant[] until) {
            this.positions = positions;
            Instant[] all = new Instant[2 * positions.length];
            int n = 0;
            for (int i = 0; i < positions.length; i++) {
                all[n++] = from[i];
                if (until[i] != null) {
                    all[n++] = until[i];
                }
            }
            java.util.Arrays.sort(all, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || !all[i].equals(all[m - 1])) {
                    all[m++] = all[i];
                }
            }
            this.starts = java.util.Arrays.copyOf(all, m);
            this.tree = new int[2 * m];
            java.util.Arrays.fill(tree, -1);
            for (int i = 0; i < positions.length; i++) {
                int lo = slot(from[i]);
                int hi = until[i] == null ? m : slot(until[i]);
                // entries are added oldest first, so a later one always wins its nodes
                for (lo += m, hi += m; lo < hi; lo >>= 1, hi >>= 1) {
                    if ((lo & 1) == 1) {
                        tree[lo++] = i;
                    }
                    if ((hi & 1) == 1) {
                        tree[--hi] = i;
                    }
                }
            }
        }

        /** The slot that holds {@code t}: the last start at or before it, or -1. */
        private int slot(Instant t) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid].isAfter(t)) {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            return hi;
        }

        /**
         * Returns the latest entry that holds at a time.
         *
         * @param at the time
         * @return its index in {@link #positions}, or -1 when none holds
         */
        int inForce(Instant at) {
            int s = slot(at);
            if (s < 0) {
                return -1;
            }
            int best = -1;
            for (int node = s + starts.length; node > 0; node >>= 1) {
                best = Math.max(best, tree[node]);
            }
            return best;
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
        long confirmations =
                entries.stream().filter(e -> e instanceof ConsentConfirmation).count();
        return "ConsentLedger[" + grants + " grants, " + refusals + " refusals, "
                + (entries.size() - grants - refusals - confirmations) + " revocations"
                + (confirmations > 0 ? ", " + confirmations + " confirmations]" : "]");
    }
}
